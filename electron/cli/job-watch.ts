import { setTimeout as delay } from 'node:timers/promises';
import { outboxStates, type OutboxJobView, type OutboxState } from '../../shared/outbox/outbox-views.js';
import type { CliSession } from './cli-session.js';
import { describeJob, waitingLine } from './progress-lines.js';
import { listJobs } from './queue-reads.js';

/**
 * Where the publish command stops waiting: the post is in its target state,
 * or a person must act (look at it, sign in, resume or retry it). A job
 * waiting to retry is not final: Firstup may be busy or unreachable for a
 * while, and the queue keeps trying.
 */
export const FINAL_STATES: ReadonlySet<OutboxState> = new Set(['done', 'needs_attention', 'cancelled', 'auth_required', 'paused']);

const NOT_DONE = outboxStates.filter((state) => state !== 'done');

export interface WatchOptions {
  readonly session: CliSession;
  readonly jobIds: readonly string[];
  /** How a job is named in progress lines (its file). */
  readonly label: (jobId: string) => string;
  readonly progress: (line: string) => void;
  /**
   * Jobs found waiting for sign-in although this command signed in: the
   * runner may have tried one before the sign-in finished. Signing in again
   * puts them back in line; called once at most.
   */
  readonly signInAgain: () => Promise<void>;
  readonly pollMs?: number;
  readonly heartbeatMs?: number;
}

/**
 * Waits until every job is in a final state, printing a line whenever one
 * moves and a reminder while they wait; answers each job's last view. Only
 * the unfinished part of the queue is read on each look, since finished
 * jobs pile up over time; done jobs are read once at the end.
 */
export async function watchJobs(options: WatchOptions): Promise<Map<string, OutboxJobView>> {
  const { session, jobIds, label, progress } = options;
  const pollMs = options.pollMs ?? 1_000;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const mine = new Set(jobIds);
  const said = new Map<string, string>();
  let poke: () => void = () => undefined;
  const unsubscribe = session.core.events.subscribe((event) => {
    if (event === 'outbox.changed') poke();
  });
  let signedInAgain = false;
  let lastHeartbeat = Date.now();
  const views = new Map<string, OutboxJobView>();
  try {
    for (;;) {
      const changed = new Promise<void>((resolve) => (poke = resolve));
      const open = (await listJobs(session, NOT_DONE)).filter((job) => mine.has(job.id));
      const openIds = new Set(open.map((job) => job.id));
      for (const job of open) views.set(job.id, job);
      for (const id of jobIds) if (!openIds.has(id)) views.delete(id);
      for (const job of open) {
        const line = describeJob(job);
        if (said.get(job.id) !== line) progress(`${label(job.id)}: ${line}`);
        said.set(job.id, line);
      }
      const unfinished = open.filter((job) => !FINAL_STATES.has(job.state));
      if (!signedInAgain && open.some((job) => job.state === 'auth_required')) {
        signedInAgain = true;
        await options.signInAgain();
        continue;
      }
      if (unfinished.length === 0) break;
      if (Date.now() - lastHeartbeat >= heartbeatMs) {
        progress(waitingLine(unfinished, jobIds.length));
        lastHeartbeat = Date.now();
      }
      await Promise.race([changed.then(() => delay(Math.min(200, pollMs))), delay(pollMs)]);
    }
  } finally {
    unsubscribe();
  }
  const missing = jobIds.filter((id) => !views.has(id));
  if (missing.length > 0) {
    const wanted = new Set(missing);
    for (const job of await listJobs(session, ['done'])) {
      if (!wanted.has(job.id)) continue;
      views.set(job.id, job);
      if (said.get(job.id) !== describeJob(job)) progress(`${label(job.id)}: ${describeJob(job)}`);
    }
  }
  return views;
}
