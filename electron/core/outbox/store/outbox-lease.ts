import { randomBytes } from 'node:crypto';
import type Database from 'libsql';
import { StudioError } from '../../../../shared/ipc/studio-error.js';
import { inTransaction } from '../../drafts/draft-sql.js';
import type { JobWriter, StoredJob } from './outbox-job-writes.js';
import type { JobReader, JobRow } from './outbox-rows.js';
import type { OutboxJob } from './outbox-schema.js';

/**
 * `${pid}:${random}`: the pid lets start-up recovery tell a dead runner's
 * lease from a live one in another process; the random part tells runners of
 * one process apart.
 */
export function newLeaseOwner(pid = process.pid): string {
  return `${pid}:${randomBytes(6).toString('hex')}`;
}

/** The pid in an owner made by newLeaseOwner, or undefined for any other string. */
export function ownerPid(owner: string): number | undefined {
  const match = /^(\d+):/.exec(owner);
  return match === null ? undefined : Number(match[1]);
}

/**
 * What a write that needs the lease answers. `lease_lost`: the lease expired
 * (or the job is unknown) and nothing was written; the runner must stop
 * working on the job, whose next holder reconciles with Firstup. `job` is the
 * job after the write: a state other than `running` means the person paused
 * or cancelled it meanwhile, and the runner should release it.
 */
export type LeaseAnswer = { readonly ok: true; readonly job: OutboxJob } | { readonly ok: false; readonly reason: 'lease_lost' };

function holdsLease(job: JobRow, owner: string, now: number): boolean {
  return job.lease_owner === owner && job.lease_expires_at !== null && job.lease_expires_at > now;
}

/** Whether some runner still works on it: its state changes, but that runner keeps the right to record what it sent. */
export function leaseIsLive(job: JobRow, now: number): boolean {
  return job.lease_expires_at !== null && job.lease_expires_at > now;
}

/** Reads a job just written by us; failing validation here is a bug, not damage to skip. */
export function readBack(jobs: JobWriter, reader: JobReader, id: string): OutboxJob {
  const read = reader.job(jobs.find(id)!);
  if (!read.ok) throw new StudioError('internal', 'A publishing job could not be read back after a change. The details are in the log.', { id });
  return read.value;
}

/** Runs `work` in one transaction only if `owner` holds the job's lease at `now`. */
export function createLeaseGuard(db: Database.Database, jobs: JobWriter, reader: JobReader) {
  return function withLease(jobId: string, owner: string, now: number, work: (job: StoredJob) => void): LeaseAnswer {
    return inTransaction(db, () => {
      const job = jobs.find(jobId);
      if (job === undefined || !holdsLease(job, owner, now)) return { ok: false, reason: 'lease_lost' } as const;
      work(job);
      return { ok: true, job: readBack(jobs, reader, jobId) } as const;
    });
  };
}
