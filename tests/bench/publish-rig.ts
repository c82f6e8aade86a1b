/**
 * The app's publishing path against an in-process sandbox: drafts and the
 * outbox in a temporary folder (the app's store, fsyncs and all), one
 * program's Firstup client with the request budget under test, and the
 * outbox runner with the app's concurrency. Either on the wall clock, or on
 * a simulated clock shared by the runner, the store, the budget and the
 * sandbox (publish-virtual-time.ts).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { openDraftStore } from '../../electron/core/drafts/draft-store.js';
import type { AccessTokenProvider } from '../../electron/core/firstup/access-token-provider.js';
import { createFirstupClient } from '../../electron/core/firstup/firstup-client.js';
import { createRequestBudget, systemClock, type BudgetClock, type RequestBudgetOptions } from '../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../electron/core/logging/logger.js';
import { createOutboxRunner } from '../../electron/core/outbox/runner/outbox-runner.js';
import type { OutboxRunner } from '../../electron/core/outbox/runner/runner-types.js';
import { newLeaseOwner } from '../../electron/core/outbox/store/outbox-lease.js';
import { openOutboxStore } from '../../electron/core/outbox/store/outbox-store.js';
import { issueTokens } from '../../electron/sandbox/auth/token-store.js';
import { createClock } from '../../electron/sandbox/sandbox-clock.js';
import { startSandbox } from '../../electron/sandbox/sandbox-server.js';
import { SANDBOX_USERS } from '../../electron/sandbox/seed/seed-people.js';
import type { Corpus } from './bench-corpus.js';
import { createRequestLog, type RequestLog } from './publish-request-log.js';
import { createVirtualTime } from './publish-virtual-time.js';
import { realisticContent } from './store-seed.js';
import { OUTBOX_CONCURRENCY } from '../../electron/core/outbox/outbox-service.js';

/** A published topic of the sandbox's seeded program. */
const TOPIC = { id: 101, name: 'Company News' };
/** Where simulated time starts; the store and the sandbox read it as an ordinary date. */
const SIMULATED_START = Date.parse('2026-03-02T09:00:00.000Z');
const ENQUEUE_BATCH = 1_000;

export interface PublishRigOptions {
  /** The sandbox's limit, requests per sliding minute per program. */
  readonly rateLimit: number;
  /** The client's request budget, as createRequestBudget takes it (its clock is the rig's). */
  readonly budget: Omit<RequestBudgetOptions, 'clock'>;
  readonly posts: number;
  readonly simulated: boolean;
  /** Simulated only: each answer reaches the client this long after the sandbox saw the request (a network's round trip). */
  readonly latencyMs?: number;
  /** Jobs at a time; the app leaves the runner's default (3). */
  readonly concurrency?: number;
  readonly corpus: Corpus;
}

export interface PublishRig {
  readonly runner: OutboxRunner;
  readonly log: RequestLog;
  /** The rig's clock in milliseconds: performance.now() on the wall clock, the simulated epoch otherwise. */
  now(): number;
  /** When each job was done, on the rig's clock. */
  readonly completions: number[];
  /** Resolves once every queued job is done; rejects after `realMs` of wall time. */
  allDone(realMs: number): Promise<void>;
  /** Posts the sandbox holds in the published state that carry one of this run's job markers. */
  publishedOnSandbox(): number;
  close(): Promise<void>;
}

