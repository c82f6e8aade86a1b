import type { DraftListItem, DraftListPage } from '../../shared/drafts/draft-schema.js';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { unwrap } from '../studio/unwrap.js';
import { listRequestFor, matchesFilters, PAGE_SIZE, type DraftFilters } from './draft-filters.js';

export interface DraftListQuery {
  readonly filters: DraftFilters;
  readonly trashed: boolean;
  /** Words to search for; empty lists drafts by last change instead. */
  readonly search: string;
}

export interface DraftPage {
  readonly items: readonly DraftListItem[];
  /** Where "Load more" continues; null when everything is shown (search results always are). */
  readonly nextOffset: number | null;
  /** Drafts the store could not read. */
  readonly skipped: number;
  /** Search answers at most this many, best first. */
  readonly searchLimitReached: boolean;
}

export const SEARCH_LIMIT = 100;
/** drafts.list's largest page. */
const MAX_LIMIT = 200;

/** The first `count` drafts (at least a page) for the query: used to load the list, and to read it again after a change. */
export async function readDrafts(studio: StudioApi, query: DraftListQuery, count = PAGE_SIZE): Promise<DraftPage> {
  if (query.search.trim() !== '') {
    const request = { query: query.search, limit: SEARCH_LIMIT, ...(query.filters.programId === null ? {} : { programId: query.filters.programId }) };
    const { hits, skipped } = await unwrap(studio.drafts.search(request));
    return { items: hits.filter((hit) => matchesFilters(hit, query.filters)), nextOffset: null, skipped, searchLimitReached: hits.length === SEARCH_LIMIT };
  }
  const wanted = Math.max(count, PAGE_SIZE);
  const items: DraftListItem[] = [];
  let skipped = 0;
  let offset: number | null = 0;
  while (offset !== null && items.length + skipped < wanted) {
    const page: DraftListPage = await unwrap(studio.drafts.list(listRequestFor(query.filters, query.trashed, offset, Math.min(MAX_LIMIT, wanted - items.length - skipped))));
    items.push(...page.items);
    skipped += page.skipped;
    offset = page.nextOffset;
  }
  return { items, nextOffset: offset, skipped, searchLimitReached: false };
}

/** The next page after `offset`. */
export async function readMoreDrafts(studio: StudioApi, query: DraftListQuery, offset: number): Promise<DraftPage> {
  const page = await unwrap(studio.drafts.list(listRequestFor(query.filters, query.trashed, offset)));
  return { items: page.items, nextOffset: page.nextOffset, skipped: page.skipped, searchLimitReached: false };
}
