/**
 * The person's controls and what the queue screen reads: pause and resume,
 * cancel (never hiding a post that exists), retry, waiting for sign-in, and
 * the counts behind the progress bar.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentOf, programA, programB } from '../drafts/draft-test-store.js';
import { LEASE_MS, openOutboxTest, publish, RUNNER_A, type OutboxTest } from './outbox-store-fixture.js';

let test: OutboxTest;
beforeEach(() => {
  test = openOutboxTest();
});
afterEach(() => test.dispose());

const claim = () => test.outbox.claimNext({ owner: RUNNER_A, leaseMs: LEASE_MS });
const stateOf = (jobId: string) => test.outbox.get(jobId)?.state;

describe('outbox controls', () => {
  it('pauses and resumes chosen jobs or all, and lets a paused runner record what it sent', async () => {
    const [running, waiting, other] = publish(test.outbox, await test.draft(), await test.draft(), await test.draft());
    claim();
    expect(test.outbox.pause([waiting!])).toEqual([waiting]);
    expect(test.outbox.pause('all')).toEqual([running, other]);
    expect(claim()).toBeNull();
    // The runner was mid-create: it still records the post, then sees the pause and lets go.
    expect(test.outbox.recordStep(running!, RUNNER_A, { step: 'images', remoteId: 5 })).toMatchObject({ ok: true, job: { state: 'paused', remoteId: 5 } });
    expect(test.outbox.release(running!, RUNNER_A)).toMatchObject({ ok: true, job: { state: 'paused', leaseOwner: null } });
    expect(test.outbox.resume([other!])).toEqual([other]);
    expect(test.outbox.resume('all')).toEqual([running, waiting]);
    expect([running, waiting, other].map((id) => stateOf(id!))).toEqual(['queued', 'queued', 'queued']);
    expect(claim()).toMatchObject({ id: running, step: 'images', remoteId: 5 });
  });

  it('gives a job paused and resumed mid-step back to the runner that still holds it', async () => {
    const [jobId] = publish(test.outbox, await test.draft());
    claim();
    test.outbox.pause('all');
    test.outbox.resume('all');
    expect(stateOf(jobId!)).toBe('running');
    expect(claim()).toBeNull();
  });

  it('says plainly whether a cancelled job left a post on Firstup, and keeps its id', async () => {
    const [untouched, created, inFlight] = publish(test.outbox, await test.draft(), await test.draft(), await test.draft());
    expect(test.outbox.cancel(untouched!)).toMatchObject({ ok: true, job: { state: 'cancelled', finishedAt: test.clock.now() } });
    claim();
    test.outbox.recordStep(created!, RUNNER_A, { step: 'images', remoteId: 812 });
    expect(test.outbox.cancel(created!)).toMatchObject({ ok: true, job: { state: 'cancelled', remoteId: 812 } });
    claim();
    test.outbox.cancel(inFlight!);
    expect(test.outbox.events(untouched!).at(-1)?.note).toBe('Cancelled before anything was sent.');
    expect(test.outbox.events(created!).at(-1)?.note).toBe('Cancelled. Post 812 is on Firstup and was left as it is.');
    expect(test.outbox.events(inFlight!).at(-1)?.note).toContain('the post may already be on Firstup');
    // The runner's create answered after the cancel: the post is recorded on the cancelled job.
    expect(test.outbox.recordStep(inFlight!, RUNNER_A, { step: 'images', remoteId: 813 })).toMatchObject({ ok: true, job: { state: 'cancelled', remoteId: 813 } });
    expect(test.outbox.cancel(inFlight!)).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(test.outbox.cancel(randomUUID())).toMatchObject({ ok: false, reason: 'not_found' });
  });

  it('retries a job that needs attention from its step with a fresh budget', async () => {
    const [jobId] = publish(test.outbox, await test.draft());
    claim();
    test.outbox.recordStep(jobId!, RUNNER_A, { step: 'transition', remoteId: 9 });
    test.outbox.scheduleRetry(jobId!, RUNNER_A, { at: test.clock.now(), error: { code: 'server_error', message: '503' } });
    claim();
    const stopped = test.outbox.needsAttention(jobId!, RUNNER_A, { code: 'validation', message: 'Firstup says: topic 7 is archived.' });
    expect(stopped).toMatchObject({ ok: true, job: { state: 'needs_attention', stepAttempts: 1, lastError: { code: 'validation', message: 'Firstup says: topic 7 is archived.' } } });
    expect(claim()).toBeNull();
    expect(test.outbox.retry(jobId!)).toMatchObject({ ok: true, job: { state: 'queued', step: 'transition', remoteId: 9, stepAttempts: 0, lastError: null } });
    expect(test.outbox.events(jobId!).some((event) => event.note.includes('topic 7 is archived'))).toBe(true);
    expect(test.outbox.retry(jobId!)).toMatchObject({ ok: false, reason: 'not_allowed' });
  });

  it('will not revive a cancelled job while a newer job for the same draft is unfinished', async () => {
    const draft = await test.draft();
    const [old] = publish(test.outbox, draft);
    test.outbox.cancel(old!);
    await test.drafts.save({ id: draft.id, baseRevision: 1, content: { ...contentOf(draft), title: 'Second try' } });
    const [newer] = publish(test.outbox, draft);
    expect(newer).not.toBe(old);
    expect(test.outbox.retry(old!)).toMatchObject({ ok: false, reason: 'busy' });
    test.outbox.cancel(newer!);
    expect(test.outbox.retry(old!)).toMatchObject({ ok: true, job: { state: 'queued', finishedAt: null } });
  });

  it('holds a signed-out program’s jobs until sign-in, leaving other programs alone', async () => {
    const [a1, a2] = publish(test.outbox, await test.draft(), await test.draft());
    const [b1] = publish(test.outbox, await test.drafts.create({ programId: programB, title: 'B', topics: [{ id: 1, name: 'All' }], bodyHtml: '<p>For everyone.</p>' }));
    claim();
    test.outbox.pause([a2!]);
    expect(test.outbox.authRequired(programA)).toEqual([a1]);
    expect(test.outbox.complete(a1!, RUNNER_A)).toMatchObject({ ok: true, job: { state: 'done' } });
    expect(test.outbox.list({ states: ['queued'] }).items.map((job) => job.id)).toEqual([b1]);
    expect(test.outbox.authRequired(programB)).toEqual([b1]);
    expect(claim()).toBeNull();
    expect(test.outbox.resumeProgram(programB)).toEqual([b1]);
    expect(stateOf(b1!)).toBe('queued');
    expect(stateOf(a2!)).toBe('paused');
  });

  it('counts jobs per state for the progress bar and pages the list', async () => {
    const jobs = publish(test.outbox, ...(await Promise.all([1, 2, 3, 4, 5].map((n) => test.draft({ title: `Post ${n}` })))));
    claim();
    test.outbox.complete(jobs[0]!, RUNNER_A);
    test.outbox.cancel(jobs[1]!);
    test.outbox.pause([jobs[2]!]);
    const page = test.outbox.list({ limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 5, nextOffset: 3, skipped: 0 });
    expect(page.items.map((job) => job.title)).toEqual(['Post 2', 'Post 3']);
    expect(page.counts).toEqual({ queued: 2, running: 0, waiting_retry: 0, needs_attention: 0, auth_required: 0, paused: 1, cancelled: 1, done: 1 });
    expect(test.outbox.list({ states: ['queued', 'paused'] }).items.map((job) => job.title)).toEqual(['Post 3', 'Post 4', 'Post 5']);
    test.clock.advance(1);
    // A new session's bar counts what is still open and what finished since it began.
    expect(test.outbox.summary(test.clock.now())).toMatchObject({ total: 3, counts: { done: 0, cancelled: 0, queued: 2, paused: 1 } });
    expect(() => test.outbox.list({ limit: 100_000 })).toThrow(expect.objectContaining({ code: 'invalid_request' }));
  });
});
