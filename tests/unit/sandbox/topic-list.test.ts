import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

const recordKeys = [
  'id', 'name', 'description', 'state', 'auto_publish', 'auto_follow', 'recommended', 'targeted',
  'user_submittable', 'promoted', 'groups', 'contributors', 'follower_count', 'created_at', 'updated_at',
].sort();

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});

afterAll(() => harness.close());

const seededByName = () => harness.sandbox.runtime.state.topics.toSorted((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));

async function allPages(size: number): Promise<{ pages: any[][]; total: number }> {
  const pages: any[][] = [];
  let total = 0;
  for (let number = 1; ; number += 1) {
    const reply = await harness.call('GET', `/v2/channels?page.size=${size}&page.number=${number}`);
    expect(reply.status).toBe(200);
    expect(reply.body.meta.pagination).toEqual({ page: number, page_size: size, total_records: reply.body.meta.pagination.total_records });
    total = reply.body.meta.pagination.total_records;
    if (reply.body.data.length === 0) return { pages, total };
    pages.push(reply.body.data);
  }
}

describe('GET /v2/channels', () => {
  it('answers the first 20 topics by name, as records without follower ids', async () => {
    const reply = await harness.call('GET', '/v2/channels');
    expect(reply.status).toBe(200);
    expect(reply.body.meta).toEqual({ pagination: { page: 1, page_size: 20, total_records: 40 } });
    const seeded = seededByName();
    expect(reply.body.data.map((topic: any) => topic.id)).toEqual(seeded.slice(0, 20).map((topic) => topic.id));
    for (const record of reply.body.data) {
      expect(Object.keys(record).sort()).toEqual(recordKeys);
      const topic = seeded.find((candidate) => candidate.id === record.id)!;
      expect(record.follower_count).toBe(topic.follower_ids.length);
      expect(record.groups).toEqual(topic.groups);
    }
  });

  it('lets every role read (members follow topics)', async () => {
    for (const role of ['member', 'publisher', 'manager', 'service'] as const) {
      const reply = await harness.call('GET', '/v2/channels', { token: harness.tokenFor(role) });
      expect(reply.status, role).toBe(200);
    }
  });

  it('pages through every topic once, with a short last page and an empty page past the end', async () => {
    const { pages, total } = await allPages(7);
    expect(total).toBe(40);
    expect(pages.map((page) => page.length)).toEqual([7, 7, 7, 7, 7, 5]);
    expect(pages.flat().map((topic) => topic.id)).toEqual(seededByName().map((topic) => topic.id));

    const past = await harness.call('GET', '/v2/channels?page.size=7&page.number=99');
    expect(past.status).toBe(200);
    expect(past.body).toEqual({ data: [], meta: { pagination: { page: 99, page_size: 7, total_records: 40 } } });
  });

  it('takes page.size up to 100', async () => {
    const reply = await harness.call('GET', '/v2/channels?page.size=100');
    expect(reply.body.data).toHaveLength(40);
    expect(reply.body.meta.pagination.page_size).toBe(100);
  });

  it.each([
    ['page.size=0', 'page.size'],
    ['page.size=101', 'page.size'],
    ['page.size=abc', 'page.size'],
    ['page.size=-1', 'page.size'],
    ['page.size=2.5', 'page.size'],
    ['page.number=0', 'page.number'],
    ['page.number=x', 'page.number'],
  ])('refuses %s with 400', async (query, field) => {
    const reply = await harness.call('GET', `/v2/channels?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ status: 400, code: 'validation_failed', field });
  });

  it('filters by state, archived ones included, one value or several', async () => {
    const archived = await harness.call('GET', '/v2/channels?filter.state=archived');
    expect(archived.body.data.map((topic: any) => topic.id).sort()).toEqual([138, 139, 140]);
    expect(archived.body.data.every((topic: any) => topic.state === 'archived')).toBe(true);
    expect(archived.body.meta.pagination.total_records).toBe(3);

    const hiddenIds = [106, 117, 128];
    for (const query of ['filter.state=hidden,archived', 'filter.state=hidden&filter.state=archived']) {
      const reply = await harness.call('GET', `/v2/channels?${query}`);
      expect(reply.body.data.map((topic: any) => topic.id).sort(), query).toEqual([...hiddenIds, 138, 139, 140]);
    }

    const published = await harness.call('GET', '/v2/channels?filter.state=published&page.size=100');
    expect(published.body.meta.pagination.total_records).toBe(34);

    const none = await harness.call('GET', '/v2/channels?filter.state=active');
    expect(none.body).toEqual({ data: [], meta: { pagination: { page: 1, page_size: 20, total_records: 0 } } });
  });

  it('refuses an unknown state filter with 400', async () => {
    const reply = await harness.call('GET', '/v2/channels?filter.state=published,deleted');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ field: 'filter.state' });
    expect(reply.body.errors[0].message).toContain('deleted');
  });

  it('sorts by name either way, ignoring case', async () => {
    const ascending = seededByName().map((topic) => topic.id);
    const reply = await harness.call('GET', '/v2/channels?sort=name&page.size=100');
    expect(reply.body.data.map((topic: any) => topic.id)).toEqual(ascending);
    const descending = await harness.call('GET', '/v2/channels?sort=-name&page.size=100');
    expect(descending.body.data.map((topic: any) => topic.id)).toEqual(ascending.toReversed());
  });

  it.each(['title', '-id', 'name,created_at', ''])('refuses sort=%s with 400', async (sort) => {
    const reply = await harness.call('GET', `/v2/channels?sort=${sort}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ field: 'sort' });
  });
});

describe('GET /v2/channels sorted by created_at', () => {
  it('puts newer topics last (or first with -created_at), ties in id order', async () => {
    const own = await startSandboxHarness();
    try {
      const manager = own.tokenFor('manager');
      own.sandbox.runtime.clock.advance(60);
      const first = await own.call('POST', '/v2/channels', { token: manager, body: { name: 'Zebra', description: 'Newer.' } });
      own.sandbox.runtime.clock.advance(60);
      const second = await own.call('POST', '/v2/channels', { token: manager, body: { name: 'Aardvark', description: 'Newest.' } });

      const seededIds = Array.from({ length: 40 }, (_, index) => 101 + index);
      const oldestFirst = await own.call('GET', '/v2/channels?sort=created_at&page.size=100');
      expect(oldestFirst.body.data.map((topic: any) => topic.id)).toEqual([...seededIds, first.body.data.id, second.body.data.id]);
      const newestFirst = await own.call('GET', '/v2/channels?sort=-created_at&page.size=3');
      expect(newestFirst.body.data.map((topic: any) => topic.id)).toEqual([second.body.data.id, first.body.data.id, 101]);
    } finally {
      await own.close();
    }
  });
});
