import { StudioError } from '../../../shared/ipc/studio-error.js';

/**
 * Path segments from caller-supplied ids. Content takes its numeric id or its
 * uuid (REFERENCE.md §3.5); topics, videos, images and users take integers.
 * Each is checked before it goes into a path, then percent-encoded anyway.
 */

export type ContentId = number | string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DIGITS = /^[1-9]\d{0,15}$/;

function invalid(what: string, value: unknown): StudioError {
  return new StudioError('validation', `${JSON.stringify(value)} is not a Firstup ${what} id.`, { id: String(value).slice(0, 60) });
}

function integerSegment(what: string, value: number | string): string {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!DIGITS.test(text) || !Number.isSafeInteger(Number(text))) throw invalid(what, value);
  return text;
}

export function contentSegment(id: ContentId): string {
  if (typeof id === 'string' && UUID.test(id.trim())) return encodeURIComponent(id.trim());
  return encodeURIComponent(integerSegment('content', id));
}

export const topicSegment = (id: number | string) => encodeURIComponent(integerSegment('topic', id));
export const videoSegment = (id: number | string) => encodeURIComponent(integerSegment('video', id));
export const imageSegment = (id: number | string) => encodeURIComponent(integerSegment('image', id));

/** Comment ids' type is UNKNOWN (REFERENCE.md §5.11): integers or opaque tokens are both accepted. */
export function commentSegment(id: number | string): string {
  const text = String(id).trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(text)) throw invalid('comment', id);
  return encodeURIComponent(text);
}
