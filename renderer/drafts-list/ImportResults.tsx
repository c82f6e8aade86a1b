import { useId } from 'react';
import { DraftLink } from './DraftLink.js';
import type { ImportState } from './use-import.js';

export interface ImportResultsProps {
  readonly state: Exclude<ImportState, { status: 'idle' }>;
  readonly onDismiss: () => void;
}

/** Progress while files are imported, then which files became drafts and why the others did not. */
export function ImportResults({ state, onDismiss }: ImportResultsProps) {
  const headingId = useId();
  if (state.status === 'running') {
    return (
      <section className="drafts-panel" aria-labelledby={headingId}>
        <h2 id={headingId} className="drafts-panel-title">
          Importing {state.done} of {state.total} {state.total === 1 ? 'file' : 'files'}…
        </h2>
        <progress className="drafts-progress" max={state.total} value={state.done} aria-labelledby={headingId} />
      </section>
    );
  }
  const imported = state.results.filter((result) => result.ok).length;
  return (
    <section className="drafts-panel" aria-labelledby={headingId}>
      <div className="drafts-panel-header">
        <h2 id={headingId} className="drafts-panel-title">
          Imported {imported} of {state.results.length} {state.results.length === 1 ? 'file' : 'files'}
        </h2>
        <button type="button" className="button" onClick={onDismiss}>
          Close
        </button>
      </div>
      <ul className="drafts-results" aria-labelledby={headingId}>
        {state.results.map((result, index) => (
          <li key={`${index}-${result.name}`} className="drafts-result" data-outcome={result.ok ? 'ok' : 'failed'}>
            <span className="drafts-result-mark" aria-hidden="true">
              {result.ok ? '✓' : '!'}
            </span>
            {result.ok ? (
              <>
                <DraftLink draftId={result.draftId} className="drafts-link drafts-result-name">
                  {result.name}
                </DraftLink>
                <span className="drafts-result-text">Became a draft.</span>
              </>
            ) : (
              <>
                <span className="drafts-result-name">{result.name}</span>
                <span className="drafts-result-text">Not imported: {result.message}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
