/**
 * The runner sends queued drafts to the sandbox: each job ends done with
 * exactly one post carrying its marker, in its target state, and the draft
 * shows the post as in sync.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentOf, programB } from '../drafts/draft-test-store.js';
import { publish, RUNNER_A } from './outbox-store-fixture.js';
import { startRunnerTest, TOPIC, type RunnerTest } from './outbox-runner-fixture.js';

let test: RunnerTest;
beforeEach(async () => {
  test = await startRunnerTest();
});
afterEach(() => test.close());

const draftsTitled = (...titles: string[]) => Promise.all(titles.map((title) => test.outbox.draft({ title, topics: [TOPIC], bodyHtml: `<p>${title}</p>` })));

describe('the outbox runner', () => {
  it('publishes every queued draft once, from its frozen snapshot, and marks the drafts in sync', async () => {
    const drafts = await draftsTitled('One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven');
    const jobIds = publish(test.outbox.outbox, ...drafts);
    // Edited after queueing: the job sends what was queued, not this.
    await test.outbox.drafts.save({ id: drafts[0]!.id, baseRevision: drafts[0]!.revision, content: { ...contentOf(drafts[0]!), title: 'One, edited later' } });

    const runner = test.runner(RUNNER_A);
    let most = 0;
    const sample = setInterval(() => (most = Math.max(most, runner.inFlight().length)), 1);
    await test.runToRest(runner).finally(() => clearInterval(sample));
    // Three at a time by default, never more.
    expect(most).toBe(3);

    for (const [index, jobId] of jobIds.entries()) {
      expect(test.outbox.outbox.get(jobId)).toMatchObject({ state: 'done', lastError: null });
      const posts = await test.postsMarked(jobId);
      expect(posts).toHaveLength(1);
      expect(posts[0]).toMatchObject({ state: 'published', title: drafts[index]!.title, channels: [TOPIC.id] });
      expect(test.outbox.outbox.get(jobId)?.remoteId).toBe(posts[0]!.id);
    }
    const untouched = await test.outbox.drafts.get(drafts[1]!.id);
    expect(untouched).toMatchObject({ syncStatus: 'in_sync', remote: { state: 'published' } });
    // The edit made after queueing was not sent, so that draft is not in step with Firstup.
    expect((await test.outbox.drafts.get(drafts[0]!.id)).syncStatus).toBe('changed_here');
    expect(test.progress.filter((event) => event.state === 'done').map((event) => event.jobId).sort()).toEqual([...jobIds].sort());
    expect(test.errors).toEqual([]);
  });

  it('sends a review job to review, not further', async () => {
    const [draft] = await draftsTitled('For review');
    const [answer] = test.outbox.outbox.enqueue({ draftIds: [draft!.id], action: 'review' });
    await test.runToRest(test.runner(RUNNER_A));
    expect(answer).toMatchObject({ ok: true });
    const jobId = (answer as { jobId: string }).jobId;
    expect(test.outbox.outbox.get(jobId)?.state).toBe('done');
    expect(await test.postsMarked(jobId)).toMatchObject([{ state: 'review' }]);
  });

  it('holds a scheduled job until its time, then publishes it', async () => {
    const [draft] = await draftsTitled('Later');
    const at = test.outbox.clock.now() + 3_600_000;
    const [answer] = test.outbox.outbox.enqueue({ draftIds: [draft!.id], action: 'schedule', scheduledAt: at });
    const jobId = (answer as { jobId: string }).jobId;
    await test.runToRest(test.runner(RUNNER_A));
    expect(test.outbox.outbox.get(jobId)?.state).toBe('done');
    expect(test.outbox.clock.now()).toBeGreaterThanOrEqual(at);
    expect(await test.postsMarked(jobId)).toMatchObject([{ state: 'published' }]);
  });

  it('never creates a post without a topic, which could then never be published: the job waits for a person instead', async () => {
    const [draft] = await draftsTitled('No topic');
    const [jobId] = publish(test.outbox.outbox, draft!);
    // Enqueue's preflight refuses a draft without topics; this plays a job queued before that check, or a damaged snapshot.
    test.outbox.raw().prepare("UPDATE outbox_jobs SET snapshot_json = json_set(snapshot_json, '$.topics', json('[]')) WHERE id = ?").run(jobId);
    await test.runToRest(test.runner(RUNNER_A));
    expect(test.outbox.outbox.get(jobId!)).toMatchObject({ state: 'needs_attention', step: 'send', remoteId: null, lastError: { message: expect.stringContaining('choose a topic') } });
    const state = await test.harness.call('GET', '/_sandbox/state', { token: null });
    expect((state.body.data.content as { title: string }[]).filter((post) => post.title === 'No topic')).toEqual([]);
  });

  it('sends only its own program when confined to one (the CLI), leaving another program’s jobs queued and untouched', async () => {
    const [mine] = await draftsTitled('Mine');
    const theirs = await test.outbox.drafts.create({ programId: programB, title: 'Theirs', topics: [TOPIC], bodyHtml: '<p>Theirs</p>' });
    const [myJob, theirJob] = publish(test.outbox.outbox, mine!, theirs);
    const runner = test.runner(RUNNER_A);
    runner.start({ onlyProgram: mine!.programId });
    await vi.waitFor(() => expect(test.outbox.outbox.get(myJob!)?.state).toBe('done'), { timeout: 10_000, interval: 20 });
    await runner.stop();
    expect(test.outbox.outbox.get(theirJob!)).toMatchObject({ state: 'queued', step: 'send' });
    expect(test.outbox.outbox.events(theirJob!).map((event) => event.toState)).toEqual(['queued']);
  });

  it('publishes a new post with four requests: look-up by marker, create, publish, read back', async () => {
    const [draft] = await draftsTitled('Counted');
    const [jobId] = publish(test.outbox.outbox, draft!);
    const calls: string[] = [];
    const counted = Object.fromEntries(
      (['createContent', 'updateContent', 'getContent', 'listContent', 'transitionContent', 'addImage', 'addVideo'] as const).map((name) => [
        name,
        (...args: unknown[]) => {
          calls.push(name);
          return (test.client[name] as (...a: unknown[]) => unknown)(...args);
        },
      ]),
    ) as unknown as typeof test.client;
    await test.runToRest(test.runner(RUNNER_A, { clientFor: () => counted }));
    expect(test.outbox.outbox.get(jobId!)?.state).toBe('done');
    expect(calls).toEqual(['listContent', 'createContent', 'transitionContent', 'getContent']);
  });
});
