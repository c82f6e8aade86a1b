/**
 * While a queue job owns a draft, nothing else sends it: a direct push or
 * workflow step would mark its post with the draft's id while the queue marks
 * with the job's, so neither would find the other's post and Firstup would get
 * two. Once the job is cancelled (or done), direct sending works again.
 */
import { afterEach, expect, it } from 'vitest';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import { coreData } from '../../support/core-data.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>> | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const data = (channel: string, payload?: unknown) => coreData(harness!.core, channel, payload);

it('refuses to send a queued draft from anywhere but its job, saying where it is, until the job is cancelled', async () => {
  // This core does not send, so the job stays queued for as long as the test needs.
  harness = await startCoreWithSandbox();
  const draft = await data('drafts.create', { programId: SANDBOX_PROGRAM_ID, title: 'Queued', bodyHtml: '<p>Hi</p>', topics: [{ id: 101, name: 'Company News' }] });
  const [answer] = (await data('outbox.enqueue', { draftIds: [draft.id], action: 'publish' })).results;

  for (const [channel, payload] of [
    ['drafts.transition', { id: draft.id, action: 'publish' }],
    ['drafts.push', { id: draft.id }],
    ['drafts.resolveConflict', { id: draft.id, choice: 'keep_mine' }],
  ] as const) {
    const refused = await harness.core.router.invoke(channel, payload);
    expect(refused, channel).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringContaining('This draft is in the publishing queue, which will publish it.'), details: { reason: 'in_queue', jobId: answer.jobId } },
    });
  }
  expect(harness.sandbox.runtime.state.posts.filter((post) => post.title === 'Queued')).toEqual([]);

  await data('outbox.cancel', { jobId: answer.jobId });
  expect((await data('drafts.push', { id: draft.id })).outcome).toBe('created');
  expect(harness.sandbox.runtime.state.posts.filter((post) => post.title === 'Queued')).toHaveLength(1);
});
