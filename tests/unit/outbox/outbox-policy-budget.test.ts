import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { toStudioError } from '../../../electron/core/firstup/error-mapping.js';
import { classifyFailure } from '../../../electron/core/outbox/policy/classify-failure.js';
import { nextMoveAfterFailure, type NextMove } from '../../../electron/core/outbox/policy/next-move.js';
import { freshBudget, isSpent, recordFailure, restoreBudget, saveBudget, spendsAttempt, type StepBudget } from '../../../electron/core/outbox/policy/retry-budget.js';

const status = (code: number, text = '') => classifyFailure(toStudioError({ kind: 'status', status: code, headers: new Headers(), text }), 'create');
const serverError = status(503);
const timeoutOnRead = classifyFailure(toStudioError({ kind: 'network', reason: 'timeout' }), 'verify');
const rateLimited = status(429);
const offline = classifyFailure(toStudioError({ kind: 'network', reason: 'unreachable' }), 'create');
const signIn = classifyFailure(new StudioError('sign_in_needed', 'Sign in again.', { oauthError: 'invalid_grant' }), 'create');
const MINUTE = 60_000;

describe('the per-step retry budget', () => {
  it('is spent only by failures that are the job’s own', () => {
    expect([serverError, timeoutOnRead].map(spendsAttempt)).toEqual([true, true]);
    expect([rateLimited, offline, signIn, status(400)].map(spendsAttempt)).toEqual([false, false, false, false]);
  });

  it('leaves the budget untouched by rate limits, offline spells and sign-in pauses', () => {
    let budget: StepBudget = freshBudget;
    for (const failure of [rateLimited, offline, signIn, rateLimited]) budget = recordFailure(budget, failure, 1_000);
    expect(budget).toEqual(freshBudget);
  });

  it('gives up only after 8 failures and 15 minutes, whichever comes last', () => {
    let budget: StepBudget = freshBudget;
    for (let i = 0; i < 8; i += 1) budget = recordFailure(budget, serverError, 1_000 + i * 10_000);
    expect(budget).toEqual({ failures: 8, firstFailureAt: 1_000 });
    expect(isSpent(budget, 1_000 + 2 * MINUTE)).toBe(false);
    expect(isSpent(budget, 1_000 + 15 * MINUTE - 1)).toBe(false);
    expect(isSpent(budget, 1_000 + 15 * MINUTE)).toBe(true);

    let few: StepBudget = freshBudget;
    for (let i = 0; i < 7; i += 1) few = recordFailure(few, serverError, 1_000);
    expect(isSpent(few, 1_000 + 60 * MINUTE)).toBe(false);
    expect(isSpent(freshBudget, 1_000 + 60 * MINUTE)).toBe(false);
  });

  it('survives a restart: time spent carries over, time the app was closed does not', () => {
    let budget: StepBudget = freshBudget;
    for (let i = 0; i < 8; i += 1) budget = recordFailure(budget, serverError, 50_000 + i * MINUTE);
    const saved = saveBudget(budget, 50_000 + 10 * MINUTE);
    expect(saved).toEqual({ failures: 8, spentMs: 10 * MINUTE });
    // The next process's monotonic clock starts near zero.
    const restored = restoreBudget(saved, 2_000);
    expect(isSpent(restored, 2_000 + 5 * MINUTE - 1)).toBe(false);
    expect(isSpent(restored, 2_000 + 5 * MINUTE)).toBe(true);
    expect(saveBudget(freshBudget, 99)).toEqual({ failures: 0, spentMs: 0 });
  });

  it('restores a damaged saved budget as a fresh one, never as spent', () => {
    expect(restoreBudget({ failures: Number.NaN, spentMs: 5 }, 10)).toEqual(freshBudget);
    expect(restoreBudget({ failures: -2, spentMs: 5 }, 10)).toEqual(freshBudget);
    expect(restoreBudget({ failures: 3, spentMs: Number.NaN }, 10)).toEqual({ failures: 3, firstFailureAt: 10 });
  });
});

