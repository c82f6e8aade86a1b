import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toReachCounts } from '../../../electron/core/firstup/engagement-records.js';
import { clientFor, contentRecord, startFakeFirstup, type FakeFirstup } from './auth-fake-server.js';

let fake: FakeFirstup;
beforeAll(async () => {
  fake = await startFakeFirstup();
});
afterAll(() => fake.close());
beforeEach(() => fake.requests.splice(0));

const query = (index = 0) => Object.fromEntries(fake.requests[index]!.query);

describe('content', () => {
  it('lists with filters, sort and page, and maps records', async () => {
    fake.answer({ body: { data: [contentRecord({ author: { user_id: 2, display_name: 'Pat' }, images: [{ content_image_id: 9, url: 'https://x/a.png', alt_text: 'A' }], source: { name: 'oauthclient', post_id: 77 } })], meta: { pagination: { page: 2, page_size: 10, total_records: 11 } } } });
    const page = await clientFor(fake).client.listContent({ state: ['draft', 'review'], channelIds: [101, 102], contentType: ['article'], sourcePostId: 'draft-1', sort: '-created_at', page: { number: 2, size: 10 } });
    expect(query()).toEqual({ 'filter.state': 'draft,review', 'filter.channels.id': '101,102', 'filter.content_type': 'article', 'filter.source.post_id': 'draft-1', sort: '-created_at', 'page.number': '2', 'page.size': '10' });
    expect(page).toMatchObject({ page: 2, pageSize: 10, totalRecords: 11, nextCursor: null });
    expect(page.items[0]).toMatchObject({
      id: 5101,
      contentType: 'article',
      author: { userId: 2, displayName: 'Pat', avatarUrl: null },
      images: [{ id: 9, url: 'https://x/a.png', altText: 'A' }],
      source: { name: 'oauthclient', postId: '77', postedAt: null },
      channels: [{ id: 101, hidden: false }],
      summary: null,
      visibility: null,
    });
  });

  it('accepts numeric-string ids, unknown fields and image ids named id', async () => {
    fake.answer({ body: { data: contentRecord({ id: '5101', images: [{ id: '12' }], brand_new_field: { x: 1 } }) } });
    expect(await clientFor(fake).client.getContent(5101)).toMatchObject({ id: 5101, images: [{ id: 12, url: null, altText: null }] });
  });

  it('adds an image and a video, and asks for a download link', async () => {
    const { client } = clientFor(fake);
    fake.answer({ body: { data: contentRecord({ images: [{ content_image_id: 3 }] }) } });
    expect((await client.addImage(5101, { url: 'https://cdn/x.png', altText: 'Team' })).images).toEqual([{ id: 3, url: null, altText: null }]);
    fake.answer({ body: { data: { video_id: 628, embed_html: '<iframe src="https://v"></iframe>', content_id: 5101 } } });
    expect(await client.addVideo(5101, { url: 'https://cdn/v.mp4' })).toEqual({ id: 628, embedHtml: '<iframe src="https://v"></iframe>', contentId: 5101, width: null, height: null });
    fake.answer({ body: { data: { video_id: 628, download_url: 'https://dl/628', width: 1920, height: 1080 } } });
    expect(await client.videoDownloadUrl('628', 300)).toEqual({ videoId: 628, downloadUrl: 'https://dl/628', width: 1920, height: 1080 });
    expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.body}`)).toEqual([
      'PUT /v2/content/5101/images {"url":"https://cdn/x.png","alt_text":"Team"}',
      'PUT /v2/content/5101/videos {"url":"https://cdn/v.mp4"}',
      'GET /v2/videos/628/download ',
    ]);
    expect(query(2)).toEqual({ lifespan: '300' });
  });

  it('fails a video answer without embed_html', async () => {
    fake.answer({ body: { data: { video_id: 628 } } });
    await expect(clientFor(fake).client.addVideo(5101, { url: 'https://cdn/v.mp4' })).rejects.toMatchObject({ details: { field: 'data.embed_html' } });
  });
});

describe('reach, whatever its shape', () => {
  it.each([
    ['the sandbox', { data: { content_id: 1, channels: 5000, audiences: 120, total: 5000 } }, { channels: 5000, audiences: 120, total: 5000 }],
    ['other names', { data: { topics: 10, audience_count: '4', unique_user_count: 12 } }, { channels: 10, audiences: 4, total: 12 }],
    ['nested counts', { data: { channels: { unique_user_count: 7 }, audiences: { count: 3 }, combined: { total: 9 } } }, { channels: 7, audiences: 3, total: 9 }],
    ['a bare number', { data: 42 }, { channels: null, audiences: null, total: 42 }],
    ['no envelope', { total: 5 }, { channels: null, audiences: null, total: 5 }],
    ['per-topic lists (not summed)', { data: { channels: [{ id: 1, count: 5 }], total: 5 } }, { channels: null, audiences: null, total: 5 }],
    ['nothing', undefined, { channels: null, audiences: null, total: null }],
  ])('%s', (_case, body, expected) => {
    expect(toReachCounts(body)).toEqual(expected);
  });

  it('is read from the documented path', async () => {
    fake.answer({ body: { data: { channels: 5000, audiences: 0, total: 5000 } } });
    expect(await clientFor(fake).client.reach('8b358e6b-11d4-4e89-bf7f-ec670e3398ed')).toEqual({ channels: 5000, audiences: 0, total: 5000 });
    expect(fake.requests[0]!.path).toBe('/v2/content/8b358e6b-11d4-4e89-bf7f-ec670e3398ed/reach/unique_user_count');
  });
});

describe('comments and replies', () => {
  it('maps plausible comment shapes', async () => {
    fake.answer({
      body: {
        data: [
          { id: 1, text: 'Great {ref:user:5}', author_id: 5, created_at: '2026-01-01T00:00:00Z', reply_count: 2 },
          { id: 'c-2', body: 'Nice', author: { user_id: 6, display_name: 'Sam' }, replies_count: 0 },
          { id: 3, content: { rich: true }, author: 'not an object' },
        ],
      },
    });
    const page = await clientFor(fake).client.comments(5101, { number: 1 });
    expect(page.items).toEqual([
      { id: '1', text: 'Great {ref:user:5}', authorId: 5, authorName: null, createdAt: '2026-01-01T00:00:00Z', replyCount: 2 },
      { id: 'c-2', text: 'Nice', authorId: 6, authorName: 'Sam', createdAt: null, replyCount: 0 },
      { id: '3', text: null, authorId: null, authorName: null, createdAt: null, replyCount: null },
    ]);
    expect(query()).toEqual({ 'page.number': '1' });
  });

  it('reads replies of one comment', async () => {
    fake.answer({ body: { data: [{ id: 11, text: 'Agreed' }] } });
    expect((await clientFor(fake).client.replies(5101, 1)).items).toMatchObject([{ id: '11', text: 'Agreed' }]);
    expect(fake.requests[0]!.path).toBe('/v2/content/5101/comments/1/replies');
  });
});

describe('topics', () => {
  const topic = { id: 101, name: 'Company News', description: 'All of it', state: 'active', auto_follow: true, groups: ['aud-1', 7], contributors: [2, '3'], follower_count: 12 };

  it('lists with a state filter and maps topics (id or channel_id)', async () => {
    fake.answer({ body: { data: [topic, { channel_id: 102, name: 'Sales' }] } });
    const page = await clientFor(fake).client.listTopics({ state: ['active', 'published'], page: { size: 50 } });
    expect(query()).toEqual({ 'filter.state': 'active,published', 'page.size': '50' });
    expect(page.items[0]).toMatchObject({ id: 101, name: 'Company News', state: 'active', autoFollow: true, autoPublish: null, groups: ['aud-1', '7'], contributors: [2, 3], followerCount: 12 });
    expect(page.items[1]).toMatchObject({ id: 102, name: 'Sales', groups: [], contributors: [], followerCount: null });
  });

  it('names a topic without any id', async () => {
    fake.answer({ body: { data: [{ name: 'No id' }] } });
    await expect(clientFor(fake).client.listTopics()).rejects.toMatchObject({ details: { field: 'data[0].id' } });
  });

  it('creates and updates with snake_case bodies', async () => {
    const { client } = clientFor(fake);
    fake.answer({ status: 201, body: { data: topic } });
    await client.createTopic({ name: 'Company News', description: 'All of it', autoFollow: true, userSubmittable: false });
    fake.answer({ body: { data: { ...topic, name: 'News' } } });
    expect((await client.updateTopic('101', { name: 'News' })).name).toBe('News');
    expect(fake.requests.map((request) => `${request.method} ${request.path} ${request.body}`)).toEqual([
      'POST /v2/channels {"name":"Company News","description":"All of it","auto_follow":true,"user_submittable":false}',
      'PUT /v2/channels/101 {"name":"News"}',
    ]);
  });

  it('finds an updated topic in the list when the update answers 204', async () => {
    fake.answer({ status: 204 }, { body: { data: [{ id: 100, name: 'Other' }, { ...topic, name: 'News' }] } });
    expect((await clientFor(fake).client.updateTopic(101, { name: 'News' })).name).toBe('News');
    expect(fake.requests.map((request) => request.method)).toEqual(['PUT', 'GET']);
  });

  it('reads followers and pages', async () => {
    const { client } = clientFor(fake);
    fake.answer({ body: { data: [{ user_id: 9, display_name: 'Ada', employee_id: 1234 }], meta: { pagination: { page: 1, page_size: 20, total_records: 1 } } } });
    const followers = await client.followers(101, { number: 1, size: 20 });
    expect(followers).toMatchObject({ totalRecords: 1, items: [{ userId: 9, displayName: 'Ada', employeeId: '1234', fullName: null }] });
    fake.answer({ body: { data: [{ id: 1, tab_type: 'custom', position: 0, name: 'About', preview_content: null, page_content: '<p>Hi</p>' }] } });
    expect(await client.topicPages(101)).toEqual([{ id: 1, tabType: 'custom', position: 0, name: 'About', previewContent: null, pageContent: '<p>Hi</p>' }]);
  });
});
