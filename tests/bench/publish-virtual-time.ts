/**
 * Simulated time for the publish benchmark: minutes of sending at the real
 * rate limit in seconds of wall time. One clock stands for the runner's and
 * the store's `now`, the request budget's clock and the sandbox's clock, so
 * every party sees the same instant; a sleep does not wait, it parks its
 * caller until the clock reaches its wake-up time.
 *
 * The clock moves only when nothing else can happen first: no exchange with
 * the sandbox is in flight (`exchange` holds time still until the answer's
 * body is read), the microtask queue has drained (the check runs from
 * `setImmediate`), and every job the runner holds is parked in a sleep
 * (`workers`). Then it jumps to the earliest wake-up and releases every
 * sleeper due by then. Work between waits (the store's commits, the
 * client's bookkeeping) therefore takes no simulated time: the figures are
 * the budget's and the runner's pacing, not this machine's speed.
 */

interface Sleeper {
  readonly at: number;
  readonly order: number;
  readonly wake: () => void;
}

export interface VirtualTime {
  now(): number;
  sleep(milliseconds: number): Promise<void>;
  /** An exchange with the sandbox: time stands still until it settles. */
  exchange<T>(work: () => Promise<T>): Promise<T>;
}

/** A worker neither sleeping nor exchanging after a full event-loop turn is looked at again after this much real time. */
const RECHECK_MS = 1;

/** `workers`: how many jobs are in hand right now; the clock waits until that many sleepers are parked. */
export function createVirtualTime(start: number, workers: () => number): VirtualTime {
  let now = start;
  let sleepers: Sleeper[] = [];
  let exchanges = 0;
  let order = 0;
  let checkPending = false;

  function scheduleCheck(delay?: number): void {
    if (checkPending) return;
    checkPending = true;
    const check = () => {
      checkPending = false;
      advance();
    };
    if (delay === undefined) setImmediate(check);
    else setTimeout(check, delay);
  }

  function advance(): void {
    if (exchanges > 0 || sleepers.length === 0) return;
    if (sleepers.length < workers()) {
      // A job is between waits on something this clock does not see: give it real time rather than run the clock under it.
      scheduleCheck(RECHECK_MS);
      return;
    }
    const next = sleepers.reduce((earliest, sleeper) => (sleeper.at < earliest ? sleeper.at : earliest), Number.POSITIVE_INFINITY);
    now = Math.max(now, next);
    const due = sleepers.filter((sleeper) => sleeper.at <= now).sort((a, b) => a.order - b.order);
    sleepers = sleepers.filter((sleeper) => sleeper.at > now);
    for (const sleeper of due) sleeper.wake();
    // A woken job may finish without another request or sleep; the others, still parked, must not wait for it forever.
    if (sleepers.length > 0) scheduleCheck();
  }

  return {
    now: () => now,
    sleep(milliseconds) {
      return new Promise<void>((wake) => {
        sleepers.push({ at: now + Math.max(0, milliseconds), order: (order += 1), wake });
        scheduleCheck();
      });
    },
    async exchange(work) {
      exchanges += 1;
      try {
        return await work();
      } finally {
        exchanges -= 1;
        scheduleCheck();
      }
    },
  };
}
