import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const runtime = () => harness.sandbox.runtime;
const stored = (id: number) => runtime().state.posts.find((post) => post.id === id)!;

async function create(contentType = 'article'): Promise<any> {
  const extra = contentType === 'link' ? { url: 'https://example.com/x' } : {};
  return (await harness.call('POST', '/v2/content', { body: { content_type: contentType, title: 'Media', channels: [{ id: 101 }], ...extra } })).body.data;
}

describe('images', () => {
  it('adds an image and returns the content record with it', async () => {
    const post = await create();
    const reply = await harness.call('PUT', `/v2/content/${post.id}/images`, { body: { url: 'https://cdn.example.com/a.jpg', alt_text: 'A chart' } });
    expect(reply.status).toBe(200);
    expect(reply.body.data.id).toBe(post.id);
    expect(reply.body.data.images).toEqual([{ content_image_id: expect.any(Number), url: 'https://cdn.example.com/a.jpg', alt_text: 'A chart' }]);
    const second = await harness.call('PUT', `/v2/content/${post.id}/images`, { body: { url: 'https://cdn.example.com/b.jpg' } });
    expect(second.body.data.images[1]).toMatchObject({ url: 'https://cdn.example.com/b.jpg', alt_text: null });
    expect(second.body.data.images[1].content_image_id).toBeGreaterThan(reply.body.data.images[0].content_image_id);
  });

  it.each([
    ['url', { url: 'http://cdn.example.com/a.jpg' }],
    ['url', { url: 'javascript:alert(1)' }],
    ['url', { url: 'data:image/png;base64,AAAA' }],
    ['url', { url: `https://cdn.example.com/${'a'.repeat(2_048)}` }],
    ['url', {}],
    ['alt_text', { url: 'https://cdn.example.com/a.jpg', alt_text: 'x'.repeat(501) }],
    ['caption', { url: 'https://cdn.example.com/a.jpg', caption: 'x' }],
  ])('refuses a bad %s', async (field, body) => {
    const post = await create();
    const reply = await harness.call('PUT', `/v2/content/${post.id}/images`, { body });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe(field);
    expect(stored(post.id).images).toEqual([]);
  });

  it('removes an image with 204, and 404s an unknown one', async () => {
    const post = await create();
    const added = await harness.call('PUT', `/v2/content/${post.id}/images`, { body: { url: 'https://cdn.example.com/a.jpg' } });
    const imageId = added.body.data.images[0].content_image_id;
    const removed = await harness.call('DELETE', `/v2/content/${post.id}/images/${imageId}`);
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');
    expect(stored(post.id).images).toEqual([]);
    expect((await harness.call('DELETE', `/v2/content/${post.id}/images/${imageId}`)).status).toBe(404);
  });

  it('will not remove an image from published content, but will after moving it to draft', async () => {
    const post = await create();
    const added = await harness.call('PUT', `/v2/content/${post.id}/images`, { body: { url: 'https://cdn.example.com/a.jpg' } });
    const imageId = added.body.data.images[0].content_image_id;
    await harness.call('PUT', `/v2/content/${post.id}/publish`);
    const refused = await harness.call('DELETE', `/v2/content/${post.id}/images/${imageId}`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toBe('Images cannot be removed from published content. Move it to draft or review first.');
    expect(stored(post.id).images).toHaveLength(1);
    await harness.call('PUT', `/v2/content/${post.id}/draft`);
    expect((await harness.call('DELETE', `/v2/content/${post.id}/images/${imageId}`)).status).toBe(204);
  });

  it('refuses image changes on a failed post and to members', async () => {
    const failed = runtime().state.posts.find((post) => post.state === 'processing_error')!;
    expect((await harness.call('PUT', `/v2/content/${failed.id}/images`, { body: { url: 'https://cdn.example.com/a.jpg' } })).body.errors[0].code).toBe('invalid_transition');
    const post = await create();
    expect((await harness.call('PUT', `/v2/content/${post.id}/images`, { token: harness.tokenFor('member'), body: { url: 'https://cdn.example.com/a.jpg' } })).status).toBe(403);
  });
});

describe('videos', () => {
  it('adds a video: the post processes for 3 s of sandbox time, then returns to its state', async () => {
    const post = await create();
    await harness.call('PUT', `/v2/content/${post.id}/review`);
    const reply = await harness.call('PUT', `/v2/content/${post.id}/videos`, { body: { url: 'https://media.example.com/clip.mp4' } });
    expect(reply.status).toBe(200);
    const video = reply.body.data;
    expect(video).toEqual({
      video_id: expect.any(Number),
      content_id: post.id,
      url: 'https://media.example.com/clip.mp4',
      status: 'processing',
      embed_html: expect.stringContaining(`src="${harness.url}/embed/videos/${video.video_id}"`),
      width: 1280,
      height: 720,
      preview_image_url: expect.stringMatching(/^https:\/\//),
    });
    expect(video.embed_html).toMatch(/^<iframe [^<]*sandbox="[^"]*"[^<]*><\/iframe>$/);
    expect(video.embed_html).not.toContain('allow-same-origin');

    const during = await harness.call('GET', `/v2/content/${post.id}`);
    expect(during.body.data).toMatchObject({ state: 'processing', videos: [{ video_id: video.video_id, status: 'processing' }] });
    const publishing = await harness.call('PUT', `/v2/content/${post.id}/publish`);
    expect(publishing.status).toBe(400);
    expect(publishing.body.errors[0].message).toMatch(/still processing; try again shortly/);
    expect((await harness.call('GET', `/v2/videos/${video.video_id}/download`)).status).toBe(400);

    runtime().clock.advance(4);
    const listed = await harness.call('GET', `/v2/content?filter.state=processing&page.size=100`);
    expect(listed.body.data.map((record: any) => record.id)).not.toContain(post.id);
    const after = await harness.call('GET', `/v2/content/${post.id}`);
    expect(after.body.data).toMatchObject({ state: 'review', videos: [{ video_id: video.video_id, status: 'ready' }] });
    expect(stored(post.id)).toMatchObject({ processing_until: null, state_before_processing: null });
  });

  it('settles on a transition too, so publish works once the wait is over', async () => {
    const post = await create();
    await harness.call('PUT', `/v2/content/${post.id}/videos`, { body: { url: 'https://media.example.com/clip.mp4' } });
    runtime().clock.advance(4);
    expect((await harness.call('PUT', `/v2/content/${post.id}/publish`)).body.data.state).toBe('published');
  });

  it('accepts video posts, refuses other types, bad urls and a second video while processing', async () => {
    const videoPost = await create('video');
    expect((await harness.call('PUT', `/v2/content/${videoPost.id}/videos`, { body: { url: 'https://media.example.com/v.mp4' } })).status).toBe(200);
    const again = await harness.call('PUT', `/v2/content/${videoPost.id}/videos`, { body: { url: 'https://media.example.com/w.mp4' } });
    expect(again.status).toBe(400);
    expect(again.body.errors[0].code).toBe('invalid_transition');
    for (const type of ['link', 'image']) {
      const other = await create(type);
      const reply = await harness.call('PUT', `/v2/content/${other.id}/videos`, { body: { url: 'https://media.example.com/v.mp4' } });
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].message).toMatch(/article and video posts only/);
    }
    const article = await create();
    expect((await harness.call('PUT', `/v2/content/${article.id}/videos`, { body: { url: 'http://media.example.com/v.mp4' } })).body.errors[0].field).toBe('url');
    expect(stored(article.id).video_ids).toEqual([]);
  });

  it('hands out a download link with the requested lifespan once the video is ready', async () => {
    const post = await create();
    const { video_id } = (await harness.call('PUT', `/v2/content/${post.id}/videos`, { body: { url: 'https://media.example.com/clip.mp4' } })).body.data;
    runtime().clock.advance(4);
    const now = runtime().clock.now();
    const standard = await harness.call('GET', `/v2/videos/${video_id}/download`);
    expect(standard.status).toBe(200);
    expect(standard.body.data).toMatchObject({ video_id, width: 1280, height: 720, download_url: expect.stringMatching(/^https:\/\//) });
    expect(Date.parse(standard.body.data.expires_at) - now).toBeGreaterThanOrEqual(3_599_000);
    expect(Date.parse(standard.body.data.expires_at) - now).toBeLessThanOrEqual(3_601_000);
    const short = await harness.call('GET', `/v2/videos/${video_id}/download?lifespan=60`);
    expect(Date.parse(short.body.data.expires_at) - now).toBeLessThanOrEqual(61_000);
  });

  it.each(['0', '86401', 'abc', '1.5'])('refuses lifespan=%s', async (lifespan) => {
    const reply = await harness.call('GET', `/v2/videos/601/download?lifespan=${lifespan}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('lifespan');
  });

  it('404s an unknown video and 403s a member', async () => {
    expect((await harness.call('GET', '/v2/videos/999999/download')).status).toBe(404);
    expect((await harness.call('GET', '/v2/videos/601/download', { token: harness.tokenFor('member') })).status).toBe(403);
  });
});
