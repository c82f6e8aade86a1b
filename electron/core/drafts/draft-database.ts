import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import Database from 'libsql';
import type { StoreOpenReport } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Logger } from '../logging/logger.js';
import { discardDatabase, draftFiles, listBackups, makeBackup, moveAside, restoreBackup, type DraftFiles } from './draft-backups.js';
import { isCorruption, sqliteCode } from './draft-errors.js';
import { migrate } from './migrations.js';

export interface DraftDatabaseOptions {
  readonly dataDir: string;
  readonly logger: Logger;
  /** Epoch milliseconds; injected so tests can move time. */
  readonly now: () => number;
}

export interface DraftDatabase {
  readonly db: Database.Database;
  readonly files: DraftFiles;
  readonly report: StoreOpenReport;
  /** Call after every COMMIT: schedules the housekeeping for once the acknowledgement is on its way. */
  wrote(): void;
  close(): void;
}

/**
 * The drafts' connection as lent to the outbox (electron/core/outbox/store),
 * whose jobs must be inserted in the same transaction that freezes the drafts
 * they send. The draft store keeps ownership: it alone closes the connection.
 */
export interface SharedDraftDatabase {
  readonly db: Database.Database;
  readonly logger: Logger;
  readonly now: () => number;
  /** Call after every COMMIT, as the draft store does. */
  wrote(): void;
  /** False once the draft store is closed: the connection went with it. */
  isOpen(): boolean;
}

/**
 * Search-index merging (automerge is off, see migrations.ts) and the WAL
 * checkpoint both run after a write is acknowledged: inside the save they
 * were the slowest 1% of autosaves. A bounded merge per write keeps the
 * index's segment count from growing.
 */
const MERGE_PAGES = 100;

type Opened = { readonly db: Database.Database } | { readonly problem: string };

/**
 * Durability over speed: WAL with synchronous=FULL makes an acknowledged
 * COMMIT survive a crash and, where the disk honours flushes, a power loss
 * (macOS needs F_FULLFSYNC for that). The WAL is checkpointed after the
 * acknowledgement (see `wrote`); the automatic checkpoint stays as a backstop
 * for bursts that leave no idle moment.
 */
const PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = FULL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA wal_autocheckpoint = 8192',
  'PRAGMA journal_size_limit = 67108864',
  ...(process.platform === 'darwin' ? ['PRAGMA fullfsync = ON', 'PRAGMA checkpoint_fullfsync = ON'] : []),
].join('; ');

/** Set when the connection opens, so even the first pragma waits for a lock instead of failing. */
const BUSY_TIMEOUT_MS = 5_000;

/** quick_check's verdict turned into an error (a CHECK constraint), so the check needs no prepared statement. */
const QUICK_CHECK = `CREATE TEMP TABLE quick_check (verdict TEXT CHECK (verdict = 'ok'));
  INSERT INTO temp.quick_check SELECT group_concat(quick_check, '; ') FROM pragma_quick_check;
  DROP TABLE temp.quick_check`;

/**
 * Opens and checks one file. Only damage counts as a failed check; a full or
 * locked disk is thrown, never "repaired". Until the check passes the
 * connection runs `exec` only: libsql keeps a connection (and its WAL, which
 * SQLite deletes by name on close) alive until its prepared statements are
 * garbage-collected, and a file that fails is renamed or deleted next
 * (sqlite.org/howtocorrupt.html §2.4).
 */
function tryOpen(file: string, logger: Logger): Opened {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.exec(PRAGMAS);
    db.exec(QUICK_CHECK);
  } catch (error) {
    db.close();
    if (isCorruption(error) || sqliteCode(error) === 'SQLITE_CONSTRAINT_CHECK') return { problem: error instanceof Error ? error.message : String(error) };
    throw error;
  }
  const mode = (db.prepare('PRAGMA journal_mode').raw().all()[0] as [string] | undefined)?.[0];
  if (mode !== 'wal') logger.warn('Drafts store: WAL journal unavailable on this file system', { mode });
  return { db };
}