describe('nextMoveAfterFailure', () => {
  const clock = (now: number, random = () => 0.5) => ({ now, random });

  it('retries a transient failure after a jittered backoff, spending one attempt', () => {
    const move = nextMoveAfterFailure(timeoutOnRead, freshBudget, clock(10_000, () => 0));
    expect(move).toEqual({ move: 'retry', at: 10_250, budget: { failures: 1, firstFailureAt: 10_000 }, reconcileFirst: false });
  });

  it('asks for reconciliation before retrying an unknown outcome', () => {
    expect(nextMoveAfterFailure(serverError, freshBudget, clock(0))).toMatchObject({ move: 'retry', reconcileFirst: true });
  });

  it('leaves program-wide pauses to the program gate, spending nothing', () => {
    const budget = { failures: 3, firstFailureAt: 5 };
    for (const failure of [rateLimited, offline, signIn]) {
      expect(nextMoveAfterFailure(failure, budget, clock(100))).toEqual({ move: 'wait_for_program', budget, reconcileFirst: false });
    }
  });

  it('stops at once on a refusal, with the server’s words', () => {
    const refused = status(400, JSON.stringify({ errors: [{ message: 'A title is required to publish.' }] }));
    expect(nextMoveAfterFailure(refused, freshBudget, clock(0))).toEqual({
      move: 'needs_attention',
      why: 'refused',
      message: 'A title is required to publish.',
      budget: freshBudget,
      reconcileFirst: false,
    });
    const forbidden = status(403, JSON.stringify({ errors: [{ message: 'Members cannot post to Leadership.' }] }));
    expect(nextMoveAfterFailure(forbidden, freshBudget, clock(0))).toMatchObject({
      move: 'needs_attention',
      message: 'Firstup refused: this action needs the publisher role or higher in this program. Firstup said: “Members cannot post to Leadership.”',
    });
  });

  it('reads a post once more after a 404 just after making it, then gives up', () => {
    const notFound = classifyFailure(toStudioError({ kind: 'status', status: 404, headers: new Headers(), text: '' }), 'transition');
    const first = nextMoveAfterFailure(notFound, freshBudget, clock(1_000));
    expect(first).toEqual({ move: 'retry', at: 6_000, budget: { failures: 1, firstFailureAt: 1_000 }, reconcileFirst: false });
    expect(nextMoveAfterFailure(notFound, first.budget, clock(6_000))).toMatchObject({ move: 'needs_attention', why: 'refused' });
  });

  it('keeps reconcileFirst on a needs-attention move, so a retry click reconciles too', () => {
    expect(nextMoveAfterFailure(classifyFailure(new TypeError('bug'), 'create'), freshBudget, clock(0))).toMatchObject({ move: 'needs_attention', reconcileFirst: true });
  });

  it('runs a step that keeps failing until the budget is spent, then explains', () => {
    let now = 0;
    let budget: StepBudget = freshBudget;
    let move: NextMove;
    let tries = 0;
    for (;;) {
      tries += 1;
      move = nextMoveAfterFailure(serverError, budget, clock(now, () => 0.5));
      budget = move.budget;
      if (move.move !== 'retry') break;
      expect(move.at - now).toBeLessThanOrEqual(60_000);
      now = move.at;
    }
    expect(move).toMatchObject({ move: 'needs_attention', why: 'retries_spent', reconcileFirst: true });
    expect(tries).toBeGreaterThanOrEqual(8);
    expect(now).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(now).toBeLessThan(17 * MINUTE);
    expect(move.move === 'needs_attention' && move.message).toBe(
      `Content Studio tried ${tries} times over 15 minutes and has stopped. The last try: Firstup had a problem on its side (HTTP 503). Your work is safe; try again in a moment.`,
    );
  });
});
