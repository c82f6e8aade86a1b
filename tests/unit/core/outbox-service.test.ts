/**
 * A core that sends (`runOutbox`), as the app and browser mode do: a queued
 * draft goes through the runner to a published post, once, and the Queue
 * hears about it; a program Firstup holds back is reported in the summary.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import { coreData } from '../../support/core-data.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>> | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const data = (channel: string, payload?: unknown) => coreData(harness!.core, channel, payload);

it('sends a queued draft to a published post exactly once, and announces each change', async () => {
  harness = await startCoreWithSandbox({ runOutbox: true });
  const draft = await data('drafts.create', { programId: SANDBOX_PROGRAM_ID, title: 'Sent by the queue', bodyHtml: '<p>Hello</p>', topics: [{ id: 101, name: 'Company News' }] });

  const [answer] = (await data('outbox.enqueue', { draftIds: [draft.id], action: 'publish' })).results;
  expect(answer).toMatchObject({ draftId: draft.id, ok: true, created: true });
  expect((await data('outbox.summary')).runnerActive).toBe(true);

  await vi.waitFor(async () => expect((await data('outbox.list', {})).items[0]).toMatchObject({ id: answer.jobId, state: 'done' }), { timeout: 15_000, interval: 100 });
  const posts = harness.sandbox.runtime.state.posts.filter((post) => post.source.post_id === answer.jobId);
  expect(posts).toHaveLength(1);
  expect(posts[0]).toMatchObject({ title: 'Sent by the queue', state: 'published' });
  expect(harness.events.some(({ event, payload }) => event === 'outbox.changed' && (payload as { jobIds: string[] }).jobIds.includes(answer.jobId))).toBe(true);
});

it('reports a program held back by a 429 in the summary, with the time sending resumes', async () => {
  harness = await startCoreWithSandbox({ runOutbox: true });
  harness.sandbox.faults.set([{ method: 'POST', path: '/v2/content', fault: 429, retry_after: 600, times: 1 }]);
  const draft = await data('drafts.create', { programId: SANDBOX_PROGRAM_ID, title: 'Held back', bodyHtml: '<p>Hello</p>', topics: [{ id: 101, name: 'Company News' }] });
  const asked = Date.now();
  const [answer] = (await data('outbox.enqueue', { draftIds: [draft.id], action: 'publish' })).results;

  await vi.waitFor(async () => expect((await data('outbox.summary')).pausedPrograms).toHaveLength(1), { timeout: 10_000, interval: 50 });
  const [pause] = (await data('outbox.summary')).pausedPrograms;
  expect(pause).toMatchObject({ programId: SANDBOX_PROGRAM_ID, reason: 'rate_limited', capped: false });
  expect(pause.until).toBeGreaterThanOrEqual(asked + 600_000);
  expect((await data('outbox.list', {})).items[0]).toMatchObject({ id: answer.jobId, state: 'queued' });
  expect(harness.sandbox.runtime.state.posts.filter((post) => post.source.post_id === answer.jobId)).toEqual([]);
});
