/**
 * One chaos run (issue 7): a sandbox in this process, `posts` drafts queued
 * to publish, sandbox faults of every kind on a good share of the requests
 * (fault-plan.ts), runner processes that are SIGKILLed mid-step and replaced
 * (runner-fleet.ts), and afterwards the checks of chaos-checks.ts on the
 * sandbox's state and the queue's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startSandboxHarness, type SandboxHarness } from '../support/sandbox-harness.js';
import { checkChaos, sandboxPostSchema, type SandboxPost } from './chaos-checks.js';
import { queuePosts, readOutcomes } from './chaos-queue.js';
import { CLIENT_TIMEOUT_MS, FAULT_GAP, MIN_KILLS } from './chaos-settings.js';
import type { ChaosReport } from './chaos-summary.js';
import { startFaultLedger } from './fault-ledger.js';
import { createFaultPlan } from './fault-plan.js';
import { runFleet } from './runner-fleet.js';

export interface ChaosOptions {
  readonly posts: number;
  readonly kills?: number;
  /** The runners are stopped after this long and the run reported as timed out. */
  readonly timeoutMs: number;
  readonly log?: (message: string) => void;
}

const stateSchema = z.object({ data: z.object({ content: z.array(sandboxPostSchema) }) });

async function sandboxPosts(harness: SandboxHarness): Promise<SandboxPost[]> {
  const reply = await harness.call('GET', '/_sandbox/state', { token: null });
  if (reply.status !== 200) throw new Error(`The sandbox did not show its state (HTTP ${reply.status}): ${reply.text.slice(0, 200)}`);
  return stateSchema.parse(reply.body).data.content;
}

export async function runChaos({ posts: count, kills = MIN_KILLS + 1, timeoutMs, log = () => undefined }: ChaosOptions): Promise<ChaosReport> {
  const started = performance.now();
  const harness = await startSandboxHarness();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'content-studio-chaos-'));
  try {
    const before = await sandboxPosts(harness);
    const posts = await queuePosts(dataDir, count);
    log(`Queued ${posts.length} posts in ${((performance.now() - started) / 1_000).toFixed(1)} s; starting the runners.`);
    const ledger = startFaultLedger(harness.sandbox.faults, createFaultPlan({ gap: FAULT_GAP, clientTimeoutMs: CLIENT_TIMEOUT_MS }));
    let fleet;
    try {
      fleet = await runFleet({ dataDir, sandboxUrl: harness.url, token: harness.tokenFor('publisher'), posts: posts.length, kills, timeoutMs, log });
    } finally {
      ledger.stop();
    }
    const evidence = { posts, before, after: await sandboxPosts(harness), outcomes: readOutcomes(dataDir, posts), faults: ledger.counts(), fleet };
    return { ...evidence, durationMs: performance.now() - started, violations: checkChaos(evidence) };
  } finally {
    await harness.close();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 2 });
  }
}
