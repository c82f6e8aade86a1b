/**
 * Creating, reading, saving and deleting drafts: every save is acknowledged
 * with the new revision only after it is committed, a save based on an old
 * revision is refused, and callers only ever see StudioErrors.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'libsql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { article, contentOf, failureOf, openTestStore, programA, type TestStore } from './draft-test-store.js';

let test: TestStore;
beforeEach(() => {
  test = openTestStore();
});
afterEach(() => test.dispose());

describe('draft CRUD', () => {
  it('creates a draft with defaults, a client id and revision 1', async () => {
    const id = randomUUID();
    const draft = await test.store.create({ id, programId: programA, title: 'Town hall' });
    expect(draft).toMatchObject({ id, programId: programA, title: 'Town hall', contentType: 'article', bodyHtml: '', syncStatus: 'local_only', revision: 1, remote: null });
    expect(draft.createdAt).toBe(new Date(test.clock.now()).toISOString());
    expect(await test.store.get(id)).toEqual(draft);
  });

  it('refuses a second draft with the same id', async () => {
    const id = randomUUID();
    await test.store.create({ id, programId: programA });
    expect(await failureOf(test.store.create({ id, programId: programA }))).toMatchObject({ code: 'invalid_request' });
  });

  it('saves every field, bumps the revision and acknowledges after the commit', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    test.clock.advance(1_000);
    const content = article({
      contentType: 'link',
      title: 'Benefits 2026',
      summary: 'What changes in January',
      bodyHtml: '<p>Open enrolment starts <strong>Monday</strong>.</p>',
      linkUrl: 'https://example.com/benefits',
      topics: [{ id: 7, name: 'HR' }],
      images: [{ url: null, localFileRef: 'studio-local:abc', altText: 'A chart' }],
      videos: [{ videoId: 42, embedHtml: '<iframe src="https://player.example/42"></iframe>', url: null }],
      author: { userId: 5, displayName: 'Ada' },
      visibility: 'private',
      featured: true,
    });
    const ack = await test.store.save({ id: draft.id, baseRevision: 1, content });
    expect(ack).toEqual({ id: draft.id, revision: 2, updatedAt: new Date(test.clock.now()).toISOString() });
    const reopened = await test.reopen().get(draft.id);
    expect(contentOf(reopened)).toEqual(content);
    expect(reopened.revision).toBe(2);
  });

  it('runs the injected sanitiser on every body it stores', async () => {
    const draft = await test.store.create({ programId: programA, bodyHtml: '<p>Hi</p><script>alert(1)</script>' });
    expect(draft.bodyHtml).toBe('<p>Hi</p>');
    await test.store.save({ id: draft.id, baseRevision: 1, content: article({ bodyHtml: '<script>x()</script><p>Bye</p>' }) });
    expect((await test.store.get(draft.id)).bodyHtml).toBe('<p>Bye</p>');
  });

  it('refuses a save based on an old revision and keeps the newer text', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    await test.store.save({ id: draft.id, baseRevision: 1, content: article({ title: 'Window A' }) });
    const failure = await failureOf(test.store.save({ id: draft.id, baseRevision: 1, content: article({ title: 'Window B' }) }));
    expect(failure).toMatchObject({ code: 'draft_conflict', details: { currentRevision: 2, baseRevision: 1 } });
    expect(failure.message).toMatch(/Nothing was overwritten/);
    expect((await test.store.get(draft.id)).title).toBe('Window A');
  });

  it('moves a draft to the trash and back', async () => {
    const draft = await test.store.create({ programId: programA, ...article({ title: 'Binned' }) });
    await test.store.delete(draft.id);
    expect(await failureOf(test.store.get(draft.id))).toMatchObject({ code: 'not_found' });
    expect((await test.store.list()).items).toEqual([]);
    expect((await test.store.list({ trashed: true })).items.map((item) => item.id)).toEqual([draft.id]);
    expect(await failureOf(test.store.save({ id: draft.id, baseRevision: 1, content: article() }))).toMatchObject({ code: 'not_found' });
    expect((await test.store.restoreFromTrash(draft.id)).title).toBe('Binned');
    expect((await test.store.search({ query: 'binned ' })).hits).toHaveLength(1);
  });

  it('empties the trash of drafts deleted more than 30 days ago, at open', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    await test.store.delete(draft.id);
    test.clock.advance(31 * 24 * 60 * 60_000);
    expect((await test.reopen().list({ trashed: true })).items).toEqual([]);
  });

  it('maps bad input, unknown ids and a closed store to StudioErrors', async () => {
    expect(await failureOf(test.store.get('not-a-uuid'))).toMatchObject({ code: 'invalid_request' });
    expect(await failureOf(test.store.get(randomUUID()))).toMatchObject({ code: 'not_found' });
    expect(await failureOf(test.store.create({ programId: programA, title: 'x'.repeat(1_001) }))).toMatchObject({ code: 'invalid_request' });
    expect(await failureOf(test.store.create({ programId: programA, extra: true } as never))).toMatchObject({ code: 'invalid_request' });
    test.store.close();
    expect(await failureOf(test.store.list())).toMatchObject({ code: 'internal' });
  });

  it('skips a stored row that fails validation, with a warning, and keeps listing', async () => {
    const good = await test.store.create({ programId: programA, ...article({ title: 'Good' }) });
    const bad = await test.store.create({ programId: programA, ...article({ title: 'Bad' }) });
    const db = new Database(path.join(test.dataDir, 'drafts.sqlite'));
    db.prepare("UPDATE drafts SET topics_json = '{not json', content_type = 'memo' WHERE id = ?").run(bad.id);
    db.close();
    const page = await test.store.list();
    expect(page.items.map((item) => item.id)).toEqual([good.id]);
    expect(page.skipped).toBe(1);
    expect(test.logger.lines).toContainEqual({ level: 'warn', message: 'Drafts store: skipped a draft that failed validation' });
    expect(await failureOf(test.store.get(bad.id))).toMatchObject({ code: 'internal' });
  });

  it('records a sync without changing the revision, and a local edit after it marks the draft changed here', async () => {
    const draft = await test.store.create({ programId: programA, ...article() });
    const remote = { id: 901, uuid: randomUUID(), state: 'draft' as const, updatedAt: '2026-03-01T09:00:00Z' };
    const synced = await test.store.setSyncState({ id: draft.id, baseRevision: 1, remote, syncStatus: 'in_sync' });
    expect(synced).toMatchObject({ remote, syncStatus: 'in_sync', revision: 1, updatedAt: draft.updatedAt });
    await test.store.save({ id: draft.id, baseRevision: 1, content: article({ title: 'Edited' }) });
    expect((await test.store.get(draft.id)).syncStatus).toBe('changed_here');
    await test.store.setSyncState({ id: draft.id, baseRevision: 2, remote, syncStatus: 'changed_remotely' });
    await test.store.save({ id: draft.id, baseRevision: 2, content: article({ title: 'Edited again' }) });
    expect((await test.store.get(draft.id)).syncStatus).toBe('conflict');
    expect(await failureOf(test.store.setSyncState({ id: draft.id, baseRevision: 2, remote, syncStatus: 'in_sync' }))).toMatchObject({ code: 'draft_conflict' });
  });

  it('moves a draft to another program as a local copy and trashes the original', async () => {
    const draft = await test.store.create({
      programId: programA,
      remote: { id: 3, uuid: randomUUID(), state: 'published', updatedAt: null },
      ...article({ title: 'Moving', topics: [{ id: 1, name: 'News' }], author: { userId: 9, displayName: 'Grace' } }),
    });
    const programB = randomUUID();
    const copy = await test.store.moveToProgram({ id: draft.id, programId: programB });
    expect(copy).toMatchObject({ programId: programB, title: 'Moving', remote: null, syncStatus: 'local_only', revision: 1, topics: [], author: { userId: null, displayName: 'Grace' } });
    expect(copy.id).not.toBe(draft.id);
    expect(await failureOf(test.store.get(draft.id))).toMatchObject({ code: 'not_found' });
    expect((await test.store.list({ trashed: true })).items.map((item) => item.id)).toEqual([draft.id]);
    expect(await failureOf(test.store.moveToProgram({ id: copy.id, programId: programB }))).toMatchObject({ code: 'invalid_request' });
  });
});
