/**
 * What reach.forTopics spends of the program's request budget, counted at the
 * client's fetch: one topic costs the topic list, a cached choice costs
 * nothing for five minutes, and a huge topic is read only up to a cap.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createProgramClients } from '../../../electron/core/programs/program-clients.js';
import { createReachHandlers } from '../../../electron/core/reach/reach-handlers.js';
import type { FollowerLimits } from '../../../electron/core/reach/topic-follower-ids.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import type { Sandbox } from '../../../electron/sandbox/sandbox-server.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let sandbox: Sandbox;
const programId = SANDBOX_PROGRAM_ID;
/** Method and path of every request the reach handlers' client sent. */
let sent: string[] = [];
let clock = 0;

const countingFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  sent.push(`${init?.method ?? 'GET'} ${url.pathname}${url.searchParams.has('page.number') ? `?page=${url.searchParams.get('page.number')}` : ''}`);
  return fetch(input, init);
};

function reachHandler(limits?: FollowerLimits) {
  const clients = createProgramClients(harness.core.accounts, createMemoryLogger(), countingFetch);
  const handler = createReachHandlers(clients, { now: () => clock, ...(limits === undefined ? {} : { limits }) })['reach.forTopics'];
  return (topicIds: number[]) => Promise.resolve(handler({ programId, topicIds }));
}

const followersOf = (topicId: number) => sandbox.runtime.state.topics.find((topic) => topic.id === topicId)?.follower_ids ?? [];

beforeAll(async () => {
  harness = await startCoreWithSandbox();
  ({ sandbox } = harness);
});
afterAll(() => harness.close());
beforeEach(() => {
  sent = [];
  clock = Date.parse('2026-03-01T09:00:00Z');
});

it('counts one topic from the topic list, without paging its followers', async () => {
  const reach = reachHandler();
  expect(await reach([101])).toMatchObject({ followers: 5_000, exact: true, measuredAt: '2026-03-01T09:00:00.000Z' });
  expect(sent).toEqual(['GET /v2/channels']);
});

it('reads each topic of several once, keeps them five minutes, then reads them again', async () => {
  const reach = reachHandler();
  const pagesOf = (topicId: number) => Math.max(1, Math.ceil(followersOf(topicId).length / 100));
  const first = await reach([102, 103]);
  expect(sent.filter((line) => line.includes('/followers'))).toHaveLength(pagesOf(102) + pagesOf(103));
  expect(sent.every((line) => line.startsWith('GET /v2/channels/102/followers') || line.startsWith('GET /v2/channels/103/followers'))).toBe(true);

  sent = [];
  clock += 4 * 60_000;
  expect(await reach([103, 102])).toMatchObject({ followers: first.followers, measuredAt: first.measuredAt });
  expect(await reach([102])).toMatchObject({ followers: followersOf(102).length });
  expect(sent).toEqual([]);

  clock += 60_000 + 1;
  const later = await reach([102, 103]);
  expect(sent.length).toBe(pagesOf(102) + pagesOf(103));
  expect(later).toMatchObject({ followers: first.followers, measuredAt: new Date(clock).toISOString() });
});

it('shares one reading between two quick calls for the same topics', async () => {
  const reach = reachHandler();
  const [a, b] = await Promise.all([reach([104, 105]), reach([105, 104])]);
  expect(a.followers).toBe(b.followers);
  expect(new Set(sent).size).toBe(sent.length);
});

it('stops reading a topic past the cap and answers a lower bound, no less than the largest topic', async () => {
  const limits = { pageSize: 100, maxFollowers: 300, maxPages: 200 };
  const reach = reachHandler(limits);
  const [big, other] = [101, 102];
  expect(followersOf(other).length).toBeGreaterThan(300);
  const answer = await reach([big, other]);
  // Three pages each, then no more: the sandbox lists followers by user id.
  expect(sent.filter((line) => line.includes(`/channels/${big}/followers`))).toEqual(['GET /v2/channels/101/followers', 'GET /v2/channels/101/followers?page=2', 'GET /v2/channels/101/followers?page=3']);
  expect(sent.filter((line) => line.includes(`/channels/${other}/followers`))).toHaveLength(3);
  // The union of what was read is 300 to 600 people; Company News alone is reported to have 5,000.
  expect(answer).toMatchObject({ topicIds: [big, other], followers: 5_000, exact: false });
});

it('answers the union read so far when it is larger than any one capped topic', async () => {
  const reach = reachHandler({ pageSize: 100, maxFollowers: 200, maxPages: 2 });
  // Small topics: a few hundred followers each, so together they outnumber the largest of them.
  const topicIds = [105, 109, 114, 122, 127];
  const firstTwoPages = new Set(topicIds.flatMap((topicId) => followersOf(topicId).toSorted((a, b) => a - b).slice(0, 200)));
  const largest = Math.max(...topicIds.map((topicId) => followersOf(topicId).length));
  expect(largest).toBeGreaterThan(200);
  expect(firstTwoPages.size).toBeGreaterThan(largest);

  expect(await reach(topicIds)).toMatchObject({ followers: firstTwoPages.size, exact: false });
  expect(sent).toHaveLength(topicIds.length * 2);
});
