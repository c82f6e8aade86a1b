import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAll, type Page, type PageRequest } from '../../../electron/core/firstup/pagination.js';
import { clientFor, contentRecord, startFakeFirstup, type FakeFirstup } from './auth-fake-server.js';

let fake: FakeFirstup;
beforeAll(async () => {
  fake = await startFakeFirstup();
});
afterAll(() => fake.close());

const query = (index: number) => Object.fromEntries(fake.requests[index]!.query);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('listAll', () => {
  const numbered = (total: number, size: number, meta: 'full' | 'none') => (request: PageRequest): Promise<Page<number>> => {
    const number = request.number ?? 1;
    const items = Array.from({ length: total }, (_, i) => i + 1).slice((number - 1) * size, number * size);
    return Promise.resolve({ items, page: meta === 'full' ? number : null, pageSize: meta === 'full' ? size : null, totalRecords: meta === 'full' ? total : null, nextCursor: null });
  };

  it('pages by number until the total is reached, without an extra request', async () => {
    const requests: PageRequest[] = [];
    const fetchPage = numbered(25, 10, 'full');
    const items = await collect(listAll((request) => (requests.push(request), fetchPage(request)), { pageSize: 10 }));
    expect(items).toHaveLength(25);
    expect(requests).toEqual([{ size: 10 }, { size: 10, number: 2 }, { size: 10, number: 3 }]);
  });

  it('stops on a short page when there is no metadata', async () => {
    expect(await collect(listAll(numbered(25, 10, 'none'), { pageSize: 10 }))).toHaveLength(25);
  });

  it('stops on an empty page when the total is a multiple of the page size', async () => {
    let calls = 0;
    const fetchPage = numbered(20, 10, 'none');
    expect(await collect(listAll((request) => (calls++, fetchPage(request)), { pageSize: 10 }))).toHaveLength(20);
    expect(calls).toBe(3);
  });

  it('throws at the page cap rather than passing off a truncated list', async () => {
    await expect(collect(listAll(numbered(1_000, 10, 'none'), { pageSize: 10, maxPages: 3 }))).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('throws when a cursor repeats', async () => {
    const loop = () => Promise.resolve({ items: [1], page: null, pageSize: null, totalRecords: null, nextCursor: 'same' });
    await expect(collect(listAll(loop))).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('follows cursors through the client, sending page.cursor', async () => {
    fake.answer(
      { body: { data: [contentRecord({ id: 1 }), contentRecord({ id: 2 })], meta: { pagination: { cursor: 'a', next: 'b', page_size: 2 } } } },
      { body: { data: [contentRecord({ id: 3 })], meta: { pagination: { cursor: 'b', next: null, page_size: 2 } } } },
    );
    const { client } = clientFor(fake);
    const ids = (await collect(listAll((page) => client.listContent({ channelIds: [101], page }), { pageSize: 2 }))).map((record) => record.id);
    expect(ids).toEqual([1, 2, 3]);
    expect([query(0), query(1)]).toEqual([
      { 'filter.channels.id': '101', 'page.size': '2' },
      { 'filter.channels.id': '101', 'page.size': '2', 'page.cursor': 'b' },
    ]);
  });
});
