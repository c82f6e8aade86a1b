import { backoffDelayMs } from '../policy/backoff.js';
import { classifyFailure, type PolicyStep } from '../policy/classify-failure.js';
import { nextMoveAfterFailure } from '../policy/next-move.js';
import type { ProgramPause } from '../policy/program-pause.js';
import { restoreBudget, type StepBudget } from '../policy/retry-budget.js';
import type { LeaseAnswer } from '../store/outbox-lease.js';
import type { OutboxJob, OutboxStep } from '../store/outbox-schema.js';
import type { OutboxStore } from '../store/outbox-store.js';
import { JobLetGo, NotYet } from './job-context.js';

export interface FailureDeps {
  readonly store: OutboxStore;
  readonly owner: string;
  readonly now: () => number;
  readonly random: () => number;
  readonly pause: ProgramPause;
  /** Per job and step, for this process's life: when failures began, so the budget's time window survives a re-claim. */
  readonly budgets: Map<string, StepBudget>;
}

/** The job as the store last answered it, or null when the write found the lease gone (another runner has the job). */
const after = (answer: LeaseAnswer): OutboxJob | null => (answer.ok ? answer.job : null);

/**
 * What a job does after its step threw: SECURITY-RESEARCH.md §3.2–3.3 via
 * the policy. Every outcome hands the lease back. The step's "reconcile
 * first" needs no flag here: each step reads Firstup before it acts (the
 * send step looks for its marker before any create), so running it again is
 * the reconciliation.
 */
export function settleFailure(deps: FailureDeps, job: OutboxJob, step: OutboxStep, phase: PolicyStep, error: unknown): OutboxJob | null {
  const { store, owner, now, pause } = deps;
  if (error instanceof JobLetGo) return error.release ? after(store.release(job.id, owner)) : null;
  if (error instanceof NotYet) {
    const at = error.at === 'backoff' ? now() + backoffDelayMs(job.stepAttempts + 1, deps.random) : error.at;
    if (!error.spendsAttempt) return after(store.release(job.id, owner, { at, note: error.message }));
    if (error.giveUpAfter !== undefined && job.stepAttempts + 1 >= error.giveUpAfter.attempts) {
      return after(store.needsAttention(job.id, owner, { code: error.code, message: error.giveUpAfter.message }));
    }
    return after(store.scheduleRetry(job.id, owner, { at, error: { code: error.code, message: error.message } }));
  }
  const failure = classifyFailure(error, phase);
  pause.noteFailure(failure);
  const key = `${job.id}:${step}`;
  const budget = deps.budgets.get(key) ?? restoreBudget({ failures: job.stepAttempts, spentMs: 0 }, now());
  const move = nextMoveAfterFailure(failure, budget, { now: now(), random: deps.random });
  deps.budgets.set(key, move.budget);
  switch (move.move) {
    case 'retry':
      return after(store.scheduleRetry(job.id, owner, { at: move.at, error: { code: failure.kind, message: failure.message } }));
    case 'wait_for_program': {
      if (failure.kind === 'auth_refresh_failed') store.authRequired(job.programId);
      const gate = pause.gate();
      const at = gate.mayStart || gate.until === null ? undefined : gate.until;
      return after(store.release(job.id, owner, { ...(at === undefined ? {} : { at }), note: `Waiting for the program: ${failure.message}` }));
    }
    case 'needs_attention':
      deps.budgets.delete(key);
      return after(store.needsAttention(job.id, owner, { code: failure.code ?? failure.kind, message: move.message }));
  }
}
