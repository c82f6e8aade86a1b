import { LINK_REL } from './nodes/link-canonical.js';
import { safeHttpsUrl, safeImageSrc, safeLinkHref } from './url-rules.js';

/**
 * Which attribute a pasted element may keep, and in what form: the store's
 * per-tag rules, plus ProseMirror's own `data-pm-slice` so that cutting and
 * pasting inside the editor keeps list and table context. Returns the value
 * to keep, or null to drop the attribute.
 */

const WHOLE_NUMBER = /^\d{1,5}$/;
const SPAN = /^[1-9]\d{0,2}$/;
const VIDEO_ID = /^\d{1,20}$/;
const SLICE = /^(\d{1,3}) (\d{1,3})(?: -(\d{1,3}))? (\[.*\])$/s;

/** Node types ProseMirror may wrap a pasted slice in; never images, videos or anything with a URL. */
const SLICE_WRAPPERS = new Set(['blockquote', 'bulletList', 'orderedList', 'listItem', 'table', 'tableRow', 'tableCell', 'tableHeader', 'figure', 'heading', 'paragraph', 'codeBlock']);

function plainValue(value: unknown): boolean {
  return value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && /^[\w -]{0,40}$/.test(value));
}

/** ProseMirror builds the slice's wrapping nodes from this JSON without parsing HTML, so it is held to known, plain wrappers. */
function safeSlice(value: string): string | null {
  const match = SLICE.exec(value);
  if (match === null) return null;
  let context: unknown;
  try {
    context = JSON.parse(match[4]!);
  } catch {
    return null;
  }
  if (!Array.isArray(context) || context.length % 2 !== 0) return null;
  for (let index = 0; index < context.length; index += 2) {
    const type: unknown = context[index];
    const attrs: unknown = context[index + 1];
    if (typeof type !== 'string' || !SLICE_WRAPPERS.has(type)) return null;
    if (attrs !== null && (typeof attrs !== 'object' || Array.isArray(attrs) || !Object.values(attrs).every(plainValue))) return null;
  }
  return value;
}

const matches = (pattern: RegExp) => (value: string) => (pattern.test(value.trim()) ? value.trim() : null);

const RULES: Record<string, Record<string, (value: string) => string | null>> = {
  a: { href: safeLinkHref, rel: () => LINK_REL },
  img: { src: safeImageSrc, alt: (value) => value, width: matches(WHOLE_NUMBER), height: matches(WHOLE_NUMBER) },
  ol: { start: matches(WHOLE_NUMBER) },
  td: { colspan: matches(SPAN), rowspan: matches(SPAN) },
  th: { colspan: matches(SPAN), rowspan: matches(SPAN) },
  div: { 'data-video-id': matches(VIDEO_ID), 'data-video-url': safeHttpsUrl },
};

export const PASTE_ATTRIBUTES = [...new Set([...Object.values(RULES).flatMap((rules) => Object.keys(rules)), 'data-pm-slice'])];

export function keptAttributeValue(tagName: string, name: string, value: string): string | null {
  if (name === 'data-pm-slice') return safeSlice(value);
  const rule = RULES[tagName]?.[name];
  return rule === undefined ? null : rule(value);
}
