import { describe, expect, it } from 'vitest';
import { backoffDelayMs, rateLimitWait, rateLimitWaitFromHeader } from '../../../electron/core/outbox/policy/backoff.js';
import { createRandom } from '../../../electron/sandbox/seed/random.js';

/** The sandbox's seeded generator, so the jitter tests see the same numbers on every run. */
const seeded = (seed: number) => createRandom(seed).next;

describe('backoffDelayMs: capped exponential backoff with full jitter', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [6, 32_000],
    [7, 60_000],
    [8, 60_000],
    [50, 60_000],
    [5_000, 60_000],
  ])('after %i failures waits between 250 ms and %i ms', (failures, ceiling) => {
    expect(backoffDelayMs(failures, () => 0)).toBe(250);
    expect(backoffDelayMs(failures, () => 0.999_999_999)).toBe(ceiling);
  });

  it('keeps every seeded delay inside its bounds', () => {
    const random = seeded(7);
    for (let failures = 1; failures <= 12; failures += 1) {
      const ceiling = Math.min(60_000, 1_000 * 2 ** (failures - 1));
      for (let i = 0; i < 500; i += 1) {
        const delay = backoffDelayMs(failures, random);
        expect(delay).toBeGreaterThanOrEqual(250);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('spreads delays evenly over the range (full jitter, not a fixed step)', () => {
    const random = seeded(42);
    const samples = Array.from({ length: 20_000 }, () => backoffDelayMs(4, random));
    const mean = samples.reduce((sum, delay) => sum + delay, 0) / samples.length;
    expect(mean).toBeGreaterThan(4_125 * 0.98);
    expect(mean).toBeLessThan(4_125 * 1.02);
    const deciles = new Array<number>(10).fill(0);
    for (const delay of samples) deciles[Math.min(9, Math.floor(((delay - 250) / 7_750) * 10))]! += 1;
    for (const count of deciles) expect(Math.abs(count / samples.length - 0.1)).toBeLessThan(0.012);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const run = (seed: number) => {
      const random = seeded(seed);
      return Array.from({ length: 8 }, (_, i) => backoffDelayMs(i + 1, random));
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
  });

  it('stays within bounds when the random source or the count is broken', () => {
    expect(backoffDelayMs(3, () => Number.NaN)).toBe(250);
    expect(backoffDelayMs(3, () => -5)).toBe(250);
    expect(backoffDelayMs(3, () => 17)).toBe(4_000);
    for (const failures of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(backoffDelayMs(failures, () => 0.999_999_999)).toBe(1_000);
    }
  });

  it('takes other limits', () => {
    expect(backoffDelayMs(10, () => 0.999_999_999, { baseMs: 2_000, capMs: 60_000, floorMs: 1_000 })).toBe(60_000);
    expect(backoffDelayMs(1, () => 0, { baseMs: 2_000, capMs: 60_000, floorMs: 1_000 })).toBe(1_000);
  });
});

describe('rateLimitWait: the program pause after a 429', () => {
  it('waits as long as Firstup asked', () => {
    expect(rateLimitWait(7)).toEqual({ delayMs: 7_000, capped: false, fromServer: true });
    expect(rateLimitWait(1.5)).toEqual({ delayMs: 1_500, capped: false, fromServer: true });
    expect(rateLimitWait(600)).toEqual({ delayMs: 600_000, capped: false, fromServer: true });
  });

  it('resumes now for a time already past', () => {
    expect(rateLimitWait(0)).toEqual({ delayMs: 0, capped: false, fromServer: true });
  });

  it('caps a wait over 10 minutes and says so', () => {
    expect(rateLimitWait(601)).toEqual({ delayMs: 600_000, capped: true, fromServer: true });
    expect(rateLimitWait(86_400)).toEqual({ delayMs: 600_000, capped: true, fromServer: true });
    expect(rateLimitWait(Number.POSITIVE_INFINITY)).toEqual({ delayMs: 600_000, capped: true, fromServer: true });
  });

  it('waits a minute when Firstup named no time, or an unreadable one', () => {
    for (const seconds of [null, undefined, -1, Number.NaN]) {
      expect(rateLimitWait(seconds)).toEqual({ delayMs: 60_000, capped: false, fromServer: false });
    }
  });
});

describe('rateLimitWaitFromHeader: both forms of Retry-After', () => {
  const wallNow = Date.parse('2026-05-01T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(rateLimitWaitFromHeader('7', wallNow).delayMs).toBe(7_000);
    expect(rateLimitWaitFromHeader(' 120 ', wallNow).delayMs).toBe(120_000);
  });

  it('reads an HTTP date against the wall clock', () => {
    expect(rateLimitWaitFromHeader('Fri, 01 May 2026 12:00:30 GMT', wallNow)).toEqual({ delayMs: 30_000, capped: false, fromServer: true });
  });

  it('resumes now for a date in the past', () => {
    expect(rateLimitWaitFromHeader('Fri, 01 May 2026 11:00:00 GMT', wallNow)).toEqual({ delayMs: 0, capped: false, fromServer: true });
  });

  it('caps a date hours away', () => {
    expect(rateLimitWaitFromHeader('Fri, 01 May 2026 14:00:00 GMT', wallNow)).toEqual({ delayMs: 600_000, capped: true, fromServer: true });
  });

  it.each([null, '', 'soon', '1.5', '-5', 'Fri, 99 Foo 2026'])('falls back to a minute for %j', (header) => {
    expect(rateLimitWaitFromHeader(header, wallNow)).toEqual({ delayMs: 60_000, capped: false, fromServer: false });
  });
});
