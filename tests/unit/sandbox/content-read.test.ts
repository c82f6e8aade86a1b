import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const posts = () => harness.sandbox.runtime.state.posts;
const idsOf = (reply: { body: any }) => reply.body.data.map((record: any) => record.id);

describe('GET /v2/content/{id}', () => {
  it('finds a post by numeric id and by uuid (any case)', async () => {
    const seeded = posts()[0]!;
    const byId = await harness.call('GET', `/v2/content/${seeded.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body.data).toMatchObject({ id: seeded.id, uuid: seeded.uuid, title: seeded.title });
    const byUuid = await harness.call('GET', `/v2/content/${seeded.uuid.toUpperCase()}`);
    expect(byUuid.body.data).toEqual(byId.body.data);
  });

  it.each(['999999', '00000000-0000-4000-8000-000000000000', 'not-an-id'])('answers %s with 404', async (reference) => {
    const reply = await harness.call('GET', `/v2/content/${reference}`);
    expect(reply.status).toBe(404);
    expect(reply.body.errors[0].code).toBe('not_found');
    expect(reply.headers.get('x-program-id')).toBe('4242');
  });

  it('refuses a member before looking the post up', async () => {
    for (const path of ['/v2/content', '/v2/content/5001', '/v2/content/999999']) {
      const reply = await harness.call('GET', path, { token: harness.tokenFor('member') });
      expect(reply.status).toBe(403);
    }
  });

  it('answers without a token with 401', async () => {
    expect((await harness.call('GET', '/v2/content', { token: null })).status).toBe(401);
  });
});

describe('GET /v2/content pagination', () => {
  it('defaults to page 1 of 20 and counts every post, archived included', async () => {
    const reply = await harness.call('GET', '/v2/content');
    expect(reply.status).toBe(200);
    expect(reply.body.data).toHaveLength(20);
    expect(reply.body.meta.pagination).toEqual({ page: 1, page_size: 20, total_records: posts().length });
    expect(reply.headers.get('x-user-id')).toBe('2');
  });

  it.each(['0', '101', 'abc', '-1', '2.5'])('refuses page.size=%s', async (size) => {
    const reply = await harness.call('GET', `/v2/content?page.size=${size}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('page.size');
  });

  it('refuses page.number=0', async () => {
    expect((await harness.call('GET', '/v2/content?page.number=0')).body.errors[0].field).toBe('page.number');
  });

  it('walks every post exactly once across pages, and a page past the end is empty with the total', async () => {
    const seen: number[] = [];
    for (let number = 1; number <= Math.ceil(posts().length / 7); number += 1) seen.push(...idsOf(await harness.call('GET', `/v2/content?page.size=7&page.number=${number}`)));
    expect(seen).toHaveLength(posts().length);
    expect(new Set(seen).size).toBe(posts().length);
    const past = await harness.call('GET', '/v2/content?page.size=7&page.number=50');
    expect(past.status).toBe(200);
    expect(past.body).toEqual({ data: [], meta: { pagination: { page: 50, page_size: 7, total_records: posts().length } } });
  });
});

describe('GET /v2/content filters', () => {
  const expectSameIds = (reply: { body: any }, expected: number[]) => {
    expect([...idsOf(reply)].sort()).toEqual([...expected].sort());
    expect(reply.body.meta.pagination.total_records).toBe(expected.length);
  };

  it('filters by state, as repeated or comma-separated values', async () => {
    const expected = posts().filter((p) => p.state === 'draft' || p.state === 'archived').map((p) => p.id);
    expectSameIds(await harness.call('GET', '/v2/content?page.size=100&filter.state=draft,archived'), expected);
    expectSameIds(await harness.call('GET', '/v2/content?page.size=100&filter.state=draft&filter.state=archived'), expected);
  });

  it('filters by topic, matching ANY of the ids', async () => {
    const expected = posts().filter((p) => p.channels.some((c) => c.id === 102 || c.id === 105)).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expectSameIds(await harness.call('GET', '/v2/content?page.size=100&filter.channels.id=102,105'), expected);
  });

  it('filters by content_type, notes included', async () => {
    const expected = posts().filter((p) => p.content_type === 'note').map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expectSameIds(await harness.call('GET', '/v2/content?filter.content_type=note'), expected);
  });

  it('filters by source.post_id', async () => {
    const reply = await harness.call('GET', '/v2/content?filter.source.post_id=seed-1');
    expect(idsOf(reply)).toEqual([5001]);
  });

  it('combines filters', async () => {
    const expected = posts().filter((p) => p.state === 'published' && p.content_type === 'article').map((p) => p.id);
    expectSameIds(await harness.call('GET', '/v2/content?page.size=100&filter.state=published&filter.content_type=article'), expected);
  });

  it.each([
    ['filter.content_type=bogus', 'filter.content_type'],
    ['filter.state=deleted', 'filter.state'],
    ['filter.channels.id=abc', 'filter.channels.id'],
    ['sort=title', 'sort'],
  ])('refuses %s', async (query, field) => {
    const reply = await harness.call('GET', `/v2/content?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe(field);
  });
});

describe('GET /v2/content sorting', () => {
  beforeAll(async () => {
    // Two posts with equal timestamps, so ties have to be broken by id.
    for (const title of ['Tie A', 'Tie B']) {
      const reply = await harness.call('POST', '/v2/content', { body: { content_type: 'article', title } });
      Object.assign(posts().find((p) => p.id === reply.body.data.id)!, { created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' });
    }
  });

  const expectedOrder = (field: 'created_at' | 'updated_at', descending: boolean) => {
    const direction = descending ? -1 : 1;
    return [...posts()]
      .sort((a, b) => (a[field] < b[field] ? -direction : a[field] > b[field] ? direction : direction * (a.id - b.id)))
      .map((p) => p.id);
  };

  it('defaults to newest first, ties by id', async () => {
    const reply = await harness.call('GET', '/v2/content?page.size=100');
    expect(idsOf(reply)).toEqual(expectedOrder('created_at', true));
    expect(idsOf(reply).slice(0, 2)).toEqual([...idsOf(reply).slice(0, 2)].sort((a, b) => b - a));
  });

  it.each([
    ['created_at', 'created_at', false],
    ['-created_at', 'created_at', true],
    ['updated_at', 'updated_at', false],
    ['-updated_at', 'updated_at', true],
  ] as const)('sort=%s', async (sort, field, descending) => {
    const reply = await harness.call('GET', `/v2/content?page.size=100&sort=${sort}`);
    expect(idsOf(reply)).toEqual(expectedOrder(field, descending));
  });
});
