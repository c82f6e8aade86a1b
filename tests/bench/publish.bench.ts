/**
 * The outbox publishing through the client's request budget: how much of
 * the budget the runner uses on the wall clock, and how many posts a minute
 * it sends at Firstup's real limit (1,000 requests a minute per program) on
 * a simulated clock, without a single 429. Figures and method:
 * tests/bench/README.md.
 */
import os from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { DEFAULT_BUDGET } from '../../electron/core/firstup/request-budget.js';
import { OUTBOX_CONCURRENCY } from '../../electron/core/outbox/outbox-service.js';
import { createCorpus } from './bench-corpus.js';
import { reportTargets, round, writeResults } from './bench-stats.js';
import { peakPerMinute, perMinuteFrom, requestMix, requestsBetween, throttledFrom } from './publish-figures.js';
import { startPublishRig, type PublishRigOptions } from './publish-rig.js';

/** The app's budget (createRequestBudget's defaults, as program-clients.ts builds it) and Firstup's documented limit. */
const { burst: APP_BURST, reserve: APP_RESERVE, perMinute: APP_PER_MINUTE } = DEFAULT_BUDGET;
const FIRSTUP_LIMIT = 1_000;
/** A sandbox limit no run reaches: only the client's own budget paces it. */
const NO_LIMIT = 1_000_000;

/** Wall-clock runs: a budget fast enough that a run takes seconds. */
const FAST_PER_MINUTE = 6_000;
const FAST_RUN_MS = 6_000;
const CAPACITY_RUN_MS = 3_000;
const WALL_POSTS = 400;

/** The simulated run: enough posts for six simulated minutes at the real limit. */
const SIMULATED_POSTS = 1_000;
const SIMULATED_TIMEOUT_MS = 180_000;
const LATENCY_MS = 250;
const WARM_UP_MS = 10_000;
const MINUTE_MS = 60_000;
const CORPUS_SEED = 20_260_301;

/** Ratios to three places: 0.998 is not 1. */
const ratio = (value: number) => Math.round(value * 1_000) / 1_000;

type RunOptions = Omit<PublishRigOptions, 'corpus' | 'posts'>;

/** Wall clock: requests the client sent in the first `runMs` after start, with the runner then stopped. */
async function wallRun(options: RunOptions, runMs: number) {
  const rig = await startPublishRig({ ...options, posts: WALL_POSTS, corpus: createCorpus(CORPUS_SEED) });
  const start = rig.now();
  rig.runner.start();
  await delay(runMs);
  const end = rig.now();
  await rig.runner.stop();
  const entries = [...rig.log.entries];
  await rig.close();
  const posts = rig.completions.filter((at) => at < end).length;
  // An idle runner would measure the queue's size, not the pace: every run must end with posts still waiting.
  if (posts >= WALL_POSTS) throw new Error(`All ${WALL_POSTS} posts were sent within ${runMs} ms; raise WALL_POSTS so the queue never runs dry.`);
  return { start, end, entries, posts };
}

/** Simulated clock: every post queued is sent; the figures are on the simulated clock. */
async function simulatedRun(latencyMs = 0, concurrency?: number) {
  const rig = await startPublishRig({
    rateLimit: FIRSTUP_LIMIT,
    budget: {},
    posts: SIMULATED_POSTS,
    simulated: true,
    latencyMs,
    ...(concurrency === undefined ? {} : { concurrency }),
    corpus: createCorpus(CORPUS_SEED),
  });
  const start = rig.now();
  const wallStart = performance.now();
  rig.runner.start();
  await rig.allDone(SIMULATED_TIMEOUT_MS);
  const wallMs = performance.now() - wallStart;
  await rig.runner.stop();
  const result = { start, entries: [...rig.log.entries], completions: [...rig.completions], published: rig.publishedOnSandbox(), wallMs };
  await rig.close();
  return result;
}

// 1. Baseline: what the runner and the in-process sandbox sustain with no budget to speak of.
const capacity = await wallRun({ rateLimit: NO_LIMIT, budget: { perMinute: 1_000_000_000, burst: APP_BURST, reserve: APP_RESERVE }, simulated: false }, CAPACITY_RUN_MS);
const capacityPerSecond = (requestsBetween(capacity.entries, capacity.start, capacity.end) / (capacity.end - capacity.start)) * 1_000;

