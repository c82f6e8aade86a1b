import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'libsql';

/** Where the drafts live: `<dataDir>/drafts.sqlite`, its backups in `<dataDir>/draft-backups/`. */
export interface DraftFiles {
  readonly dataDir: string;
  readonly database: string;
  readonly backupDir: string;
}

export const KEPT_BACKUPS = 3;
const BACKUP_NAME = /^drafts-(\d{6,})-[\w-]+\.sqlite$/;
const SIDE_FILES = ['-wal', '-shm'] as const;

export function draftFiles(dataDir: string): DraftFiles {
  return { dataDir, database: path.join(dataDir, 'drafts.sqlite'), backupDir: path.join(dataDir, 'draft-backups') };
}

/** Filenames cannot hold ':' on Windows; this keeps ISO order. */
function fileStamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/**
 * Makes a rename durable, not only atomic (POSIX). Windows cannot open a
 * folder for fsync, and NTFS journals the rename itself.
 */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const handle = openSync(folder, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

function syncFile(file: string): void {
  const handle = openSync(file, 'r+');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** Newest first. The sequence number, not the clock, orders them, so a clock set back cannot make an old copy look new. */
export function listBackups(files: DraftFiles): string[] {
  if (!existsSync(files.backupDir)) return [];
  return readdirSync(files.backupDir)
    .flatMap((name) => {
      const match = BACKUP_NAME.exec(name);
      return match ? [{ name, sequence: Number(match[1]) }] : [];
    })
    .sort((a, b) => b.sequence - a.sequence)
    .map(({ name }) => path.join(files.backupDir, name));
}

/**
 * A consistent copy through `VACUUM INTO`, written under a temporary name and
 * renamed only once it is on disk: a crash mid-copy leaves a stray temporary
 * file (replaced next time), never a truncated backup that looks complete.
 */
export function makeBackup(db: Database.Database, files: DraftFiles, now: number): string {
  mkdirSync(files.backupDir, { recursive: true });
  const existing = listBackups(files);
  const newest = existing[0] === undefined ? 0 : Number(BACKUP_NAME.exec(path.basename(existing[0]))?.[1] ?? 0);
  const target = path.join(files.backupDir, `drafts-${String(newest + 1).padStart(6, '0')}-${fileStamp(now)}.sqlite`);
  const temporary = path.join(files.backupDir, 'next-backup.tmp');
  rmSync(temporary, { force: true });
  db.prepare('VACUUM INTO ?').run(temporary);
  syncFile(temporary);
  renameSync(temporary, target);
  syncFolder(files.backupDir);
  for (const old of listBackups(files).slice(KEPT_BACKUPS)) rmSync(old, { force: true });
  return target;
}

/** Renames the database and its WAL aside, with a timestamp, so nothing of a damaged file is thrown away. */
export function moveAside(files: DraftFiles, now: number, label = 'damaged'): string {
  const stamp = fileStamp(now);
  let aside = path.join(files.dataDir, `drafts.${label}-${stamp}.sqlite`);
  // rename() replaces its target: never let a second damaged file overwrite the first.
  for (let copy = 2; existsSync(aside); copy += 1) aside = path.join(files.dataDir, `drafts.${label}-${stamp}-${copy}.sqlite`);
  if (existsSync(files.database)) renameSync(files.database, aside);
  for (const suffix of SIDE_FILES) {
    if (existsSync(files.database + suffix)) renameSync(files.database + suffix, aside + suffix);
  }
  syncFolder(files.dataDir);
  return aside;
}

/** Puts a copy of a backup in the database's place; the backup itself stays as it was. */
export function restoreBackup(files: DraftFiles, backup: string): void {
  const temporary = `${files.database}.restoring`;
  copyFileSync(backup, temporary);
  syncFile(temporary);
  for (const suffix of SIDE_FILES) rmSync(files.database + suffix, { force: true });
  renameSync(temporary, files.database);
  syncFolder(files.dataDir);
}

/** Removes a restored copy that failed its check, with its WAL, so the next backup can be tried. */
export function discardDatabase(files: DraftFiles): void {
  for (const suffix of ['', ...SIDE_FILES]) rmSync(files.database + suffix, { force: true });
}
