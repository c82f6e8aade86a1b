import { useEffect, useId, useRef } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { navigateTo } from '../navigation/screen-hash.js';
import { formatWhen } from '../queue/queue-labels.js';
import { PublishChooser } from './PublishChooser.js';
import { useNow } from './use-now.js';
import { PublishRefusals } from './PublishResults.js';
import { usePublishSelected, type PublishChoice } from './use-publish-selected.js';
import './publish-panel.css';

export interface PublishPanelProps {
  /** The drafts selected when "Publish…" was chosen. */
  readonly items: readonly DraftListItem[];
  readonly onClose: () => void;
  /** After queueing: the list refreshes (the drafts' state changes as they are sent). */
  readonly onQueued: () => void;
}

const drafts = (n: number) => (n === 1 ? '1 draft' : `${n} drafts`);
const posts = (n: number) => (n === 1 ? '1 post' : `${n} posts`);

function whatHappens(choice: PublishChoice, count: number, now: number): string {
  const them = count === 1 ? 'it' : 'them';
  switch (choice.action) {
    case 'publish':
      return `Content Studio sends ${them} to Firstup and publishes ${them}, a few at a time.`;
    case 'review':
      return `Content Studio sends ${them} to Firstup for review.`;
    case 'schedule':
      return `Content Studio sends ${them} to Firstup now and publishes ${them} at ${formatWhen(choice.scheduledAt, now)}. It must be running then; if it is closed, it publishes ${them} as soon as it starts again.`;
  }
}

/**
 * "Publish…" on the selected drafts: choose, check, confirm, queue. Each step
 * replaces the last in the same panel, and its heading takes focus so a
 * screen reader hears where the person is now.
 */
export function PublishPanel({ items, onClose, onQueued }: PublishPanelProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { run, check, queue, restart } = usePublishSelected(items);
  const now = useNow(30_000);
  useEffect(() => {
    if (run.status !== 'choosing') heading.current?.focus();
  }, [run.status]);
  useEffect(() => {
    if (run.status === 'queued') onQueued();
  }, [run.status, onQueued]);

  if (run.status === 'choosing') return <PublishChooser count={items.length} onCheck={(choice) => void check(choice)} onCancel={onClose} />;

  const title =
    run.status === 'checking'
      ? `Checking ${drafts(items.length)}…`
      : run.status === 'checked'
        ? `${run.ready.length} of ${drafts(items.length)} ready`
        : run.status === 'queueing'
          ? `Queueing ${drafts(run.ready.length)}…`
          : run.status === 'queued'
            ? `Queued ${posts(run.queued)}`
            : 'Nothing was queued';
  const busy = run.status === 'checking' || run.status === 'queueing';
  return (
    <section className="drafts-panel" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="drafts-panel-title">
        {title}
      </h2>
      {run.status === 'failed' && (
        <p className="drafts-panel-note" role="alert">
          {run.message}
        </p>
      )}
      {(run.status === 'checked' || run.status === 'queueing') && (
        <>
          {run.ready.length > 0 && <p className="drafts-panel-note">{whatHappens(run.choice, run.ready.length, now)}</p>}
          {run.refused.length > 0 && (
            <p className="drafts-panel-note">
              {run.refused.length === 1 ? 'This draft needs' : `These ${run.refused.length} drafts need`} some work first. {run.refused.length === 1 ? 'It stays' : 'They stay'} as{' '}
              {run.refused.length === 1 ? 'a draft' : 'drafts'}, unchanged:
            </p>
          )}
          <PublishRefusals refused={run.refused} label="Drafts that need work first" />
        </>
      )}
      {run.status === 'queued' && (
        <>
          <p className="drafts-panel-note">
            {run.queued > 0 ? `${whatHappens(run.choice, run.queued, now)} Follow them in the Queue, where you can pause or cancel them.` : 'None of the drafts could be queued.'}
          </p>
          {run.refused.length > 0 && <p className="drafts-panel-note">Not queued; {run.refused.length === 1 ? 'it stays a draft' : 'they stay drafts'}:</p>}
          <PublishRefusals refused={run.refused} label="Drafts not queued" />
        </>
      )}
      <div className="drafts-panel-actions">
        {(run.status === 'checked' || run.status === 'queueing') && (
          <button type="button" className="button-primary" aria-disabled={busy || run.ready.length === 0} onClick={() => !busy && void queue()}>
            {run.ready.length === 0 ? 'Nothing to queue' : `Queue ${run.ready.length === items.length ? 'all' : 'the'} ${drafts(run.ready.length)}${run.ready.length === items.length ? '' : ' that are ready'}`}
          </button>
        )}
        {run.status === 'queued' && run.queued > 0 && (
          <button type="button" className="button-primary" onClick={() => navigateTo('queue')}>
            Open the Queue
          </button>
        )}
        {(run.status === 'checked' || run.status === 'failed') && (
          <button type="button" className="button" onClick={restart}>
            Back
          </button>
        )}
        <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && onClose()}>
          {run.status === 'queued' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
