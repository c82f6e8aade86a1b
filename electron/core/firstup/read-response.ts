import { z } from 'zod';
import { toStudioError } from './error-mapping.js';
import type { FirstupReply } from './firstup-http.js';
import { toPage, type Page } from './pagination.js';

/**
 * Every Firstup body wraps its payload in `data` (and lists add `meta`),
 * REFERENCE.md §3.1. These read it through a record schema and turn the first
 * problem into unexpected_response naming the field, e.g. `data[3].uuid`.
 */

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the response body';
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function parse<T>(schema: z.ZodType<T>, json: unknown): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const path = result.error.issues[0]?.path ?? [];
  throw toStudioError({ kind: 'shape', field: fieldName(path), missing: valueAt(json, path) == null });
}

export function readRecord<T>(reply: FirstupReply, schema: z.ZodType<T>): T {
  return parse(z.looseObject({ data: schema }), reply.json).data;
}

export function readList<T>(reply: FirstupReply, schema: z.ZodType<T>): Page<T> {
  const body = parse(z.looseObject({ data: z.array(schema), meta: z.unknown().optional() }), reply.json);
  return toPage(body.data, body.meta);
}

/** Writes may answer 204, or 202 before the record is ready (REFERENCE.md §3.2): then the caller reads it back. */
export function carriesRecord(reply: FirstupReply): boolean {
  if (reply.json === undefined) return false;
  return reply.status !== 202 || (typeof reply.json === 'object' && reply.json !== null && 'data' in reply.json);
}
