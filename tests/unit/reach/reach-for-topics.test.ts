/**
 * reach.forTopics through the studio's router, against the built-in Sandbox
 * program: the count is the sandbox's own union of followers, a re-pick is
 * answered from memory, and a failing API says so in a sentence.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import type { StudioCore } from '../../../electron/core/studio-core.js';
import type { Sandbox } from '../../../electron/sandbox/sandbox-server.js';
import type { TopicReach } from '../../../shared/firstup/firstup-views.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let sandbox: Sandbox;
let core: StudioCore;
const programId = SANDBOX_PROGRAM_ID;

beforeAll(async () => {
  harness = await startCoreWithSandbox();
  ({ core, sandbox } = harness);
});
afterAll(() => harness.close());
afterEach(() => sandbox.faults.clear());

async function reach(topicIds: number[]): Promise<TopicReach> {
  const result = await core.router.invoke('reach.forTopics', { programId, topicIds });
  if (!result.ok) throw new Error(`reach.forTopics: ${result.error.code} ${result.error.message}`);
  return result.data as TopicReach;
}

/** The answer computed from the sandbox's own records, not through the API. */
function unionInSandbox(topicIds: number[]): number {
  const followers = new Set<number>();
  for (const topic of sandbox.runtime.state.topics) if (topicIds.includes(topic.id)) for (const id of topic.follower_ids) followers.add(id);
  return followers.size;
}

/** Every request to the partner API fails from now on: an answer can only come from memory. */
const failEveryApiRequest = () => sandbox.faults.set([{ method: '*', path: '/v2/*', fault: 503 }]);

describe('counting', () => {
  it('counts everyone for Company News (101), which everyone follows', async () => {
    const before = Date.now();
    const answer = await reach([101]);
    expect(answer).toEqual({ topicIds: [101], followers: sandbox.runtime.state.users.length, exact: true, measuredAt: expect.any(String) });
    expect(Date.parse(answer.measuredAt)).toBeGreaterThanOrEqual(before - 1_000);
    expect(answer.followers).toBe(5_000);
  });

  it('counts one other topic as the sandbox does', async () => {
    expect(await reach([104])).toMatchObject({ followers: unionInSandbox([104]), exact: true });
  });

  it('counts a person who follows several of the topics once', async () => {
    const topicIds = [102, 103, 107, 112];
    const answer = await reach(topicIds);
    const sumOfTopics = sandbox.runtime.state.topics.filter((topic) => topicIds.includes(topic.id)).reduce((sum, topic) => sum + topic.follower_ids.length, 0);
    expect(answer).toMatchObject({ topicIds, followers: unionInSandbox(topicIds), exact: true });
    // The seeded topics overlap, so a sum would have over-counted.
    expect(answer.followers).toBeLessThan(sumOfTopics);
  });

  it('counts everyone when Company News is among the topics', async () => {
    expect(await reach([101, 105, 106])).toMatchObject({ followers: 5_000, exact: true });
  });
});

describe('re-picking topics', () => {
  it('answers a repeated or narrowed choice from memory, without a request', async () => {
    const first = await reach([108, 109, 110]);
    failEveryApiRequest();
    expect(await reach([108, 109, 110])).toEqual(first);
    expect(await reach([110, 108])).toMatchObject({ followers: unionInSandbox([108, 110]), exact: true });
    expect(await reach([109])).toMatchObject({ followers: unionInSandbox([109]), exact: true });
  });

  it('answers a single topic from the topic list read earlier, without a request', async () => {
    await reach([101]);
    failEveryApiRequest();
    expect(await reach([111])).toMatchObject({ followers: unionInSandbox([111]), exact: true });
  });
});

describe('failures', () => {
  it('says Firstup had a problem when the followers cannot be read, and keeps no half answer', async () => {
    sandbox.faults.set([{ method: 'GET', path: '/v2/channels/*/followers', fault: 503 }]);
    expect(await core.router.invoke('reach.forTopics', { programId, topicIds: [120, 121] })).toEqual({
      ok: false,
      error: { code: 'server_error', message: 'Firstup had a problem on its side (HTTP 503). Your work is safe; try again in a moment.', details: expect.anything() },
    });
    sandbox.faults.clear();
    expect(await reach([120, 121])).toMatchObject({ followers: unionInSandbox([120, 121]), exact: true });
  });

  it('says Firstup cannot be reached when the connection drops', async () => {
    sandbox.faults.set([{ method: 'GET', path: '/v2/channels/*/followers', fault: 'reset' }]);
    expect(await core.router.invoke('reach.forTopics', { programId, topicIds: [122, 123] })).toMatchObject({ ok: false, error: { code: 'offline' } });
  });

  it('names a topic that is not in the program', async () => {
    expect(await core.router.invoke('reach.forTopics', { programId, topicIds: [102, 9_999] })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Topic 9999 is no longer in this program; it may have been deleted. Refresh the topics and choose again.', details: { topicId: 9_999 } },
    });
  });

  it('refuses a program that is not in Content Studio', async () => {
    expect(await core.router.invoke('reach.forTopics', { programId: '00000000-0000-4000-8000-000000000000', topicIds: [101] })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'That program is no longer in Content Studio.' },
    });
  });
});
