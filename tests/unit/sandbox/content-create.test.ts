import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const article = { content_type: 'article', title: 'Hello', channels: [{ id: 101 }] };
const archivedTopicId = () => harness.sandbox.runtime.state.topics.find((topic) => topic.state === 'archived')!.id;

describe('POST /v2/content validation', () => {
  const cases: [string, string, () => Record<string, unknown>][] = [
    ['missing content_type', 'content_type', () => ({ title: 'x' })],
    ['content_type outside the create enum', 'content_type', () => ({ content_type: 'note' })],
    ['content_type of the wrong type', 'content_type', () => ({ content_type: 5 })],
    ['an unknown key', 'state', () => ({ ...article, state: 'published' })],
    ['title over 250 characters', 'title', () => ({ ...article, title: 'x'.repeat(251) })],
    ['title as a number', 'title', () => ({ ...article, title: 123 })],
    ['summary over 1,000 characters', 'summary', () => ({ ...article, summary: 'x'.repeat(1_001) })],
    ['body over 1,000,000 characters', 'body', () => ({ ...article, body: 'x'.repeat(1_000_001) })],
    ['link post without url', 'url', () => ({ content_type: 'link', title: 'x' })],
    ['http url', 'url', () => ({ content_type: 'link', url: 'http://example.com' })],
    ['javascript: url', 'url', () => ({ content_type: 'link', url: 'javascript:alert(1)' })],
    ['data: url', 'url', () => ({ content_type: 'link', url: 'data:text/html,hi' })],
    ['url over 2,048 characters', 'url', () => ({ content_type: 'link', url: `https://example.com/${'a'.repeat(2_048)}` })],
    ['url on an article', 'url', () => ({ ...article, url: 'https://example.com' })],
    ['unknown author.user_id', 'author.user_id', () => ({ ...article, author: { user_id: 999_999 } })],
    ['author.user_id as text', 'author.user_id', () => ({ ...article, author: { user_id: '7' } })],
    ['author.display_name over 100', 'author.display_name', () => ({ ...article, author: { display_name: 'x'.repeat(101) } })],
    ['author.avatar_url over http', 'author.avatar_url', () => ({ ...article, author: { avatar_url: 'http://example.com/a.png' } })],
    ['an unknown author key', 'author.email', () => ({ ...article, author: { email: 'a@b.c' } })],
    ['featured as text', 'featured', () => ({ ...article, featured: 'yes' })],
    ['featured_label over 50', 'featured_label', () => ({ ...article, featured_label: 'x'.repeat(51) })],
    ['unknown visibility', 'visibility', () => ({ ...article, visibility: 'secret' })],
    ['channels not a list', 'channels', () => ({ ...article, channels: 101 })],
    ['more than 50 channels', 'channels', () => ({ ...article, channels: Array.from({ length: 51 }, (_, i) => ({ id: 101 + (i % 30) })) })],
    ['an unknown topic', 'channels', () => ({ ...article, channels: [{ id: 99_999 }] })],
    ['an archived topic', 'channels', () => ({ ...article, channels: [{ id: archivedTopicId() }] })],
    ['a channel id as text', 'channels.0.id', () => ({ ...article, channels: [{ id: '101' }] })],
    ['an unknown channel key', 'channels.0.name', () => ({ ...article, channels: [{ id: 101, name: 'x' }] })],
    ['source.post_id over 255', 'source.post_id', () => ({ ...article, source: { post_id: 'x'.repeat(256) } })],
    ['source.posted_at not ISO 8601', 'source.posted_at', () => ({ ...article, source: { posted_at: 'yesterday' } })],
  ];

  it.each(cases)('%s → 400 naming %s', async (_name, field, body) => {
    const before = harness.sandbox.runtime.state.posts.length;
    const reply = await harness.call('POST', '/v2/content', { body: body() });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ status: 400, code: 'validation_failed', field });
    expect(reply.body.errors[0].message).toMatch(new RegExp(field.replace(/\./g, '\\.')));
    expect(harness.sandbox.runtime.state.posts.length).toBe(before);
  });

  it('answers a 2 MB title with a readable 400 on title', async () => {
    const reply = await harness.call('POST', '/v2/content', { body: { content_type: 'article', title: 'x'.repeat(2 * 1024 * 1024) } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ field: 'title', message: 'title can be at most 250 characters.' });
  });

  it('answers malformed JSON with invalid_json', async () => {
    const reply = await harness.call('POST', '/v2/content', { rawBody: '{"content_type": "article",' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].code).toBe('invalid_json');
  });

  it('answers a body that is not an object', async () => {
    const reply = await harness.call('POST', '/v2/content', { body: [article] });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].message).toBe('The request body must be a JSON object.');
  });

  it('refuses a member with 403 and creates nothing', async () => {
    const before = harness.sandbox.runtime.state.posts.length;
    const reply = await harness.call('POST', '/v2/content', { token: harness.tokenFor('member'), body: article });
    expect(reply.status).toBe(403);
    expect(reply.body.errors[0].code).toBe('forbidden');
    expect(harness.sandbox.runtime.state.posts.length).toBe(before);
  });
});

