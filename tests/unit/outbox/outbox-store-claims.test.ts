/**
 * Claiming under a lease: oldest due job first, one runner per job, an
 * expired lease reclaimed, and a runner that lost its lease writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { programB } from '../drafts/draft-test-store.js';
import { countRows, LEASE_MS, openOutboxTest, publish, RUNNER_A, RUNNER_B, type OutboxTest } from './outbox-store-fixture.js';

let test: OutboxTest;
beforeEach(() => {
  test = openOutboxTest({ maxStepAttempts: 3 });
});
afterEach(() => test.dispose());

const claim = (owner = RUNNER_A, extra: object = {}) => test.outbox.claimNext({ owner, leaseMs: LEASE_MS, ...extra });

describe('outbox claims', () => {
  it('hands out the oldest job first, each to one runner, until none is left', async () => {
    const [first, second] = publish(test.outbox, await test.draft({ title: 'One' }), await test.draft({ title: 'Two' }));
    expect(claim(RUNNER_A)).toMatchObject({ id: first, state: 'running', leaseOwner: RUNNER_A, leaseExpiresAt: test.clock.now() + LEASE_MS, title: 'One' });
    expect(claim(RUNNER_B)).toMatchObject({ id: second, leaseOwner: RUNNER_B });
    expect(claim(RUNNER_A)).toBeNull();
    expect(test.outbox.get(first!)).toMatchObject({ state: 'running', leaseOwner: RUNNER_A });
    expect(test.outbox.events(first!).at(-1)).toMatchObject({ fromState: 'queued', toState: 'running', note: `Claimed by ${RUNNER_A}.` });
  });

  it('claims nothing while maxRunning jobs run', async () => {
    publish(test.outbox, await test.draft(), await test.draft(), await test.draft());
    expect(claim(RUNNER_A, { maxRunning: 2 })).not.toBeNull();
    expect(claim(RUNNER_A, { maxRunning: 2 })).not.toBeNull();
    expect(claim(RUNNER_A, { maxRunning: 2 })).toBeNull();
    expect(claim(RUNNER_A, { maxRunning: 3 })).not.toBeNull();
  });

  it('keeps a job waiting for a retry until its time has come', async () => {
    const [jobId] = publish(test.outbox, await test.draft());
    claim();
    const retry = test.outbox.scheduleRetry(jobId!, RUNNER_A, { at: test.clock.now() + 10_000, error: { code: 'server_error', message: 'Firstup answered 503.' } });
    expect(retry).toMatchObject({ ok: true, job: { state: 'waiting_retry', stepAttempts: 1, lastError: { code: 'server_error' }, leaseOwner: null } });
    expect(test.outbox.summary().nextRetryAt).toBe(test.clock.now() + 10_000);
    test.clock.advance(9_999);
    expect(claim()).toBeNull();
    test.clock.advance(1);
    expect(claim()).toMatchObject({ id: jobId, state: 'running', stepAttempts: 1 });
  });

  it('defers a released job until the time it was released to', async () => {
    const [jobId] = publish(test.outbox, await test.draft());
    claim();
    expect(test.outbox.release(jobId!, RUNNER_A, { at: test.clock.now() + 60_000 })).toMatchObject({ ok: true, job: { state: 'queued', leaseOwner: null } });
    expect(claim()).toBeNull();
    test.clock.advance(60_000);
    expect(claim()?.id).toBe(jobId);
  });

  it('reclaims a job whose lease expired, and refuses every write of the runner that lost it', async () => {
    const [jobId] = publish(test.outbox, await test.draft());
    claim(RUNNER_A);
    test.clock.advance(LEASE_MS - 1);
    expect(claim(RUNNER_B)).toBeNull();
    expect(test.outbox.renewLease(jobId!, RUNNER_A, LEASE_MS)).toMatchObject({ ok: true, job: { leaseExpiresAt: test.clock.now() + LEASE_MS } });
    test.clock.advance(LEASE_MS);
    const reclaimed = claim(RUNNER_B)!;
    // The lost runner's step is tried again without spending the retry budget Firstup's own failures spend.
    expect(reclaimed).toMatchObject({ id: jobId, leaseOwner: RUNNER_B, stepAttempts: 0 });
    expect(test.outbox.events(jobId!).at(-1)?.note).toBe(`Reclaimed by ${RUNNER_B}: the lease of ${RUNNER_A} expired during send.`);

    const before = { job: test.outbox.get(jobId!), events: countRows(test.raw(), 'outbox_events') };
    const lost = { ok: false, reason: 'lease_lost' };
    expect(test.outbox.recordStep(jobId!, RUNNER_A, { step: 'images', remoteId: 99 })).toEqual(lost);
    expect(test.outbox.renewLease(jobId!, RUNNER_A, LEASE_MS)).toEqual(lost);
    expect(test.outbox.complete(jobId!, RUNNER_A)).toEqual(lost);
    expect(test.outbox.scheduleRetry(jobId!, RUNNER_A, { at: test.clock.now(), error: { code: 'offline', message: 'No network.' } })).toEqual(lost);
    expect(test.outbox.needsAttention(jobId!, RUNNER_A, { code: 'validation', message: 'Bad topic.' })).toEqual(lost);
    expect(test.outbox.release(jobId!, RUNNER_A)).toEqual(lost);
    expect({ job: test.outbox.get(jobId!), events: countRows(test.raw(), 'outbox_events') }).toEqual(before);
  });

  it('stops a job for attention once its runners have died on the same step as often as a step may be tried', async () => {
    const [jobId] = publish(test.outbox, await test.draft(), await test.draft());
    for (let stall = 1; stall < 3; stall += 1) {
      expect(claim(RUNNER_A)?.id).toBe(jobId);
      test.clock.advance(LEASE_MS);
    }
    expect(claim(RUNNER_A)?.id).toBe(jobId);
    test.clock.advance(LEASE_MS);
    // The third stall uses up the step's three tries: the next claim skips to the other job.
    expect(claim(RUNNER_B)?.id).not.toBe(jobId);
    expect(test.outbox.get(jobId!)).toMatchObject({ state: 'needs_attention', leaseOwner: null, lastError: { code: 'stalled', message: expect.stringContaining('3 times at the "send" step') } });
  });

  it('claims only from the programs asked for', async () => {
    const [inA] = publish(test.outbox, await test.draft());
    const other = await test.drafts.create({ programId: programB, title: 'Elsewhere', topics: [{ id: 1, name: 'All' }], bodyHtml: '<p>For everyone.</p>' });
    const [inB] = publish(test.outbox, other);
    expect(claim(RUNNER_A, { programId: programB })?.id).toBe(inB);
    test.clock.advance(LEASE_MS);
    expect(claim(RUNNER_A, { skipPrograms: [programB, test.outbox.get(inA!)!.programId] })).toBeNull();
    expect(claim(RUNNER_A, { skipPrograms: [programB] })?.id).toBe(inA);
  });

  it('reports a job whose snapshot is damaged, parks it, and claims the next', async () => {
    const [broken, fine] = publish(test.outbox, await test.draft({ title: 'Broken' }), await test.draft({ title: 'Fine' }));
    test.raw().prepare('UPDATE outbox_jobs SET snapshot_json = ? WHERE id = ?').run('{"title": 42, "bodyHtml": "<p>', broken);
    expect(claim()?.id).toBe(fine);
    expect(test.outbox.get(broken!)).toMatchObject({ state: 'needs_attention', title: null, snapshot: null, lastError: { code: 'unreadable_job' } });
    expect(test.logger.lines).toContainEqual({ level: 'warn', message: 'Outbox: a job failed validation' });
    expect(test.outbox.list().items.map((job) => job.id)).toEqual([broken, fine]);

    test.raw().prepare('UPDATE outbox_jobs SET state = ? WHERE id = ?').run('exploded', broken);
    expect(test.outbox.list()).toMatchObject({ items: [{ id: fine }], skipped: 1, total: 2 });
  });
});
