import type Database from 'libsql';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { inTransaction } from './draft-sql.js';

/**
 * The schema, versioned in code: `PRAGMA user_version` says how many of these
 * ran. Each runs in its own transaction together with the version bump, so a
 * crash leaves the file at one version or the next, never in between. Never
 * edit a released migration; append one.
 */
const migrations: readonly string[] = [
  `
  -- key is the FTS rowid anchor; id is the client's uuid.
  CREATE TABLE drafts (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    program_id TEXT NOT NULL,
    sync_status TEXT NOT NULL,
    remote_state TEXT,
    remote_json TEXT,
    revision INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    content_type TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    link_url TEXT,
    visibility TEXT,
    featured INTEGER NOT NULL,
    author_json TEXT NOT NULL,
    topics_json TEXT NOT NULL,
    images_json TEXT NOT NULL,
    videos_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX drafts_by_change ON drafts (updated_at DESC, key DESC);
  CREATE INDEX drafts_by_program ON drafts (program_id, updated_at DESC, key DESC);
  CREATE INDEX drafts_trashed ON drafts (deleted_at) WHERE deleted_at IS NOT NULL;

  -- Bodies apart, so draft rows stay small and lists and search joins read few pages.
  CREATE TABLE draft_bodies (
    draft_key INTEGER PRIMARY KEY REFERENCES drafts (key) ON DELETE CASCADE,
    body_html TEXT NOT NULL
  ) STRICT;

  CREATE TABLE draft_topics (
    topic_id INTEGER NOT NULL,
    draft_key INTEGER NOT NULL REFERENCES drafts (key) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, draft_key)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX draft_topics_by_draft ON draft_topics (draft_key);

  -- One FTS row per chunk of a draft's text, so an autosave re-indexes only the chunks it changed. The
  -- chunks' text is kept (external content): the long-proven FTS5 layout, which FTS5's 'rebuild' can
  -- regenerate. (A contentless_delete table with a prefix index and scheduled merges corrupted itself
  -- under SQLite 3.45.1 within a few hundred saves; this layout did not in 16,000.) The text sits in its
  -- own table so that ranking, which maps thousands of matches to drafts, reads only narrow rows.
  CREATE TABLE draft_index_chunks (
    rowid INTEGER PRIMARY KEY,
    draft_key INTEGER NOT NULL REFERENCES drafts (key) ON DELETE CASCADE,
    digest TEXT NOT NULL
  ) STRICT;
  CREATE INDEX draft_index_chunks_by_draft ON draft_index_chunks (draft_key);
  CREATE TABLE draft_index_text (
    chunk INTEGER PRIMARY KEY REFERENCES draft_index_chunks (rowid) ON DELETE CASCADE,
    title TEXT,
    summary TEXT,
    body TEXT NOT NULL
  ) STRICT;
  -- prefix = '3 4': a short unfinished word reads one prefix list instead of merging every word that starts alike.
  CREATE VIRTUAL TABLE draft_fts USING fts5 (
    title, summary, body,
    content = 'draft_index_text', content_rowid = 'chunk', prefix = '3 4', tokenize = 'unicode61 remove_diacritics 2'
  );
  -- Segment merges run after a save is acknowledged (draft-database.ts), not inside it.
  INSERT INTO draft_fts (draft_fts, rank) VALUES ('automerge', 0);
  -- Text rows are only ever inserted and deleted; the deletes include the cascades from drafts and chunks.
  CREATE TRIGGER draft_index_text_index AFTER INSERT ON draft_index_text BEGIN
    INSERT INTO draft_fts (rowid, title, summary, body) VALUES (new.chunk, new.title, new.summary, new.body);
  END;
  CREATE TRIGGER draft_index_text_unindex AFTER DELETE ON draft_index_text BEGIN
    INSERT INTO draft_fts (draft_fts, rowid, title, summary, body) VALUES ('delete', old.chunk, old.title, old.summary, old.body);
  END;

  CREATE TABLE draft_revisions (
    id INTEGER PRIMARY KEY,
    draft_key INTEGER NOT NULL REFERENCES drafts (key) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    reason TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    link_url TEXT,
    visibility TEXT,
    featured INTEGER NOT NULL,
    author_json TEXT NOT NULL,
    topics_json TEXT NOT NULL,
    images_json TEXT NOT NULL,
    videos_json TEXT NOT NULL,
    body_html TEXT NOT NULL
  ) STRICT;
  CREATE INDEX draft_revisions_by_draft ON draft_revisions (draft_key, id);
  `,
  `
  -- The publish outbox (electron/core/outbox/store), here so that freezing the drafts and queuing their jobs
  -- is one transaction. seq orders the queue; id is the job's uuid, which every create sends as its marker.
  -- Enumerated columns are validated when read, as in drafts, so a later state needs no table rebuild.
  CREATE TABLE outbox_jobs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    draft_id TEXT NOT NULL,
    draft_revision INTEGER NOT NULL,
    program_id TEXT NOT NULL,
    action TEXT NOT NULL,
    scheduled_at INTEGER,
    snapshot_json TEXT NOT NULL,
    state TEXT NOT NULL,
    step TEXT NOT NULL,
    remote_id INTEGER,
    remote_uuid TEXT,
    step_attempts INTEGER NOT NULL,
    next_attempt_at INTEGER,
    lease_owner TEXT,
    lease_expires_at INTEGER,
    last_error_code TEXT,
    last_error_message TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    finished_at INTEGER,
    -- A second click on "publish" finds this job instead of making another.
    UNIQUE (draft_id, draft_revision, action)
  ) STRICT;
  CREATE INDEX outbox_jobs_active ON outbox_jobs (state, seq) WHERE state IN ('queued', 'running', 'waiting_retry');
  CREATE INDEX outbox_jobs_by_program ON outbox_jobs (program_id, state);
  CREATE INDEX outbox_jobs_unfinished_by_draft ON outbox_jobs (draft_id) WHERE finished_at IS NULL;

  CREATE TABLE outbox_events (
    id INTEGER PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES outbox_jobs (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    step TEXT NOT NULL,
    note TEXT NOT NULL
  ) STRICT;
  CREATE INDEX outbox_events_by_job ON outbox_events (job_id, id);
  `,
  `
  -- How often a job's runner died (crash, quit, lost lease) during its current step, apart from the failures Firstup
  -- answered (step_attempts): one crash after seven 503s is not eight crashes.
  ALTER TABLE outbox_jobs ADD COLUMN step_stalls INTEGER NOT NULL DEFAULT 0;
  `,
];

export const latestSchemaVersion = migrations.length;

export function schemaVersion(db: Database.Database): number {
  const row = db.prepare('PRAGMA user_version').raw().all()[0] as [number] | undefined;
  return row?.[0] ?? 0;
}

/** Brings the file up to `latestSchemaVersion`; refuses a file from a newer app rather than guess at it. */
export function migrate(db: Database.Database): void {
  const found = schemaVersion(db);
  if (found > latestSchemaVersion) {
    throw new StudioError(
      'internal',
      `The drafts file was written by a newer Content Studio (schema ${found}, this one knows ${latestSchemaVersion}). Update the app; the file was left untouched.`,
    );
  }
  migrations.slice(found).forEach((sql, index) => {
    const version = found + index + 1;
    inTransaction(db, () => {
      db.exec(sql);
      db.exec(`PRAGMA user_version = ${version}`);
    });
  });
}
