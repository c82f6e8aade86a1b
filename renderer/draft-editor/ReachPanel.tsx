import type { ReachFigures, ReachState } from './use-reach.js';

function count(value: number | null, exact: boolean): string {
  if (value === null) return '—';
  return `${exact ? '' : 'at least '}${value.toLocaleString()}`;
}

function Figures({ figures, onFirstup }: { figures: ReachFigures; onFirstup: boolean }) {
  return (
    <dl className="reach-figures">
      <div>
        <dt>Through topics</dt>
        <dd>{count(figures.topics, figures.exact)}</dd>
      </div>
      <div>
        <dt>Through audiences</dt>
        <dd>{onFirstup ? count(figures.audiences, true) : 'Counted once the post is on Firstup'}</dd>
      </div>
      <div>
        <dt>Both together</dt>
        <dd>{onFirstup ? count(figures.total, true) : '—'}</dd>
      </div>
    </dl>
  );
}

function measuredAt(figures: ReachFigures): string {
  return `Measured at ${new Date(figures.measuredAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
}

/** How many unique people the post reaches, with when it was measured; plainly unavailable offline. */
export function ReachPanel({ reach, onFirstup }: { reach: ReachState & { refresh: () => void }; onFirstup: boolean }) {
  const last = reach.status === 'ready' ? reach.figures : reach.status === 'idle' ? null : reach.last;
  return (
    <section className="reach-panel" aria-labelledby="reach-heading" aria-busy={reach.status === 'measuring'}>
      <div className="panel-heading-row">
        <h2 id="reach-heading" className="panel-heading">
          Reach
        </h2>
        {reach.status !== 'idle' && (
          <button type="button" className="link-button" onClick={reach.refresh} disabled={reach.status === 'measuring'}>
            {reach.status === 'measuring' ? 'Measuring…' : 'Refresh'}
          </button>
        )}
      </div>
      {reach.status === 'idle' && <p className="field-hint">Choose topics to see how many people this post reaches.</p>}
      {last !== null && <Figures figures={last} onFirstup={onFirstup} />}
      {last !== null && <p className="field-hint">{measuredAt(last)}{reach.status === 'ready' ? '' : ' (earlier)'}</p>}
      {reach.status === 'offline' && <p className="field-hint reach-offline">Reach is not available offline. It is measured again when Firstup can be reached.</p>}
      {reach.status === 'failed' && (
        <p className="field-error" role="alert">
          Reach could not be measured. {reach.message}
        </p>
      )}
    </section>
  );
}