describe('POST /v2/content', () => {
  it('creates a draft record with every documented field, and the program headers', async () => {
    const nextId = harness.sandbox.runtime.state.next_ids.post;
    const reply = await harness.call('POST', '/v2/content', {
      body: { ...article, summary: 'S', body: '<p>B</p>', featured: true, featured_label: 'Hot', source: { post_id: 'ext-1', posted_at: '2024-05-01T11:30:00+02:00' } },
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('x-program-id')).toBe('4242');
    expect(reply.headers.get('x-user-id')).toBe('2');
    const data = reply.body.data;
    expect(Object.keys(data)).toEqual([
      'id', 'uuid', 'version', 'content_type', 'title', 'summary', 'body', 'url', 'state', 'visibility', 'featured', 'featured_label',
      'permalink_url', 'public_link_url', 'author', 'channels', 'images', 'videos', 'source', 'created_at', 'updated_at', 'published_at', 'scheduled_at',
    ]);
    expect(data).toMatchObject({
      id: nextId,
      version: 1,
      state: 'draft',
      visibility: 'private',
      public_link_url: null,
      featured: true,
      featured_label: 'Hot',
      permalink_url: `https://sandbox.onfirstup.invalid/sandbox#contents/${nextId}`,
      author: { user_id: 2, display_name: 'Pat Publisher', avatar_url: 'https://avatars.sandbox.invalid/2.png' },
      channels: [{ id: 101, name: 'Company News', hidden: false }],
      source: { name: 'oauthclient', post_id: 'ext-1', posted_at: '2024-05-01T09:30:00Z' },
      published_at: null,
      scheduled_at: null,
    });
    expect(data.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(data.updated_at).toBe(data.created_at);
    expect(harness.sandbox.runtime.state.next_ids.post).toBe(nextId + 1);
  });

  it('derives the author from user_id and ignores the name and avatar sent with it', async () => {
    const reply = await harness.call('POST', '/v2/content', { body: { ...article, author: { user_id: 3, display_name: 'Someone', avatar_url: 'https://x.example/a.png' } } });
    expect(reply.body.data.author).toEqual({ user_id: 3, display_name: 'Morgan Manager', avatar_url: 'https://avatars.sandbox.invalid/3.png' });
  });

  it('keeps a free-form byline without user_id', async () => {
    const reply = await harness.call('POST', '/v2/content', { body: { ...article, author: { display_name: 'Guest Writer' } } });
    expect(reply.body.data.author).toEqual({ user_id: null, display_name: 'Guest Writer', avatar_url: null });
  });

  it('collapses duplicate channels and keeps hidden', async () => {
    const reply = await harness.call('POST', '/v2/content', { body: { ...article, channels: [{ id: 102, hidden: true }, { id: 101 }, { id: 102 }] } });
    expect(reply.body.data.channels.map((c: any) => [c.id, c.hidden])).toEqual([[102, true], [101, false]]);
  });

  it('gives public posts a public_link_url', async () => {
    const reply = await harness.call('POST', '/v2/content', { body: { ...article, visibility: 'public' } });
    expect(reply.body.data.public_link_url).toBe(`https://sandbox.onfirstup.invalid/sandbox/public/contents/${reply.body.data.uuid}`);
  });

  it('creates link posts with their target, and posts without topics or title', async () => {
    const link = await harness.call('POST', '/v2/content', { body: { content_type: 'link', url: 'https://example.com/story' } });
    expect(link.status).toBe(201);
    expect(link.body.data).toMatchObject({ content_type: 'link', url: 'https://example.com/story', title: null, channels: [] });
  });

  it('acts for the service identity as the author when none is given', async () => {
    const reply = await harness.call('POST', '/v2/content', { token: harness.tokenFor('service'), body: article });
    expect(reply.status).toBe(201);
    expect(reply.body.data.author.user_id).toBe(1);
    expect(reply.headers.get('x-user-id')).toBe('1');
  });
});
