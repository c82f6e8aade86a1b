import { useCallback, useEffect, useState } from 'react';

export type ReadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

interface Answer<T> {
  readonly source: () => Promise<T>;
  readonly attempt: number;
  readonly state: ReadState<T>;
}

/**
 * One read from the core. `read` (from useCallback) names what is read: a
 * new function starts a new read, and the answer to an older one is dropped.
 */
export function useRead<T>(read: () => Promise<T>): { state: ReadState<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);

  useEffect(() => {
    let current = true;
    read().then(
      (value) => {
        if (current) setAnswer({ source: read, attempt, state: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (current) setAnswer({ source: read, attempt, state: { status: 'failed', error } });
      },
    );
    return () => {
      current = false;
    };
  }, [read, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const state: ReadState<T> = answer !== null && answer.source === read && answer.attempt === attempt ? answer.state : { status: 'loading' };
  return { state, retry };
}
