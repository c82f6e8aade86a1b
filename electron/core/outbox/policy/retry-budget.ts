import type { FailureClass } from './classify-failure.js';

/**
 * How many automatic tries one step of one job gets (SECURITY-RESEARCH.md
 * §3.3: "8 over about 15 min"). It is spent only when both run out: a burst
 * of failures in a bad minute does not give up on a post, and a step that
 * keeps failing for a quarter of an hour goes to "needs attention", where
 * one click retries it with a fresh budget.
 *
 * Only failures that are the job's own luck spend it (transient and unknown
 * outcomes). Rate limits, offline spells and sign-in pauses hold the whole
 * program back; they say nothing about this step, so they cost nothing.
 */

export interface RetryBudgetOptions {
  maxAttempts: number;
  windowMs: number;
}

export const DEFAULT_RETRY_BUDGET: RetryBudgetOptions = { maxAttempts: 8, windowMs: 15 * 60_000 };

export interface StepBudget {
  /** Failures that spent an attempt. */
  readonly failures: number;
  /** When the first of them happened, on the caller's monotonic clock; null before any. */
  readonly firstFailureAt: number | null;
}

/** What a job store keeps across restarts: a monotonic instant means nothing in the next process. */
export interface SavedStepBudget {
  readonly failures: number;
  /** Time spent retrying so far. */
  readonly spentMs: number;
}

export const freshBudget: StepBudget = { failures: 0, firstFailureAt: null };

export function spendsAttempt(failure: FailureClass): boolean {
  return failure.kind === 'transient' || failure.kind === 'unknown_outcome';
}

export function recordFailure(budget: StepBudget, failure: FailureClass, now: number): StepBudget {
  if (!spendsAttempt(failure)) return budget;
  return { failures: budget.failures + 1, firstFailureAt: budget.firstFailureAt ?? now };
}

export function isSpent(budget: StepBudget, now: number, options: RetryBudgetOptions = DEFAULT_RETRY_BUDGET): boolean {
  if (budget.firstFailureAt === null) return false;
  return budget.failures >= options.maxAttempts && now - budget.firstFailureAt >= options.windowMs;
}

export function saveBudget(budget: StepBudget, now: number): SavedStepBudget {
  return { failures: budget.failures, spentMs: budget.firstFailureAt === null ? 0 : Math.max(0, now - budget.firstFailureAt) };
}

/** Time the app was not running does not count as time spent retrying. */
export function restoreBudget(saved: SavedStepBudget, now: number): StepBudget {
  const failures = Number.isFinite(saved.failures) && saved.failures > 0 ? Math.floor(saved.failures) : 0;
  if (failures === 0) return freshBudget;
  const spentMs = Number.isFinite(saved.spentMs) && saved.spentMs > 0 ? saved.spentMs : 0;
  return { failures, firstFailureAt: now - spentMs };
}
