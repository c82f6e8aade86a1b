import { useId } from 'react';
import type { OutboxSummary } from '../../shared/outbox/outbox-views.js';
import { describePause } from '../../shared/outbox/pause-sentence.js';
import { countLabels, formatWhen } from './queue-labels.js';

export interface QueueOverviewProps {
  readonly summary: OutboxSummary;
  /** Scheduled posts not yet due, among those listed. */
  readonly scheduled: number;
  readonly now: number;
  readonly busy: boolean;
  readonly onPauseAll: () => void;
  readonly onResumeAll: () => void;
}

/** The whole queue at a glance: how far it got, how many posts are in each state, and the controls for all of them. */
export function QueueOverview({ summary, scheduled, now, busy, onPauseAll, onResumeAll }: QueueOverviewProps) {
  const headingId = useId();
  const { counts, total } = summary;
  const finished = counts.done + counts.cancelled;
  const pausable = counts.queued + counts.running + counts.waiting_retry;
  return (
    <section className="queue-overview" aria-labelledby={headingId}>
      <div className="queue-overview-header">
        <h2 id={headingId} className="queue-overview-title">
          {finished} of {total} {total === 1 ? 'post' : 'posts'} finished
        </h2>
        <div className="queue-overview-actions">
          <button type="button" className="button" aria-disabled={busy || pausable === 0} onClick={() => !busy && pausable > 0 && onPauseAll()}>
            Pause all
          </button>
          <button type="button" className="button" aria-disabled={busy || counts.paused === 0} onClick={() => !busy && counts.paused > 0 && onResumeAll()}>
            Resume all
          </button>
        </div>
      </div>
      <progress className="queue-progress" max={Math.max(total, 1)} value={finished} aria-labelledby={headingId} />
      <dl className="queue-counts">
        {countLabels.map(([state, label]) => (
          <div key={state} className="queue-count" data-state={state} data-empty={counts[state] === 0}>
            <dt>{label}</dt>
            <dd>{counts[state]}</dd>
          </div>
        ))}
      </dl>
      {!summary.runnerActive && (
        <p className="queue-runner-note">Sending is switched off in this copy of Content Studio: queued posts wait here, and nothing is sent to Firstup.</p>
      )}
      {summary.pausedPrograms.map((pause) => (
        <p key={pause.programId} className="queue-runner-note" data-tone="warning">
          {describePause({ mayStart: false, ...pause }, (at) => formatWhen(at, now))}
        </p>
      ))}
      {summary.runnerActive && summary.pausedPrograms.length === 0 && summary.nextRetryAt !== null && (
        <p className="queue-runner-note">Next retry at {formatWhen(summary.nextRetryAt, now)}.</p>
      )}
      {scheduled > 0 && (
        <p className="queue-runner-note">
          {scheduled === 1 ? 'One post is' : `${scheduled} posts are`} scheduled. Content Studio publishes {scheduled === 1 ? 'it' : 'them'} itself, so it
          must be running at that time; if it is closed then, it publishes as soon as it starts again.
        </p>
      )}
    </section>
  );
}
