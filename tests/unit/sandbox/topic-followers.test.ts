import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});

afterAll(() => harness.close());

const topic = (id: number) => harness.sandbox.runtime.state.topics.find((candidate) => candidate.id === id)!;

describe('GET /v2/channels/{channel_id}/followers', () => {
  it('pages through exactly the seeded follower set, by user id', async () => {
    const seeded = topic(102).follower_ids.toSorted((a, b) => a - b);
    const seen: number[] = [];
    for (let number = 1; ; number += 1) {
      const reply = await harness.call('GET', `/v2/channels/102/followers?page.size=100&page.number=${number}`);
      expect(reply.status).toBe(200);
      expect(reply.body.meta.pagination).toEqual({ page: number, page_size: 100, total_records: seeded.length });
      if (reply.body.data.length === 0) break;
      seen.push(...reply.body.data.map((follower: any) => follower.user_id));
    }
    expect(seen).toEqual(seeded);
  });

  it('describes each follower with the documented fields', async () => {
    const reply = await harness.call('GET', '/v2/channels/101/followers?page.size=3', { token: harness.tokenFor('member') });
    expect(reply.status).toBe(200);
    expect(reply.body.meta.pagination.total_records).toBe(5_000);
    expect(reply.body.data).toEqual([
      { user_id: 1, display_name: 'Sandbox API Client', full_name: 'Sandbox API Client', username: 'sandbox-api', employee_id: 'E000001', avatar_url: 'https://avatars.sandbox.invalid/1.png' },
      { user_id: 2, display_name: 'Pat Publisher', full_name: 'Pat Publisher', username: 'pat.publisher', employee_id: 'E000002', avatar_url: 'https://avatars.sandbox.invalid/2.png' },
      { user_id: 3, display_name: 'Morgan Manager', full_name: 'Morgan Manager', username: 'morgan.manager', employee_id: 'E000003', avatar_url: 'https://avatars.sandbox.invalid/3.png' },
    ]);
  });

  it('uses 20 a page by default, a short last page and an empty page past the end', async () => {
    const count = topic(138).follower_ids.length;
    const first = await harness.call('GET', '/v2/channels/138/followers');
    expect(first.body.data).toHaveLength(Math.min(20, count));
    expect(first.body.meta.pagination).toEqual({ page: 1, page_size: 20, total_records: count });
    const lastNumber = Math.ceil(count / 20);
    const last = await harness.call('GET', `/v2/channels/138/followers?page.number=${lastNumber}`);
    expect(last.body.data).toHaveLength(count - (lastNumber - 1) * 20);
    const past = await harness.call('GET', `/v2/channels/138/followers?page.number=${lastNumber + 1}`);
    expect(past.body.data).toEqual([]);
  });

  it.each(['page.size=0', 'page.size=101', 'page.size=abc'])('refuses %s with 400', async (query) => {
    const reply = await harness.call('GET', `/v2/channels/102/followers?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('page.size');
  });

  it.each(['9999', 'abc'])('answers 404 for channel id %s', async (id) => {
    const reply = await harness.call('GET', `/v2/channels/${id}/followers`);
    expect(reply.status).toBe(404);
  });
});

describe('GET /v2/channels/{channel_id}/pages', () => {
  it('lists a topic’s custom pages with the documented fields', async () => {
    const reply = await harness.call('GET', '/v2/channels/101/pages', { token: harness.tokenFor('member') });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      data: [{ id: 1_000, tab_type: 'custom', position: 1, name: 'About', preview_content: 'About Company News', page_content: '<p>Everything about Company News.</p>' }],
    });
  });

  it('answers an empty list for a topic without pages', async () => {
    const reply = await harness.call('GET', '/v2/channels/102/pages');
    expect(reply.body).toEqual({ data: [] });
  });

  it('orders pages by position', async () => {
    topic(103).pages.push(
      { id: 3_003, tab_type: 'custom', position: 3, name: 'Third', preview_content: null, page_content: null },
      { id: 3_001, tab_type: 'custom', position: 1, name: 'First', preview_content: 'One', page_content: '<p>One</p>' },
      { id: 3_002, tab_type: 'links', position: 2, name: 'Second', preview_content: null, page_content: null },
    );
    const reply = await harness.call('GET', '/v2/channels/103/pages');
    expect(reply.body.data.map((page: any) => page.name)).toEqual(['First', 'Second', 'Third']);
    expect(reply.body.data[2]).toEqual({ id: 3_003, tab_type: 'custom', position: 3, name: 'Third', preview_content: null, page_content: null });
  });

  it.each(['9999', 'abc'])('answers 404 for channel id %s', async (id) => {
    const reply = await harness.call('GET', `/v2/channels/${id}/pages`);
    expect(reply.status).toBe(404);
  });
});
