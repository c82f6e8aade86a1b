import { StudioError } from '../../../shared/ipc/studio-error.js';
import { parseRetryAfter } from './retry-after.js';
import { bodyExcerpt, faultyField, serverMessage } from './server-text.js';

/** Everything that can go wrong with one Firstup request, before it becomes a StudioError. */
export type FirstupFailure =
  /** No answer: DNS, refused connection, reset socket, or our timeout. */
  | { kind: 'network'; reason: 'timeout' | 'unreachable' }
  /** A non-2xx answer. 401 arrives here only after the one refresh was tried. */
  | { kind: 'status'; status: number; headers: Headers; text: string }
  /** A 2xx whose body is not JSON (an HTML proxy page, a truncated body). */
  | { kind: 'unreadable'; status: number; text: string }
  /** JSON without a field we need, or with the wrong type; `field` is its path, e.g. `data.uuid`. */
  | { kind: 'shape'; field: string; missing: boolean };

const OFFLINE = "Can't reach Firstup. Check your connection; your work is safe and will be sent when you're back online.";
const TIMEOUT = "Firstup didn't answer in time. Check your connection; your work is safe and will be sent when you're back online.";

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
      return new StudioError('offline', failure.reason === 'timeout' ? TIMEOUT : OFFLINE, { reason: failure.reason });
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
