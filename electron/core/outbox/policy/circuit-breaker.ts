import { classifyFailure, type FailureClass } from './classify-failure.js';

/**
 * One per program (M. Fowler's circuit breaker, SECURITY-RESEARCH.md §3.3):
 * after `threshold` failures in a row that say Firstup is not answering
 * properly (5xx, timeouts, lost connections, unreadable answers; not 429s),
 * stop sending for a cool-down, then let exactly one cheap probe through.
 * Its success closes the breaker and resets the cool-down; its failure
 * opens it again for twice as long, up to `maxCoolDownMs`.
 */

export interface BreakerOptions {
  threshold: number;
  baseCoolDownMs: number;
  maxCoolDownMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { threshold: 5, baseCoolDownMs: 30_000, maxCoolDownMs: 5 * 60_000 };

export type BreakerState =
  | { readonly state: 'closed'; readonly consecutiveFailures: number }
  /** `retryAt` is on the breaker's clock; shared/outbox/pause-sentence.ts turns it into words. */
  | { readonly state: 'open'; readonly retryAt: number; readonly coolDownMs: number }
  /** The cool-down is over: the next probe decides. `probing` while it runs. */
  | { readonly state: 'half_open'; readonly probing: boolean; readonly coolDownMs: number };

export type ProbeOutcome =
  /** Firstup answered. `failure` is set when the answer was a refusal the caller should still act on (a 429, a sign-in). */
  | { readonly outcome: 'closed'; readonly failure: FailureClass | null }
  | { readonly outcome: 'reopened'; readonly retryAt: number; readonly failure: FailureClass }
  /** Nothing was run: the breaker is closed, still cooling down, or another probe is in flight. */
  | { readonly outcome: 'skipped'; readonly why: 'closed' | 'not_due' | 'busy' };

export interface CircuitBreaker {
  state(): BreakerState;
  /** Ordinary requests may go only while closed. */
  allowsRequests(): boolean;
  recordSuccess(): void;
  /** Counts `failure.breaker === 'failure'`; an answer that proves Firstup is up ('answered') resets the count. */
  recordFailure(failure: FailureClass): void;
  /** Firstup answered a probe run elsewhere (the offline pause's): close now rather than wait out the cool-down. */
  reset(): void;
  /** Runs `run` as the one probe when half-open, e.g. a GET /v2/channels?page.size=1. Its rejection is classified as step 'probe'. */
  probe(run: () => Promise<unknown>): Promise<ProbeOutcome>;
}

/** A probe that could not reach a working Firstup, whatever the reason, keeps the breaker open. */
const stillDown = (failure: FailureClass) => failure.breaker === 'failure' || failure.kind === 'offline';

export function createCircuitBreaker(now: () => number, options: BreakerOptions = DEFAULT_BREAKER): CircuitBreaker {
  let consecutiveFailures = 0;
  /** Null while closed. */
  let openUntil: number | null = null;
  let coolDownMs = options.baseCoolDownMs;
  let probing = false;

  const open = (forMs: number): number => {
    coolDownMs = forMs;
    consecutiveFailures = 0;
    openUntil = now() + forMs;
    return openUntil;
  };
  const close = () => {
    openUntil = null;
    consecutiveFailures = 0;
    coolDownMs = options.baseCoolDownMs;
  };

  function state(): BreakerState {
    if (openUntil === null) return { state: 'closed', consecutiveFailures };
    if (probing || now() >= openUntil) return { state: 'half_open', probing, coolDownMs };
    return { state: 'open', retryAt: openUntil, coolDownMs };
  }

  return {
    state,
    allowsRequests: () => openUntil === null,
    // While open, answers to requests sent before it opened arrive late; only the probe decides, so they are ignored.
    recordSuccess() {
      if (openUntil === null) consecutiveFailures = 0;
    },
    reset: close,
    recordFailure(failure) {
      if (openUntil !== null) return;
      if (failure.breaker === 'answered') consecutiveFailures = 0;
      if (failure.breaker !== 'failure') return;
      consecutiveFailures += 1;
      if (consecutiveFailures >= options.threshold) open(options.baseCoolDownMs);
    },
    async probe(run) {
      const current = state();
      if (current.state !== 'half_open') return { outcome: 'skipped', why: current.state === 'closed' ? 'closed' : 'not_due' };
      if (current.probing) return { outcome: 'skipped', why: 'busy' };
      probing = true;
      try {
        await run();
        close();
        return { outcome: 'closed', failure: null };
      } catch (error) {
        const failure = classifyFailure(error, 'probe');
        if (!stillDown(failure)) {
          close();
          return { outcome: 'closed', failure };
        }
        return { outcome: 'reopened', retryAt: open(Math.min(options.maxCoolDownMs, coolDownMs * 2)), failure };
      } finally {
        probing = false;
      }
    },
  };
}
