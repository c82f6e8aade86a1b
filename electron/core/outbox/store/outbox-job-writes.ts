import type Database from 'libsql';
import { firstRow } from '../../drafts/draft-sql.js';
import { JOB_COLUMNS, type JobRow } from './outbox-rows.js';
import type { OutboxState, OutboxStep } from './outbox-schema.js';

/** The columns a job's life changes; the rest are fixed at enqueue. */
const CHANGEABLE = [
  'state',
  'step',
  'remote_id',
  'remote_uuid',
  'step_attempts',
  'step_stalls',
  'next_attempt_at',
  'lease_owner',
  'lease_expires_at',
  'last_error_code',
  'last_error_message',
  'finished_at',
] as const;

/** Those columns as typed for writing: the row's own types, with state and step narrowed to the vocabulary. */
export type JobColumns = Pick<JobRow, Exclude<(typeof CHANGEABLE)[number], 'state' | 'step'>> & { readonly state: OutboxState; readonly step: OutboxStep };

const changeable: ReadonlySet<string> = new Set(CHANGEABLE);

export type StoredJob = JobRow & { readonly snapshot_json: string };

/** Clears the lease: the job is no longer anyone's to work on. */
export const NO_LEASE = { lease_owner: null, lease_expires_at: null } as const;

/**
 * Every change to a job goes through `change`, which writes the audit event
 * with it, so the trail cannot miss a transition. Callers run it inside their
 * own transaction.
 */
export interface JobWriter {
  find(id: string): StoredJob | undefined;
  /** The first event of a job just inserted. */
  created(job: JobRow, note: string, now: number): void;
  change(job: JobRow, changes: Partial<JobColumns>, note: string, now: number): void;
}

export function createJobWriter(db: Database.Database): JobWriter {
  const byId = db.prepare(`SELECT ${JOB_COLUMNS}, snapshot_json FROM outbox_jobs WHERE id = ?`);
  const addEvent = db.prepare('INSERT INTO outbox_events (job_id, at, from_state, to_state, step, note) VALUES (?, ?, ?, ?, ?, ?)');
  const updates = new Map<string, Database.Statement>();

  function update(columns: readonly string[]): Database.Statement {
    const key = columns.join(',');
    let statement = updates.get(key);
    if (statement === undefined) {
      const unknown = columns.find((column) => !changeable.has(column));
      if (unknown !== undefined) throw new Error(`Outbox: ${unknown} is not a column a job may change.`);
      const sets = columns.map((column) => `${column} = :${column}`).join(', ');
      statement = db.prepare(`UPDATE outbox_jobs SET ${sets}, updated_at = :updated_at WHERE seq = :seq`);
      updates.set(key, statement);
    }
    return statement;
  }

  return {
    find: (id) => firstRow<StoredJob>(byId, id),
    created(job, note, now) {
      addEvent.run(job.id, now, null, job.state, job.step, note.slice(0, 2_000));
    },
    change(job, changes, note, now) {
      update(Object.keys(changes).sort()).run({ ...changes, updated_at: now, seq: job.seq });
      addEvent.run(job.id, now, job.state, changes.state ?? job.state, changes.step ?? job.step, note.slice(0, 2_000));
    },
  };
}
