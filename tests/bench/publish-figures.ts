/** Counting over the publish benchmark's request log and completion times (milliseconds on the run's clock). */
import type { LoggedRequest } from './publish-request-log.js';

const MINUTE_MS = 60_000;

/** Requests that left in [from, to). */
export const requestsBetween = (entries: readonly LoggedRequest[], from: number, to: number) => entries.filter((entry) => entry.at >= from && entry.at < to).length;

/** 429 answers to requests that left at or after `from`. */
export const throttledFrom = (entries: readonly LoggedRequest[], from: number) => entries.filter((entry) => entry.status === 429 && entry.at >= from).length;

/**
 * The most requests the sandbox accepted in any sliding minute, counted as
 * its rate limiter counts them (a request at t is in the minute ending at
 * t + 60 s, exclusive), so it compares directly with its limit.
 */
export function peakPerMinute(entries: readonly LoggedRequest[]): number {
  const times = entries.filter((entry) => entry.status !== 429).map((entry) => entry.at).sort((a, b) => a - b);
  let peak = 0;
  let first = 0;
  for (const [last, at] of times.entries()) {
    while (times[first]! <= at - MINUTE_MS) first += 1;
    peak = Math.max(peak, last - first + 1);
  }
  return peak;
}

/** Completions per minute from `from` to the last completion. */
export function perMinuteFrom(completions: readonly number[], from: number): number {
  const after = completions.filter((at) => at >= from);
  const last = Math.max(...after);
  return after.length < 2 || last <= from ? Number.NaN : (after.length / (last - from)) * MINUTE_MS;
}

/** How many of each kind of request, for the printout: where a post's requests go. */
export function requestMix(entries: readonly LoggedRequest[]): Record<string, number> {
  const mix: Record<string, number> = {};
  for (const { kind } of entries) mix[kind] = (mix[kind] ?? 0) + 1;
  return mix;
}
