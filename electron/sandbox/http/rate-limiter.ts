/**
 * The partner API's budget: so many requests per sliding minute per program
 * (1,000 by default). Past it, 429 with `Retry-After` in whole seconds: when
 * the oldest request in the window leaves it.
 */
export interface RateLimiter {
  /** Counts the request; returns the seconds to wait when over the limit, else null. */
  take(programId: number, now: number): number | null;
  reset(): void;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(limitPerMinute: number): RateLimiter {
  const windows = new Map<number, number[]>();
  return {
    take(programId, now) {
      const recent = (windows.get(programId) ?? []).filter((time) => time > now - WINDOW_MS);
      windows.set(programId, recent);
      if (recent.length >= limitPerMinute) {
        const oldest = recent[0] ?? now;
        return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
      }
      recent.push(now);
      return null;
    },
    reset: () => windows.clear(),
  };
}
