import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { unwrap } from '../studio/unwrap.js';
import { downloadFile, type ExportFormat } from './download-file.js';
import type { BulkStep } from './use-bulk-run.js';

const pushOutcomes = {
  created: { outcome: 'done', text: 'Sent: it is now a draft post on Firstup.' },
  updated: { outcome: 'done', text: 'Sent: its post on Firstup was updated.' },
  conflict: { outcome: 'attention', text: 'Not sent: the post was changed on Firstup too. Open the draft to compare both versions and choose.' },
  remote_gone: { outcome: 'attention', text: 'Its post was deleted on Firstup, so the draft is local again. Send it again to make a new post.' },
} as const;

/*
 * Sends each draft with drafts.push while the person waits. The publish outbox (a later issue) will replace
 * this loop: it queues every draft at once, survives a restart and reports progress as events.
 */
export function sendStep(studio: StudioApi): BulkStep {
  return async (item) => pushOutcomes[(await unwrap(studio.drafts.push({ id: item.id }))).outcome];
}

export function exportStep(studio: StudioApi, format: ExportFormat): BulkStep {
  return async (item) => {
    const file = await unwrap(studio.drafts.export({ id: item.id, format }));
    downloadFile(file.fileName, file.content, format);
    return { outcome: 'done', text: `Saved as ${file.fileName}.` };
  };
}

export function moveStep(studio: StudioApi, program: { readonly id: string; readonly name: string }): BulkStep {
  return async (item) => {
    if (item.programId === program.id) return { outcome: 'attention', text: `Not moved: it is already in “${program.name}”.` };
    const copy = await unwrap(studio.drafts.moveToProgram({ id: item.id, programId: program.id }));
    return { outcome: 'done', text: `Moved to “${program.name}” as a new local draft; the original is in the trash.`, openId: copy.id };
  };
}
