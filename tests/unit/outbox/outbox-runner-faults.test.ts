/**
 * Sandbox faults while the runner sends: lost answers, 5xx bursts, 429s, a
 * refusal and a revoked sign-in. Nothing is posted twice, and each job ends
 * where a person expects: done, needs attention with Firstup's words, or
 * waiting for sign-in.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { SANDBOX_USERS } from '../../../electron/sandbox/seed/seed-people.js';
import { publish, RUNNER_A } from './outbox-store-fixture.js';
import { startRunnerTest, TOPIC, type RunnerTest } from './outbox-runner-fixture.js';

let test: RunnerTest;
beforeEach(async () => {
  test = await startRunnerTest();
});
afterEach(() => test.close());

async function queue(count: number, title = 'Fault-tolerant post'): Promise<string[]> {
  const drafts = await Promise.all(Array.from({ length: count }, (_, index) => test.outbox.draft({ title: `${title} ${index + 1}`, topics: [TOPIC] })));
  return publish(test.outbox.outbox, ...drafts);
}

async function expectPublishedOnce(jobIds: string[]): Promise<void> {
  for (const jobId of jobIds) {
    expect(test.outbox.outbox.get(jobId)).toMatchObject({ state: 'done' });
    expect(await test.postsMarked(jobId)).toMatchObject([{ state: 'published' }]);
  }
}

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

const notes = (jobId: string) => test.outbox.outbox.events(jobId).map((event) => event.note);

describe('the outbox runner under faults', () => {
  it('finds the post a create made when the answer was lost (commit-then-drop), instead of making another', async () => {
    const jobIds = await queue(3);
    await test.inject({ method: 'POST', path: '/v2/content', fault: 'commit-then-drop', times: 2 });
    await test.runToRest(test.runner(RUNNER_A));
    await expectPublishedOnce(jobIds);
    expect(jobIds.flatMap(notes).filter((note) => note.includes('(unknown_outcome)'))).toHaveLength(2);
  });

  it.each(['reset', 'html-200', 'bad-json'] as const)('survives %s on creates without a duplicate', async (fault) => {
    const jobIds = await queue(2);
    await test.inject({ method: 'POST', path: '/v2/content', fault, times: 2 });
    await test.runToRest(test.runner(RUNNER_A));
    await expectPublishedOnce(jobIds);
  });

  it("retries through a burst of 503s on the post's reads, updates and transitions", async () => {
    const jobIds = await queue(2);
    await test.inject({ method: '*', path: '/v2/content/*', fault: 503, times: 4 });
    const started = test.outbox.clock.now();
    await test.runToRest(test.runner(RUNNER_A));
    await expectPublishedOnce(jobIds);
    expect(jobIds.flatMap(notes).filter((note) => note.includes('Next try at'))).toHaveLength(4);
    // Backed off on the test clock, not in real time.
    expect(test.outbox.clock.now()).toBeGreaterThan(started);
  });

  it('pauses the program for the Retry-After of a 429, then completes', async () => {
    const jobIds = await queue(2);
    await test.inject({ method: 'POST', path: '/v2/content', fault: 429, retry_after: 30, times: 1 });
    const started = test.outbox.clock.now();
    await test.runToRest(test.runner(RUNNER_A));
    await expectPublishedOnce(jobIds);
    expect(test.outbox.clock.now() - started).toBeGreaterThanOrEqual(30_000);
    expect(jobIds.flatMap(notes).some((note) => note.startsWith('Waiting for the program'))).toBe(true);
  });

  it("stops a refused publish for attention with Firstup's message and does not retry it", async () => {
    // Enqueue's preflight refuses an untitled post, so this plays a job queued by an older version without that check.
    const [jobId] = publish(test.outbox.outbox, await test.outbox.draft({ topics: [TOPIC] }));
    test.outbox.raw().prepare("UPDATE outbox_jobs SET snapshot_json = json_set(snapshot_json, '$.title', '') WHERE id = ?").run(jobId);
    await test.runToRest(test.runner(RUNNER_A));
    const job = test.outbox.outbox.get(jobId!);
    expect(job).toMatchObject({ state: 'needs_attention', step: 'transition' });
    expect(job?.lastError?.message).toContain('A title is required to publish.');
    expect(notes(jobId!).some((note) => note.includes('Next try at'))).toBe(false);
    // The post was made (a draft on Firstup) and is recorded, so a retry after the fix updates it rather than making another.
    const posts = await test.postsMarked(jobId!);
    expect(posts).toMatchObject([{ state: 'draft' }]);
    expect(job?.remoteId).toBe(posts[0]!.id);
  });

  it('waits for sign-in when the session was revoked, sending nothing', async () => {
    const jobIds = await queue(3);
    test.harness.tokenFor('publisher'); // the session the runner holds, then revoked
    const revoked = await test.harness.call('POST', '/_sandbox/revoke', { token: null, body: { user_id: SANDBOX_USERS.publisher.id } });
    expect(revoked.status).toBe(200);
    await test.runToRest(test.runner(RUNNER_A));
    for (const jobId of jobIds) {
      expect(test.outbox.outbox.get(jobId)).toMatchObject({ state: 'auth_required', leaseOwner: null });
      expect(await test.postsMarked(jobId)).toEqual([]);
    }
  });

  it('waits while Firstup cannot be reached, spending no attempts, and resumes once a probe gets through', async () => {
    const [jobId] = await queue(1);
    // A port nothing listens on refuses the connection: nothing leaves the machine, as when offline.
    const unreachable = createFirstupClient({ apiBaseUrl: await closedPortUrl(), tokens: { getAccessToken: () => Promise.resolve('t'), refreshAfterUnauthorized: () => Promise.resolve('t') }, budget: createRequestBudget(), logger: createMemoryLogger() });
    let calls = 0;
    const flaky = { clientFor: () => ((calls += 1) <= 3 ? unreachable : test.client) };
    await test.runToRest(test.runner(RUNNER_A, flaky));
    await expectPublishedOnce([jobId!]);
    expect(notes(jobId!).some((note) => note.startsWith('Waiting for the program'))).toBe(true);
    expect(notes(jobId!).some((note) => note.includes('Next try at'))).toBe(false);
    expect(calls).toBeGreaterThan(3);
  });
});
