import type Database from 'libsql';
import type { IndexChunk } from './draft-index-text.js';

/**
 * Keeps a draft's FTS rows in step with its text. Runs inside the caller's
 * transaction, so the index never disagrees with a committed draft.
 */
export interface DraftIndex {
  /** Replaces only the chunks whose text changed. */
  update(draftKey: number, chunks: readonly IndexChunk[]): void;
  /** Takes a draft out of search (the trash). Deleting a chunk cascades to its text, whose trigger unindexes it. */
  remove(draftKey: number): void;
}

export function createDraftIndex(db: Database.Database): DraftIndex {
  const existing = db.prepare('SELECT rowid, digest FROM draft_index_chunks WHERE draft_key = ?').raw();
  const dropChunk = db.prepare('DELETE FROM draft_index_chunks WHERE rowid = ?');
  const addChunk = db.prepare('INSERT INTO draft_index_chunks (draft_key, digest) VALUES (?, ?)');
  const addText = db.prepare('INSERT INTO draft_index_text (chunk, title, summary, body) VALUES (?, ?, ?, ?)');
  const dropAll = db.prepare('DELETE FROM draft_index_chunks WHERE draft_key = ?');

  return {
    update(draftKey, chunks) {
      const stale = new Map<string, number[]>();
      for (const [rowid, digest] of existing.all(draftKey) as [number, string][]) {
        stale.set(digest, [...(stale.get(digest) ?? []), rowid]);
      }
      for (const chunk of chunks) {
        if (stale.get(chunk.digest)?.pop() !== undefined) continue;
        const { title, summary, body } = chunk.text();
        addText.run(Number(addChunk.run(draftKey, chunk.digest).lastInsertRowid), title, summary, body);
      }
      for (const rowids of stale.values()) for (const rowid of rowids) dropChunk.run(rowid);
    },
    remove(draftKey) {
      dropAll.run(draftKey);
    },
  };
}

/** Regenerates the whole FTS index from draft_index_text; the repair for a damaged index (seconds for 10,000 drafts). */
export function rebuildSearchIndex(db: Database.Database): void {
  db.exec("INSERT INTO draft_fts (draft_fts) VALUES ('rebuild')");
}
