/**
 * A runner that stops or dies mid-job: the next one (another owner) picks the
 * job up where it stood, reconciles with Firstup, and never posts twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInputOf } from '../../../electron/core/outbox/runner/snapshot-input.js';
import { contentOf } from '../drafts/draft-test-store.js';
import { DEAD_RUNNER, LEASE_MS, publish, RUNNER_A, RUNNER_B } from './outbox-store-fixture.js';
import { startRunnerTest, TOPIC, type RunnerTest } from './outbox-runner-fixture.js';

let test: RunnerTest;
beforeEach(async () => {
  test = await startRunnerTest();
});
afterEach(() => test.close());

async function queue(count: number): Promise<string[]> {
  const drafts = await Promise.all(Array.from({ length: count }, (_, index) => test.outbox.draft({ title: `Resumed post ${index + 1}`, topics: [TOPIC] })));
  return publish(test.outbox.outbox, ...drafts);
}

async function expectPublishedOnce(jobIds: string[]): Promise<void> {
  for (const jobId of jobIds) {
    expect(test.outbox.outbox.get(jobId)).toMatchObject({ state: 'done' });
    expect(await test.postsMarked(jobId)).toMatchObject([{ state: 'published' }]);
  }
}

describe('the outbox runner after a stop or a crash', () => {
  it('adopts the post a dead runner created before it could record it', async () => {
    const [jobId] = await queue(1);
    const claimed = test.outbox.outbox.claimNext({ owner: DEAD_RUNNER, leaseMs: LEASE_MS });
    expect(claimed?.id).toBe(jobId);
    // The create reached Firstup; the runner died before recording the answer.
    await test.client.createContent(createInputOf(claimed!));

    expect(test.outbox.outbox.recover(RUNNER_B)).toMatchObject({ reclaimed: 1 });
    await test.runToRest(test.runner(RUNNER_B));
    await expectPublishedOnce([jobId!]);
  });

  it('takes over a job whose runner stopped answering once its lease expires, from the step it reached', async () => {
    const [jobId] = await queue(1);
    const stalledOwner = `${process.pid}:cccccccccccc`;
    const claimed = test.outbox.outbox.claimNext({ owner: stalledOwner, leaseMs: LEASE_MS })!;
    const created = await test.client.createContent(createInputOf(claimed));
    test.outbox.outbox.recordStep(jobId!, stalledOwner, { step: 'images', remoteId: created.id, remoteUuid: created.uuid });

    // The lease is live: the new runner leaves the job alone.
    expect(test.outbox.outbox.recover(RUNNER_B)).toMatchObject({ reclaimed: 0 });
    test.outbox.clock.advance(LEASE_MS + 1);
    expect(test.outbox.outbox.recover(RUNNER_B)).toMatchObject({ reclaimed: 1 });
    await test.runToRest(test.runner(RUNNER_B));
    await expectPublishedOnce([jobId!]);
    expect(test.outbox.outbox.get(jobId!)?.remoteId).toBe(created.id);
  });

  it('hands jobs back on stop() and another runner finishes them without duplicates', async () => {
    const jobIds = await queue(6);
    const first = test.runner(RUNNER_A);
    first.start();
    while (!test.progress.some((event) => event.state === 'done')) await new Promise((resolve) => setTimeout(resolve, 5));
    await first.stop();
    expect(first.inFlight()).toEqual([]);
    const jobs = jobIds.map((jobId) => test.outbox.outbox.get(jobId)!);
    expect(jobs.filter((job) => job.state === 'running')).toEqual([]);
    expect(jobs.filter((job) => job.state !== 'done').length).toBeGreaterThan(0);

    await test.runToRest(test.runner(RUNNER_B));
    await expectPublishedOnce(jobIds);
  });

  it('lets go of jobs a person pauses mid-run, keeping what was sent, and finishes them once resumed', async () => {
    const jobIds = await queue(3);
    const runner = test.runner(RUNNER_A);
    let paused = false;
    const pauseOnFirstPost = setInterval(() => {
      if (!paused && test.progress.some((event) => event.remoteId !== null)) {
        paused = true;
        test.outbox.outbox.pause('all');
      }
    }, 1);
    await test.runToRest(runner).finally(() => clearInterval(pauseOnFirstPost));
    const jobs = jobIds.map((jobId) => test.outbox.outbox.get(jobId)!);
    expect(jobs.filter((job) => job.state === 'paused').length).toBeGreaterThan(0);
    expect(jobs.filter((job) => job.leaseOwner !== null)).toEqual([]);

    test.outbox.outbox.resume('all');
    await test.runToRest(test.runner(RUNNER_B));
    await expectPublishedOnce(jobIds);
  });

  it('links the draft to its post as soon as the post exists, so a job cancelled after that never leads to a second post', async () => {
    const [jobId] = await queue(1);
    const draftId = test.outbox.outbox.get(jobId!)!.draftId;
    // A person pauses the job while its create is on the wire.
    const pausing = {
      ...test.client,
      createContent: async (...args: Parameters<typeof test.client.createContent>) => {
        const created = await test.client.createContent(...args);
        test.outbox.outbox.pause([jobId!]);
        return created;
      },
    };
    await test.runToRest(test.runner(RUNNER_A, { clientFor: () => pausing }));
    const [post] = await test.postsMarked(jobId!);
    expect(test.outbox.outbox.get(jobId!)).toMatchObject({ state: 'paused', remoteId: post!.id });
    expect(await test.outbox.drafts.get(draftId)).toMatchObject({ remote: { id: post!.id }, syncStatus: 'changed_here' });

    test.outbox.outbox.cancel(jobId!);
    const draft = await test.outbox.drafts.get(draftId);
    await test.outbox.drafts.save({ id: draftId, baseRevision: draft.revision, content: { ...contentOf(draft), title: 'Sent again, edited' } });
    const [again] = test.outbox.outbox.enqueue({ draftIds: [draftId], action: 'publish' });
    expect(again).toMatchObject({ ok: true, created: true });
    await test.runToRest(test.runner(RUNNER_B));

    // The second job updated the first one's post (and marked it as its own): one post in all.
    const marked = [...(await test.postsMarked(jobId!)), ...(await test.postsMarked((again as { jobId: string }).jobId))];
    expect(marked).toMatchObject([{ id: post!.id, title: 'Sent again, edited', state: 'published' }]);
    const state = await test.harness.call('GET', '/_sandbox/state', { token: null });
    expect((state.body.data.content as { title: string }[]).filter((candidate) => candidate.title.startsWith('Resumed post 1') || candidate.title === 'Sent again, edited')).toHaveLength(1);
  });
});
