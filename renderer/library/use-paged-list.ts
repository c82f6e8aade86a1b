import { useCallback, useEffect, useState } from 'react';
import { appendNew, hasMorePages, type PageInfo } from './paging.js';

export interface FetchedPage<T> extends PageInfo {
  readonly items: readonly T[];
}

/** Reads page `number` (from 1). A new function (from useCallback) means a new list: it starts again at page 1. */
export type PageFetcher<T> = (number: number) => Promise<FetchedPage<T>>;

export type PagedListStatus = 'loading' | 'ready' | 'failed';

export interface PagedList<T> {
  readonly status: PagedListStatus;
  readonly items: readonly T[];
  /** How many items the whole list holds, when the server says. */
  readonly total: number | null;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  /** Why the first page failed (status `failed`) or why the last "more" failed (status `ready`). */
  readonly error: unknown;
  readonly loadMore: () => void;
  readonly retry: () => void;
}

interface Loaded<T> {
  readonly source: PageFetcher<T>;
  readonly attempt: number;
  readonly items: readonly T[];
  readonly total: number | null;
  readonly hasMore: boolean;
  readonly nextPage: number;
  readonly loadingMore: boolean;
  readonly failed: boolean;
  readonly error: unknown;
}

function afterPage<T>(previous: readonly T[], page: FetchedPage<T>, number: number, pageSize: number, idOf: (item: T) => string | number) {
  const { items, added } = appendNew(previous, page.items, idOf);
  return { items, total: page.totalRecords, hasMore: added > 0 && hasMorePages(page, items.length, pageSize), nextPage: number + 1 };
}

/**
 * A list read one page at a time, with "load more". Each answer is tagged
 * with the fetcher and attempt that asked for it, so an answer for filters
 * the person has already changed is dropped instead of shown. `idOf` must
 * be a stable function (declared at module level), or the list restarts.
 */
export function usePagedList<T>(fetchPage: PageFetcher<T>, pageSize: number, idOf: (item: T) => string | number): PagedList<T> {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);

  useEffect(() => {
    let current = true;
    const base = { source: fetchPage, attempt, loadingMore: false };
    fetchPage(1).then(
      (page) => {
        if (current) setLoaded({ ...base, ...afterPage([], page, 1, pageSize, idOf), failed: false, error: null });
      },
      (error: unknown) => {
        if (current) setLoaded({ ...base, items: [], total: null, hasMore: false, nextPage: 1, failed: true, error });
      },
    );
    return () => {
      current = false;
    };
  }, [fetchPage, attempt, pageSize, idOf]);

  const fresh = loaded?.source === fetchPage && loaded.attempt === attempt ? loaded : null;

  const loadMore = useCallback(() => {
    if (fresh === null || fresh.failed || !fresh.hasMore || fresh.loadingMore) return;
    const { source, nextPage } = fresh;
    const same = (state: Loaded<T> | null): state is Loaded<T> => state !== null && state.source === source && state.attempt === fresh.attempt;
    setLoaded({ ...fresh, loadingMore: true, error: null });
    source(nextPage).then(
      (page) => setLoaded((state) => (same(state) ? { ...state, ...afterPage(state.items, page, nextPage, pageSize, idOf), loadingMore: false } : state)),
      (error: unknown) => setLoaded((state) => (same(state) ? { ...state, loadingMore: false, error } : state)),
    );
  }, [fresh, pageSize, idOf]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);

  if (fresh === null) return { status: 'loading', items: [], total: null, hasMore: false, loadingMore: false, error: null, loadMore, retry };
  return {
    status: fresh.failed ? 'failed' : 'ready',
    items: fresh.items,
    total: fresh.total,
    hasMore: fresh.hasMore,
    loadingMore: fresh.loadingMore,
    error: fresh.error,
    loadMore,
    retry,
  };
}
