import { randomUUID } from 'node:crypto';
import type Database from 'libsql';
import {
  createDraftInputSchema,
  draftContentSchema,
  emptyDraftContent,
  moveDraftInputSchema,
  restoreRevisionInputSchema,
  saveDraftInputSchema,
  syncStateInputSchema,
  type Draft,
  type DraftContent,
  type DraftSaveAck,
  type RevisionInfo,
} from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Logger } from '../logging/logger.js';
import { draftNotFound } from './draft-errors.js';
import { createDraftIndex } from './draft-index.js';
import { indexChunks } from './draft-index-text.js';
import { createDraftRevisions } from './draft-revisions.js';
import { createRowReader, SELECT_DRAFT, type DraftRow } from './draft-rows.js';
import { firstRow, inTransaction } from './draft-sql.js';
import { createDraftWrites } from './draft-writes.js';

/** Deleted drafts stay in the trash this long, with their revisions, before they are purged at open. */
const TRASH_KEPT_MS = 30 * 24 * 60 * 60_000;

export interface DraftRepositoryOptions {
  readonly db: Database.Database;
  readonly logger: Logger;
  /** Runs in main on every body written, whatever the renderer claims to have done. */
  readonly sanitize: (html: string) => string;
  readonly now: () => number;
}

/**
 * The draft operations, synchronous: every write is one transaction (row,
 * topics, search index, revision) and returns only after COMMIT. Inputs are
 * unknown and parsed here, so the CLI gets the same checks as IPC.
 *
 * Delete is soft: the draft leaves lists and search but stays in the trash
 * (`restoreFromTrash`) for TRASH_KEPT_MS. Moving to another program is a copy
 * (new id, no remote post, local_only, topics and author user cleared because
 * their ids belong to the old program) and the original goes to the trash.
 */
export function createDraftRepository({ db, logger, sanitize, now }: DraftRepositoryOptions) {
  const index = createDraftIndex(db);
  const writes = createDraftWrites(db, index);
  const revisions = createDraftRevisions(db, logger);
  const rows = createRowReader(logger);
  const byId = db.prepare(`${SELECT_DRAFT} WHERE d.id = ?`);
  const trash = db.prepare('UPDATE drafts SET deleted_at = ? WHERE key = ?');
  const untrash = db.prepare('UPDATE drafts SET deleted_at = NULL WHERE key = ?');
  const setSync = db.prepare('UPDATE drafts SET sync_status = ?, remote_state = ?, remote_json = ? WHERE key = ?');
  const purge = db.prepare('DELETE FROM drafts WHERE deleted_at IS NOT NULL AND deleted_at < ?');

  const clean = (content: DraftContent): DraftContent => draftContentSchema.parse({ ...content, bodyHtml: sanitize(content.bodyHtml) });

  function row(id: string, trashed = false): DraftRow {
    const found = firstRow<DraftRow & { deleted_at: number | null }>(byId, id);
    if (found === undefined || (found.deleted_at !== null) !== trashed) throw draftNotFound(id);
    return found;
  }

  function get(id: string): Draft {
    const draft = rows.draft(row(id));
    if (draft === undefined) throw new StudioError('internal', 'This draft could not be read. The details are in the log.', { id });
    return draft;
  }

  return {
    get,
    create(input: unknown): Draft {
      const { id = randomUUID(), programId, remote = null, ...fields } = createDraftInputSchema.parse(input);
      const content = clean({ ...emptyDraftContent, ...fields });
      inTransaction(db, () => {
        if (firstRow(byId, id) !== undefined) throw new StudioError('invalid_request', 'A draft with this id already exists.', { id });
        writes.insert({ id, programId, content, remote, syncStatus: remote === null ? 'local_only' : 'in_sync' }, now());
      });
      return get(id);
    },
    save(input: unknown): DraftSaveAck {
      const { id, baseRevision, content } = saveDraftInputSchema.parse(input);
      const cleaned = clean(content);
      return inTransaction(db, () => {
        const current = writes.current(id, baseRevision);
        const at = now();
        revisions.beforeSave(current, at);
        return writes.replaceContent(current, cleaned, at);
      });
    },
    delete(id: string): void {
      inTransaction(db, () => {
        const { key } = writes.current(id);
        trash.run(now(), key);
        index.remove(key);
      });
    },
    restoreFromTrash(id: string): Draft {
      inTransaction(db, () => {
        const { key, title, summary, body_html } = row(id, true);
        untrash.run(key);
        index.update(key, indexChunks(title, summary, body_html));
      });
      return get(id);
    },
    /** For the sync code: records the remote post without touching the text's revision. */
    setSyncState(input: unknown): Draft {
      const { id, baseRevision, remote, syncStatus } = syncStateInputSchema.parse(input);
      inTransaction(db, () => {
        const { key } = writes.current(id, baseRevision);
        setSync.run(syncStatus, remote?.state ?? null, remote === null ? null : JSON.stringify(remote), key);
      });
      return get(id);
    },
    moveToProgram(input: unknown): Draft {
      const { id, programId } = moveDraftInputSchema.parse(input);
      const { id: _id, programId: from, remote, syncStatus, revision, createdAt, updatedAt, ...content } = get(id);
      if (from === programId) throw new StudioError('invalid_request', 'The draft is already in that program.', { id });
      const copied = clean({ ...content, topics: [], author: { userId: null, displayName: content.author.displayName } });
      const copy = randomUUID();
      inTransaction(db, () => {
        const original = writes.current(id);
        const at = now();
        writes.insert({ id: copy, programId, content: copied, remote: null, syncStatus: 'local_only' }, at);
        trash.run(at, original.key);
        index.remove(original.key);
      });
      return get(copy);
    },
    snapshot(id: string, reason: 'before_sync' | 'before_publish'): RevisionInfo {
      return inTransaction(db, () => revisions.take(writes.current(id), reason, now()));
    },
    listRevisions(id: string): RevisionInfo[] {
      return revisions.list(writes.current(id));
    },
    /** The text it replaces is snapshotted first, so a restore loses nothing and can itself be undone. */
    restoreRevision(input: unknown): DraftSaveAck {
      const { id, revisionId, baseRevision } = restoreRevisionInputSchema.parse(input);
      return inTransaction(db, () => {
        const current = writes.current(id, baseRevision);
        const content = clean(revisions.content(current, revisionId));
        const at = now();
        revisions.take(current, 'before_restore', at);
        return writes.replaceContent(current, content, at);
      });
    },
    purgeTrash(): number {
      return inTransaction(db, () => purge.run(now() - TRASH_KEPT_MS).changes);
    },
  };
}
