import type Database from 'libsql';
import { firstRow, inTransaction } from '../../drafts/draft-sql.js';
import type { JobWriter, StoredJob } from './outbox-job-writes.js';
import { leaseIsLive, readBack } from './outbox-lease.js';
import { JOB_COLUMNS, type JobReader, type JobRow } from './outbox-rows.js';
import type { OutboxJob, OutboxState } from './outbox-schema.js';

/** Job ids, or every job the control applies to. */
export type JobSelection = readonly string[] | 'all';

export type ControlAnswer =
  | { readonly ok: true; readonly job: OutboxJob }
  | { readonly ok: false; readonly reason: 'not_found' | 'not_allowed' | 'busy'; readonly message: string };

/**
 * The person's controls. None of them takes a runner's lease away: a runner
 * mid-step keeps the right to record what it did on Firstup, then sees the new
 * state and lets go. Jobs brought back while their runner still holds them
 * return to `running`, so they are never claimed twice; others are queued.
 */
export function createControls(db: Database.Database, jobs: JobWriter, reader: JobReader) {
  const select = (where: string) => db.prepare(`SELECT ${JOB_COLUMNS} FROM outbox_jobs WHERE ${where} ORDER BY seq`);
  const pausable = select("state IN ('queued', 'running', 'waiting_retry')");
  const paused = select("state = 'paused'");
  const activeOfProgram = select("program_id = ? AND state IN ('queued', 'running', 'waiting_retry')");
  const signedOutOfProgram = select("program_id = ? AND state = 'auth_required'");
  const everSent = db.prepare("SELECT 1 AS sent FROM outbox_events WHERE job_id = ? AND to_state = 'running' LIMIT 1");
  const otherUnfinished = db.prepare('SELECT id FROM outbox_jobs WHERE draft_id = ? AND finished_at IS NULL AND id <> ? LIMIT 1');

  const backTo = (job: JobRow, now: number): OutboxState => (leaseIsLive(job, now) ? 'running' : 'queued');

  function move(rows: JobRow[], selection: JobSelection, change: (job: JobRow) => void): string[] {
    const wanted = selection === 'all' ? undefined : new Set(selection);
    const chosen = rows.filter((job) => wanted?.has(job.id) ?? true);
    chosen.forEach(change);
    return chosen.map((job) => job.id);
  }

  function control(jobId: string, allowed: readonly OutboxState[], work: (job: StoredJob) => ControlAnswer | undefined): ControlAnswer {
    return inTransaction(db, () => {
      const job = jobs.find(jobId);
      if (job === undefined) return { ok: false, reason: 'not_found', message: 'There is no such job in the publishing queue.' } as const;
      if (!(allowed as readonly string[]).includes(job.state)) {
        return { ok: false, reason: 'not_allowed', message: `This job is ${job.state.replace('_', ' ')}, so it cannot be changed that way.` } as const;
      }
      return work(job) ?? { ok: true, job: readBack(jobs, reader, jobId) };
    });
  }

  return {
    pause(selection: JobSelection, now: number): string[] {
      return inTransaction(db, () => move(pausable.all() as JobRow[], selection, (job) => jobs.change(job, { state: 'paused' }, 'Paused.', now)));
    },
    resume(selection: JobSelection, now: number): string[] {
      return inTransaction(db, () => move(paused.all() as JobRow[], selection, (job) => jobs.change(job, { state: backTo(job, now) }, 'Resumed.', now)));
    },
    /** The program's sign-in is gone (`invalid_grant`): its jobs wait for the person to sign in again. */
    authRequired(programId: string, now: number): string[] {
      return inTransaction(db, () => move(activeOfProgram.all(programId) as JobRow[], 'all', (job) => jobs.change(job, { state: 'auth_required' }, 'Waiting for sign-in to this program.', now)));
    },
    resumeProgram(programId: string, now: number): string[] {
      return inTransaction(db, () => move(signedOutOfProgram.all(programId) as JobRow[], 'all', (job) => jobs.change(job, { state: backTo(job, now) }, 'Signed in again; resumed.', now)));
    },
    /**
     * The record keeps the remote post's id: a cancel never hides that a post
     * exists, and the note says whether one does or may.
     */
    cancel(jobId: string, now: number): ControlAnswer {
      return control(jobId, ['queued', 'running', 'waiting_retry', 'needs_attention', 'auth_required', 'paused'], (job) => {
        const note =
          job.remote_id !== null
            ? `Cancelled. Post ${job.remote_id} is on Firstup and was left as it is.`
            : firstRow(everSent, job.id) !== undefined
              ? 'Cancelled after sending had started: the post may already be on Firstup. Check there before sending this draft again.'
              : 'Cancelled before anything was sent.';
        jobs.change(job, { state: 'cancelled', finished_at: now }, note, now);
        return undefined;
      });
    },
    /** Tries again from the step it stopped at, with a fresh budget; the last error stays in the events. */
    retry(jobId: string, now: number): ControlAnswer {
      return control(jobId, ['needs_attention', 'cancelled'], (job) => {
        if (firstRow(otherUnfinished, job.draft_id, job.id) !== undefined) {
          return { ok: false, reason: 'busy', message: 'This draft has a newer unfinished job in the queue. Let it finish or cancel it before retrying this one.' };
        }
        const fresh = { step_attempts: 0, step_stalls: 0, next_attempt_at: null, last_error_code: null, last_error_message: null, finished_at: null };
        jobs.change(job, { ...fresh, state: backTo(job, now) }, `Retry asked for, from ${job.step}.`, now);
        return undefined;
      });
    },
  };
}
