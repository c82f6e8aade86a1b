import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The rename is only durable once the folder's own entry list is on disk. */
function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch (error) {
    // Windows cannot open a folder for syncing; its rename is durable through NTFS's journal instead.
    if (process.platform === 'win32') return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces `file` so that, after a crash or power loss at any moment, it
 * holds either the old content or the new, whole: the new content goes to
 * a temporary file, is synced, renamed over the old one, and the folder is
 * synced. Returns only once all of that is done.
 */
export function writeFileDurably(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}
