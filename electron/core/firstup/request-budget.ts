/**
 * One per program: Firstup allows about 1,000 requests a minute per program,
 * shared with every other integration and person in it (REFERENCE.md §3.4).
 * A token bucket refilled at 800 a minute with a burst of 100 keeps any
 * minute under 900. Bulk work (the outbox, long listings) never takes the
 * last `reserve` tokens, so a person clicking around stays responsive while
 * ten thousand posts go out. Callers wait; nothing fails for lack of budget.
 */

export type RequestPriority = 'interactive' | 'bulk';

export interface BudgetClock {
  /** Milliseconds, monotonic. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface RequestBudget {
  acquire(priority: RequestPriority): Promise<void>;
}

export interface RequestBudgetOptions {
  perMinute?: number;
  burst?: number;
  reserve?: number;
  clock?: BudgetClock;
}

export const systemClock: BudgetClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The app's budget per program (see above); exported for the publish benchmark, which measures against it. */
export const DEFAULT_BUDGET = { perMinute: 800, burst: 100, reserve: 20 } as const;

export function createRequestBudget({
  perMinute = DEFAULT_BUDGET.perMinute,
  burst = DEFAULT_BUDGET.burst,
  reserve = DEFAULT_BUDGET.reserve,
  clock = systemClock,
}: RequestBudgetOptions = {}): RequestBudget {
  if (!(perMinute > 0) || !(burst >= 1) || !(reserve >= 0 && reserve < burst)) {
    throw new RangeError('A request budget needs perMinute > 0, burst >= 1 and 0 <= reserve < burst.');
  }
  const perMs = perMinute / 60_000;
  let tokens = burst;
  let last = clock.now();
  const refill = () => {
    const now = clock.now();
    tokens = Math.min(burst, tokens + (now - last) * perMs);
    last = now;
  };
  return {
    async acquire(priority) {
      const floor = priority === 'bulk' ? reserve : 0;
      // A loop, not one sleep: while this caller slept, others (interactive ones first) may have taken the refill.
      for (;;) {
        refill();
        if (tokens >= floor + 1) {
          tokens -= 1;
          return;
        }
        await clock.sleep(Math.max(1, Math.ceil((floor + 1 - tokens) / perMs)));
      }
    },
  };
}
