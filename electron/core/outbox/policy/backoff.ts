import { parseRetryAfter } from '../../firstup/retry-after.js';

/**
 * How long a job or a program waits before trying again. Pure: the caller
 * passes its monotonic clock's "now" and a random source (seeded in tests).
 */

export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** A jittered delay near zero would be a hot loop. */
  floorMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 60_000, floorMs: 250 };

/** A random source that returns NaN or leaves [0, 1) must not make a negative or endless delay. */
function unitInterval(value: number): number {
  if (!(value > 0)) return 0;
  return Math.min(value, 1);
}

/**
 * Capped exponential backoff with full jitter (AWS "Exponential Backoff and
 * Jitter", SECURITY-RESEARCH.md §3.3): uniform between the floor and
 * min(cap, base·2^(failures−1)). Uniform from the floor rather than max(floor,
 * uniform from 0), so no delay value is more likely than the others.
 * `failures` counts this step's failures so far: 1 after the first.
 */
export function backoffDelayMs(failures: number, random: () => number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const { baseMs, capMs, floorMs } = options;
  const exponent = Number.isFinite(failures) && failures >= 1 ? Math.floor(failures) - 1 : 0;
  const ceiling = Math.max(floorMs, Math.min(capMs, baseMs * 2 ** exponent));
  return Math.round(floorMs + unitInterval(random()) * (ceiling - floorMs));
}

export interface RateLimitOptions {
  /** When Firstup says nothing: its limit is counted per minute (REFERENCE.md §3.4). */
  defaultSeconds: number;
  /** Longer asks are capped, and the person is told. */
  maxSeconds: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { defaultSeconds: 60, maxSeconds: 600 };

export interface RateLimitWait {
  delayMs: number;
  /** Firstup asked for longer than `maxSeconds`: the UI says the pause was shortened and may be refused again. */
  capped: boolean;
  /** False when Firstup named no time and the default applies. */
  fromServer: boolean;
}

/**
 * The program-wide pause after a 429, from the Retry-After seconds the
 * client already read (error details `retryAfterSeconds`; 0 for a date in
 * the past, so sending resumes now). Firstup's throttling headers are
 * UNKNOWN (REFERENCE.md §3.3): null, negative or NaN all mean "not said".
 */
export function rateLimitWait(retryAfterSeconds: number | null | undefined, options: RateLimitOptions = DEFAULT_RATE_LIMIT): RateLimitWait {
  const said = typeof retryAfterSeconds === 'number' && retryAfterSeconds >= 0;
  if (!said) return { delayMs: options.defaultSeconds * 1_000, capped: false, fromServer: false };
  const capped = retryAfterSeconds > options.maxSeconds;
  return { delayMs: Math.round((capped ? options.maxSeconds : retryAfterSeconds) * 1_000), capped, fromServer: true };
}

/**
 * The same from a raw `Retry-After` header (delay-seconds or an HTTP date).
 * An HTTP date is wall-clock time, so this one needs the wall clock's now
 * (ms since the epoch), not the monotonic one.
 */
export function rateLimitWaitFromHeader(header: string | null, wallClockNow: number, options: RateLimitOptions = DEFAULT_RATE_LIMIT): RateLimitWait {
  return rateLimitWait(parseRetryAfter(header, wallClockNow), options);
}
