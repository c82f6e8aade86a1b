/**
 * One runner process of the chaos run, as the app runs it (outbox-service.ts):
 * it opens the drafts database, recovers what a dead runner left, and runs
 * the outbox runner in real time against the sandbox until no job is queued,
 * running or waiting, then exits 0. The scenario SIGKILLs it mid-step.
 *
 * Usage: node --import tsx runner-child.ts <dataDir> <sandboxUrl>, with the
 * publisher's access token in CHAOS_TOKEN.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { openDraftStore } from '../../electron/core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../../electron/core/drafts/html-sanitizer.js';
import { networkReason } from '../../electron/core/firstup/error-mapping.js';
import { createFirstupClient } from '../../electron/core/firstup/firstup-client.js';
import { createRequestBudget } from '../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../electron/core/logging/logger.js';
import { createOutboxRunner } from '../../electron/core/outbox/runner/outbox-runner.js';
import { newLeaseOwner } from '../../electron/core/outbox/store/outbox-lease.js';
import { openOutboxStore } from '../../electron/core/outbox/store/outbox-store.js';
import { say } from './child-lines.js';
import { BACKOFF_DRAW_SCALE, CHILD_LEASE_MS, CLIENT_TIMEOUT_MS, RUNNER_CONCURRENCY } from './chaos-settings.js';

const [dataDir, apiBaseUrl] = process.argv.slice(2);
const token = process.env.CHAOS_TOKEN;
if (dataDir === undefined || apiBaseUrl === undefined || token === undefined) {
  process.stderr.write('Usage: node --import tsx runner-child.ts <dataDir> <sandboxUrl>, with the access token in CHAOS_TOKEN.\n');
  process.exit(2);
}

/** Every request and how it ended, as the client saw it: the scenario kills on a `send` and counts timeouts. */
const countingFetch: typeof fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const request = { method: init?.method ?? 'GET', path: url.pathname };
  say({ t: 'send', ...request });
  try {
    const response = await fetch(input, init);
    say({ t: 'answer', ...request, status: response.status });
    return response;
  } catch (error) {
    say({ t: 'no-answer', ...request, reason: networkReason(error) });
    throw error;
  }
};

const drafts = openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: sanitizeArticleHtml });
const store = openOutboxStore(drafts);
const owner = newLeaseOwner();
const recovery = store.recover(owner);
say({ t: 'ready', owner, reclaimed: recovery.reclaimed, stalled: recovery.stalled });

const client = createFirstupClient({
  apiBaseUrl,
  tokens: {
    getAccessToken: () => Promise.resolve(token),
    refreshAfterUnauthorized: () => Promise.reject(new StudioError('sign_in_needed', 'The chaos run has no refresh token. Start it again.')),
  },
  // The sandbox allows far more than Firstup's 1,000 a minute here; the budget should never be what paces the run.
  budget: createRequestBudget({ perMinute: 600_000, burst: 1_000, reserve: 0 }),
  logger: createMemoryLogger(),
  fetch: countingFetch,
  timeoutMs: CLIENT_TIMEOUT_MS,
});

let inFlight = (): number => 0;
const runner = createOutboxRunner({
  store,
  drafts,
  clients: { clientFor: () => client },
  owner,
  now: Date.now,
  random: () => Math.random() * BACKOFF_DRAW_SCALE,
  sleep: (milliseconds) => delay(milliseconds),
  concurrency: RUNNER_CONCURRENCY,
  leaseMs: CHILD_LEASE_MS,
  onProgress: (progress) => say({ t: 'job', jobId: progress.jobId, state: progress.state, step: progress.step, inFlight: inFlight() }),
  onError: (error) => say({ t: 'runner-error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
});
inFlight = () => runner.inFlight().length;
runner.start();

const open = (counts: Record<string, number>) => (counts.queued ?? 0) + (counts.running ?? 0) + (counts.waiting_retry ?? 0);
// Another runner may still hold jobs: this one rests only when no job anywhere is open.
for (;;) {
  await delay(200);
  const { counts } = store.summary();
  if (open(counts) > 0) continue;
  await runner.stop();
  say({ t: 'rest', counts: store.summary().counts });
  drafts.close();
  process.exit(0);
}
