import { z } from 'zod';
import { StudioError } from '../../../shared/ipc/studio-error.js';

/**
 * Firstup pages two ways (REFERENCE.md §3.6): by number
 * (`meta.pagination.{page,page_size,total_records}`) or by cursor
 * (`meta.pagination.next`). Which one `/v2/content` and `/v2/channels` use is
 * UNKNOWN, so every list accepts both and `listAll` follows either.
 */

export interface PageRequest {
  /** From 1. Ignored when `cursor` is given. */
  number?: number;
  size?: number;
  /** The `nextCursor` of a previous page. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Each null when the server did not say (pagination metadata is optional). */
  page: number | null;
  pageSize: number | null;
  totalRecords: number | null;
  nextCursor: string | null;
}

export function pageQuery(request: PageRequest = {}, query = new URLSearchParams()): URLSearchParams {
  if (request.size !== undefined) query.set('page.size', String(request.size));
  // UNKNOWN: the request parameter that carries a cursor is not documented; `page.cursor`
  // matches the `page.*` family. A server that ignores it would repeat the first page, which
  // listAll detects (a repeated cursor) instead of looping.
  if (request.cursor !== undefined) query.set('page.cursor', request.cursor);
  else if (request.number !== undefined) query.set('page.number', String(request.number));
  return query;
}

const count = z.number().int().nonnegative().nullish().catch(null);

/** Lenient on purpose: metadata we cannot read degrades to "unknown", and listAll falls back to short pages. */
const metaSchema = z
  .looseObject({
    pagination: z
      .looseObject({
        page: count,
        page_size: count,
        total_records: count,
        next: z.union([z.string(), z.number()]).nullish().catch(null),
      })
      .nullish()
      .catch(null),
  })
  .nullish()
  .catch(null);

export function toPage<T>(items: T[], meta: unknown): Page<T> {
  const pagination = metaSchema.parse(meta)?.pagination;
  const next = pagination?.next;
  return {
    items,
    page: pagination?.page ?? null,
    pageSize: pagination?.page_size ?? null,
    totalRecords: pagination?.total_records ?? null,
    nextCursor: next === undefined || next === null || next === '' ? null : String(next),
  };
}

export interface ListAllOptions {
  pageSize?: number;
  /** A hard stop against a server that never ends a list. */
  maxPages?: number;
}

/**
 * Every item of a list, page after page. Follows `next` when the server
 * gives one; otherwise pages by number until the total is reached or a page
 * comes back empty or short. Reaching `maxPages` throws rather than ending
 * quietly, because a caller reconciling against the list must not mistake a
 * truncated list for a complete one.
 */
export async function* listAll<T>(fetchPage: (request: PageRequest) => Promise<Page<T>>, { pageSize = 100, maxPages = 500 }: ListAllOptions = {}): AsyncGenerator<T> {
  let request: PageRequest = { size: pageSize };
  let seen = 0;
  const cursors = new Set<string>();
  for (let fetched = 0; fetched < maxPages; fetched += 1) {
    const page = await fetchPage(request);
    yield* page.items;
    seen += page.items.length;
    if (page.items.length === 0) return;
    if (page.nextCursor !== null) {
      if (cursors.has(page.nextCursor)) throw new StudioError('unexpected_response', 'Firstup repeated a page of results; the list was stopped.', { cursor: 'repeated' });
      cursors.add(page.nextCursor);
      request = { size: pageSize, cursor: page.nextCursor };
      continue;
    }
    if (request.cursor !== undefined) return;
    if (page.totalRecords !== null ? seen >= page.totalRecords : page.items.length < (page.pageSize ?? pageSize)) return;
    request = { size: pageSize, number: (page.page ?? fetched + 1) + 1 };
  }
  throw new StudioError('unexpected_response', `Firstup kept sending pages after ${maxPages}; the list was stopped there.`, { maxPages });
}
