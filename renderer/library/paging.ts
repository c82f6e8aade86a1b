/** What a page of any Firstup list (posts, comments, topics) says about the pages after it. */
export interface PageInfo {
  readonly items: readonly unknown[];
  readonly pageSize: number | null;
  readonly totalRecords: number | null;
  readonly nextCursor: string | null;
}

/**
 * Whether another page is worth asking for, once `loaded` items are shown.
 * Firstup's paging style for these lists is UNKNOWN (REFERENCE.md §3.6), so
 * this is the reference's client rule: a total when the server gives one,
 * otherwise a full page (or a cursor) means there may be more. The IPC page
 * request carries only a page number, so a server that pages by cursor alone
 * would answer page 1 again: callers drop items they already have and stop
 * when a page brings nothing new (see `appendNew`).
 */
export function hasMorePages(last: PageInfo, loaded: number, requestedSize: number): boolean {
  if (last.items.length === 0) return false;
  if (last.totalRecords !== null) return loaded < last.totalRecords;
  return last.nextCursor !== null || last.items.length >= (last.pageSize ?? requestedSize);
}

/** `existing` followed by the items of `incoming` not already in it; `added` says how many were new. */
export function appendNew<T>(existing: readonly T[], incoming: readonly T[], idOf: (item: T) => string | number): { items: T[]; added: number } {
  const seen = new Set(existing.map(idOf));
  const fresh = incoming.filter((item) => {
    const id = idOf(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return { items: [...existing, ...fresh], added: fresh.length };
}
