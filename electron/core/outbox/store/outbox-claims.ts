import type Database from 'libsql';
import { firstRow, inTransaction } from '../../drafts/draft-sql.js';
import { NO_LEASE, type JobWriter, type StoredJob } from './outbox-job-writes.js';
import type { LeaseAnswer } from './outbox-lease.js';
import { JOB_COLUMNS, type JobReader } from './outbox-rows.js';
import type { ClaimedJob } from './outbox-schema.js';
import { stalledError } from './outbox-stalls.js';

export interface ClaimRequest {
  readonly owner: string;
  readonly leaseMs: number;
  /** Only this program's jobs. */
  readonly programId?: string;
  /** Programs whose jobs wait (an open circuit breaker, a rate-limit pause). */
  readonly skipPrograms?: readonly string[];
  /** Claim nothing while this many jobs, in any program, run under a live lease. */
  readonly maxRunning?: number;
}

export interface ReleaseOptions {
  /** Not before then (e.g. a scheduled publish waiting for its time); absent: claimable at once. */
  readonly at?: number;
  readonly note?: string;
}

type WithLease = (jobId: string, owner: string, now: number, work: (job: StoredJob) => void) => LeaseAnswer;

/**
 * Oldest first: a queued or waiting_retry job that is due and that no runner
 * still holds, or a running job whose lease expired (its runner crashed or
 * stalled). The state filter is the partial index's condition, so the index
 * serves the scan.
 */
const CANDIDATE = `SELECT ${JOB_COLUMNS}, snapshot_json FROM outbox_jobs
  WHERE state IN ('queued', 'running', 'waiting_retry')
    AND coalesce(lease_expires_at, 0) <= :now
    AND (state = 'running' OR coalesce(next_attempt_at, 0) <= :now)
    AND (:program IS NULL OR program_id = :program)
    AND program_id NOT IN (SELECT value FROM json_each(:skip))
  ORDER BY seq LIMIT 1`;

export function createClaims(db: Database.Database, jobs: JobWriter, reader: JobReader, withLease: WithLease, maxStepAttempts: number) {
  const candidate = db.prepare(CANDIDATE);
  const running = db.prepare("SELECT count(*) AS n FROM outbox_jobs WHERE state = 'running' AND lease_expires_at > ?");
  const extend = db.prepare('UPDATE outbox_jobs SET lease_expires_at = ?, updated_at = ? WHERE seq = ?');

  /** Takes a job out of the queue for a person to look at, so one bad row cannot block or crash the runner. */
  function park(job: StoredJob, code: string, message: string, now: number): void {
    jobs.change(job, { state: 'needs_attention', ...NO_LEASE, last_error_code: code, last_error_message: message }, message, now);
  }

  function claimNext(request: ClaimRequest, now: number): ClaimedJob | null {
    const { owner, leaseMs, programId = null, skipPrograms = [], maxRunning } = request;
    return inTransaction(db, () => {
      if (maxRunning !== undefined && firstRow<{ n: number }>(running, now)!.n >= maxRunning) return null;
      for (;;) {
        const job = firstRow<StoredJob>(candidate, { now, program: programId, skip: JSON.stringify(skipPrograms) });
        if (job === undefined) return null;
        const read = reader.claimed(job, job.snapshot_json);
        if (!read.ok) {
          park(job, 'unreadable_job', 'This job could not be read (its saved copy of the draft is damaged), so it was not sent. Cancel it and send the draft again.', now);
          continue;
        }
        const stalled = job.state === 'running';
        const stalls = job.step_stalls + (stalled ? 1 : 0);
        if (stalled && stalls >= maxStepAttempts) {
          park(job, 'stalled', stalledError(job.step, stalls), now);
          continue;
        }
        const leaseExpiresAt = now + leaseMs;
        const note = stalled ? `Reclaimed by ${owner}: the lease of ${job.lease_owner ?? 'its runner'} expired during ${job.step}.` : `Claimed by ${owner}.`;
        jobs.change(job, { state: 'running', lease_owner: owner, lease_expires_at: leaseExpiresAt, step_stalls: stalls }, note, now);
        return { ...read.value, state: 'running', leaseOwner: owner, leaseExpiresAt, updatedAt: now };
      }
    });
  }

  return {
    claimNext,
    /** Keeps the lease while a long step runs; answers the state so a paused or cancelled job is noticed. */
    renewLease(jobId: string, owner: string, leaseMs: number, now: number): LeaseAnswer {
      return withLease(jobId, owner, now, (job) => extend.run(now + leaseMs, now, job.seq));
    },
    /** Gives the job back without an outcome: a running job is queued again; a paused or cancelled one stays so. */
    release(jobId: string, owner: string, options: ReleaseOptions, now: number): LeaseAnswer {
      return withLease(jobId, owner, now, (job) => {
        const requeue = job.state === 'running';
        const when = options.at === undefined ? '' : ` Not before ${new Date(options.at).toISOString()}.`;
        const note = options.note ?? (requeue ? `Released by ${owner}.${when}` : `Released by ${owner} after the job was ${job.state.replace('_', ' ')}.`);
        jobs.change(job, { ...NO_LEASE, ...(requeue ? { state: 'queued', next_attempt_at: options.at ?? null } : {}) }, note, now);
      });
    },
  };
}
