import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const stored = (id: number) => harness.sandbox.runtime.state.posts.find((post) => post.id === id)!;

async function draft(extra: Record<string, unknown> = {}): Promise<any> {
  const reply = await harness.call('POST', '/v2/content', {
    body: { content_type: 'article', title: 'Title', summary: 'Summary', body: '<p>Body</p>', channels: [{ id: 101 }], ...extra },
  });
  return reply.body.data;
}

describe('PUT /v2/content/{id}', () => {
  it('changes only the fields sent and bumps updated_at', async () => {
    const created = await draft({ featured_label: 'Old' });
    stored(created.id).updated_at = '2020-01-01T00:00:00Z';
    const reply = await harness.call('PUT', `/v2/content/${created.id}`, { body: { summary: 'New summary', visibility: 'public' } });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toMatchObject({ title: 'Title', body: '<p>Body</p>', summary: 'New summary', featured_label: 'Old', visibility: 'public', state: 'draft' });
    expect(reply.body.data.public_link_url).toContain(created.uuid);
    expect(reply.body.data.updated_at).not.toBe('2020-01-01T00:00:00Z');
    expect(reply.body.data.created_at).toBe(created.created_at);
  });

  it('clears title, summary and body with null', async () => {
    const created = await draft();
    const reply = await harness.call('PUT', `/v2/content/${created.id}`, { body: { title: null, summary: null, body: null } });
    expect(reply.body.data).toMatchObject({ title: null, summary: null, body: null });
  });

  it('re-derives the author from user_id, merges source fields, and takes a uuid', async () => {
    const created = await draft({ source: { post_id: 'ext-9' } });
    const reply = await harness.call('PUT', `/v2/content/${created.uuid}`, {
      body: { author: { user_id: 3, display_name: 'Ignored' }, source: { posted_at: '2024-01-02T03:04:05Z' } },
    });
    expect(reply.body.data.author).toEqual({ user_id: 3, display_name: 'Morgan Manager', avatar_url: 'https://avatars.sandbox.invalid/3.png' });
    expect(reply.body.data.source).toEqual({ name: 'oauthclient', post_id: 'ext-9', posted_at: '2024-01-02T03:04:05Z' });
  });

  it.each([
    ['content_type', { content_type: 'link' }, /fixed when the post is created/],
    ['state', { state: 'published' }, /use the transition endpoints/],
    ['channels', { channels: [{ id: 102 }] }, /Topics \(channels\) cannot be changed/],
  ])('refuses %s with a message that says what to do', async (field, body, message) => {
    const created = await draft();
    const reply = await harness.call('PUT', `/v2/content/${created.id}`, { body });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'validation_failed', field });
    expect(reply.body.errors[0].message).toMatch(message);
    expect(stored(created.id).content_type).toBe('article');
    expect(stored(created.id).state).toBe('draft');
  });

  it.each([
    ['title', { title: 'x'.repeat(251) }],
    ['url', { url: 'https://example.com' }],
    ['author.user_id', { author: { user_id: 999_999 } }],
    ['visibility', { visibility: 'internal' }],
    ['featured', { featured: 1 }],
    ['color', { color: 'red' }],
  ])('validates %s as create does, changing nothing', async (field, body) => {
    const created = await draft();
    const before = structuredClone(stored(created.id));
    const reply = await harness.call('PUT', `/v2/content/${created.id}`, { body: { summary: 'changed', ...body } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe(field);
    expect(stored(created.id)).toEqual(before);
  });

  it('lets a link post change its target but not drop it', async () => {
    const link = (await harness.call('POST', '/v2/content', { body: { content_type: 'link', url: 'https://example.com/a' } })).body.data;
    expect((await harness.call('PUT', `/v2/content/${link.id}`, { body: { url: 'https://example.com/b' } })).body.data.url).toBe('https://example.com/b');
    expect((await harness.call('PUT', `/v2/content/${link.id}`, { body: { url: null } })).body.errors[0].field).toBe('url');
  });

  it('edits a published post but will not clear its title', async () => {
    const created = await draft();
    await harness.call('PUT', `/v2/content/${created.id}/publish`);
    expect((await harness.call('PUT', `/v2/content/${created.id}`, { body: { summary: 'Live edit' } })).body.data).toMatchObject({ state: 'published', summary: 'Live edit' });
    const cleared = await harness.call('PUT', `/v2/content/${created.id}`, { body: { title: '' } });
    expect(cleared.status).toBe(400);
    expect(cleared.body.errors[0].field).toBe('title');
  });

  it('refuses any update to a post whose processing failed', async () => {
    const failed = harness.sandbox.runtime.state.posts.find((post) => post.state === 'processing_error')!;
    const reply = await harness.call('PUT', `/v2/content/${failed.id}`, { body: { title: 'Retry' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'invalid_transition' });
    expect(reply.body.errors[0].message).toMatch(/Create it again/);
  });

  it('answers 404 for an unknown post even with a bad body, and 403 for a member', async () => {
    expect((await harness.call('PUT', '/v2/content/999999', { body: { state: 'x' } })).status).toBe(404);
    expect((await harness.call('PUT', '/v2/content/5011', { token: harness.tokenFor('member'), body: { title: 'x' } })).status).toBe(403);
  });
});
