/**
 * The drafts list: last change first, one page at a time, filtered by
 * program, content type, remote state, topic and sync status.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/drafts/draft-schema.js';
import { article, openTestStore, programA, programB, type TestStore } from './draft-test-store.js';

let test: TestStore;
let drafts: Record<string, Draft>;

beforeEach(async () => {
  test = openTestStore();
  const make = async (title: string, input: Record<string, unknown>) => {
    test.clock.advance(1_000);
    return test.store.create({ programId: programA, ...article({ title }), ...input });
  };
  drafts = {
    plain: await make('plain', {}),
    link: await make('link', { contentType: 'link', linkUrl: 'https://example.com' }),
    published: await make('published', { remote: { id: 1, uuid: randomUUID(), state: 'published', updatedAt: null } }),
    topical: await make('topical', { topics: [{ id: 12, name: 'Safety' }, { id: 13, name: 'Sites' }] }),
    other: await make('other', { programId: programB, topics: [{ id: 12, name: 'Safety' }] }),
  };
});
afterEach(() => test.dispose());

const titles = async (request: Parameters<TestStore['store']['list']>[0]) => (await test.store.list(request)).items.map((item) => item.title);

describe('listing drafts', () => {
  it('lists live drafts, last changed first, without their bodies', async () => {
    expect(await titles({})).toEqual(['other', 'topical', 'published', 'link', 'plain']);
    test.clock.advance(1_000);
    await test.store.save({ id: drafts.plain!.id, baseRevision: 1, content: article({ title: 'plain' }) });
    const page = await test.store.list();
    expect(page.items[0]!.title).toBe('plain');
    expect(page.items[0]).not.toHaveProperty('bodyHtml');
  });

  it('pages with an offset and says when there is more', async () => {
    const first = await test.store.list({ limit: 2 });
    expect(first.items.map((item) => item.title)).toEqual(['other', 'topical']);
    expect(first.nextOffset).toBe(2);
    const last = await test.store.list({ limit: 2, offset: 4 });
    expect(last.items.map((item) => item.title)).toEqual(['plain']);
    expect(last.nextOffset).toBeNull();
  });

  it('filters by program, content type, remote state, topic and sync status', async () => {
    expect(await titles({ programId: programB })).toEqual(['other']);
    expect(await titles({ contentType: 'link' })).toEqual(['link']);
    expect(await titles({ remoteState: 'published' })).toEqual(['published']);
    expect(await titles({ remoteState: 'none', programId: programA })).toEqual(['topical', 'link', 'plain']);
    expect(await titles({ topicId: 12 })).toEqual(['other', 'topical']);
    expect(await titles({ topicId: 12, programId: programA })).toEqual(['topical']);
    expect(await titles({ syncStatus: 'in_sync' })).toEqual(['published']);
    expect(await titles({ syncStatus: 'local_only', contentType: 'article', programId: programA })).toEqual(['topical', 'plain']);
  });

  it('follows topic changes made by a save', async () => {
    await test.store.save({ id: drafts.topical!.id, baseRevision: 1, content: article({ title: 'topical', topics: [{ id: 99, name: 'New' }] }) });
    expect(await titles({ topicId: 12 })).toEqual(['other']);
    expect(await titles({ topicId: 99 })).toEqual(['topical']);
  });

  it('refuses filters outside the contract', async () => {
    await expect(test.store.list({ syncStatus: 'nonsense' } as never)).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(test.store.list({ limit: 10_000 })).rejects.toMatchObject({ code: 'invalid_request' });
  });
});
