import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { LedgerError } from './file-ledger.js';
import { processIsAlive } from '../core/lifecycle/process-alive.js';

export const LOCK_FILE = 'cli-ledger.lock';

export interface LockOptions {
  /** How long to wait for another command before giving up. */
  readonly waitMs?: number;
  readonly pollMs?: number;
}

function holderOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryTake(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Two commands preparing the same file at once could each give it a draft,
 * and each draft would become a post. So reading the ledger, making or
 * saving the drafts and recording them happen under this lock, one command
 * at a time per data folder. A lock left by a process that is gone (a
 * crash, a kill) is taken over; the one window left is two commands taking
 * over the same dead lock in the same instant.
 */
export async function withLedgerLock<T>(dataDir: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const file = path.join(dataDir, LOCK_FILE);
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  for (;;) {
    if (tryTake(file)) break;
    const holder = holderOf(file);
    // No pid yet: the holder is between creating the file and writing to it.
    if (holder !== null && holder !== process.pid && !processIsAlive(holder)) {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LedgerError(
        `Another content-studio command${holder === null ? '' : ` (process ${holder})`} is preparing files in ${dataDir}. Let it finish, or stop it, then run this again.`,
      );
    }
    await delay(options.pollMs ?? 100);
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}
