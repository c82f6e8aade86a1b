import type { JobWriter, StoredJob } from './outbox-job-writes.js';
import { NO_LEASE } from './outbox-job-writes.js';
import type { LeaseAnswer } from './outbox-lease.js';
import type { OutboxError, OutboxStep } from './outbox-schema.js';

export interface StepRecord {
  /** The step the job is now on: the next one once a step has finished, or the same one to record a remote id mid-step. */
  readonly step: OutboxStep;
  readonly remoteId?: number;
  readonly remoteUuid?: string;
}

type WithLease = (jobId: string, owner: string, now: number, work: (job: StoredJob) => void) => LeaseAnswer;

const errorColumns = (error: OutboxError) => ({ last_error_code: error.code.slice(0, 64), last_error_message: error.message.slice(0, 2_000) });

/**
 * What a runner records about the job it holds. Each write commits on its
 * own before the runner moves on, and only while the runner's lease is live:
 * a runner whose lease lapsed gets `lease_lost` and writes nothing, because the
 * job may already be another runner's.
 *
 * A person may pause, cancel or sign out meanwhile; the runner keeps its lease
 * through that, so what it did on Firstup is still recorded. Outcomes that
 * would carry on (retry) leave the person's state alone; `needsAttention`
 * overrides a pause but not a cancel; `complete` always records done, because
 * the post is on Firstup in its target state whatever was asked.
 */
export function createOutcomes(jobs: JobWriter, withLease: WithLease) {
  return {
    recordStep(jobId: string, owner: string, record: StepRecord, now: number): LeaseAnswer {
      return withLease(jobId, owner, now, (job) => {
        const remote = {
          ...(record.remoteId === undefined ? {} : { remote_id: record.remoteId }),
          ...(record.remoteUuid === undefined ? {} : { remote_uuid: record.remoteUuid }),
        };
        const moved = record.step !== job.step;
        const progress = moved ? { step: record.step, step_attempts: 0, step_stalls: 0, last_error_code: null, last_error_message: null } : {};
        const post = record.remoteId === undefined ? '' : ` Post ${record.remoteId}${record.remoteUuid === undefined ? '' : ` (${record.remoteUuid})`}.`;
        jobs.change(job, { ...remote, ...progress }, `${moved ? `${job.step} done; now ${record.step}.` : `During ${job.step}.`}${post}`, now);
      });
    },
    scheduleRetry(jobId: string, owner: string, retry: { readonly at: number; readonly error: OutboxError }, now: number): LeaseAnswer {
      return withLease(jobId, owner, now, (job) => {
        const attempts = job.step_attempts + 1;
        jobs.change(
          job,
          { ...NO_LEASE, ...errorColumns(retry.error), step_attempts: attempts, next_attempt_at: retry.at, ...(job.state === 'running' ? { state: 'waiting_retry' } : {}) },
          `Attempt ${attempts} at ${job.step} failed (${retry.error.code}): ${retry.error.message} Next try at ${new Date(retry.at).toISOString()}.`,
          now,
        );
      });
    },
    needsAttention(jobId: string, owner: string, error: OutboxError, now: number): LeaseAnswer {
      return withLease(jobId, owner, now, (job) => {
        const state = job.state === 'cancelled' ? {} : { state: 'needs_attention' as const };
        jobs.change(job, { ...NO_LEASE, ...errorColumns(error), ...state }, `Stopped at ${job.step} (${error.code}): ${error.message}`, now);
      });
    },
    complete(jobId: string, owner: string, now: number): LeaseAnswer {
      return withLease(jobId, owner, now, (job) => {
        const note = job.state === 'running' ? 'Done.' : `Done: the post reached its target state before the job was ${job.state.replace('_', ' ')}.`;
        jobs.change(job, { ...NO_LEASE, state: 'done', finished_at: now, next_attempt_at: null, last_error_code: null, last_error_message: null }, note, now);
      });
    },
  };
}
