import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const state = () => harness.sandbox.runtime.state;

/** The expected counts, worked out independently with plain loops. */
function expectedReach(topicIds: number[]) {
  const followers: Record<number, true> = {};
  const members: Record<number, true> = {};
  for (const topic of state().topics) {
    if (!topicIds.includes(topic.id)) continue;
    for (const id of topic.follower_ids) followers[id] = true;
    for (const audience of state().audiences) {
      if (topic.groups.includes(audience.id)) for (const id of audience.member_ids) members[id] = true;
    }
  }
  const total = { ...followers, ...members };
  return { channels: Object.keys(followers).length, audiences: Object.keys(members).length, total: Object.keys(total).length };
}

describe('GET /v2/content/{id}/reach/unique_user_count', () => {
  it('counts followers, audience members and their union for a post on targeted topics', async () => {
    const targeted = state().topics.filter((topic) => topic.groups.length > 0 && topic.state !== 'archived' && topic.id !== 101).slice(0, 2);
    const topicIds = [...targeted.map((topic) => topic.id), 102];
    const post = (await harness.call('POST', '/v2/content', { body: { content_type: 'article', channels: topicIds.map((id) => ({ id })) } })).body.data;
    const reply = await harness.call('GET', `/v2/content/${post.id}/reach/unique_user_count`);
    expect(reply.status).toBe(200);
    const expected = expectedReach(topicIds);
    expect(expected.audiences).toBeGreaterThan(0);
    expect(expected.total).toBeLessThan(expected.channels + expected.audiences);
    expect(reply.body.data).toEqual({ content_id: post.id, ...expected });
  });

  it('matches the independent count for every seeded post', async () => {
    for (const post of state().posts.slice(0, 30)) {
      const reply = await harness.call('GET', `/v2/content/${post.uuid}/reach/unique_user_count`);
      expect(reply.body.data).toEqual({ content_id: post.id, ...expectedReach(post.channels.map((channel) => channel.id)) });
    }
  });

  it('is zero for a post without topics, 404 for an unknown post, 403 for a member', async () => {
    const post = (await harness.call('POST', '/v2/content', { body: { content_type: 'article' } })).body.data;
    expect((await harness.call('GET', `/v2/content/${post.id}/reach/unique_user_count`)).body.data).toEqual({ content_id: post.id, channels: 0, audiences: 0, total: 0 });
    expect((await harness.call('GET', '/v2/content/999999/reach/unique_user_count')).status).toBe(404);
    expect((await harness.call('GET', '/v2/content/5001/reach/unique_user_count', { token: harness.tokenFor('member') })).status).toBe(403);
  });
});

describe('comments', () => {
  const commented = () => state().posts.find((post) => state().comments.some((comment) => comment.content_id === post.id && comment.parent_id !== null))!;

  it('lists top-level comments only, oldest first, with author and reply counts', async () => {
    const post = commented();
    const topLevel = state().comments.filter((comment) => comment.content_id === post.id && comment.parent_id === null);
    const reply = await harness.call('GET', `/v2/content/${post.id}/comments`);
    expect(reply.status).toBe(200);
    expect(reply.body.meta.pagination).toEqual({ page: 1, page_size: 20, total_records: topLevel.length });
    expect(reply.body.data.map((comment: any) => comment.id)).toEqual(topLevel.map((comment) => comment.id).sort((a, b) => a - b));
    const first = reply.body.data[0];
    const author = state().users.find((user) => user.id === topLevel[0]!.author_id)!;
    expect(first).toEqual({
      id: topLevel[0]!.id,
      content_id: post.id,
      text: topLevel[0]!.text,
      author: { user_id: author.id, display_name: author.display_name, avatar_url: author.avatar_url },
      created_at: topLevel[0]!.created_at,
      reply_count: state().comments.filter((comment) => comment.parent_id === topLevel[0]!.id).length,
    });
  });

  it('orders by created_at before id', async () => {
    const post = (await harness.call('POST', '/v2/content', { body: { content_type: 'article' } })).body.data;
    const comment = (id: number, created_at: string) => ({ id, content_id: post.id, parent_id: null, author_id: 7, text: 'Hi', created_at });
    state().comments.push(comment(990_001, '2024-03-01T00:00:00Z'), comment(990_002, '2024-01-01T00:00:00Z'), comment(990_003, '2024-03-01T00:00:00Z'));
    const reply = await harness.call('GET', `/v2/content/${post.id}/comments`);
    expect(reply.body.data.map((c: any) => c.id)).toEqual([990_002, 990_001, 990_003]);
  });

  it('pages comments', async () => {
    const post = commented();
    const total = state().comments.filter((comment) => comment.content_id === post.id && comment.parent_id === null).length;
    const page2 = await harness.call('GET', `/v2/content/${post.id}/comments?page.size=1&page.number=2`);
    expect(page2.body.data).toHaveLength(1);
    expect(page2.body.meta.pagination).toEqual({ page: 2, page_size: 1, total_records: total });
    expect((await harness.call('GET', `/v2/content/${post.id}/comments?page.size=0`)).status).toBe(400);
  });

  it('lists the replies of a comment', async () => {
    const post = commented();
    const parent = state().comments.find((comment) => comment.content_id === post.id && state().comments.some((reply) => reply.parent_id === comment.id))!;
    const replies = state().comments.filter((comment) => comment.parent_id === parent.id);
    const reply = await harness.call('GET', `/v2/content/${post.id}/comments/${parent.id}/replies`);
    expect(reply.status).toBe(200);
    expect(reply.body.data.map((comment: any) => comment.id)).toEqual(replies.map((comment) => comment.id));
    expect(reply.body.meta.pagination.total_records).toBe(replies.length);
  });

  it('404s replies of an unknown comment or of a comment on another post', async () => {
    const post = commented();
    const elsewhere = state().comments.find((comment) => comment.content_id !== post.id)!;
    expect((await harness.call('GET', `/v2/content/${post.id}/comments/999999/replies`)).status).toBe(404);
    expect((await harness.call('GET', `/v2/content/${post.id}/comments/${elsewhere.id}/replies`)).status).toBe(404);
    expect((await harness.call('GET', '/v2/content/999999/comments')).status).toBe(404);
  });

  it('lists no comments for a new post and refuses members', async () => {
    const post = (await harness.call('POST', '/v2/content', { body: { content_type: 'article' } })).body.data;
    expect((await harness.call('GET', `/v2/content/${post.id}/comments`)).body).toEqual({ data: [], meta: { pagination: { page: 1, page_size: 20, total_records: 0 } } });
    expect((await harness.call('GET', `/v2/content/${commented().id}/comments`, { token: harness.tokenFor('member') })).status).toBe(403);
  });
});
