import { z } from 'zod';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Logger } from '../logging/logger.js';

/** SQLite's result codes (`SQLITE_FULL`, `SQLITE_IOERR_FSYNC`, …) as libsql reports them. */
export function sqliteCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** The file itself is damaged (as opposed to full, locked or unwritable): the only case that justifies restoring a backup. */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== undefined && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/**
 * The search index (FTS5 shadow tables) is damaged while the drafts are not:
 * quick_check cannot see this, and the index can be rebuilt from the chunk
 * table it indexes.
 */
export function isSearchIndexDamage(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_CORRUPT_VTAB';
}

const explanations: readonly [prefix: string, reason: string, message: string][] = [
  ['SQLITE_FULL', 'disk_full', 'The disk is full, so the drafts could not be written. Free some space; the editor keeps your text meanwhile.'],
  ['SQLITE_READONLY', 'read_only', 'The drafts file is read-only, so nothing could be written to it.'],
  ['SQLITE_PERM', 'read_only', 'Content Studio is not allowed to write its drafts file.'],
  ['SQLITE_CANTOPEN', 'cannot_open', 'The drafts file could not be opened. Check that the data folder exists and is writable.'],
  ['SQLITE_BUSY', 'busy', 'The drafts file is busy (another Content Studio may be running). Try again in a moment.'],
  ['SQLITE_LOCKED', 'busy', 'The drafts file is busy. Try again in a moment.'],
  ['SQLITE_IOERR', 'io', 'The disk reported an error while the drafts were being written. Nothing was acknowledged as saved.'],
  ['SQLITE_CORRUPT', 'corrupt', 'The drafts file is damaged. Restart Content Studio to recover it from the last backup.'],
  ['SQLITE_NOTADB', 'corrupt', 'The drafts file is damaged. Restart Content Studio to recover it from the last backup.'],
];

/**
 * What callers of the store see instead of a raw SQLite or zod error: a
 * StudioError whose message a person can act on; the raw error goes to the log.
 */
export function toStudioError(error: unknown, action: string, logger: Logger): StudioError {
  if (error instanceof StudioError) return error;
  if (error instanceof z.ZodError) {
    const issues = error.issues.slice(0, 10).map((issue) => ({ path: issue.path.map(String).join('.').slice(0, 200), message: issue.message.slice(0, 300) }));
    return new StudioError('invalid_request', `The request to ${action} is not valid.`, { issues });
  }
  const code = sqliteCode(error);
  logger.error(`Drafts store: ${action} failed`, { code: code ?? 'unknown', error: error instanceof Error ? error.message : String(error) });
  const known = code === undefined ? undefined : explanations.find(([prefix]) => code.startsWith(prefix));
  if (known) return new StudioError('internal', known[2], { reason: known[1] });
  return new StudioError('internal', 'Something went wrong inside the drafts store. The details are in the log.');
}

export function draftNotFound(id: string): StudioError {
  return new StudioError('not_found', 'There is no such draft (it may have been deleted).', { id });
}

export function staleRevision(id: string, baseRevision: number, currentRevision: number): StudioError {
  return new StudioError(
    'draft_conflict',
    `This draft was saved elsewhere since you opened it (revision ${currentRevision}, yours was based on ${baseRevision}). Nothing was overwritten: reload it, then make your change again.`,
    { id, baseRevision, currentRevision },
  );
}
