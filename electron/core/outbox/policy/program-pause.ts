import type { pauseReasons } from '../../../../shared/outbox/outbox-views.js';
import { backoffDelayMs, rateLimitWait, DEFAULT_RATE_LIMIT, type BackoffOptions, type RateLimitOptions } from './backoff.js';
import { classifyFailure, type FailureClass } from './classify-failure.js';
import { createCircuitBreaker, DEFAULT_BREAKER, type BreakerOptions, type CircuitBreaker } from './circuit-breaker.js';

/**
 * Everything that holds back a whole program's outbox at once, and the one
 * answer to "may this program's jobs send now, and if not, why and until
 * when". Jobs that may not start keep their place and spend no attempts.
 *
 * Precedence, most lasting first: a needed sign-in (nothing helps until the
 * person signs in), being offline (until a probe gets through), then a 429
 * pause (Retry-After applies to the program, so the breaker's probe waits
 * for it too), then the breaker.
 */

export type PauseReason = (typeof pauseReasons)[number];

export type SendGate =
  | { readonly mayStart: true }
  | {
      readonly mayStart: false;
      readonly reason: PauseReason;
      /**
       * On the pause's clock (the runner's: epoch ms): when the pause ends or the next probe is due.
       * Null when no time is set: a sign-in, or the probe now running, ends it.
       */
      readonly until: number | null;
      /** Call runProbe now: the pause ends only when a probe gets through. */
      readonly probeDue: boolean;
      /** rate_limited: Firstup asked for longer than the cap, so the pause was shortened and may be asked for again. */
      readonly capped: boolean;
    };

export interface ProgramPause {
  gate(): SendGate;
  /** Every failed request of this program's jobs, classified. */
  noteFailure(failure: FailureClass): void;
  noteSuccess(): void;
  /** The account is signed in again. */
  signedIn(): void;
  /** The operating system says the network is back: probe now. A hint only; the probe decides. */
  networkHint(): void;
  /** Runs `run` (a cheap read, e.g. GET /v2/channels?page.size=1) when the gate says a probe is due; otherwise does nothing. */
  runProbe(run: () => Promise<unknown>): Promise<{ ran: boolean; failure: FailureClass | null }>;
  breaker(): CircuitBreaker;
}

export interface ProgramPauseOptions {
  /** Milliseconds; the runner passes its own clock, epoch ms, so pause times can be shown as times of day. */
  now: () => number;
  random: () => number;
  breaker?: BreakerOptions;
  rateLimit?: RateLimitOptions;
  /** Offline probes fail fast and cost Firstup nothing, so they may come often. */
  offlineProbes?: BackoffOptions;
}

export const DEFAULT_OFFLINE_PROBES: BackoffOptions = { baseMs: 2_000, capMs: 60_000, floorMs: 1_000 };

interface Offline {
  failedProbes: number;
  nextProbeAt: number;
}

export function createProgramPause(options: ProgramPauseOptions): ProgramPause {
  const { now, random } = options;
  const breaker = createCircuitBreaker(now, options.breaker ?? DEFAULT_BREAKER);
  const offlineProbes = options.offlineProbes ?? DEFAULT_OFFLINE_PROBES;
  let signInNeeded = false;
  let offline: Offline | null = null;
  let rateLimit: { until: number; capped: boolean } | null = null;
  let offlineProbeRunning = false;

  const scheduleOfflineProbe = (failedProbes: number): Offline => ({ failedProbes, nextProbeAt: now() + backoffDelayMs(failedProbes + 1, random, offlineProbes) });
  const paused = (reason: PauseReason, until: number | null, probeDue = false, capped = false): SendGate => ({ mayStart: false, reason, until, probeDue, capped });

  function gate(): SendGate {
    const at = now();
    if (signInNeeded) return paused('sign_in_needed', null);
    if (offline !== null) {
      if (offlineProbeRunning) return paused('offline', null);
      return paused('offline', offline.nextProbeAt, at >= offline.nextProbeAt);
    }
    if (rateLimit !== null && at < rateLimit.until) return paused('rate_limited', rateLimit.until, false, rateLimit.capped);
    const state = breaker.state();
    if (state.state === 'open') return paused('unavailable', state.retryAt);
    if (state.state === 'half_open') return paused('unavailable', state.probing ? null : at, !state.probing);
    return { mayStart: true };
  }

  /** The pauses a failure starts; the breaker's count is kept separately, so a probe's failure is not counted twice. */
  function applyPauses(failure: FailureClass): void {
    // Any HTTP answer, even a refusal, proves the network works.
    if (failure.status !== null) offline = null;
    if (failure.kind === 'auth_refresh_failed') signInNeeded = true;
    if (failure.kind === 'offline' && offline === null) offline = scheduleOfflineProbe(0);
    if (failure.kind === 'rate_limited') {
      const wait = rateLimitWait(failure.retryAfterSeconds, options.rateLimit ?? DEFAULT_RATE_LIMIT);
      const until = now() + wait.delayMs;
      // Several jobs may be told at once; the longest wait asked for stands.
      if (rateLimit === null || until > rateLimit.until) rateLimit = { until, capped: wait.capped };
    }
  }

  async function offlineProbe(run: () => Promise<unknown>): Promise<FailureClass | null> {
    offlineProbeRunning = true;
    try {
      await run();
      offline = null;
      breaker.reset();
      return null;
    } catch (error) {
      const failure = classifyFailure(error, 'probe');
      if (failure.kind === 'offline') {
        offline = scheduleOfflineProbe((offline?.failedProbes ?? 0) + 1);
        return failure;
      }
      // Something other than the network is wrong now (a 5xx, a 429, a sign-in): let those rules take over.
      offline = null;
      breaker.recordFailure(failure);
      applyPauses(failure);
      return failure;
    } finally {
      offlineProbeRunning = false;
    }
  }

  return {
    gate,
    noteFailure(failure) {
      breaker.recordFailure(failure);
      applyPauses(failure);
    },
    noteSuccess() {
      offline = null;
      breaker.recordSuccess();
    },
    signedIn() {
      signInNeeded = false;
    },
    networkHint() {
      if (offline !== null) offline = { ...offline, nextProbeAt: now() };
    },
    async runProbe(run) {
      const current = gate();
      if (current.mayStart || !current.probeDue) return { ran: false, failure: null };
      if (current.reason === 'offline') return { ran: true, failure: await offlineProbe(run) };
      const result = await breaker.probe(run);
      if (result.outcome === 'skipped') return { ran: false, failure: null };
      if (result.failure !== null) applyPauses(result.failure);
      return { ran: true, failure: result.failure };
    },
    breaker: () => breaker,
  };
}
