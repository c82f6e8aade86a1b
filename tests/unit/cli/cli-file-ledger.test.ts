/**
 * The ledger that keeps each file to one draft (and so one post): how it is
 * written, what a rerun does with it, and the crash windows between its
 * writes and the drafts'.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCliSession, type CliSession } from '../../../electron/cli/cli-session.js';
import { writeFileDurably } from '../../../electron/cli/durable-write.js';
import { fileContent, readFileDraft, type FileContent } from '../../../electron/cli/file-draft.js';
import { ensureFileDraft } from '../../../electron/cli/file-draft-sync.js';
import { LEDGER_FILE, LedgerError, openFileLedger } from '../../../electron/cli/file-ledger.js';
import { LOCK_FILE, withLedgerLock } from '../../../electron/cli/ledger-lock.js';
import { createStderrLogger } from '../../../electron/cli/stderr-logger.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import { tempDir } from '../../support/test-core.js';

const DRAFT = '0f5e3c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b';

describe('durable writes', () => {
  it('replaces the file whole and leaves no temporary file behind', () => {
    const dir = tempDir('cli-durable');
    const file = path.join(dir, 'x.json');
    writeFileDurably(file, 'first');
    writeFileDurably(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('leaves what was there, and no temporary file, when the replace fails', () => {
    const dir = tempDir('cli-durable');
    const target = path.join(dir, 'busy');
    mkdirSync(path.join(target, 'inside'), { recursive: true });
    expect(() => writeFileDurably(target, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['busy']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});

describe('the ledger file', () => {
  const entry = { path: '/docs/a.md', programId: SANDBOX_PROGRAM_ID, draftId: DRAFT, contentHash: 'a'.repeat(64), revision: 1 };

  it('starts empty, and keeps what is recorded across openings, one entry per file and program', () => {
    const dir = tempDir('cli-ledger');
    const ledger = openFileLedger(dir);
    expect(ledger.find(SANDBOX_PROGRAM_ID, '/docs/a.md')).toBeUndefined();
    ledger.record(entry);
    ledger.record({ ...entry, revision: 2, contentHash: 'b'.repeat(64) });
    const again = openFileLedger(dir);
    expect(again.find(SANDBOX_PROGRAM_ID, '/docs/a.md')).toEqual({ ...entry, revision: 2, contentHash: 'b'.repeat(64) });
    expect(again.fileOf(DRAFT)).toBe('/docs/a.md');
    expect(JSON.parse(readFileSync(path.join(dir, LEDGER_FILE), 'utf8')).entries).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"version": 1, "entries": ['],
    ['the wrong shape', '{"version": 1, "entries": [{"path": "/a.md"}]}'],
    ['another version', '{"version": 2, "entries": []}'],
  ])('refuses a ledger that is %s, rather than start over and post files again, and leaves it untouched', (_what, text) => {
    const dir = tempDir('cli-ledger');
    writeFileSync(path.join(dir, LEDGER_FILE), text);
    expect(() => openFileLedger(dir)).toThrow(LedgerError);
    expect(() => openFileLedger(dir)).toThrow(`The CLI's ledger ${path.join(dir, LEDGER_FILE)} is damaged, so nothing was queued`);
    expect(readFileSync(path.join(dir, LEDGER_FILE), 'utf8')).toBe(text);
  });
});

describe('one command at a time per data folder', () => {
  it('makes a second command wait for the first', async () => {
    const dir = tempDir('cli-lock');
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = withLedgerLock(dir, async () => {
      order.push('first in');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('first out');
    });
    const second = withLedgerLock(dir, () => Promise.resolve(void order.push('second')), { pollMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives up with a sentence when the holder keeps it', async () => {
    const dir = tempDir('cli-lock');
    writeFileSync(path.join(dir, LOCK_FILE), String(process.pid));
    await expect(withLedgerLock(dir, () => Promise.resolve(), { waitMs: 50, pollMs: 10 })).rejects.toThrow(
      `Another content-studio command (process ${process.pid}) is preparing files in ${dir}. Let it finish, or stop it, then run this again.`,
    );
  });

  it('takes over the lock of a process that is gone', async () => {
    const dir = tempDir('cli-lock');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(path.join(dir, LOCK_FILE), gone);
    await expect(withLedgerLock(dir, () => Promise.resolve('ran'), { waitMs: 50 })).resolves.toBe('ran');
  });
});

describe('running again', () => {
  let session: CliSession;
  let dataDir: string;
  let file: string;

  beforeEach(async () => {
    dataDir = tempDir('cli-rerun');
    file = path.join(tempDir('cli-rerun-files'), 'post.md');
    session = await openCliSession({ dataDir, send: false, startSandbox: true, logger: createStderrLogger(() => undefined) });
  });
  afterEach(() => session.close());

  async function contentOf(source: string): Promise<FileContent> {
    writeFileSync(file, source);
    const reading = await readFileDraft(file);
    if (!reading.ok) throw new Error(reading.problem.message);
    return fileContent(reading.file, [{ id: 101, name: 'Company News' }]);
  }
  const target = () => ({ programId: SANDBOX_PROGRAM_ID, path: file });
  const ensure = async (content: FileContent) => ensureFileDraft(session, openFileLedger(dataDir), target(), content);
  const draft = (id: string) => session.call('drafts.get', { id });

  it('makes one draft, then finds it again: the same content is the same draft and the same job', async () => {
    const content = await contentOf('# First\n\nHello\n');
    const first = await ensure(content);
    expect(first.change).toBe('created');
    expect(await draft(first.draftId)).toMatchObject({ title: 'First', revision: 1, topics: [{ id: 101, name: 'Company News' }] });
    const [queued] = (await session.call('outbox.enqueue', { draftIds: [first.draftId], action: 'publish' })).results;

    expect(await ensure(content)).toEqual({ draftId: first.draftId, change: 'unchanged' });
    const [again] = (await session.call('outbox.enqueue', { draftIds: [first.draftId], action: 'publish' })).results;
    expect(again).toMatchObject({ ok: true, created: false, jobId: queued!.ok ? queued!.jobId : 'none' });
  });

  it('saves a changed file as a new revision of the same draft, and records that revision', async () => {
    const { draftId } = await ensure(await contentOf('# First\n\nHello\n'));
    expect(await ensure(await contentOf('# First\n\nHello again\n'))).toEqual({ draftId, change: 'saved' });
    expect(await draft(draftId)).toMatchObject({ revision: 2, bodyHtml: '<p>Hello again</p>' });
    expect(openFileLedger(dataDir).find(SANDBOX_PROGRAM_ID, file)).toMatchObject({ draftId, revision: 2 });
  });

  it('puts the file back when the draft was edited in the studio since', async () => {
    const content = await contentOf('# First\n\nHello\n');
    const { draftId } = await ensure(content);
    const edited = await draft(draftId);
    await session.call('drafts.save', { id: draftId, baseRevision: 1, content: { ...contentWithout(edited), title: 'Edited in the studio', featured: true } });
    expect(await ensure(content)).toEqual({ draftId, change: 'saved' });
    expect(await draft(draftId)).toMatchObject({ title: 'First', revision: 3, featured: true });
  });

  it('restores a draft deleted in the studio, keeping its id (and so its post)', async () => {
    const content = await contentOf('# First\n\nHello\n');
    const { draftId } = await ensure(content);
    await session.call('drafts.delete', { id: draftId });
    expect(await ensure(content)).toEqual({ draftId, change: 'restored' });
    expect(await draft(draftId)).toMatchObject({ title: 'First' });
  });

  it('after a crash between recording a new file and creating its draft, creates the draft under the recorded id', async () => {
    const content = await contentOf('# First\n\nHello\n');
    openFileLedger(dataDir).record({ ...target(), draftId: DRAFT, contentHash: 'c'.repeat(64), revision: 1 });
    expect(await ensure(content)).toEqual({ draftId: DRAFT, change: 'created' });
    expect(await draft(DRAFT)).toMatchObject({ title: 'First', revision: 1 });
    expect((await session.call('drafts.list', {})).items.filter((item) => item.title === 'First')).toHaveLength(1);
  });

  it('records a new file’s draft id before the draft exists, so a failure there cannot lead to a second id', async () => {
    const content = await contentOf('# First\n\nHello\n');
    await expect(ensure({ ...content, title: 'x'.repeat(1_001) })).rejects.toThrow();
    const recorded = openFileLedger(dataDir).find(SANDBOX_PROGRAM_ID, file);
    expect(recorded).toMatchObject({ revision: 1 });
    await expect(draft(recorded!.draftId)).rejects.toMatchObject({ code: 'not_found' });
    expect(await ensure(content)).toEqual({ draftId: recorded!.draftId, change: 'created' });
  });

  it('after a crash between saving a changed file and recording it, saves once more and records that', async () => {
    const { draftId } = await ensure(await contentOf('# First\n\nHello\n'));
    const changed = await contentOf('# First\n\nChanged\n');
    const current = await draft(draftId);
    await session.call('drafts.save', { id: draftId, baseRevision: 1, content: { ...contentWithout(current), ...changed } });
    expect(await ensure(changed)).toEqual({ draftId, change: 'saved' });
    expect(openFileLedger(dataDir).find(SANDBOX_PROGRAM_ID, file)).toMatchObject({ draftId, revision: 3 });
    expect(await ensure(changed)).toEqual({ draftId, change: 'unchanged' });
  });
});

function contentWithout<T extends { id: unknown; programId: unknown; remote: unknown; syncStatus: unknown; revision: unknown; createdAt: unknown; updatedAt: unknown }>(draft: T) {
  const { id: _id, programId: _program, remote: _remote, syncStatus: _sync, revision: _revision, createdAt: _created, updatedAt: _updated, ...content } = draft;
  return content;
}
