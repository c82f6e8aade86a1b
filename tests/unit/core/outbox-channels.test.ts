/** The publishing queue's channels as the studio calls them, through the router, over the real store. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { openOutboxStore } from '../../../electron/core/outbox/store/outbox-store.js';
import { createMemorySettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore, type StudioCore } from '../../../electron/core/studio-core.js';
import { createTestCore, testAppInfo, testCoreStores } from '../../support/test-core.js';

let harness: ReturnType<typeof createTestCore>;
let programId: string;

async function call(channel: string, payload: unknown = {}) {
  return harness.core.router.invoke(channel, payload);
}

async function dataOn(core: StudioCore, channel: string, payload: unknown = {}): Promise<any> {
  const result = await core.router.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** What the preflight asks of a post before it may be queued: a topic and some text. */
const READY = { topics: [{ id: 7, name: 'News' }], bodyHtml: '<p>Revenue grew in every region.</p>' };

async function data(channel: string, payload: unknown = {}): Promise<any> {
  return dataOn(harness.core, channel, payload);
}

const changedEvents = () => harness.emitted.filter((event) => event.event === 'outbox.changed').map((event) => event.payload);

async function queued(title: string): Promise<{ draftId: string; jobId: string }> {
  const draft = await data('drafts.create', { programId, title, ...READY });
  const { results } = await data('outbox.enqueue', { draftIds: [draft.id], action: 'publish' });
  return { draftId: draft.id, jobId: results[0].jobId };
}

beforeEach(async () => {
  harness = createTestCore();
  const added = await data('programs.add', { displayName: 'Acme EU', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'studio' } });
  programId = added.program.id;
});

