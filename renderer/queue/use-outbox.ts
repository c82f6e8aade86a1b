import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutboxJobView, OutboxSummary } from '../../shared/outbox/outbox-views.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

/** The most jobs one screen lists; the counts and the progress bar always cover all of them. */
export const QUEUE_PAGE_SIZE = 200;

export type OutboxViewState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly summary: OutboxSummary; readonly items: readonly OutboxJobView[]; readonly listed: number }
  | { readonly status: 'failed'; readonly message: string };

/**
 * The queue as the core holds it, read again on every `outbox.changed` (from
 * this window, another one, or the runner moving a job on), so the screen
 * never keeps a state of its own that a restart could lose. A run announces
 * every step of every post, so the reads are coalesced: one at a time, and
 * events that arrive during a read make one more read when it lands.
 */
export function useOutbox(): { readonly state: OutboxViewState; readonly refresh: () => void } {
  const studio = useStudio();
  const [state, setState] = useState<OutboxViewState>({ status: 'loading' });
  const reading = useRef(false);
  const stale = useRef(false);
  const mounted = useRef(true);

  const refresh = useCallback(() => {
    stale.current = true;
    if (reading.current) return;
    reading.current = true;
    void (async () => {
      while (stale.current && mounted.current) {
        stale.current = false;
        try {
          const [summary, page] = await Promise.all([unwrap(studio.outbox.summary()), unwrap(studio.outbox.list({ limit: QUEUE_PAGE_SIZE }))]);
          if (mounted.current) setState({ status: 'ready', summary, items: page.items, listed: page.total });
        } catch (error: unknown) {
          if (mounted.current) setState({ status: 'failed', message: describeError(error) });
        }
      }
      reading.current = false;
    })();
  }, [studio]);

  useEffect(() => {
    mounted.current = true;
    const stop = studio.onOutboxChanged(refresh);
    refresh();
    return () => {
      mounted.current = false;
      stop();
    };
  }, [studio, refresh]);

  return { state, refresh };
}
