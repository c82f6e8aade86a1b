/**
 * A damaged drafts file is never silently replaced: it is moved aside with a
 * timestamp, the newest backup that passes its check is restored, and the
 * open report tells the person what happened.
 */
import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { article, copyOf, openTestStore, programA, type TestStore } from './draft-test-store.js';

const opened: TestStore[] = [];
afterEach(() => opened.splice(0).forEach((test) => test.dispose()));

const databaseFile = (dataDir: string) => path.join(dataDir, 'drafts.sqlite');
const backupFolder = (dataDir: string) => path.join(dataDir, 'draft-backups');
const garbage = Buffer.alloc(64 * 1024, 'not a database, just bytes ');

/**
 * A closed store's folder (a copy, see copyOf) holding one draft in its last
 * backup (`kept`) and one written after it (`lost`); `open` starts a store on it.
 */
async function storeWithBackup() {
  const original = openTestStore();
  opened.push(original);
  const kept = await original.store.create({ programId: programA, ...article({ title: 'In the backup', bodyHtml: `<p>${'words '.repeat(5_000)}</p>` }) });
  original.reopen();
  const lost = await original.store.create({ programId: programA, ...article({ title: 'After the backup' }) });
  original.store.close();
  const dataDir = copyOf(original.dataDir);
  const open = () => {
    const test = openTestStore(dataDir);
    opened.push(test);
    return test;
  };
  return { dataDir, open, kept, lost };
}

describe('recovering a damaged drafts file', () => {
  it('moves a file full of garbage aside, restores the last backup and says so', async () => {
    const { dataDir, open, kept, lost } = await storeWithBackup();
    writeFileSync(databaseFile(dataDir), garbage);
    const { store, logger } = open();
    const report = store.openReport;
    expect(report.restoredFromBackup).toBe(true);
    expect(report.movedAsideTo).toMatch(/drafts\.damaged-.+\.sqlite$/);
    expect(readFileSync(report.movedAsideTo!)).toEqual(garbage);
    expect(report.message).toMatch(/damaged/);
    expect(report.message).toMatch(/backup from .+ was restored/);
    expect((await store.get(kept.id)).title).toBe('In the backup');
    await expect(store.get(lost.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(logger.lines.some((line) => line.level === 'error' && /integrity check/.test(line.message))).toBe(true);
  });

  it('treats a truncated file the same way', async () => {
    const { dataDir, open, kept } = await storeWithBackup();
    truncateSync(databaseFile(dataDir), Math.floor(statSync(databaseFile(dataDir)).size * 0.4));
    const { store } = open();
    expect(store.openReport).toMatchObject({ restoredFromBackup: true, movedAsideTo: expect.stringMatching(/damaged/) });
    expect((await store.get(kept.id)).title).toBe('In the backup');
  });

  it('starts empty when there is no backup, and still reports the file it moved aside', async () => {
    const { dataDir, open } = await storeWithBackup();
    rmSync(backupFolder(dataDir), { recursive: true });
    writeFileSync(databaseFile(dataDir), garbage);
    const { store } = open();
    expect(store.openReport.restoredFromBackup).toBe(false);
    expect(existsSync(store.openReport.movedAsideTo!)).toBe(true);
    expect(store.openReport.message).toMatch(/moved to .+ no usable backup/);
    expect((await store.list()).items).toEqual([]);
    const fresh = await store.create({ programId: programA, ...article() });
    expect(fresh.revision).toBe(1);
  });

  it('skips a damaged backup and restores the one before it', async () => {
    const { dataDir, open, kept } = await storeWithBackup();
    open().store.close();
    const [newest] = readdirSync(backupFolder(dataDir)).sort().reverse();
    writeFileSync(path.join(backupFolder(dataDir), newest!), garbage);
    const copy = copyOf(dataDir);
    writeFileSync(databaseFile(copy), garbage);
    const test = openTestStore(copy);
    opened.push(test);
    expect(test.store.openReport.restoredFromBackup).toBe(true);
    expect(existsSync(path.join(backupFolder(copy), `${newest!}.damaged`))).toBe(true);
    expect((await test.store.get(kept.id)).title).toBe('In the backup');
  });

  it('restores the backup when the file is missing but backups exist (a crash mid-restore)', async () => {
    const { dataDir, open, kept } = await storeWithBackup();
    rmSync(databaseFile(dataDir));
    const { store } = open();
    expect(store.openReport).toMatchObject({ restoredFromBackup: true, message: expect.stringMatching(/missing/) });
    expect(store.openReport.movedAsideTo).toBeUndefined();
    expect((await store.get(kept.id)).title).toBe('In the backup');
  });
});
