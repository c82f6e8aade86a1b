import type Database from 'libsql';
import { draftContentSchema, revisionInfoSchema, type DraftContent, type RevisionInfo, type RevisionReason } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Logger } from '../logging/logger.js';
import { CONTENT_COLUMNS, contentShape, qualified, type ContentRow } from './draft-rows.js';
import { firstRow } from './draft-sql.js';
import type { CurrentDraft } from './draft-writes.js';

/**
 * Snapshots of a draft's text, so a person can go back, not only a crash.
 *
 * - A save whose newest snapshot (or the draft's creation) is older than
 *   SNAPSHOT_INTERVAL_MS first snapshots the text it is about to replace:
 *   while typing that is one snapshot every few minutes, and the first save of
 *   a new session keeps how the previous session ended.
 * - Sync and publish ask for one first (`before_sync`, `before_publish`);
 *   a restore keeps the text it replaces (`before_restore`).
 * - Each draft keeps its newest KEPT_PER_DRAFT snapshots. Older ones go,
 *   except sync and publish snapshots younger than PINNED_FOR_MS, so what was
 *   sent in the last month can always be recovered; a cap of KEPT_PINNED
 *   of those keeps a draft synced every minute from growing without bound.
 *   Asking again for the same kind of snapshot of an unchanged draft returns
 *   the one already taken.
 */
export const SNAPSHOT_INTERVAL_MS = 3 * 60_000;
export const KEPT_PER_DRAFT = 200;
export const PINNED_FOR_MS = 30 * 24 * 60 * 60_000;
export const KEPT_PINNED = 500;

export interface DraftRevisions {
  /** Called inside a save's transaction, before the row changes. */
  beforeSave(draft: CurrentDraft, now: number): void;
  take(draft: CurrentDraft, reason: RevisionReason, now: number): RevisionInfo;
  list(draft: CurrentDraft): RevisionInfo[];
  /** The text of one snapshot of this draft; not_found if it belongs to another draft or was pruned. */
  content(draft: CurrentDraft, revisionId: number): DraftContent;
}

export function createDraftRevisions(db: Database.Database, logger: Logger): DraftRevisions {
  const newest = db.prepare('SELECT id, revision, reason, created_at, title FROM draft_revisions WHERE draft_key = ? ORDER BY id DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO draft_revisions (draft_key, revision, reason, created_at, ${CONTENT_COLUMNS}, body_html)
     SELECT d.key, d.revision, ?, ?, ${qualified(CONTENT_COLUMNS, 'd')}, b.body_html
     FROM drafts AS d JOIN draft_bodies AS b ON b.draft_key = d.key WHERE d.key = ?`,
  );
  const prune = db.prepare(
    `DELETE FROM draft_revisions WHERE draft_key = :key
       AND id NOT IN (SELECT id FROM draft_revisions WHERE draft_key = :key ORDER BY id DESC LIMIT :kept)
       AND id NOT IN (SELECT id FROM draft_revisions WHERE draft_key = :key AND reason IN ('before_sync', 'before_publish')
         AND created_at >= :pinned_since ORDER BY id DESC LIMIT :kept_pinned)`,
  );
  const listAll = db.prepare('SELECT id, revision, reason, created_at, title FROM draft_revisions WHERE draft_key = ? ORDER BY id DESC');
  const byId = db.prepare('SELECT id, revision, reason, created_at, title FROM draft_revisions WHERE id = ?');
  const one = db.prepare(`SELECT ${CONTENT_COLUMNS}, body_html FROM draft_revisions WHERE id = ? AND draft_key = ?`);

  type InfoRow = { id: number; revision: number; reason: string; created_at: number; title: string };
  const toInfo = (row: InfoRow) => ({ id: row.id, revision: row.revision, reason: row.reason, createdAt: new Date(row.created_at).toISOString(), title: row.title });

  function take(draft: CurrentDraft, reason: RevisionReason, now: number): RevisionInfo {
    const last = firstRow<InfoRow>(newest, draft.key);
    if (last?.revision === draft.revision && last.reason === reason) return revisionInfoSchema.parse(toInfo(last));
    const id = Number(insert.run(reason, now, draft.key).lastInsertRowid);
    prune.run({ key: draft.key, kept: KEPT_PER_DRAFT, kept_pinned: KEPT_PINNED, pinned_since: now - PINNED_FOR_MS });
    return revisionInfoSchema.parse(toInfo(firstRow<InfoRow>(byId, id)!));
  }

  return {
    beforeSave(draft, now) {
      const last = firstRow<InfoRow>(newest, draft.key);
      if (last?.revision === draft.revision) return;
      if (now - (last?.created_at ?? draft.createdAt) < SNAPSHOT_INTERVAL_MS) return;
      take(draft, 'interval', now);
    },
    take,
    list(draft) {
      return (listAll.all(draft.key) as InfoRow[]).flatMap((row) => {
        const parsed = revisionInfoSchema.safeParse(toInfo(row));
        if (parsed.success) return [parsed.data];
        logger.warn('Drafts store: skipped a revision that failed validation', { revisionId: row.id });
        return [];
      });
    },
    content(draft, revisionId) {
      const row = firstRow<ContentRow>(one, revisionId, draft.key);
      if (row === undefined) throw new StudioError('not_found', 'That earlier version of the draft no longer exists.', { revisionId });
      try {
        return draftContentSchema.parse(contentShape(row));
      } catch (error) {
        logger.error('Drafts store: a revision failed validation', { revisionId, problem: error instanceof SyntaxError ? 'unreadable JSON' : 'invalid fields' });
        throw new StudioError('internal', 'That earlier version of the draft could not be read. The details are in the log.', { revisionId });
      }
    },
  };
}
