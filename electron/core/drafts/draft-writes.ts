import type Database from 'libsql';
import type { DraftContent, DraftRemote, DraftSaveAck, SyncStatus } from '../../../shared/drafts/draft-schema.js';
import { draftNotFound, staleRevision } from './draft-errors.js';
import type { DraftIndex } from './draft-index.js';
import { indexChunks } from './draft-index-text.js';
import { CONTENT_COLUMNS, CONTENT_VALUES, contentParams } from './draft-rows.js';
import { firstRow } from './draft-sql.js';
import { syncStatusAfterLocalEdit } from '../../../shared/drafts/sync-status.js';

/** The stored facts a write checks before it changes anything. */
export interface CurrentDraft {
  readonly key: number;
  readonly id: string;
  readonly revision: number;
  readonly syncStatus: SyncStatus;
  readonly createdAt: number;
}

export interface NewDraft {
  readonly id: string;
  readonly programId: string;
  readonly content: DraftContent;
  readonly remote: DraftRemote | null;
  readonly syncStatus: SyncStatus;
}

/** The row writes shared by saves, restores and copies: draft row, body, topic rows and search index move together. */
export interface DraftWrites {
  /** A live draft (not in the trash), optionally checked against the caller's base revision. */
  current(id: string, baseRevision?: number): CurrentDraft;
  insert(draft: NewDraft, now: number): CurrentDraft;
  replaceContent(current: CurrentDraft, content: DraftContent, now: number): DraftSaveAck;
}

export function createDraftWrites(db: Database.Database, index: DraftIndex): DraftWrites {
  const lookup = db.prepare('SELECT key, id, revision, sync_status, created_at, deleted_at FROM drafts WHERE id = ?');
  const insertRow = db.prepare(
    `INSERT INTO drafts (id, program_id, sync_status, remote_state, remote_json, revision, created_at, updated_at, ${CONTENT_COLUMNS})
     VALUES (:id, :program_id, :sync_status, :remote_state, :remote_json, 1, :now, :now, ${CONTENT_VALUES})`,
  );
  const insertBody = db.prepare('INSERT INTO draft_bodies (draft_key, body_html) VALUES (?, ?)');
  const updateRow = db.prepare(
    `UPDATE drafts SET revision = revision + 1, updated_at = :now, sync_status = :sync_status,
       (${CONTENT_COLUMNS}) = (${CONTENT_VALUES}) WHERE key = :key`,
  );
  const updateBody = db.prepare('UPDATE draft_bodies SET body_html = ? WHERE draft_key = ?');
  const dropTopics = db.prepare('DELETE FROM draft_topics WHERE draft_key = ?');
  const addTopic = db.prepare('INSERT OR IGNORE INTO draft_topics (topic_id, draft_key) VALUES (?, ?)');

  function writeDerived(key: number, content: DraftContent): void {
    dropTopics.run(key);
    for (const topic of content.topics) addTopic.run(topic.id, key);
    index.update(key, indexChunks(content.title, content.summary, content.bodyHtml));
  }

  return {
    current(id, baseRevision) {
      type Row = { key: number; id: string; revision: number; sync_status: SyncStatus; created_at: number; deleted_at: number | null };
      const row = firstRow<Row>(lookup, id);
      if (row === undefined || row.deleted_at !== null) throw draftNotFound(id);
      if (baseRevision !== undefined && baseRevision !== row.revision) throw staleRevision(id, baseRevision, row.revision);
      return { key: row.key, id: row.id, revision: row.revision, syncStatus: row.sync_status, createdAt: row.created_at };
    },
    insert(draft, now) {
      const result = insertRow.run({
        id: draft.id,
        program_id: draft.programId,
        sync_status: draft.syncStatus,
        remote_state: draft.remote?.state ?? null,
        remote_json: draft.remote === null ? null : JSON.stringify(draft.remote),
        now,
        ...contentParams(draft.content),
      });
      const key = Number(result.lastInsertRowid);
      insertBody.run(key, draft.content.bodyHtml);
      writeDerived(key, draft.content);
      return { key, id: draft.id, revision: 1, syncStatus: draft.syncStatus, createdAt: now };
    },
    replaceContent(current, content, now) {
      updateRow.run({ key: current.key, now, sync_status: syncStatusAfterLocalEdit[current.syncStatus], ...contentParams(content) });
      updateBody.run(content.bodyHtml, current.key);
      writeDerived(current.key, content);
      return { id: current.id, revision: current.revision + 1, updatedAt: new Date(now).toISOString() };
    },
  };
}
