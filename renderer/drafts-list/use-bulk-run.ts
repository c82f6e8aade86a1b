import { useCallback, useRef, useState } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { describeError } from '../studio/describe-error.js';
import { titleOf } from './draft-labels.js';

export type BulkOutcome = 'done' | 'attention' | 'failed';

export interface BulkItemResult {
  readonly id: string;
  readonly title: string;
  readonly outcome: BulkOutcome;
  readonly text: string;
  /** The draft to open from the result: the draft itself, or a moved draft's copy. */
  readonly openId: string;
}

export type BulkRunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly total: number; readonly results: readonly BulkItemResult[] }
  | { readonly status: 'done'; readonly total: number; readonly results: readonly BulkItemResult[]; readonly stopped: boolean };

export type BulkStep = (item: DraftListItem) => Promise<{ readonly outcome: BulkOutcome; readonly text: string; readonly openId?: string }>;

/**
 * Runs one step per draft, one after the other (each is a request a person waits for, and the program's
 * request budget is shared), with progress and a result for every draft. A failing draft is recorded and
 * the others carry on; Stop ends the run after the draft in flight.
 */
export function useBulkRun() {
  const [state, setState] = useState<BulkRunState>({ status: 'idle' });
  const stopRequested = useRef(false);

  const run = useCallback(async (items: readonly DraftListItem[], step: BulkStep): Promise<readonly BulkItemResult[]> => {
    stopRequested.current = false;
    const results: BulkItemResult[] = [];
    setState({ status: 'running', total: items.length, results });
    for (const item of items) {
      if (stopRequested.current) break;
      const title = titleOf(item);
      try {
        results.push({ id: item.id, title, openId: item.id, ...(await step(item)) });
      } catch (error) {
        results.push({ id: item.id, title, outcome: 'failed', text: describeError(error), openId: item.id });
      }
      setState({ status: 'running', total: items.length, results: [...results] });
    }
    setState({ status: 'done', total: items.length, results: [...results], stopped: results.length < items.length });
    return results;
  }, []);

  const stop = useCallback(() => {
    stopRequested.current = true;
  }, []);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, run, stop, reset };
}
