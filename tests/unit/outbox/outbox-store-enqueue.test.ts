/**
 * Enqueue as a transactional outbox: the drafts' snapshots and their jobs are
 * committed together or not at all, one job per (draft, revision, action), and
 * the job sends the text as it was when the person pressed "publish".
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentOf, failureOf } from '../drafts/draft-test-store.js';
import { countRows, LEASE_MS, openOutboxTest, publish, RUNNER_A, type OutboxTest } from './outbox-store-fixture.js';

let test: OutboxTest;
beforeEach(() => {
  test = openOutboxTest();
});
afterEach(() => test.dispose());

describe('outbox enqueue', () => {
  it('queues one job per draft with a before_publish snapshot of each, answered in request order', async () => {
    const first = await test.draft({ title: 'First' });
    const second = await test.draft({ title: 'Second' });
    const answers = test.outbox.enqueue({ draftIds: [first.id, second.id], action: 'publish' });
    expect(answers).toEqual([
      { draftId: first.id, ok: true, jobId: expect.any(String), created: true, revision: 1, state: 'queued' },
      { draftId: second.id, ok: true, jobId: expect.any(String), created: true, revision: 1, state: 'queued' },
    ]);
    const job = test.outbox.get(answers[0]!.ok ? answers[0]!.jobId : '')!;
    expect(job).toMatchObject({ draftId: first.id, draftRevision: 1, action: 'publish', state: 'queued', step: 'send', title: 'First', remoteId: null, stepAttempts: 0 });
    expect(job.snapshot).toEqual(contentOf(first));
    expect(await test.drafts.listRevisions(first.id)).toEqual([expect.objectContaining({ revision: 1, reason: 'before_publish', title: 'First' })]);
    expect(test.outbox.events(job.id)).toEqual([{ at: test.clock.now(), fromState: null, toState: 'queued', step: 'send', note: 'Queued to publish revision 1.' }]);
  });

  it('answers the existing job to a second click instead of making another', async () => {
    const draft = await test.draft();
    const [jobId] = publish(test.outbox, draft);
    const again = test.outbox.enqueue({ draftIds: [draft.id, draft.id], action: 'publish' });
    expect(again).toEqual([
      { draftId: draft.id, ok: true, jobId, created: false, revision: 1, state: 'queued' },
      { draftId: draft.id, ok: true, jobId, created: false, revision: 1, state: 'queued' },
    ]);
    expect(test.outbox.list().total).toBe(1);
    expect(await test.drafts.listRevisions(draft.id)).toHaveLength(1);
  });

  it('sends the text as it was at enqueue, even after the draft is edited', async () => {
    const draft = await test.draft({ title: 'As sent', bodyHtml: '<p>Version one</p>' });
    publish(test.outbox, draft);
    await test.drafts.save({ id: draft.id, baseRevision: 1, content: { ...contentOf(draft), title: 'Edited later', bodyHtml: '<p>Version two</p>' } });
    const claimed = test.outbox.claimNext({ owner: RUNNER_A, leaseMs: LEASE_MS })!;
    expect(claimed.snapshot).toMatchObject({ title: 'As sent', bodyHtml: '<p>Version one</p>' });
    expect(claimed.draftRevision).toBe(1);
  });

  it('answers each unqueueable draft with its problem and queues the others', async () => {
    const good = await test.draft({ title: 'Good' });
    const trashed = await test.draft();
    await test.drafts.delete(trashed.id);
    const sending = await test.draft();
    const [sendingJob] = publish(test.outbox, sending);
    await test.drafts.save({ id: sending.id, baseRevision: 1, content: { ...contentOf(sending), title: 'Changed while queued' } });
    const missing = randomUUID();
    const answers = test.outbox.enqueue({ draftIds: [missing, trashed.id, sending.id, good.id], action: 'publish' });
    expect(answers.map((answer) => (answer.ok ? 'queued' : answer.problem))).toEqual(['not_found', 'not_found', 'busy', 'queued']);
    expect(answers[2]).toMatchObject({ jobId: sendingJob, message: expect.stringContaining('cancel it in the queue') });
    expect(test.outbox.list().items.map((job) => job.title)).toEqual(['Quarterly results', 'Good']);
  });

  it('refuses to archive or unpublish a draft that is not on Firstup, and targets the known post when it is', async () => {
    const local = await test.draft();
    const onFirstup = await test.draft({}, { id: 4321, uuid: 'c0ffee00-0000-4000-8000-000000000001', state: 'published', updatedAt: null });
    const answers = test.outbox.enqueue({ draftIds: [local.id, onFirstup.id], action: 'archive' });
    expect(answers[0]).toMatchObject({ ok: false, problem: 'not_on_firstup' });
    const job = test.outbox.get(answers[1]!.ok ? answers[1]!.jobId : '')!;
    expect(job).toMatchObject({ action: 'archive', remoteId: 4321, remoteUuid: 'c0ffee00-0000-4000-8000-000000000001', step: 'send' });
  });

  it('inserts nothing when the transaction fails part-way', async () => {
    const first = await test.draft();
    const second = await test.draft();
    // A disk error or a bug on the second insert, simulated by the file refusing that row.
    test.raw().exec(`CREATE TEMP TRIGGER refuse_second BEFORE INSERT ON outbox_jobs WHEN new.draft_id = '${second.id}' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    expect(() => test.outbox.enqueue({ draftIds: [first.id, second.id], action: 'publish' })).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(countRows(test.raw(), 'outbox_jobs')).toBe(0);
    expect(countRows(test.raw(), 'outbox_events')).toBe(0);
    expect(countRows(test.raw(), 'draft_revisions')).toBe(0);
    test.raw().exec('DROP TRIGGER temp.refuse_second');
    expect(test.outbox.enqueue({ draftIds: [first.id, second.id], action: 'publish' }).every((answer) => answer.ok && answer.created)).toBe(true);
  });

  it('needs a future time to schedule, and only then', async () => {
    const draft = await test.draft();
    const enqueue = (request: unknown) => failureOf(Promise.resolve().then(() => test.outbox.enqueue(request as never)));
    expect(await enqueue({ draftIds: [draft.id], action: 'schedule' })).toMatchObject({ code: 'invalid_request' });
    expect(await enqueue({ draftIds: [draft.id], action: 'publish', scheduledAt: test.clock.now() + 60_000 })).toMatchObject({ code: 'invalid_request' });
    expect(await enqueue({ draftIds: [draft.id], action: 'schedule', scheduledAt: test.clock.now() - 1 })).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('Choose a time in the future'),
    });
    const at = test.clock.now() + 3_600_000;
    const [answer] = test.outbox.enqueue({ draftIds: [draft.id], action: 'schedule', scheduledAt: at });
    expect(test.outbox.get(answer!.ok ? answer!.jobId : '')).toMatchObject({ action: 'schedule', scheduledAt: at });
  });

  it('stops with the drafts store, with a message that says why', async () => {
    const draft = await test.draft();
    test.drafts.close();
    expect(() => test.outbox.enqueue({ draftIds: [draft.id], action: 'publish' })).toThrow(expect.objectContaining({ code: 'internal', message: expect.stringContaining('shutting down') }));
    expect(() => test.outbox.list()).toThrow(expect.objectContaining({ code: 'internal' }));
  });

  it('writes through a connection that syncs every commit to disk', () => {
    expect(test.raw().prepare('PRAGMA synchronous').pluck().all()).toEqual([2]);
    expect(test.raw().prepare('PRAGMA journal_mode').pluck().all()).toEqual(['wal']);
  });
});
