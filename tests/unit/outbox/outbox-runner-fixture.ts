/**
 * A runner against the in-process sandbox: drafts and the outbox in a
 * temporary folder on a manual clock, and a sleep that moves that clock, so
 * retries, Retry-After pauses and processing waits take no real time (the
 * sandbox's clock is moved with it).
 */
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { AccessTokenProvider } from '../../../electron/core/firstup/access-token-provider.js';
import { createFirstupClient, type FirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createOutboxRunner } from '../../../electron/core/outbox/runner/outbox-runner.js';
import type { OutboxProgress, OutboxRunner, RunnerClients } from '../../../electron/core/outbox/runner/runner-types.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { openOutboxTest, type OutboxTest } from './outbox-store-fixture.js';

export const TOPIC = { id: 101, name: 'News' };

export interface SandboxPost {
  id: number;
  title: string | null;
  state: string;
  channels: number[];
  images: number;
  source: { post_id: string | null };
}

export interface RunnerTest {
  readonly harness: SandboxHarness;
  readonly outbox: OutboxTest;
  readonly progress: OutboxProgress[];
  readonly errors: unknown[];
  /** The runner's own client, for a test that plays a runner which died mid-step. */
  readonly client: FirstupClient;
  /** `clients`: in place of the sandbox's client (e.g. one that cannot connect). */
  runner(owner: string, clients?: RunnerClients): OutboxRunner;
  /** Runs until no job is queued, running or waiting to retry (real time: at most `timeoutMs`), then stops. */
  runToRest(runner: OutboxRunner, timeoutMs?: number): Promise<void>;
  postsMarked(jobId: string): Promise<SandboxPost[]>;
  inject(rule: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

export async function startRunnerTest(): Promise<RunnerTest> {
  const harness = await startSandboxHarness();
  const outbox = openOutboxTest();
  const progress: OutboxProgress[] = [];
  const errors: unknown[] = [];
  // The app's provider refreshes after a 401; once the sandbox revoked the session there is nothing to refresh with.
  const tokens: AccessTokenProvider = {
    getAccessToken: () => Promise.resolve(harness.tokenFor('publisher')),
    refreshAfterUnauthorized: () => Promise.reject(new StudioError('sign_in_needed', 'Your sign-in to this program has ended. Sign in again to continue.')),
  };
  const client = createFirstupClient({ apiBaseUrl: harness.url, tokens, budget: createRequestBudget(), logger: createMemoryLogger(), timeoutMs: 5_000 });
  // The sandbox's clock moves too, so a video it is processing becomes ready while the runner waits.
  const sleep = async (milliseconds: number) => {
    outbox.clock.advance(milliseconds);
    await harness.call('POST', '/_sandbox/clock', { token: null, body: { advance_seconds: milliseconds / 1_000 } });
  };
  const openStates = new Set(['queued', 'running', 'waiting_retry']);

  return {
    harness,
    outbox,
    progress,
    errors,
    client,
    runner: (owner, clients = { clientFor: () => client }) =>
      createOutboxRunner({
        store: outbox.outbox,
        drafts: outbox.drafts,
        clients,
        now: outbox.clock.now,
        random: () => 0.5,
        sleep,
        owner,
        leaseMs: 60_000,
        onProgress: (event) => progress.push(event),
        onError: (error) => errors.push(error),
      }),
    async runToRest(runner, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      runner.start();
      try {
        while (outbox.outbox.list({ limit: 500 }).items.some((job) => openStates.has(job.state))) {
          if (Date.now() > deadline) throw new Error('The outbox did not come to rest in time.');
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      } finally {
        await runner.stop();
      }
    },
    async postsMarked(jobId) {
      const reply = await harness.call('GET', '/_sandbox/state', { token: null });
      return (reply.body.data.content as SandboxPost[]).filter((post) => post.source.post_id === jobId);
    },
    async inject(rule) {
      const reply = await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [rule] } });
      if (reply.status !== 200) throw new Error(`The sandbox refused the fault: ${reply.text}`);
    },
    async close() {
      outbox.dispose();
      await harness.close();
    },
  };
}
