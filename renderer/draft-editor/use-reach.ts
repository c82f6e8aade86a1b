import { useCallback, useEffect, useRef, useState } from 'react';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export interface ReachFigures {
  /** Unique followers of the topics. */
  readonly topics: number | null;
  /** Unique members of the audiences the topics target: Firstup counts these only for a post that exists. */
  readonly audiences: number | null;
  readonly total: number | null;
  /** false: a lower bound (a topic had too many followers to read one by one). */
  readonly exact: boolean;
  readonly measuredAt: string;
}

export type ReachState =
  | { readonly status: 'idle' }
  | { readonly status: 'measuring'; readonly last: ReachFigures | null }
  | { readonly status: 'ready'; readonly figures: ReachFigures }
  | { readonly status: 'offline'; readonly last: ReachFigures | null }
  | { readonly status: 'failed'; readonly message: string; readonly last: ReachFigures | null };

const DEBOUNCE_MS = 600;

function lastOf(state: ReachState): ReachFigures | null {
  if (state.status === 'ready') return state.figures;
  return state.status === 'idle' ? null : state.last;
}

/**
 * Reach for the topics being chosen. A post on Firstup is measured by
 * Firstup itself (topics, audiences and both); before that the core counts
 * the topics' unique followers. Measured again, after a pause, whenever the
 * topics change, and on demand.
 */
export function useReach(programId: string, topicIds: readonly number[], remoteId: number | null): ReachState & { readonly refresh: () => void } {
  const studio = useStudio();
  const [state, setState] = useState<ReachState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const immediate = useRef(false);
  const key = topicIds.join(',');

  useEffect(() => {
    if (key === '') return;
    let active = true;
    const ids = key.split(',').map(Number);
    const delay = immediate.current ? 0 : DEBOUNCE_MS;
    immediate.current = false;
    const timer = setTimeout(() => {
      setState((previous) => ({ status: 'measuring', last: lastOf(previous) }));
      const measure: Promise<ReachFigures> =
        remoteId === null
          ? unwrap(studio.reach.forTopics({ programId, topicIds: ids })).then((reach) => ({ topics: reach.followers, audiences: null, total: null, exact: reach.exact, measuredAt: reach.measuredAt }))
          : unwrap(studio.reach.get({ programId, contentId: remoteId })).then((reach) => ({ topics: reach.channels, audiences: reach.audiences, total: reach.total, exact: true, measuredAt: reach.measuredAt }));
      measure.then(
        (figures) => active && setState({ status: 'ready', figures }),
        (error: unknown) => {
          if (!active) return;
          const offline = error instanceof StudioError && (error.code === 'offline' || error.code === 'core_unreachable');
          setState((previous) => (offline ? { status: 'offline', last: lastOf(previous) } : { status: 'failed', message: describeError(error), last: lastOf(previous) }));
        },
      );
    }, delay);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [studio, programId, key, remoteId, attempt]);

  const refresh = useCallback(() => {
    immediate.current = true;
    setAttempt((count) => count + 1);
  }, []);
  // With no topics there is nothing to measure, whatever an earlier choice measured.
  return key === '' ? { status: 'idle', refresh } : { ...state, refresh };
}