// 2. Budget utilisation: the app's burst and reserve, 6,000 a minute, the sandbox's limit out of the way.
const fast = await wallRun({ rateLimit: NO_LIMIT, budget: { perMinute: FAST_PER_MINUTE, burst: APP_BURST, reserve: APP_RESERVE }, simulated: false }, FAST_RUN_MS);
const fastSent = requestsBetween(fast.entries, fast.start, fast.end);
const fastSeconds = (fast.end - fast.start) / 1_000;
const fastBudgetPerSecond = FAST_PER_MINUTE / 60;
// The bucket starts full: bulk work may take burst - reserve at once, on top of the rate. That head start is not the rate.
const fastUtilisation = (fastSent - (APP_BURST - APP_RESERVE)) / (fastBudgetPerSecond * fastSeconds);
const fastAfterFirstSecond = requestsBetween(fast.entries, fast.start + 1_000, fast.end) / (fastBudgetPerSecond * (fastSeconds - 1));

// 3. The real limit on the simulated clock, with the app's budget exactly.
const real = await simulatedRun();
const requestsPerPost = real.entries.length / SIMULATED_POSTS;
const ceilingPerMinute = FIRSTUP_LIMIT / requestsPerPost;
const postsPerMinute = perMinuteFrom(real.completions, real.start + MINUTE_MS);
const simulatedMinutes = (Math.max(...real.completions) - real.start) / MINUTE_MS;

// 4. The same with a round trip per request, as a remote API has: concurrency, not the budget, may then be the limit.
// At the app's concurrency, and with one job fewer for comparison.
const remote = await simulatedRun(LATENCY_MS);
const remotePerMinute = perMinuteFrom(remote.completions, remote.start + MINUTE_MS);
const remoteFewer = await simulatedRun(LATENCY_MS, OUTBOX_CONCURRENCY - 1);
const remoteFewerPerMinute = perMinuteFrom(remoteFewer.completions, remoteFewer.start + MINUTE_MS);

console.log('Requests per post by kind (simulated run):', requestMix(real.entries));
const results = {
  capacity_requests_per_second: round(capacityPerSecond),
  fast_budget_per_minute: FAST_PER_MINUTE,
  fast_run_seconds: round(fastSeconds),
  fast_requests: fastSent,
  fast_posts: fast.posts,
  fast_requests_per_second: round(fastSent / fastSeconds),
  budget_utilisation: ratio(fastUtilisation),
  budget_utilisation_after_first_second: ratio(fastAfterFirstSecond),
  posts: SIMULATED_POSTS,
  published_on_sandbox: real.published,
  requests_per_post: round(requestsPerPost),
  simulated_minutes: round(simulatedMinutes),
  simulation_wall_seconds: round(real.wallMs / 1_000),
  posts_per_minute: round(postsPerMinute),
  posts_per_minute_whole_run: round(SIMULATED_POSTS / simulatedMinutes),
  ceiling_posts_per_minute: round(ceilingPerMinute),
  budget_ceiling_posts_per_minute: round(APP_PER_MINUTE / requestsPerPost),
  ceiling_ratio: ratio(postsPerMinute / ceilingPerMinute),
  peak_requests_per_minute: peakPerMinute(real.entries),
  first_ten_seconds_429: real.entries.filter((entry) => entry.status === 429 && entry.at < real.start + WARM_UP_MS).length,
  steady_state_429: throttledFrom(real.entries, real.start + WARM_UP_MS),
  concurrency: OUTBOX_CONCURRENCY,
  latency_ms: LATENCY_MS,
  latency_posts_per_minute: round(remotePerMinute),
  latency_ceiling_ratio: ratio(remotePerMinute / ceilingPerMinute),
  latency_429: throttledFrom(remote.entries, remote.start),
  latency_one_job_fewer_posts_per_minute: round(remoteFewerPerMinute),
  latency_one_job_fewer_ceiling_ratio: ratio(remoteFewerPerMinute / ceilingPerMinute),
  latency_one_job_fewer_429: throttledFrom(remoteFewer.entries, remoteFewer.start),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: os.cpus().length,
};
console.log(results);
reportTargets(results, [
  { key: 'budget_utilisation', limit: 0.95, kind: 'min' },
  { key: 'steady_state_429', limit: 0, kind: 'max' },
  { key: 'ceiling_ratio', limit: 0.75, kind: 'min' },
]);
console.log(`Written to ${writeResults('publish', results)}`);
