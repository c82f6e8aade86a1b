import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentState, Post } from '../../../electron/sandbox/model.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const stored = (id: number) => harness.sandbox.runtime.state.posts.find((post) => post.id === id)!;
const EARLIER = '2020-01-01T00:00:00Z';

/** A publishable post forced into `state`, with the timestamps that state carries, all set in the past. */
async function postIn(state: ContentState): Promise<Post> {
  const reply = await harness.call('POST', '/v2/content', { body: { content_type: 'article', title: 'Ready', channels: [{ id: 101 }] } });
  const post = stored(reply.body.data.id);
  Object.assign(post, {
    state,
    updated_at: EARLIER,
    published_at: state === 'published' ? EARLIER : null,
    scheduled_at: state === 'scheduled' ? '2099-01-01T00:00:00Z' : null,
    // Seeded-style processing: no end time, so it stays processing for the test.
    state_before_processing: state === 'processing' ? 'draft' : null,
  });
  return post;
}

type Expected = ContentState | 'refused';
const table: Record<ContentState, Record<'publish' | 'review' | 'draft' | 'archive', Expected>> = {
  draft: { publish: 'published', review: 'review', draft: 'draft', archive: 'archived' },
  review: { publish: 'published', review: 'review', draft: 'draft', archive: 'archived' },
  published: { publish: 'published', review: 'review', draft: 'draft', archive: 'archived' },
  scheduled: { publish: 'scheduled', review: 'review', draft: 'draft', archive: 'archived' },
  archived: { publish: 'published', review: 'review', draft: 'draft', archive: 'archived' },
  processing: { publish: 'refused', review: 'review', draft: 'draft', archive: 'archived' },
  processing_error: { publish: 'refused', review: 'refused', draft: 'refused', archive: 'refused' },
};
const cases = Object.entries(table).flatMap(([from, actions]) => Object.entries(actions).map(([action, expected]) => [from as ContentState, action, expected] as const));

describe('state machine (REFERENCE.md §5.7)', () => {
  it.each(cases)('%s × %s → %s', async (from, action, expected) => {
    const post = await postIn(from);
    const before = structuredClone(post);
    const reply = await harness.call('PUT', `/v2/content/${post.id}/${action}`);
    if (expected === 'refused') {
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].code).toBe('invalid_transition');
      expect(reply.body.errors[0].message).toMatch(from === 'processing' ? /still processing; try again shortly/ : /Media processing failed.*Create it again/);
      expect(stored(post.id)).toEqual(before);
      return;
    }
    expect(reply.status).toBe(200);
    const data = reply.body.data;
    expect(data.state).toBe(expected);
    if (expected === from) {
      // A no-op touches nothing.
      expect(stored(post.id)).toEqual(before);
      return;
    }
    expect(data.updated_at).not.toBe(EARLIER);
    expect(data.published_at === null).toBe(expected !== 'published');
    if (expected === 'published') expect(data.published_at).not.toBe(EARLIER);
    expect(data.scheduled_at).toBeNull();
    expect(stored(post.id).processing_until).toBeNull();
  });

  it('accepts {} as a transition body and refuses any other key', async () => {
    const post = await postIn('draft');
    expect((await harness.call('PUT', `/v2/content/${post.id}/review`, { body: {} })).status).toBe(200);
    const reply = await harness.call('PUT', `/v2/content/${post.id}/publish`, { body: { publish_at: '2030-01-01T00:00:00Z' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ code: 'validation_failed', field: 'publish_at' });
    expect(stored(post.id).state).toBe('review');
  });

  it('answers transitions on unknown posts with 404 and members with 403', async () => {
    expect((await harness.call('PUT', '/v2/content/999999/publish')).status).toBe(404);
    expect((await harness.call('PUT', '/v2/content/5011/publish', { token: harness.tokenFor('member') })).status).toBe(403);
    expect(stored(5011).state).toBe('draft');
  });

  it('transitions a post addressed by uuid', async () => {
    const post = await postIn('draft');
    const reply = await harness.call('PUT', `/v2/content/${post.uuid}/archive`);
    expect(reply.body.data).toMatchObject({ id: post.id, state: 'archived' });
  });
});

describe('publish checks', () => {
  it('asks for a title first, then for a topic', async () => {
    const bare = await harness.call('POST', '/v2/content', { body: { content_type: 'article' } });
    const first = await harness.call('PUT', `/v2/content/${bare.body.data.id}/publish`);
    expect(first.status).toBe(400);
    expect(first.body.errors[0]).toEqual({ status: 400, code: 'validation_failed', field: 'title', message: 'A title is required to publish.' });
    await harness.call('PUT', `/v2/content/${bare.body.data.id}`, { body: { title: 'Now titled' } });
    const second = await harness.call('PUT', `/v2/content/${bare.body.data.id}/publish`);
    expect(second.status).toBe(400);
    expect(second.body.errors[0].field).toBe('channels');
    expect(stored(bare.body.data.id).state).toBe('draft');
  });

  it('treats a blank title as missing', async () => {
    const post = await harness.call('POST', '/v2/content', { body: { content_type: 'article', title: '   ', channels: [{ id: 101 }] } });
    expect((await harness.call('PUT', `/v2/content/${post.body.data.id}/publish`)).body.errors[0].field).toBe('title');
  });

  it('publishes once a title is added by update', async () => {
    const created = await harness.call('POST', '/v2/content', { body: { content_type: 'article', channels: [{ id: 103 }] } });
    const id = created.body.data.id;
    expect((await harness.call('PUT', `/v2/content/${id}/publish`)).status).toBe(400);
    expect((await harness.call('PUT', `/v2/content/${id}`, { body: { title: 'Launch day' } })).status).toBe(200);
    const published = await harness.call('PUT', `/v2/content/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ state: 'published', title: 'Launch day' });
    expect(published.body.data.published_at).toMatch(/Z$/);
    // Publishing again is a safe retry.
    const again = await harness.call('PUT', `/v2/content/${id}/publish`);
    expect(again.body.data.published_at).toBe(published.body.data.published_at);
  });
});
