/**
 * Start-up recovery: after a crash, jobs found mid-step go back to the queue
 * with their step and remote ids (so the runner reconciles instead of sending
 * again), live runners elsewhere are left alone, and the person gets a summary.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { programB } from '../drafts/draft-test-store.js';
import { DEAD_RUNNER, LEASE_MS, openOutboxTest, publish, RUNNER_A, RUNNER_B, type OutboxTest } from './outbox-store-fixture.js';

let test: OutboxTest;
afterEach(() => test.dispose());

const HOUR = 3_600_000;
const NEW_RUNNER = `${process.pid}:0e0e0e0e0e0e`;

describe('outbox recovery', () => {
  it('queues the jobs of a runner that crashed mid-step again, keeping what they had sent', async () => {
    test = openOutboxTest();
    const [created, sending, waiting] = publish(test.outbox, await test.draft({ title: 'A' }), await test.draft({ title: 'B' }), await test.draft({ title: 'C' }));
    test.outbox.claimNext({ owner: DEAD_RUNNER, leaseMs: HOUR });
    test.outbox.recordStep(created!, DEAD_RUNNER, { step: 'images', remoteId: 31, remoteUuid: 'u-31' });
    test.outbox.claimNext({ owner: DEAD_RUNNER, leaseMs: HOUR });
    test.reopen();

    const summary = test.outbox.recover(NEW_RUNNER);
    expect(summary).toMatchObject({ reclaimed: 2, stalled: 0, message: '3 posts resumed.' });
    // A crash is not a failure Firstup answered: it does not spend the step's retry budget.
    expect(test.outbox.get(created!)).toMatchObject({ state: 'queued', step: 'images', remoteId: 31, remoteUuid: 'u-31', stepAttempts: 0, leaseOwner: null });
    expect(test.outbox.get(sending!)).toMatchObject({ state: 'queued', step: 'send', stepAttempts: 0, leaseOwner: null });
    expect(test.outbox.events(sending!).at(-1)?.note).toBe(`Interrupted during send (runner ${DEAD_RUNNER} stopped); queued again to check Firstup before resending.`);
    expect(test.outbox.claimNext({ owner: NEW_RUNNER, leaseMs: LEASE_MS })).toMatchObject({ id: created, step: 'images', remoteId: 31 });
    expect(test.outbox.get(waiting!)?.state).toBe('queued');
  });

  it('leaves a live runner’s lease alone until it expires', async () => {
    test = openOutboxTest();
    const [otherProcess, thisProcess] = publish(test.outbox, await test.draft(), await test.draft());
    const parent = `${process.ppid}:abcdefabcdef`;
    test.outbox.claimNext({ owner: parent, leaseMs: LEASE_MS });
    test.outbox.claimNext({ owner: RUNNER_A, leaseMs: LEASE_MS });
    expect(test.outbox.recover(RUNNER_B)).toMatchObject({ reclaimed: 0, message: '2 posts resumed.' });
    expect(test.outbox.get(otherProcess!)).toMatchObject({ state: 'running', leaseOwner: parent });
    expect(test.outbox.get(thisProcess!)).toMatchObject({ state: 'running', leaseOwner: RUNNER_A });
    test.clock.advance(LEASE_MS);
    expect(test.outbox.recover(RUNNER_B)).toMatchObject({ reclaimed: 2 });
    expect(test.outbox.list({ states: ['queued'] }).total).toBe(2);
  });

  it('stops a job for attention when its runners died on one step as often as a step may be tried, not counting Firstup’s failures, and clears dead leases on stopped jobs', async () => {
    test = openOutboxTest({ maxStepAttempts: 2 });
    const inB = await test.drafts.create({ programId: programB, title: 'B', topics: [{ id: 1, name: 'All' }], bodyHtml: '<p>For everyone.</p>' });
    const [flaky, paused, signedOut] = publish(test.outbox, await test.draft(), await test.draft(), inB);
    // Firstup failed the step once, then the runner died in the middle of it: one stall, not two.
    test.outbox.claimNext({ owner: DEAD_RUNNER, leaseMs: HOUR });
    test.outbox.scheduleRetry(flaky!, DEAD_RUNNER, { at: test.clock.now(), error: { code: 'offline', message: 'No network.' } });
    for (let n = 0; n < 3; n += 1) test.outbox.claimNext({ owner: DEAD_RUNNER, leaseMs: HOUR });
    test.outbox.pause([paused!]);
    test.outbox.authRequired(programB);
    test.reopen();
    expect(test.outbox.recover(NEW_RUNNER)).toMatchObject({ reclaimed: 1, stalled: 0 });
    expect(test.outbox.get(flaky!)).toMatchObject({ state: 'queued', stepAttempts: 1 });

    // Its next runner dies on the same step too: the second stall uses up the step's two tries.
    expect(test.outbox.claimNext({ owner: DEAD_RUNNER, leaseMs: HOUR })?.id).toBe(flaky);
    test.reopen();
    const summary = test.outbox.recover(NEW_RUNNER);
    expect(summary).toMatchObject({ reclaimed: 1, stalled: 1, message: '1 needs attention, 1 waiting for sign-in, 1 paused.' });
    expect(test.outbox.get(flaky!)).toMatchObject({ state: 'needs_attention', stepAttempts: 1, lastError: { code: 'stalled', message: expect.stringContaining('2 times at the "send" step') } });
    expect(test.outbox.get(paused!)).toMatchObject({ state: 'paused', leaseOwner: null });
    expect(test.outbox.get(signedOut!)).toMatchObject({ state: 'auth_required', leaseOwner: null });
    expect(test.outbox.resume('all')).toEqual([paused]);
    expect(test.outbox.get(paused!)?.state).toBe('queued');
  });

  it('has nothing to say about an empty or finished queue', async () => {
    test = openOutboxTest();
    expect(test.outbox.recover(NEW_RUNNER)).toMatchObject({ reclaimed: 0, message: null });
    const [jobId] = publish(test.outbox, await test.draft());
    test.outbox.claimNext({ owner: NEW_RUNNER, leaseMs: LEASE_MS });
    test.outbox.complete(jobId!, NEW_RUNNER);
    expect(test.outbox.recover(NEW_RUNNER).message).toBeNull();
  });
});
