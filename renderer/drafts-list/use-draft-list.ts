import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { readDrafts, readMoreDrafts, type DraftListQuery, type DraftPage } from './read-drafts.js';

export type DraftListState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | ({ readonly status: 'ready' } & DraftPage);

export interface DraftList {
  /** While a new query is read, the last answer stays shown (with `pending`), so the list does not flash empty. */
  readonly state: DraftListState;
  readonly pending: boolean;
  readonly loadMore: () => void;
  readonly loadingMore: boolean;
  readonly loadMoreError: string | null;
  /** Reads the drafts shown again (as many as are loaded); callers need not wait. */
  readonly refresh: () => void;
}

type Loaded = { readonly key: string } & DraftListState;

/** Events come in bursts (a bulk action changes many drafts): one read after the burst is enough. */
const REFRESH_DELAY_MS = 150;

/**
 * The drafts for a query, kept current: read again when the query changes, and when the core says drafts
 * changed (here, in another window, or by sync). Only the latest read may land, so a slow old answer never
 * overwrites a newer one.
 */
export function useDraftList(query: DraftListQuery): DraftList {
  const studio = useStudio();
  const key = JSON.stringify(query);
  const [loaded, setLoaded] = useState<Loaded>({ key: '', status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const latestRead = useRef(0);
  const current = useRef({ query, key, loaded });
  useEffect(() => {
    current.current = { query, key, loaded };
  });

  const read = useCallback(
    (forQuery: DraftListQuery, forKey: string, count: number) => {
      const readNumber = ++latestRead.current;
      void readDrafts(studio, forQuery, count).then(
        (page) => {
          if (readNumber === latestRead.current) setLoaded({ key: forKey, status: 'ready', ...page });
        },
        (error: unknown) => {
          if (readNumber === latestRead.current) setLoaded({ key: forKey, status: 'failed', message: describeError(error) });
        },
      );
    },
    [studio],
  );

  const refresh = useCallback(() => {
    const { query: now, key: nowKey, loaded: shown } = current.current;
    read(now, nowKey, shown.key === nowKey && shown.status === 'ready' ? shown.items.length : 0);
  }, [read]);

  useEffect(() => {
    read(JSON.parse(key) as DraftListQuery, key, 0);
  }, [read, key]);

  useEffect(() => {
    let timer: number | undefined;
    const stop = studio.onDraftsChanged(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, REFRESH_DELAY_MS);
    });
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [studio, refresh]);

  const loadMore = useCallback(() => {
    const { query: now, key: nowKey, loaded: shown } = current.current;
    if (shown.key !== nowKey || shown.status !== 'ready' || shown.nextOffset === null) return;
    const readNumber = latestRead.current;
    setLoadingMore(true);
    setLoadMoreError(null);
    void readMoreDrafts(studio, now, shown.nextOffset)
      .then(
        (page) => {
          // A refresh or a new query since then has its own answer coming; this page may not fit it.
          if (readNumber !== latestRead.current) return;
          setLoaded({ ...shown, key: nowKey, ...page, items: appendNew(shown.items, page.items), skipped: shown.skipped + page.skipped });
        },
        (error: unknown) => setLoadMoreError(`More drafts could not be read. ${describeError(error)}`),
      )
      .finally(() => setLoadingMore(false));
  }, [studio]);

  const state: DraftListState = loaded.key === '' ? { status: 'loading' } : loaded;
  return { state, pending: loaded.key !== key, loadMore, loadingMore, loadMoreError, refresh };
}

/** Drafts changed between pages can shift by one: never show the same draft twice. */
function appendNew(shown: readonly DraftListItem[], more: readonly DraftListItem[]): DraftListItem[] {
  const ids = new Set(shown.map((item) => item.id));
  return [...shown, ...more.filter((item) => !ids.has(item.id))];
}
