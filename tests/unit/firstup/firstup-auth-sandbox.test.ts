/**
 * The client against the Firstup sandbox: the walkthrough a new user does
 * (create, fail to publish without a title, fix, publish, reach), plus the
 * role, fault and identity behaviour, all through the typed client.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFirstupClient, type FirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import type { FirstupIdentity } from '../../../electron/core/firstup/firstup-http.js';
import { listAll } from '../../../electron/core/firstup/pagination.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { startSandboxHarness, type SandboxHarness, type SandboxRole } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());
beforeEach(async () => {
  await harness.call('DELETE', '/_sandbox/faults', { token: null });
});


function clientAs(role: SandboxRole, identities: FirstupIdentity[] = []): FirstupClient {
  return createFirstupClient({
    apiBaseUrl: harness.url,
    tokens: harness.tokensAs(role),
    budget: createRequestBudget(),
    logger: createMemoryLogger(),
    timeoutMs: 5_000,
    onIdentity: (identity) => identities.push(identity),
  });
}

describe('the typed client against the sandbox', () => {
  it('creates, is refused publishing without a title, adds one, publishes and reads the reach', async () => {
    const identities: FirstupIdentity[] = [];
    const client = clientAs('publisher', identities);
    const created = await client.createContent({ contentType: 'article', body: '<p>Hello</p>', channels: [{ id: 101 }], source: { postId: 'studio-draft-1' } });
    expect(created).toMatchObject({ state: 'draft', title: null, channels: [{ id: 101, hidden: false }], source: { postId: 'studio-draft-1' } });
    expect(identities.at(-1)).toEqual({ programId: '4242', userId: '2' });

    const updated = await client.updateContent(created.uuid, { summary: 'A first post' });
    expect(updated.summary).toBe('A first post');

    await expect(client.transitionContent(created.id, 'publish')).rejects.toMatchObject({
      code: 'validation',
      message: 'A title is required to publish.',
      details: { status: 400, field: 'title' },
    });

    await client.updateContent(String(created.id), { title: 'Hello, everyone' });
    const published = await client.transitionContent(created.id, 'publish', { priority: 'interactive' });
    expect(published).toMatchObject({ state: 'published', title: 'Hello, everyone' });
    expect(published.publishedAt).not.toBeNull();

    const reach = await client.reach(created.id);
    expect(reach.channels).toBeGreaterThan(0);
    expect(reach.total).toBeGreaterThanOrEqual(reach.channels!);
    expect(reach.audiences).not.toBeNull();

    const found = await client.listContent({ sourcePostId: 'studio-draft-1' });
    expect(found.items.map((record) => record.id)).toEqual([created.id]);
  });

  it('adds and removes an image, and adds a video with its embed', async () => {
    const client = clientAs('publisher');
    const post = await client.createContent({ contentType: 'article', title: 'Media', channels: [{ id: 101 }] });
    const withImage = await client.addImage(post.id, { url: 'https://cdn.example.com/team.png', altText: 'The team' });
    expect(withImage.images).toEqual([{ id: expect.any(Number), url: 'https://cdn.example.com/team.png', altText: 'The team' }]);
    await client.removeImage(post.id, withImage.images[0]!.id);
    expect((await client.getContent(post.uuid)).images).toEqual([]);
    const video = await client.addVideo(post.id, { url: 'https://cdn.example.com/talk.mp4' });
    expect(video.embedHtml).toContain('<iframe');
    expect(video.contentId).toBe(post.id);
  });

  it('reads every topic, its followers and its pages', async () => {
    const client = clientAs('publisher');
    const topics = [];
    for await (const topic of listAll((page) => client.listTopics({ page }), { pageSize: 15 })) topics.push(topic);
    expect(topics).toHaveLength(40);
    expect(new Set(topics.map((topic) => topic.id)).size).toBe(40);
    const followers = await client.followers(101, { size: 5 });
    expect(followers.items).toHaveLength(5);
    expect(followers.totalRecords).toBeGreaterThan(5);
    expect(Array.isArray(await client.topicPages(101))).toBe(true);
  });

  it('reads comments and replies of seeded posts', async () => {
    const client = clientAs('publisher');
    const published = await client.listContent({ state: ['published'], page: { size: 100 } });
    let sawReply = false;
    for (const post of published.items) {
      const comments = await client.comments(post.id);
      const withReplies = comments.items.find((comment) => (comment.replyCount ?? 0) > 0);
      if (withReplies === undefined) continue;
      const replies = await client.replies(post.id, withReplies.id);
      expect(replies.items.length).toBeGreaterThan(0);
      expect(replies.items[0]!.authorId).not.toBeNull();
      sawReply = true;
      break;
    }
    expect(sawReply).toBe(true);
  });

  it('gives a member forbidden on content', async () => {
    await expect(clientAs('member').listContent()).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('publisher role or higher') });
  });

  it.each([
    ['html-200', 'unexpected_response'],
    ['bad-json', 'unexpected_response'],
    [503, 'server_error'],
    ['reset', 'offline'],
  ] as const)('maps the sandbox fault %s to %s', async (fault, code) => {
    await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [{ method: 'GET', path: '/v2/content/*', fault, times: 1 }] } });
    await expect(clientAs('publisher').getContent(5001)).rejects.toMatchObject({ code });
  });

  it('reads Retry-After from an injected 429', async () => {
    await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [{ method: 'GET', path: '/v2/channels', fault: 429, retry_after: 3, times: 1 }] } });
    await expect(clientAs('publisher').listTopics()).rejects.toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 3 } });
  });

  it('asks for one refresh after a revoked token, then says sign in again', async () => {
    const rejected: string[] = [];
    const token = harness.tokenFor('manager');
    const client = createFirstupClient({
      apiBaseUrl: harness.url,
      tokens: { getAccessToken: () => Promise.resolve(token), refreshAfterUnauthorized: (stale) => (rejected.push(stale), Promise.resolve(stale)) },
      budget: createRequestBudget(),
      logger: createMemoryLogger(),
    });
    await harness.call('POST', '/_sandbox/revoke', { token: null, body: { user_id: 3 } });
    await expect(client.listTopics()).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect(rejected).toEqual([token]);
  });
});
