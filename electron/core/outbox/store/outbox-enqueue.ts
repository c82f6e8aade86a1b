import { randomUUID } from 'node:crypto';
import type Database from 'libsql';
import { StudioError } from '../../../../shared/ipc/studio-error.js';
import { preflight, preflightSummary } from '../../../../shared/publishing/preflight.js';
import { createDraftRevisions } from '../../drafts/draft-revisions.js';
import { createRowReader, SELECT_DRAFT, type DraftRow } from '../../drafts/draft-rows.js';
import { firstRow, inTransaction } from '../../drafts/draft-sql.js';
import type { Logger } from '../../logging/logger.js';
import type { JobWriter } from './outbox-job-writes.js';
import type { Draft } from '../../../../shared/drafts/draft-schema.js';
import type { EnqueueCheck } from '../../../../shared/outbox/outbox-views.js';
import { enqueueRequestSchema, type EnqueueAnswer, type OutboxAction, type OutboxState } from './outbox-schema.js';

/** Moving a post back to draft or archiving it needs a post on Firstup to act on. */
const needsRemotePost: ReadonlySet<OutboxAction> = new Set(['draft', 'archive']);

type Refusal = Extract<EnqueueAnswer, { ok: false }>;

/**
 * "Publish selected" as a transactional outbox: one transaction reads each
 * draft at its current revision, snapshots it (`before_publish`, kept 30 days)
 * and inserts its job, so either every valid job and its snapshot is committed
 * or nothing is. A draft that cannot be queued is answered with its problem and
 * does not stop the others.
 *
 * A draft with an unfinished job of another revision or action is refused
 * (`busy`): two jobs for one draft could each create a post, and only the
 * first job's id is the marker the other would reconcile against.
 */
export function createEnqueue(db: Database.Database, jobs: JobWriter, logger: Logger) {
  const drafts = createRowReader(logger);
  const revisions = createDraftRevisions(db, logger);
  const draftById = db.prepare(`${SELECT_DRAFT} WHERE d.id = ?`);
  const sameJob = db.prepare('SELECT id, state FROM outbox_jobs WHERE draft_id = ? AND draft_revision = ? AND action = ?');
  const unfinished = db.prepare('SELECT id, action, draft_revision FROM outbox_jobs WHERE draft_id = ? AND finished_at IS NULL LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO outbox_jobs (id, draft_id, draft_revision, program_id, action, scheduled_at, snapshot_json, state, step,
       remote_id, remote_uuid, step_attempts, created_at, updated_at)
     VALUES (:id, :draft_id, :draft_revision, :program_id, :action, :scheduled_at, :snapshot_json, 'queued', 'send',
       :remote_id, :remote_uuid, 0, :now, :now)`,
  );

  /** The draft as enqueue would queue it, or why it cannot be. An existing job for this very revision and action is not a refusal. */
  function examine(draftId: string, action: OutboxAction): { draft: Draft; row: DraftRow; existing?: { id: string; state: OutboxState } } | Refusal {
    const refuse = (problem: Refusal['problem'], message: string, extra: Partial<Refusal> = {}): Refusal => ({ draftId, ok: false, problem, message, ...extra });
    const row = firstRow<DraftRow & { deleted_at: number | null }>(draftById, draftId);
    if (row === undefined || row.deleted_at !== null) return refuse('not_found', 'There is no such draft (it may have been deleted). Nothing was queued for it.');
    const draft = drafts.draft(row);
    if (draft === undefined) return refuse('unreadable', 'This draft could not be read, so it was not queued. The details are in the log.');
    const existing = firstRow<{ id: string; state: OutboxState }>(sameJob, draftId, row.revision, action);
    if (existing !== undefined) return { draft, row, existing };
    const other = firstRow<{ id: string; action: string; draft_revision: number }>(unfinished, draftId);
    if (other !== undefined) {
      const message = `This draft already has an unfinished "${other.action}" job (revision ${other.draft_revision}). Let it finish, or cancel it in the queue, then send again.`;
      return refuse('busy', message, { jobId: other.id });
    }
    if (needsRemotePost.has(action) && draft.remote === null) return refuse('not_on_firstup', 'This draft is not on Firstup yet, so there is no post to move. Send it for review or publish it instead.');
    const problems = preflight({ ...draft, onFirstup: draft.remote !== null }, action === 'schedule' ? 'publish' : action);
    if (problems.length > 0) return refuse('preflight', preflightSummary(problems), { problems });
    return { draft, row };
  }

  function one(draftId: string, action: OutboxAction, scheduledAt: number | null, now: number): EnqueueAnswer {
    const found = examine(draftId, action);
    if ('ok' in found) return found;
    const { draft, row, existing } = found;
    if (existing !== undefined) return { draftId, ok: true, jobId: existing.id, created: false, revision: row.revision, state: existing.state };
    revisions.take({ key: row.key, id: row.id, revision: row.revision, syncStatus: draft.syncStatus, createdAt: row.created_at }, 'before_publish', now);
    const { id, programId, remote, syncStatus, revision, createdAt, updatedAt, ...content } = draft;
    const jobId = randomUUID();
    insert.run({
      id: jobId,
      draft_id: draftId,
      draft_revision: revision,
      program_id: programId,
      action,
      scheduled_at: scheduledAt,
      snapshot_json: JSON.stringify(content),
      // A draft already on Firstup is updated, never created again.
      remote_id: remote?.id ?? null,
      remote_uuid: remote?.uuid ?? null,
      now,
    });
    jobs.created(jobs.find(jobId)!, `Queued to ${action} revision ${revision}${remote === null ? '' : ` (updates post ${remote.id})`}.`, now);
    return { draftId, ok: true, jobId, created: true, revision, state: 'queued' };
  }

  function parse(request: unknown, now: number) {
    const parsed = enqueueRequestSchema.parse(request);
    if (parsed.scheduledAt !== undefined && parsed.scheduledAt <= now) {
      throw new StudioError('invalid_request', 'The publishing time has already passed. Choose a time in the future.', { scheduledAt: parsed.scheduledAt });
    }
    return parsed;
  }

  return {
    enqueue(request: unknown, now: number): EnqueueAnswer[] {
      const { draftIds, action, scheduledAt } = parse(request, now);
      return inTransaction(db, () => draftIds.map((draftId) => one(draftId, action, scheduledAt ?? null, now)));
    },
    check(request: unknown, now: number): EnqueueCheck[] {
      const { draftIds, action } = parse(request, now);
      return draftIds.map((draftId) => {
        const found = examine(draftId, action);
        return 'ok' in found ? found : { draftId, ok: true };
      });
    },
  };
}