function backupTime(backup: string): string {
  return statSync(backup).mtime.toISOString();
}

function recover(files: DraftFiles, options: DraftDatabaseOptions, movedAsideTo: string | undefined): { db: Database.Database; report: StoreOpenReport } {
  const { logger } = options;
  const aside = movedAsideTo === undefined ? {} : { movedAsideTo };
  const lost = movedAsideTo === undefined ? 'The drafts file was missing' : `The drafts file was damaged and has been moved to ${movedAsideTo}`;
  for (const backup of listBackups(files)) {
    restoreBackup(files, backup);
    const restored = tryOpen(files.database, logger);
    if ('db' in restored) {
      const message = `${lost}. The backup from ${backupTime(backup)} was restored: changes made after that time are not in it.`;
      logger.warn('Drafts store: restored from backup', { backup });
      return { db: restored.db, report: { restoredFromBackup: true, ...aside, message } };
    }
    logger.error('Drafts store: a backup failed its check too', { backup, problem: restored.problem });
    discardDatabase(files);
    renameSync(backup, `${backup}.damaged`);
  }
  const fresh = tryOpen(files.database, logger);
  if (!('db' in fresh)) throw new StudioError('internal', 'A new drafts file could not be created. The details are in the log.');
  const message = `${lost}, and no usable backup was found. Content Studio started with no drafts.`;
  logger.error('Drafts store: started empty after losing the drafts file', { movedAsideTo });
  return { db: fresh.db, report: { restoredFromBackup: false, ...aside, message } };
}

/**
 * A missing file while backups exist is treated like a damaged one: it is
 * what a crash between moving a damaged file aside and restoring its backup
 * leaves behind, and starting empty there would be a silent reset.
 */
function openChecked(files: DraftFiles, options: DraftDatabaseOptions): { db: Database.Database; report: StoreOpenReport } {
  const missing = !existsSync(files.database) && listBackups(files).length > 0;
  if (missing) return recover(files, options, undefined);
  const opened = tryOpen(files.database, options.logger);
  if ('db' in opened) return { db: opened.db, report: { restoredFromBackup: false } };
  options.logger.error('Drafts store: the drafts file failed its integrity check', { problem: opened.problem });
  return recover(files, options, moveAside(files, options.now()));
}

export function openDraftDatabase(options: DraftDatabaseOptions): DraftDatabase {
  const files = draftFiles(options.dataDir);
  mkdirSync(options.dataDir, { recursive: true });
  const { db, report } = openChecked(files, options);
  // Before migrating, so a migration that turns out wrong can be undone from the copy.
  try {
    makeBackup(db, files, options.now());
  } catch (error) {
    // Editing must not stop because a backup could not be written; the previous ones remain.
    options.logger.warn('Drafts store: backup failed', { error: error instanceof Error ? error.message : String(error) });
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  let housekeeping: NodeJS.Immediate | undefined;
  return {
    db,
    files,
    report,
    wrote() {
      housekeeping ??= setImmediate(() => {
        housekeeping = undefined;
        try {
          db.exec(`INSERT INTO draft_fts (draft_fts, rank) VALUES ('merge', ${MERGE_PAGES})`);
          db.exec('PRAGMA wal_checkpoint(PASSIVE)');
        } catch (error) {
          options.logger.warn('Drafts store: housekeeping after a write failed', { error: error instanceof Error ? error.message : String(error) });
        }
      }).unref();
    },
    close() {
      if (housekeeping) clearImmediate(housekeeping);
      housekeeping = undefined;
      try {
        db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      } catch (error) {
        // Closing must not fail: the WAL is folded in on the next open anyway.
        options.logger.warn('Drafts store: final checkpoint failed', { error: error instanceof Error ? error.message : String(error) });
      }
      db.close();
    },
  };
}
