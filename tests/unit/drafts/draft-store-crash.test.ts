/**
 * ANCHORS.md complaint #1, lost drafts: a child process saves continuously
 * (bodies up to 200 KB) and is killed with SIGKILL at random moments, 100
 * times. After every kill the file passes integrity_check (and every tenth,
 * the search index's own check), the next open needs no recovery, and every save the
 * child acknowledged is there byte for byte (or a later save of that draft,
 * committed but killed before it could be acknowledged).
 */
import { spawn } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'libsql';
import { afterAll, assert, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/test-core.js';

const ROUNDS = 100;
/** Two stores killed side by side, 50 rounds each: the child's start-up (tsx, zod) is most of a round, and two cores can overlap it. */
const LANES = 2;
const writer = fileURLToPath(new URL('./draft-crash-writer.ts', import.meta.url));
const folders = Array.from({ length: LANES }, () => tempDir('drafts-crash'));
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

interface Ack {
  readonly id: string;
  readonly revision: number;
  readonly sha256: string;
}

interface Round {
  readonly acks: Ack[];
  readonly reports: unknown[];
  readonly stderr: string;
  readonly killedBy: NodeJS.Signals | null;
}

/**
 * One child, killed either a random 50–400 ms into its saves or, one round
 * in five, a random 0–120 ms into opening (integrity check, backup, migration).
 */
function runAndKill(dataDir: string, duringOpen: boolean): Promise<Round> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: Ack[] = [];
  const reports: unknown[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const kill = (afterMs: number) => setTimeout(() => child.kill('SIGKILL'), afterMs);
  createInterface({ input: child.stdout }).on('line', (line) => {
    let parsed: { event?: string; report?: unknown } & Partial<Ack>;
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      return; // a line cut short by the kill was never a whole acknowledgement
    }
    if (parsed.event === 'opening' && duringOpen) kill(randomInt(0, 120));
    else if (parsed.event === 'ready') {
      reports.push(parsed.report);
      if (!duringOpen) kill(randomInt(50, 400));
    } else if (parsed.id !== undefined) acks.push(parsed as Ack);
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ acks, reports, stderr, killedBy: signal })));
}

/** `withIndex`: also FTS5's own check of the search index against its chunk table (slower, so not every round). */
function checkDatabase(dataDir: string, latest: ReadonlyMap<string, Ack>, withIndex: boolean): void {
  const db = new Database(path.join(dataDir, 'drafts.sqlite'));
  try {
    expect(db.prepare('PRAGMA integrity_check').pluck().all()).toEqual(['ok']);
    if (withIndex) db.exec("INSERT INTO draft_fts (draft_fts, rank) VALUES ('integrity-check', 1)");
    const rows = db.prepare('SELECT d.id, d.revision, b.body_html FROM drafts AS d JOIN draft_bodies AS b ON b.draft_key = d.key').all() as {
      id: string;
      revision: number;
      body_html: string;
    }[];
    const stored = new Map(rows.map((row) => [row.id, row]));
    for (const ack of latest.values()) {
      const row = stored.get(ack.id);
      if (row === undefined) assert.fail(`acknowledged draft ${ack.id} is missing after the kill`);
      expect(row.revision, `revision of ${ack.id}`).toBeGreaterThanOrEqual(ack.revision);
      if (row.revision === ack.revision) expect(createHash('sha256').update(row.body_html).digest('hex'), `body of ${ack.id} r${ack.revision}`).toBe(ack.sha256);
    }
  } finally {
    db.close();
  }
}

/** Set when a lane fails, so the other stops instead of spawning children into a folder being deleted. */
let stopped = false;

/** One store through its share of the rounds; returns how many saves were acknowledged. */
async function lane(dataDir: string, rounds: number): Promise<{ acknowledged: number; drafts: number }> {
  const latest = new Map<string, Ack>();
  let acknowledged = 0;
  for (let round = 0; round < rounds && !stopped; round += 1) {
    const { acks, reports, stderr, killedBy } = await runAndKill(dataDir, round % 5 === 4);
    expect(killedBy, `round ${round} ended by itself: ${stderr}`).toBe('SIGKILL');
    expect(reports, `round ${round} had to recover`).toEqual(reports.map(() => ({ restoredFromBackup: false })));
    for (const ack of acks) if (ack.revision > (latest.get(ack.id)?.revision ?? 0)) latest.set(ack.id, ack);
    acknowledged += acks.length;
    checkDatabase(dataDir, latest, round % 10 === 9);
  }
  return { acknowledged, drafts: latest.size };
}

describe('drafts store under SIGKILL', () => {
  it(
    'keeps every acknowledged save through 100 random kills',
    async () => {
      const settled = await Promise.allSettled(
        folders.map((folder) =>
          lane(folder, ROUNDS / LANES).catch((error: unknown) => {
            stopped = true;
            throw error;
          }),
        ),
      );
      for (const outcome of settled) {
        if (outcome.status === 'rejected') throw outcome.reason;
        // Guards the test itself: kills that always landed before the first save would prove nothing.
        expect(outcome.value.acknowledged).toBeGreaterThan(ROUNDS / LANES);
        expect(outcome.value.drafts).toBeGreaterThan(1);
      }
    },
    150_000,
  );
});
