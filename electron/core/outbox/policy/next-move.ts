import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import type { FailureClass } from './classify-failure.js';
import { DEFAULT_RETRY_BUDGET, isSpent, recordFailure, type RetryBudgetOptions, type StepBudget } from './retry-budget.js';

/**
 * What one job does after one of its steps failed. The program-wide side
 * (rate-limit, offline and sign-in pauses, the breaker) is ProgramPause's:
 * the runner tells it the same failure.
 */

interface MoveCommon {
  /** The budget to store with the job's step. */
  readonly budget: StepBudget;
  /** Carried over from the classification: reconcile before running the step again or showing it as failed. */
  readonly reconcileFirst: boolean;
}

export type NextMove = MoveCommon &
  (
    /** Try the step again at `at` (monotonic), if the program's gate allows then. */
    | { readonly move: 'retry'; readonly at: number }
    /** The program is paused (429, offline, sign-in): the job keeps its place; the gate says when. */
    | { readonly move: 'wait_for_program' }
    /** Stop and tell the person; a retry they ask for starts with `freshBudget`. */
    | { readonly move: 'needs_attention'; readonly why: 'refused' | 'retries_spent'; readonly message: string }
  );

export interface NextMoveOptions {
  backoff?: BackoffOptions;
  budget?: RetryBudgetOptions;
  /** The one re-read after a 404 on a post just made, in case Firstup was still catching up (§3.2). */
  recheckDelayMs?: number;
}

export const DEFAULT_RECHECK_DELAY_MS = 5_000;

function refusal(failure: FailureClass): string {
  const said = failure.serverMessage;
  return said === null || failure.message.includes(said) ? failure.message : `${failure.message} Firstup said: “${said}”`;
}

export function nextMoveAfterFailure(
  failure: FailureClass,
  budget: StepBudget,
  clock: { now: number; random: () => number },
  options: NextMoveOptions = {},
): NextMove {
  const { now, random } = clock;
  const reconcileFirst = failure.reconcileFirst;
  switch (failure.kind) {
    case 'rate_limited':
    case 'offline':
    case 'auth_refresh_failed':
      return { move: 'wait_for_program', budget, reconcileFirst };
    case 'permanent': {
      // The re-check counts as this step's first attempt, so a second 404 is final.
      if (failure.recheckOnce && budget.failures === 0) {
        return { move: 'retry', at: now + (options.recheckDelayMs ?? DEFAULT_RECHECK_DELAY_MS), budget: { failures: 1, firstFailureAt: now }, reconcileFirst };
      }
      return { move: 'needs_attention', why: 'refused', message: refusal(failure), budget, reconcileFirst };
    }
    case 'transient':
    case 'unknown_outcome': {
      const spent = recordFailure(budget, failure, now);
      const limits = options.budget ?? DEFAULT_RETRY_BUDGET;
      if (isSpent(spent, now, limits)) {
        const minutes = Math.max(1, Math.round((now - (spent.firstFailureAt ?? now)) / 60_000));
        const message = `Content Studio tried ${spent.failures} times over ${minutes} minutes and has stopped. The last try: ${failure.message}`;
        return { move: 'needs_attention', why: 'retries_spent', message, budget: spent, reconcileFirst };
      }
      return { move: 'retry', at: now + backoffDelayMs(spent.failures, random, options.backoff ?? DEFAULT_BACKOFF), budget: spent, reconcileFirst };
    }
  }
}
