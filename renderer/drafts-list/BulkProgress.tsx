import { useId } from 'react';
import { DraftLink } from './DraftLink.js';
import type { BulkItemResult, BulkRunState } from './use-bulk-run.js';

export interface BulkProgressProps {
  readonly state: Exclude<BulkRunState, { status: 'idle' }>;
  /** "Sending to Firstup": said with the count while the run goes on. */
  readonly runningTitle: string;
  /** The headline once it is over, from the results. */
  readonly doneTitle: (results: readonly BulkItemResult[], total: number) => string;
  readonly onStop: () => void;
  readonly onClose: () => void;
}

const marks = { done: '✓', attention: '!', failed: '×' } as const;

/** A long bulk action: "3 of 10" while it runs, then what happened to each draft. */
export function BulkProgress({ state, runningTitle, doneTitle, onStop, onClose }: BulkProgressProps) {
  const headingId = useId();
  const running = state.status === 'running';
  return (
    <section className="drafts-panel" aria-labelledby={headingId} aria-busy={running}>
      <div className="drafts-panel-header">
        <h2 id={headingId} className="drafts-panel-title">
          {running ? `${runningTitle}: ${state.results.length} of ${state.total}` : doneTitle(state.results, state.total)}
        </h2>
        {running ? (
          <button type="button" className="button" onClick={onStop}>
            Stop
          </button>
        ) : (
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
      <progress className="drafts-progress" max={state.total} value={state.results.length} aria-labelledby={headingId} />
      {state.status === 'done' && state.stopped && (
        <p className="drafts-panel-note">Stopped: {state.total - state.results.length} not attempted.</p>
      )}
      {state.results.length > 0 && (
        <ul className="drafts-results" aria-label="Result for each draft">
          {state.results.map((result) => (
            <li key={result.id} className="drafts-result" data-outcome={result.outcome}>
              <span className="drafts-result-mark" aria-hidden="true">
                {marks[result.outcome]}
              </span>
              <DraftLink draftId={result.openId} className="drafts-link drafts-result-name">
                {result.title}
              </DraftLink>
              <span className="drafts-result-text">{result.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
