import { draftContentSchema } from '../../../../shared/drafts/draft-schema.js';
import type { Logger } from '../../logging/logger.js';
import { outboxJobSchema, type ClaimedJob, type OutboxJob } from './outbox-schema.js';

/**
 * The title is read out of the snapshot for lists without loading whole
 * snapshots; json_valid first, because json_extract fails the whole query on
 * one damaged row.
 */
export const JOB_COLUMNS = `seq, id, draft_id, draft_revision, program_id, action, scheduled_at, state, step, remote_id, remote_uuid,
  step_attempts, step_stalls, next_attempt_at, lease_owner, lease_expires_at, last_error_code, last_error_message, created_at, updated_at, finished_at,
  CASE WHEN json_valid(snapshot_json) THEN json_extract(snapshot_json, '$.title') END AS title`;

export interface JobRow {
  readonly seq: number;
  readonly id: string;
  readonly draft_id: string;
  readonly draft_revision: number;
  readonly program_id: string;
  readonly action: string;
  readonly scheduled_at: number | null;
  readonly state: string;
  readonly step: string;
  readonly remote_id: number | null;
  readonly remote_uuid: string | null;
  readonly step_attempts: number;
  readonly step_stalls: number;
  readonly next_attempt_at: number | null;
  readonly lease_owner: string | null;
  readonly lease_expires_at: number | null;
  readonly last_error_code: string | null;
  readonly last_error_message: string | null;
  readonly created_at: number;
  readonly updated_at: number;
  readonly finished_at: number | null;
  readonly title: unknown;
}

function jobShape(row: JobRow) {
  return {
    id: row.id,
    draftId: row.draft_id,
    draftRevision: row.draft_revision,
    programId: row.program_id,
    action: row.action,
    scheduledAt: row.scheduled_at,
    title: typeof row.title === 'string' ? row.title : null,
    state: row.state,
    step: row.step,
    remoteId: row.remote_id,
    remoteUuid: row.remote_uuid,
    stepAttempts: row.step_attempts,
    nextAttemptAt: row.next_attempt_at,
    leaseOwner: row.lease_owner,
    leaseExpiresAt: row.lease_expires_at,
    lastError: row.last_error_code === null ? null : { code: row.last_error_code, message: row.last_error_message ?? '' },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

export type Reading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string[] };

/**
 * Rows back into jobs. A row that does not validate is logged (job id and the
 * failing fields, never the text, which is the person's content) and answered
 * as a problem for the caller to skip or park.
 */
export interface JobReader {
  job(row: JobRow): Reading<OutboxJob>;
  claimed(row: JobRow, snapshotJson: string): Reading<ClaimedJob>;
}

export function createJobReader(logger: Logger): JobReader {
  function report(row: JobRow, problem: string[]): { ok: false; problem: string[] } {
    logger.warn('Outbox: a job failed validation', { id: String(row.id).slice(0, 64), problem });
    return { ok: false, problem };
  }
  function job(row: JobRow): Reading<OutboxJob> {
    const parsed = outboxJobSchema.safeParse(jobShape(row));
    if (parsed.success) return { ok: true, value: parsed.data };
    return report(row, parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.code}`));
  }
  return {
    job,
    claimed(row, snapshotJson) {
      const read = job(row);
      if (!read.ok) return read;
      let snapshot: unknown;
      try {
        snapshot = JSON.parse(snapshotJson);
      } catch {
        return report(row, ['snapshot: unreadable JSON']);
      }
      const parsed = draftContentSchema.safeParse(snapshot);
      if (!parsed.success) return report(row, parsed.error.issues.slice(0, 5).map((issue) => `snapshot.${issue.path.join('.')}: ${issue.code}`));
      return { ok: true, value: { ...read.value, snapshot: parsed.data } };
    },
  };
}
