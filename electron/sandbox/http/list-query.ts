import { validationError } from './api-error.js';

/**
 * The partner API's list conventions (REFERENCE.md §3.6–3.8):
 * `page.number` (from 1) and `page.size`; `filter.<field>` given as repeated
 * parameters or one comma-separated value, matching ANY of them; and the
 * sandbox's pick for sorting, `sort=<field>` or `sort=-<field>` (descending).
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  readonly number: number;
  readonly size: number;
}

function positiveInteger(query: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) throw validationError(`${name} must be a whole number from 1 to ${max}.`, name);
  return value;
}

export function readPage(query: URLSearchParams): PageRequest {
  return {
    number: positiveInteger(query, 'page.number', 1, 1_000_000),
    size: positiveInteger(query, 'page.size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

export interface Page<T> {
  data: T[];
  meta: { pagination: { page: number; page_size: number; total_records: number } };
}

/** A page past the end is empty, not an error, as a client paging until a short page expects. */
export function paginate<T>(items: readonly T[], page: PageRequest): Page<T> {
  const start = (page.number - 1) * page.size;
  return {
    data: items.slice(start, start + page.size),
    meta: { pagination: { page: page.number, page_size: page.size, total_records: items.length } },
  };
}

/** Every value of `filter.<name>`, or null when the filter is absent. */
export function readFilter(query: URLSearchParams, name: string): string[] | null {
  const values = query
    .getAll(`filter.${name}`)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return values.length === 0 ? null : values;
}

export function readEnumFilter<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T[] | null {
  const values = readFilter(query, name);
  if (values === null) return null;
  const unknown = values.find((value) => !(allowed as readonly string[]).includes(value));
  if (unknown !== undefined) throw validationError(`filter.${name} does not accept "${unknown}". Use one of: ${allowed.join(', ')}.`, `filter.${name}`);
  return values as T[];
}

export function readIntegerFilter(query: URLSearchParams, name: string): number[] | null {
  const values = readFilter(query, name);
  if (values === null) return null;
  const bad = values.find((value) => !/^\d+$/.test(value));
  if (bad !== undefined) throw validationError(`filter.${name} takes whole numbers, not "${bad}".`, `filter.${name}`);
  return values.map(Number);
}

export interface SortOrder<F extends string> {
  readonly field: F;
  readonly descending: boolean;
}

export function readSort<F extends string>(query: URLSearchParams, allowed: readonly F[], fallback: SortOrder<F>): SortOrder<F> {
  const raw = query.get('sort');
  if (raw === null) return fallback;
  const descending = raw.startsWith('-');
  const field = (descending ? raw.slice(1) : raw) as F;
  if (!allowed.includes(field)) throw validationError(`sort takes one of ${allowed.map((f) => `${f} or -${f}`).join(', ')}.`, 'sort');
  return { field, descending };
}

export function sortBy<T, F extends string>(items: readonly T[], order: SortOrder<F>, value: (item: T, field: F) => string | number | null): T[] {
  const direction = order.descending ? -1 : 1;
  return [...items].sort((a, b) => {
    const left = value(a, order.field) ?? '';
    const right = value(b, order.field) ?? '';
    return left < right ? -direction : left > right ? direction : 0;
  });
}
