/**
 * Seconds to wait from a `Retry-After` header, which HTTP allows as either
 * delay-seconds or an HTTP date. Firstup's throttling headers are UNKNOWN
 * (REFERENCE.md §3.3), so null (no header, or one we cannot read) is a real
 * answer: the outbox then applies its own backoff. A date in the past is 0.
 */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  // An HTTP date always names its day and month; without letters, Date.parse would read "1.5" as a date.
  if (!/[a-z]/i.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
