import { StudioError } from '../../../shared/ipc/studio-error.js';
import { parseRetryAfter } from './retry-after.js';
import { bodyExcerpt, faultyField, serverMessage } from './server-text.js';

/** Everything that can go wrong with one Firstup request, before it becomes a StudioError. */
export type FirstupFailure =
  /** No answer; `reason` says whether the request can have reached Firstup (see NetworkReason). */
  | { kind: 'network'; reason: NetworkReason }
  /** A non-2xx answer. 401 arrives here only after the one refresh was tried. */
  | { kind: 'status'; status: number; headers: Headers; text: string }
  /** A 2xx whose body is not JSON (an HTML proxy page, a truncated body). */
  | { kind: 'unreadable'; status: number; text: string }
  /** JSON without a field we need, or with the wrong type; `field` is its path, e.g. `data.uuid`. */
  | { kind: 'shape'; field: string; missing: boolean };

/**
 * Why a request got no answer, kept apart because the outbox must know
 * whether Firstup may have acted on it (SECURITY-RESEARCH.md §3.2):
 * - `unreachable`: no connection was made (DNS, refused, no route, TLS), so
 *   nothing was sent;
 * - `connection_lost`: the connection closed before a full answer (reset,
 *   server dropped it, body cut off): the request may have been carried out;
 * - `timeout`: our time limit ran out, possibly after sending, so the same.
 */
export type NetworkReason = 'timeout' | 'unreachable' | 'connection_lost';

/**
 * Node's fetch (undici) reports why it failed in `cause.code` (an
 * AggregateError's `errors` when several addresses were tried). Only these
 * codes prove no request left this machine; anything else, including an
 * error we have never seen, counts as possibly sent, which is the safe guess.
 */
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/** A TLS handshake completes before the first request byte, so a failed one sent nothing. */
const TLS_CODE = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$)/;

function errorCodes(cause: unknown): string[] {
  if (typeof cause !== 'object' || cause === null) return [];
  const code = (cause as { code?: unknown }).code;
  const inner = (cause as { errors?: unknown }).errors;
  return [...(typeof code === 'string' ? [code] : []), ...(Array.isArray(inner) ? (inner as unknown[]).flatMap(errorCodes) : [])];
}

export function networkReason(error: unknown): NetworkReason {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  const codes = errorCodes(error instanceof Error ? error.cause : undefined);
  const neverConnected = codes.length > 0 && codes.every((code) => NEVER_CONNECTED.has(code) || TLS_CODE.test(code));
  return neverConnected ? 'unreachable' : 'connection_lost';
}

const OFFLINE = "Can't reach Firstup. Check your connection; your work is safe and will be sent when you're back online.";
const TIMEOUT = "Firstup didn't answer in time. Check your connection; your work is safe and will be sent when you're back online.";
const LOST = 'The connection to Firstup broke before it answered, so the change may or may not have been made there. Check your connection; your work is safe here.';
const NO_ANSWER: Record<NetworkReason, string> = { timeout: TIMEOUT, unreachable: OFFLINE, connection_lost: LOST };

function fromStatus(status: number, headers: Headers, text: string, now: number): StudioError {
  const said = serverMessage(text);
  const base = { status, ...(said === undefined ? {} : { serverMessage: said }) };
  if (status === 401) return new StudioError('sign_in_needed', 'Your Firstup sign-in for this program has expired. Sign in again; queued work waits until you do.', { status });
  if (status === 403) return new StudioError('forbidden', 'Firstup refused: this action needs the publisher role or higher in this program.', base);
  if (status === 404 || status === 410) return new StudioError('not_found', "Firstup can't find this in the program; it may have been deleted or archived.", base);
  if (status === 408) return new StudioError('offline', TIMEOUT, { reason: 'timeout', status });
  if (status === 429) {
    // null: Firstup's throttling headers are UNKNOWN, and without one the outbox uses its own backoff.
    const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'), now);
    return new StudioError('rate_limited', 'Firstup is receiving too many requests for this program. Work will continue shortly.', { status, retryAfterSeconds });
  }
  if (status >= 400 && status < 500) {
    const field = faultyField(text);
    const message = said ?? `Firstup didn't accept this request and didn't say why (HTTP ${status}).`;
    return new StudioError('validation', message, { status, ...(field === undefined ? {} : { field }) });
  }
  if (status >= 500 && status < 600) {
    return new StudioError('server_error', `Firstup had a problem on its side (HTTP ${status}). Your work is safe; try again in a moment.`, { ...base, excerpt: bodyExcerpt(text) });
  }
  return new StudioError('unexpected_response', `Firstup answered with HTTP ${status}, which Content Studio doesn't expect here.`, { status, excerpt: bodyExcerpt(text) });
}

/**
 * The one place a Firstup failure becomes a StudioError. Details carry the
 * status and, at most, a short HTML-free excerpt: never a token, never a page.
 */
export function toStudioError(failure: FirstupFailure, now: number = Date.now()): StudioError {
  switch (failure.kind) {
    case 'network':
      return new StudioError('offline', NO_ANSWER[failure.reason], { reason: failure.reason });
    case 'status':
      return fromStatus(failure.status, failure.headers, failure.text, now);
    case 'unreadable':
      return new StudioError('unexpected_response', "Firstup sent an answer Content Studio can't read (it isn't JSON). Try again in a moment.", {
        status: failure.status,
        excerpt: bodyExcerpt(failure.text),
      });
    case 'shape':
      return new StudioError(
        'unexpected_response',
        `Firstup sent an answer Content Studio can't read: ${failure.field} is ${failure.missing ? 'missing' : 'not in the expected form'}.`,
        { field: failure.field },
      );
  }
}
