/**
 * Opening the drafts store: schema migrations, the durability pragmas, and a
 * backup at every successful open (three kept).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { KEPT_BACKUPS } from '../../../electron/core/drafts/draft-backups.js';
import { openDraftDatabase } from '../../../electron/core/drafts/draft-database.js';
import { openDraftStore } from '../../../electron/core/drafts/draft-store.js';
import { latestSchemaVersion, schemaVersion } from '../../../electron/core/drafts/migrations.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { tempDir } from '../../support/test-core.js';
import { article, openTestStore, programA, type TestStore } from './draft-test-store.js';

const pragma = (db: Database.Database, name: string) => (db.prepare(`PRAGMA ${name}`).raw().all()[0] as unknown[])[0];
let opened: TestStore | undefined;

afterEach(() => {
  opened?.dispose();
  opened = undefined;
});

describe('opening the drafts store', () => {
  it('creates the schema in an empty folder and reports a clean open', () => {
    opened = openTestStore();
    expect(opened.store.openReport).toEqual({ restoredFromBackup: false });
    const db = new Database(path.join(opened.dataDir, 'drafts.sqlite'));
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['drafts', 'draft_bodies', 'draft_topics', 'draft_revisions', 'draft_index_chunks', 'draft_fts']));
    db.close();
  });

  it('keeps drafts across a reopen and does not migrate twice', async () => {
    opened = openTestStore();
    const draft = await opened.store.create({ programId: programA, ...article({ title: 'Kept' }) });
    const store = opened.reopen();
    expect((await store.get(draft.id)).title).toBe('Kept');
    expect(store.openReport).toEqual({ restoredFromBackup: false });
  });

  it('sets WAL, synchronous=FULL and foreign keys on every connection it opens', () => {
    const dataDir = tempDir('drafts-pragmas');
    const database = openDraftDatabase({ dataDir, logger: createMemoryLogger(), now: Date.now });
    try {
      expect(pragma(database.db, 'journal_mode')).toBe('wal');
      expect(pragma(database.db, 'synchronous')).toBe(2);
      expect(pragma(database.db, 'foreign_keys')).toBe(1);
    } finally {
      database.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('backs up at every open and keeps the last three', () => {
    opened = openTestStore();
    for (let open = 0; open < 5; open += 1) opened.reopen();
    const backups = readdirSync(path.join(opened.dataDir, 'draft-backups'));
    expect(backups).toHaveLength(KEPT_BACKUPS);
    expect(backups.every((name) => /^drafts-\d{6}-.+\.sqlite$/.test(name))).toBe(true);
    expect(backups.sort().at(-1)).toMatch(/^drafts-000006-/);
  });

  it('refuses a file written by a newer schema and leaves it untouched', () => {
    const dataDir = tempDir('drafts-newer');
    const open = () => openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: (html) => html });
    open().close();
    const file = path.join(dataDir, 'drafts.sqlite');
    const db = new Database(file);
    db.exec(`PRAGMA user_version = ${latestSchemaVersion + 1}`);
    db.close();
    expect(open).toThrow(expect.objectContaining({ code: 'internal', message: expect.stringMatching(/newer Content Studio/) }));
    const again = new Database(file);
    expect(schemaVersion(again)).toBe(latestSchemaVersion + 1);
    again.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
