/**
 * The child process of draft-store-crash.test.ts: saves continuously into the
 * store in `process.argv[2]` and prints one JSON line per save only after the
 * save has resolved, that is after COMMIT. The test kills it at random moments
 * and checks that every printed save survived.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { emptyDraftContent } from '../../../shared/drafts/draft-schema.js';
import { openDraftStore } from '../../../electron/core/drafts/draft-store.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';

export const CRASH_DRAFT_IDS = [
  '6f1c1d57-3b1e-4c55-9a0a-52f1b7a7c001',
  '6f1c1d57-3b1e-4c55-9a0a-52f1b7a7c002',
  '6f1c1d57-3b1e-4c55-9a0a-52f1b7a7c003',
  '6f1c1d57-3b1e-4c55-9a0a-52f1b7a7c004',
] as const;
const PROGRAM_ID = '0b6a8f50-8f43-4f35-8d5e-7d2c5a3b9e10';
const MAX_BODY = 200_000;

// Pipes are written synchronously on Linux and macOS, so a complete line means the save was acknowledged first.
const say = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** Prose-like bodies: words from a fixed vocabulary (as an index sees real text), plus one random token so every body differs. */
const VOCABULARY = Array.from({ length: 2_000 }, () => randomBytes(randomInt(2, 7)).toString('base64url'));
function randomBody(): string {
  const size = randomInt(0, MAX_BODY);
  const words = [randomBytes(12).toString('hex')];
  for (let length = 0; length < size; length += words.at(-1)!.length + 1) words.push(VOCABULARY[randomInt(0, VOCABULARY.length)]!);
  return `<p>${words.join(' ').slice(0, size)}</p>`;
}

async function main(dataDir: string): Promise<void> {
  say({ event: 'opening' });
  const store = openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: (html) => html });
  say({ event: 'ready', report: store.openReport });
  const revisions = new Map<string, number>();
  for (const id of CRASH_DRAFT_IDS) {
    const existing = await store.get(id).catch(() => undefined);
    revisions.set(id, (existing ?? (await store.create({ id, programId: PROGRAM_ID }))).revision);
  }
  for (let n = 0; ; n += 1) {
    const id = CRASH_DRAFT_IDS[randomInt(0, CRASH_DRAFT_IDS.length)]!;
    if (n % 50 === 49) await store.snapshot(id, 'before_sync');
    const bodyHtml = randomBody();
    const ack = await store.save({ id, baseRevision: revisions.get(id)!, content: { ...emptyDraftContent, title: `Save ${n}`, bodyHtml } });
    revisions.set(id, ack.revision);
    say({ id, revision: ack.revision, sha256: createHash('sha256').update(bodyHtml).digest('hex') });
    // As in the app, the store's post-save housekeeping (index merge, WAL checkpoint) gets its turn, so kills land in it too.
    await nextTurn();
  }
}

await main(process.argv[2]!);
