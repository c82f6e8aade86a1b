import type Database from 'libsql';
import { inTransaction } from '../../drafts/draft-sql.js';
import { NO_LEASE, type JobWriter } from './outbox-job-writes.js';
import { leaseIsLive, ownerPid } from './outbox-lease.js';
import { JOB_COLUMNS, type JobRow } from './outbox-rows.js';
import type { StateCounts } from './outbox-schema.js';
import { stalledError } from './outbox-stalls.js';
import { processIsAlive } from '../../lifecycle/process-alive.js';

export interface RecoverySummary {
  /** Jobs found mid-step and queued again (they keep their step and remote ids, so the runner reconciles instead of sending again). */
  readonly reclaimed: number;
  /** Of those, jobs stopped for a person because their step had used up its tries. */
  readonly stalled: number;
  /** Every job, per state, after recovery. */
  readonly counts: StateCounts;
  /** "12 posts resumed, 1 needs attention.", or null when the queue holds nothing unfinished. */
  readonly message: string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeRecovery(counts: StateCounts): string | null {
  const resumed = counts.queued + counts.running + counts.waiting_retry;
  const parts = [
    resumed > 0 ? `${plural(resumed, 'post', 'posts')} resumed` : '',
    counts.needs_attention > 0 ? `${counts.needs_attention} ${counts.needs_attention === 1 ? 'needs' : 'need'} attention` : '',
    counts.auth_required > 0 ? `${counts.auth_required} waiting for sign-in` : '',
    counts.paused > 0 ? `${counts.paused} paused` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? null : `${parts.join(', ')}.`;
}

/**
 * Start-up, before the runner claims anything. A lease is taken back when it
 * has expired, or when it belongs to another process that no longer runs (a
 * crash or a kill). A live lease of another process stays: that process may
 * be sending right now. A lease of this same process is left to expire,
 * because a restarted app can come back with the old pid (pid 1 in a container).
 */
export function createRecovery(db: Database.Database, jobs: JobWriter, maxStepAttempts: number, counts: () => StateCounts) {
  const leased = db.prepare(`SELECT ${JOB_COLUMNS} FROM outbox_jobs WHERE lease_owner IS NOT NULL ORDER BY seq`);

  function abandoned(job: JobRow, owner: string, now: number): boolean {
    if (job.lease_owner === owner) return false;
    if (!leaseIsLive(job, now)) return true;
    const pid = ownerPid(job.lease_owner ?? '');
    return pid !== undefined && pid !== process.pid && !processIsAlive(pid);
  }

  return function recover(owner: string, now: number): RecoverySummary {
    let reclaimed = 0;
    let stalled = 0;
    inTransaction(db, () => {
      for (const job of leased.all() as JobRow[]) {
        if (!abandoned(job, owner, now)) continue;
        if (job.state !== 'running') {
          jobs.change(job, NO_LEASE, `Lease of ${job.lease_owner ?? 'a runner'} cleared at start-up.`, now);
          continue;
        }
        reclaimed += 1;
        const stalls = job.step_stalls + 1;
        if (stalls >= maxStepAttempts) {
          stalled += 1;
          const message = stalledError(job.step, stalls);
          jobs.change(job, { ...NO_LEASE, state: 'needs_attention', step_stalls: stalls, last_error_code: 'stalled', last_error_message: message }, message, now);
          continue;
        }
        const note = `Interrupted during ${job.step} (runner ${job.lease_owner ?? 'unknown'} stopped); queued again to check Firstup before resending.`;
        jobs.change(job, { ...NO_LEASE, state: 'queued', step_stalls: stalls, next_attempt_at: null }, note, now);
      }
    });
    const after = counts();
    return { reclaimed, stalled, counts: after, message: describeRecovery(after) };
  };
}