describe('outbox over IPC', () => {
  it('queues drafts once per revision and action, answers each draft, and announces only new jobs', async () => {
    const draft = await data('drafts.create', { programId, title: 'Quarterly results', ...READY });
    const missing = '6d0c7b2e-3f4a-4b5c-8d9e-0a1b2c3d4e5f';

    const first = await data('outbox.enqueue', { draftIds: [draft.id, missing], action: 'publish' });
    expect(first.results).toEqual([
      { draftId: draft.id, ok: true, jobId: expect.any(String), created: true, revision: 1, state: 'queued' },
      { draftId: missing, ok: false, problem: 'not_found', message: expect.stringContaining('no such draft') },
    ]);
    expect(changedEvents()).toEqual([{ jobIds: [first.results[0].jobId] }]);

    const again = await data('outbox.enqueue', { draftIds: [draft.id], action: 'publish' });
    expect(again.results[0]).toMatchObject({ ok: true, jobId: first.results[0].jobId, created: false });
    expect(changedEvents()).toHaveLength(1);
  });

  it('runs the preflight on each draft, first as a check that queues nothing: the ready ones are queued, the others answered with what to fix, field by field', async () => {
    const ready = await data('drafts.create', { programId, title: 'Ready', ...READY });
    const bare = await data('drafts.create', { programId, title: ' ', bodyHtml: '<p>Text</p>' });
    const request = { draftIds: [ready.id, bare.id], action: 'schedule', scheduledAt: Date.now() + 3_600_000 };
    const checked = await data('outbox.check', request);
    expect((await data('outbox.summary')).total).toBe(0);
    const { results } = await data('outbox.enqueue', request);
    expect(checked.results).toEqual([{ draftId: ready.id, ok: true }, results[1]]);
    expect(results[0]).toMatchObject({ ok: true, created: true });
    expect(results[1]).toEqual({
      draftId: bare.id,
      ok: false,
      problem: 'preflight',
      message: expect.stringContaining('Give the post a title.'),
      problems: [
        { field: 'title', message: 'Give the post a title.' },
        { field: 'topics', message: expect.stringContaining('Choose at least one topic') },
      ],
    });
    expect((await data('outbox.summary')).total).toBe(1);
    expect(changedEvents()).toEqual([{ jobIds: [results[0].jobId] }]);
  });

  it('lists jobs with their title, step and counts, and says honestly that nothing is sending without a runner', async () => {
    const { jobId, draftId } = await queued('Town hall recap');
    const page = await data('outbox.list', {});
    expect(page.items).toEqual([
      expect.objectContaining({ id: jobId, draftId, title: 'Town hall recap', state: 'queued', step: 'send', action: 'publish', remoteId: null, lastError: null, everSent: false }),
    ]);
    expect(page.items[0]).not.toHaveProperty('leaseOwner');
    expect(page.counts.queued).toBe(1);
    expect(page.total).toBe(1);

    const summary = await data('outbox.summary');
    expect(summary).toMatchObject({ total: 1, counts: { queued: 1, done: 0 }, runnerActive: false, nextRetryAt: null });
  });

  it('pauses and resumes one job or all of them, announcing the ids that changed', async () => {
    const a = await queued('First');
    const b = await queued('Second');
    harness.emitted.length = 0;

    expect(await data('outbox.pause', { jobIds: [a.jobId] })).toEqual({ jobIds: [a.jobId] });
    expect((await data('outbox.summary')).counts).toMatchObject({ paused: 1, queued: 1 });
    expect(await data('outbox.pause', { all: true })).toEqual({ jobIds: [b.jobId] });
    expect(await data('outbox.resume', { all: true })).toEqual({ jobIds: [a.jobId, b.jobId] });
    expect((await data('outbox.summary')).counts).toMatchObject({ paused: 0, queued: 2 });
    expect(changedEvents()).toEqual([{ jobIds: [a.jobId] }, { jobIds: [b.jobId] }, { jobIds: [a.jobId, b.jobId] }]);

    await data('outbox.resume', { all: true });
    expect(changedEvents()).toHaveLength(3);
  });

  it('cancels a job, records why in its history, and refuses to cancel it twice', async () => {
    const { jobId } = await queued('Benefits');
    const cancelled = await data('outbox.cancel', { jobId });
    expect(cancelled).toMatchObject({ id: jobId, state: 'cancelled', everSent: false });

    const { events } = await data('outbox.events', { jobId });
    expect(events.map((event: { toState: string }) => event.toState)).toEqual(['queued', 'cancelled']);
    expect(events[1].note).toBe('Cancelled before anything was sent.');

    const twice = await call('outbox.cancel', { jobId });
    expect(twice).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('cannot be changed') } });
  });

  it('retries a cancelled job and puts it back in the queue', async () => {
    const { jobId } = await queued('Retry me');
    await data('outbox.cancel', { jobId });
    expect(await data('outbox.retry', { jobId })).toMatchObject({ id: jobId, state: 'queued' });
    expect((await data('outbox.summary')).counts).toMatchObject({ queued: 1, cancelled: 0 });
  });

  it('answers not_found for a job that is not there', async () => {
    const jobId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    for (const channel of ['outbox.cancel', 'outbox.retry', 'outbox.events']) {
      expect(await call(channel, { jobId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
  });

  it('refuses more than 200 drafts in one request, and a schedule without a time', async () => {
    const ids = Array.from({ length: 201 }, (_, i) => `6d0c7b2e-3f4a-4b5c-8d9e-${String(i).padStart(12, '0')}`);
    expect(await call('outbox.enqueue', { draftIds: ids, action: 'publish' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const draft = await data('drafts.create', { programId, title: 'Later', ...READY });
    expect(await call('outbox.enqueue', { draftIds: [draft.id], action: 'schedule' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect((await data('outbox.summary')).total).toBe(0);
  });
});

describe('outbox at start-up', () => {
  it('queues again a job a crashed runner held, and logs what it resumed', async () => {
    const stores = testCoreStores();
    const first = createStudioCore({ appInfo: testAppInfo, settingsStore: createMemorySettingsStore(), logger: createMemoryLogger(), ...stores });
    const added = await dataOn(first, 'programs.add', { displayName: 'Acme EU', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'studio' } });
    const draft = await stores.drafts.create({ programId: added.program.id, title: 'Interrupted', ...READY });
    const outbox = openOutboxStore(stores.drafts);
    outbox.enqueue({ draftIds: [draft.id], action: 'publish' });
    // A pid above Linux's and macOS's pid_max: a runner process that no longer exists.
    outbox.claimNext({ owner: '9999999:deadbeef0000', leaseMs: 600_000 });
    expect(outbox.summary().counts.running).toBe(1);

    const logger = createMemoryLogger();
    const restarted = createStudioCore({ appInfo: testAppInfo, settingsStore: createMemorySettingsStore(), logger, ...stores });
    const summary = await restarted.router.invoke('outbox.summary', {});
    expect(summary).toMatchObject({ ok: true, data: { counts: { queued: 1, running: 0 }, runnerActive: false } });
    expect(logger.lines).toContainEqual({ level: 'info', message: 'Publishing queue opened: 1 post resumed.' });
  });
});
