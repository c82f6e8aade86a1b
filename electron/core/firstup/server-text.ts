import { redactSecrets } from './redact.js';

/**
 * Firstup's error body shape is UNKNOWN (REFERENCE.md §3.3), so the human
 * message is looked for in every shape a plausible server or proxy uses:
 * `errors[0].message|detail|title` (JSON:API, the sandbox), `errors` as
 * strings or as a Rails-style `{field: [messages]}` map, OAuth's
 * `error_description`, `message`, `error` (string or object), or a short
 * plain-text body. HTML pages are never shown.
 */

const MAX_MESSAGE = 500;
const MAX_EXCERPT = 200;

/** For bodies that are not JSON (JSON may well carry HTML: post bodies do). */
function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) || /<\s*(!doctype|html|head|body)\b/i.test(text);
}

function tidy(text: string, max: number): string {
  const plain = redactSecrets(text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim());
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const firstString = (...candidates: unknown[]): string | undefined =>
  candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');

function messageFromErrors(errors: unknown): string | undefined {
  if (Array.isArray(errors)) {
    const first: unknown = (errors as unknown[])[0];
    return isRecord(first) ? firstString(first.message, first.detail, first.title) : firstString(first);
  }
  if (isRecord(errors)) {
    const [field, messages] = Object.entries(errors)[0] ?? [];
    const message = Array.isArray(messages) ? firstString(...(messages as unknown[])) : firstString(messages);
    return message === undefined ? undefined : `${field} ${message}`;
  }
  return firstString(errors);
}

function messageFromJson(body: unknown): string | undefined {
  if (!isRecord(body)) return firstString(body);
  const error = body.error;
  return (
    messageFromErrors(body.errors) ??
    firstString(body.error_description, body.message, error) ??
    (isRecord(error) ? firstString(error.message, error.detail) : undefined)
  );
}

/** The input field at fault, when the body names exactly one (sandbox: `errors[0].field`). */
export function faultyField(text: string): string | undefined {
  const body = parseJson(text);
  if (!isRecord(body) || !Array.isArray(body.errors)) return undefined;
  const first: unknown = (body.errors as unknown[])[0];
  if (!isRecord(first)) return undefined;
  const pointer = isRecord(first.source) ? first.source.pointer : undefined;
  return firstString(first.field, pointer);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The server's message made readable, or undefined when the body holds none worth showing. */
export function serverMessage(text: string): string | undefined {
  const body = parseJson(text);
  if (body !== undefined) {
    const message = messageFromJson(body);
    return message === undefined ? undefined : tidy(message, MAX_MESSAGE);
  }
  if (text.trim() === '' || looksLikeHtml(text)) return undefined;
  // A plain-text body is someone's sentence only when it is short; a long one is a dump.
  return text.length <= MAX_MESSAGE ? tidy(text, MAX_MESSAGE) : undefined;
}

/** A short, HTML-free trace of a body for error details and logs; never the page itself. */
export function bodyExcerpt(text: string): string {
  if (text.trim() === '') return '(empty body)';
  if (parseJson(text) === undefined && looksLikeHtml(text)) return '(an HTML page)';
  return tidy(text, MAX_EXCERPT);
}
