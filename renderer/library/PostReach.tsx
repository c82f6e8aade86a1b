import { useCallback } from 'react';
import type { ReachView } from '../../shared/firstup/firstup-views.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { describeReadError, LIBRARY_OFFLINE } from './describe-read-error.js';
import { TimeText } from './TimeText.js';
import { useRead } from './use-read.js';

const count = new Intl.NumberFormat();
const people = (n: number) => `${count.format(n)} ${n === 1 ? 'person' : 'people'}`;

function breakdown(reach: ReachView): string | null {
  const parts = [
    reach.channels === null ? null : `${people(reach.channels)} through its topics`,
    reach.audiences === null ? null : `${people(reach.audiences)} through audiences`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

/** How many people a published post reaches now, as Firstup counts them. */
export function PostReach({ programId, contentId }: { programId: string; contentId: number }) {
  const studio = useStudio();
  const read = useCallback(() => unwrap(studio.reach.get({ programId, contentId })), [studio, programId, contentId]);
  const { state, retry } = useRead(read);

  if (state.status === 'loading') return <p className="read-muted">Counting the people this post reaches…</p>;
  if (state.status === 'failed') {
    return (
      <p className="read-muted">
        The reach could not be counted. {describeReadError(state.error, LIBRARY_OFFLINE)}{' '}
        <button type="button" className="library-text-button" onClick={retry}>
          Count again
        </button>
      </p>
    );
  }
  const reach = state.value;
  const parts = breakdown(reach);
  return (
    <p className="library-reach">
      {reach.total === null ? 'Firstup did not say how many people this post reaches' : `Reaches ${people(reach.total)}`}
      {parts === null ? '' : ` (${parts})`}. <span className="read-muted">Counted <TimeText value={reach.measuredAt} fallback="just now" />.</span>
    </p>
  );
}
