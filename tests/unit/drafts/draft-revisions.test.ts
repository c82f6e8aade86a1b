/**
 * Revisions: a snapshot every few minutes of editing, one before every sync
 * or publish, a bounded history, and restores that lose nothing.
 */
import path from 'node:path';
import Database from 'libsql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEPT_PER_DRAFT, KEPT_PINNED, PINNED_FOR_MS, SNAPSHOT_INTERVAL_MS } from '../../../electron/core/drafts/draft-revisions.js';
import { article, failureOf, openTestStore, programA, type TestStore } from './draft-test-store.js';

let test: TestStore;
beforeEach(() => {
  test = openTestStore();
});
afterEach(() => test.dispose());

const MINUTE = 60_000;

async function typing(id: string, from: number, saves: number, everyMs: number): Promise<number> {
  let revision = from;
  for (let n = 1; n <= saves; n += 1) {
    test.clock.advance(everyMs);
    ({ revision } = await test.store.save({ id, baseRevision: revision, content: article({ title: `Take ${revision + 1}`, bodyHtml: `<p>Text ${revision + 1}</p>` }) }));
  }
  return revision;
}

describe('draft revisions', () => {
  it('snapshots the text a save replaces once the newest snapshot is a few minutes old', async () => {
    const draft = await test.store.create({ programId: programA, ...article({ title: 'Take 1' }) });
    await typing(draft.id, 1, 60, 10_000);
    const revisions = await test.store.listRevisions(draft.id);
    // Ten minutes of typing, one save every ten seconds: one snapshot per interval, of the text just before it.
    expect(revisions).toHaveLength(Math.floor((60 * 10_000) / SNAPSHOT_INTERVAL_MS));
    expect(revisions.every((revision) => revision.reason === 'interval')).toBe(true);
    expect(revisions.at(-1)).toMatchObject({ revision: 18, title: 'Take 18' });
    expect(revisions.map((revision) => revision.id)).toEqual([...revisions.map((revision) => revision.id)].sort((a, b) => b - a));
  });

  it('keeps how the previous session ended at the first save of a new one', async () => {
    const draft = await test.store.create({ programId: programA, ...article({ title: 'Take 1' }) });
    await typing(draft.id, 1, 3, 1_000);
    test.clock.advance(60 * MINUTE);
    await typing(draft.id, 4, 1, 1_000);
    expect(await test.store.listRevisions(draft.id)).toEqual([expect.objectContaining({ revision: 4, title: 'Take 4', reason: 'interval' })]);
  });

  it('snapshots before sync and publish on demand', async () => {
    const draft = await test.store.create({ programId: programA, ...article({ title: 'Ready' }) });
    const beforeSync = await test.store.snapshot(draft.id, 'before_sync');
    const beforePublish = await test.store.snapshot(draft.id, 'before_publish');
    expect(beforeSync).toMatchObject({ revision: 1, reason: 'before_sync', title: 'Ready', createdAt: new Date(test.clock.now()).toISOString() });
    expect((await test.store.listRevisions(draft.id)).map((revision) => revision.id)).toEqual([beforePublish.id, beforeSync.id]);
    expect(await failureOf(test.store.snapshot(draft.id, 'whenever' as never))).toMatchObject({ code: 'invalid_request' });
  });

  it('returns the snapshot already taken when an unchanged draft is synced again', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    const first = await test.store.snapshot(draft.id, 'before_sync');
    expect(await test.store.snapshot(draft.id, 'before_sync')).toEqual(first);
    expect(await test.store.listRevisions(draft.id)).toHaveLength(1);
  });

  it('restores a snapshot as a new revision and keeps the text it replaced', async () => {
    const draft = await test.store.create({ programId: programA, ...article({ title: 'First', bodyHtml: '<p>one</p>' }) });
    const snapshot = await test.store.snapshot(draft.id, 'before_publish');
    await test.store.save({ id: draft.id, baseRevision: 1, content: article({ title: 'Second', bodyHtml: '<p>two</p>' }) });
    const ack = await test.store.restoreRevision({ id: draft.id, revisionId: snapshot.id, baseRevision: 2 });
    expect(ack.revision).toBe(3);
    expect(await test.store.get(draft.id)).toMatchObject({ title: 'First', bodyHtml: '<p>one</p>', revision: 3 });
    const [replaced] = await test.store.listRevisions(draft.id);
    expect(replaced).toMatchObject({ reason: 'before_restore', revision: 2, title: 'Second' });
    await test.store.restoreRevision({ id: draft.id, revisionId: replaced!.id, baseRevision: 3 });
    expect((await test.store.get(draft.id)).title).toBe('Second');
    expect((await test.store.search({ query: 'two ' })).hits).toHaveLength(1);
  });

  it('refuses a restore from a stale editor or of another draft’s snapshot', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    const other = await test.store.create({ programId: programA, ...article() });
    const foreign = await test.store.snapshot(other.id, 'before_sync');
    expect(await failureOf(test.store.restoreRevision({ id: draft.id, revisionId: foreign.id, baseRevision: 1 }))).toMatchObject({ code: 'not_found' });
    const own = await test.store.snapshot(draft.id, 'before_sync');
    await test.store.save({ id: draft.id, baseRevision: 1, content: article({ title: 'Newer' }) });
    expect(await failureOf(test.store.restoreRevision({ id: draft.id, revisionId: own.id, baseRevision: 1 }))).toMatchObject({ code: 'draft_conflict' });
  });

  it('keeps the newest snapshots per draft but never drops a sync or publish snapshot younger than 30 days', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    const pinned = await test.store.snapshot(draft.id, 'before_publish');
    test.clock.advance(1_000);
    const expiring = await test.store.snapshot(draft.id, 'before_sync');
    const db = new Database(path.join(test.dataDir, 'drafts.sqlite'));
    // The sync snapshot is made old; the publish one stays young.
    db.prepare('UPDATE draft_revisions SET created_at = created_at - ? WHERE id = ?').run(PINNED_FOR_MS + 1, expiring.id);
    db.close();
    let revision = 1;
    for (let n = 0; n < KEPT_PER_DRAFT + 5; n += 1) {
      test.clock.advance(SNAPSHOT_INTERVAL_MS);
      ({ revision } = await test.store.save({ id: draft.id, baseRevision: revision, content: article({ title: `Take ${n}` }) }));
    }
    const ids = (await test.store.listRevisions(draft.id)).map((info) => info.id);
    expect(ids).toHaveLength(KEPT_PER_DRAFT + 1);
    expect(ids).toContain(pinned.id);
    expect(ids).not.toContain(expiring.id);
  });

  it('caps the sync and publish snapshots of a draft synced very often', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    let revision = 1;
    for (let n = 0; n < KEPT_PINNED + 3; n += 1) {
      await test.store.snapshot(draft.id, 'before_sync');
      ({ revision } = await test.store.save({ id: draft.id, baseRevision: revision, content: article({ title: `Sync ${n}` }) }));
    }
    expect(await test.store.listRevisions(draft.id)).toHaveLength(KEPT_PINNED);
  });
});
