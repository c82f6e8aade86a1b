import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import type { ExportFormat } from './download-file.js';
import { BulkProgress } from './BulkProgress.js';
import { ExportChooser } from './ExportChooser.js';
import { MoveChooser, type ProgramChoice } from './MoveChooser.js';
import { PublishPanel } from './PublishPanel.js';
import type { BulkItemResult, BulkRunState } from './use-bulk-run.js';

export type BulkKind = 'send' | 'export' | 'move' | 'publish';

export interface OpenPanel {
  readonly kind: BulkKind;
  /** The drafts selected when the action was chosen: later changes to the selection do not change the run. */
  readonly items: readonly DraftListItem[];
}

export interface BulkPanelsProps {
  readonly panel: OpenPanel;
  readonly run: BulkRunState;
  readonly programs: readonly ProgramChoice[];
  readonly onMove: (program: ProgramChoice) => void;
  readonly onExport: (format: ExportFormat) => void;
  readonly onStop: () => void;
  readonly onClose: () => void;
  /** Publish queued some drafts: their state is about to change. */
  readonly onQueued: () => void;
}

const count = (results: readonly BulkItemResult[]) => results.filter((result) => result.outcome === 'done').length;
const drafts = (total: number) => (total === 1 ? '1 draft' : `${total} drafts`);

const titles: Readonly<Record<Exclude<BulkKind, 'publish'>, { readonly running: string; readonly done: (results: readonly BulkItemResult[], total: number) => string }>> = {
  send: { running: 'Sending to Firstup', done: (results, total) => `Sent ${count(results)} of ${drafts(total)} to Firstup` },
  export: { running: 'Exporting', done: (results, total) => `Exported ${count(results)} of ${drafts(total)}` },
  move: { running: 'Moving', done: (results, total) => `Moved ${count(results)} of ${drafts(total)}` },
};

/** The panel of a bulk action: its choices first (move, export, publish), then its progress and results. */
export function BulkPanels({ panel, run, programs, onMove, onExport, onStop, onClose, onQueued }: BulkPanelsProps) {
  // Publishing hands the drafts to the queue, which shows the sending; this panel only checks and queues them.
  if (panel.kind === 'publish') return <PublishPanel items={panel.items} onClose={onClose} onQueued={onQueued} />;
  if (run.status !== 'idle') {
    const title = titles[panel.kind];
    return <BulkProgress state={run} runningTitle={title.running} doneTitle={title.done} onStop={onStop} onClose={onClose} />;
  }
  if (panel.kind === 'move') return <MoveChooser count={panel.items.length} programs={programs} onMove={onMove} onCancel={onClose} />;
  if (panel.kind === 'export') return <ExportChooser count={panel.items.length} onExport={onExport} onCancel={onClose} />;
  return null;
}
