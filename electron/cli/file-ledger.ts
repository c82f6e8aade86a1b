import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from './durable-write.js';

/**
 * Which draft holds which file, per program: the CLI's memory of what it
 * published, so that running the same command again reuses the draft (and
 * its job, and its post) instead of making a second one. It lives in the
 * data folder beside the drafts it points to.
 */

export const LEDGER_FILE = 'cli-ledger.json';

const entrySchema = z.strictObject({
  /** Absolute, with links resolved. */
  path: z.string().min(1).max(4_096),
  programId: z.uuid(),
  draftId: z.uuid(),
  /** sha-256 of what the file and the command line made of the draft (see file-draft.ts). */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The draft's revision holding that content. */
  revision: z.number().int().min(1),
});
export type LedgerEntry = z.output<typeof entrySchema>;

const ledgerSchema = z.strictObject({ version: z.literal(1), entries: z.array(entrySchema).max(1_000_000) });

export class LedgerError extends Error {
  override readonly name = 'LedgerError';
}

export interface FileLedger {
  find(programId: string, filePath: string): LedgerEntry | undefined;
  /** The file a draft was made from, for the queue's listing. */
  fileOf(draftId: string): string | undefined;
  /** Adds or replaces the file's entry; on disk, durably, before it returns. */
  record(entry: LedgerEntry): void;
}

function parseLedger(text: string): LedgerEntry[] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ledgerSchema.safeParse(json);
  return parsed.success ? parsed.data.entries : null;
}

function readEntries(file: string): LedgerEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new LedgerError(`The CLI's ledger ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Check its permissions, then run the command again.`);
  }
  const entries = parseLedger(text);
  if (entries === null) {
    // Guessing here could post a file a second time, so nothing is queued until a person decides.
    throw new LedgerError(
      `The CLI's ledger ${file} is damaged, so nothing was queued: it records which draft holds each file, so that no file is posted twice. ` +
        'Restore it from a backup; or move it aside to start a new one, knowing that files already sent would then be sent again as new posts.',
    );
  }
  return entries;
}

export function openFileLedger(dataDir: string): FileLedger {
  const file = path.join(dataDir, LEDGER_FILE);
  const entries = readEntries(file);
  const same = (entry: LedgerEntry, programId: string, filePath: string) => entry.programId === programId && entry.path === filePath;
  return {
    find: (programId, filePath) => entries.find((entry) => same(entry, programId, filePath)),
    fileOf: (draftId) => entries.find((entry) => entry.draftId === draftId)?.path,
    record(entry) {
      const checked = entrySchema.parse(entry);
      const next = [...entries.filter((known) => !same(known, checked.programId, checked.path)), checked];
      writeFileDurably(file, `${JSON.stringify({ version: 1, entries: next }, null, 1)}\n`);
      entries.splice(0, entries.length, ...next);
    },
  };
}