export async function startPublishRig(options: PublishRigOptions): Promise<PublishRig> {
  // The clock asks the runner (made below, before anything sleeps) how many jobs it holds.
  const virtual = options.simulated ? createVirtualTime(SIMULATED_START, () => runner.inFlight().length) : null;
  const epochNow = virtual?.now ?? Date.now;
  const sleep = virtual?.sleep ?? ((milliseconds: number) => delay(milliseconds));
  const budgetClock: BudgetClock = virtual ?? systemClock;
  const now = virtual?.now ?? (() => performance.now());

  const folder = mkdtempSync(path.join(os.tmpdir(), 'publish-bench-'));
  const drafts = openDraftStore({ dataDir: folder, logger: createMemoryLogger(), sanitize: (html) => html, now: epochNow });
  const outbox = openOutboxStore(drafts);
  const sandbox = await startSandbox({ port: 0, rateLimit: options.rateLimit, tokenTtl: 86_400, seed: 1 }, createClock(epochNow));

  const issued = issueTokens(sandbox.runtime.state, sandbox.runtime.clock, {
    clientId: 'sandbox-desktop',
    userId: SANDBOX_USERS.publisher.id,
    scope: 'content.read content.write',
    ttlSeconds: sandbox.runtime.options.tokenTtl,
    refresh: null,
  });
  const tokens: AccessTokenProvider = {
    getAccessToken: () => Promise.resolve(issued.access_token),
    refreshAfterUnauthorized: () => Promise.reject(new StudioError('sign_in_needed', 'The benchmark has no sign-in to refresh.')),
  };
  const log = createRequestLog(now, virtual === null ? undefined : (work) => virtual.exchange(work));
  const latencyMs = options.latencyMs ?? 0;
  // The round trip is a sleep after the exchange, so the clock runs during it as it would for a remote API.
  const fetch: typeof globalThis.fetch =
    virtual === null || latencyMs === 0
      ? log.fetch
      : async (input, init) => {
          const response = await log.fetch(input, init);
          await virtual.sleep(latencyMs);
          return response;
        };
  const client = createFirstupClient({
    apiBaseUrl: sandbox.url,
    tokens,
    budget: createRequestBudget({ ...options.budget, clock: budgetClock }),
    logger: createMemoryLogger(),
    fetch,
  });

  const programId = randomUUID();
  const draftIds: string[] = [];
  for (let n = 0; n < options.posts; n += 1) {
    const content = { ...realisticContent(options.corpus), contentType: 'article' as const, topics: [TOPIC] };
    draftIds.push((await drafts.create({ programId, remote: null, ...content })).id);
  }
  const jobIds = new Set<string>();
  for (let at = 0; at < draftIds.length; at += ENQUEUE_BATCH) {
    for (const answer of outbox.enqueue({ draftIds: draftIds.slice(at, at + ENQUEUE_BATCH), action: 'publish' })) {
      if (!answer.ok) throw new Error(`A benchmark draft was not queued: ${answer.message}`);
      jobIds.add(answer.jobId);
    }
  }

  const completions: number[] = [];
  let settle: (() => void) | undefined;
  const failures: string[] = [];
  const runner = createOutboxRunner({
    store: outbox,
    drafts,
    clients: { clientFor: () => client },
    now: epochNow,
    random: () => 0.5,
    sleep,
    owner: newLeaseOwner(),
    concurrency: options.concurrency ?? OUTBOX_CONCURRENCY,
    onProgress(progress) {
      if (progress.state === 'done') completions.push(now());
      if (progress.state === 'needs_attention' || progress.state === 'waiting_retry') failures.push(`${progress.state}: ${progress.error?.message ?? ''}`);
      if (completions.length === jobIds.size) settle?.();
    },
    onError: (error) => failures.push(String(error)),
  });

  return {
    runner,
    log,
    now,
    completions,
    async allDone(realMs) {
      const done = new Promise<void>((resolve) => {
        settle = resolve;
        if (completions.length === jobIds.size) resolve();
      });
      const timeout = delay(realMs, 'timeout', { ref: false });
      if ((await Promise.race([done, timeout])) === 'timeout') {
        throw new Error(`${completions.length} of ${jobIds.size} posts were sent in ${realMs} ms. First problems: ${failures.slice(0, 3).join(' | ') || 'none'}`);
      }
    },
    publishedOnSandbox: () => sandbox.runtime.state.posts.filter((post) => post.state === 'published' && jobIds.has(post.source.post_id ?? '')).length,
    async close() {
      await runner.stop();
      drafts.close();
      await sandbox.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
