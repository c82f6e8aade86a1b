/**
 * Push, pull and conflicts between local drafts and the in-process Firstup
 * sandbox, through the real typed client and the real drafts store (with the
 * real article sanitiser).
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compareConflict, findRemoteByMarker, pullRemote, pushDraft, resolveConflict, TOPICS_FIRST_MESSAGE } from '../../../electron/core/drafts/draft-sync.js';
import { openDraftStore, type DraftStore } from '../../../electron/core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import { createFirstupClient, type FirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import type { Draft, DraftContent } from '../../../shared/drafts/draft-schema.js';
import { startSandboxHarness, type SandboxHarness, type SandboxRole } from '../../support/sandbox-harness.js';
import { tempDir } from '../../support/test-core.js';
import { article, contentOf, failureOf } from './draft-test-store.js';

let harness: SandboxHarness;
let store: DraftStore;
let client: FirstupClient;
let dataDir: string;
const programId = randomUUID();

function clientAs(role: SandboxRole): FirstupClient {
  return createFirstupClient({
    apiBaseUrl: harness.url,
    tokens: harness.tokensAs(role),
    budget: createRequestBudget(),
    logger: createMemoryLogger(),
    timeoutMs: 5_000,
  });
}

beforeAll(async () => {
  harness = await startSandboxHarness();
  dataDir = tempDir('draft-sync');
  store = openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: sanitizeArticleHtml });
  client = clientAs('publisher');
});

afterAll(async () => {
  store.close();
  await harness.close();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await harness.call('DELETE', '/_sandbox/faults', { token: null });
});

const posts = () => harness.sandbox.runtime.state.posts;
const postsMarked = (draftId: string) => posts().filter((post) => post.source.post_id === draftId);
const deps = () => ({ store, client });

/** `updated_at` has one-second resolution, so a remote edit in these tests happens a few seconds later. */
async function editRemotely(id: number, body: Record<string, unknown>) {
  harness.sandbox.runtime.clock.advance(5);
  const reply = await harness.call('PUT', `/v2/content/${id}`, { token: harness.tokenFor('manager'), body });
  expect(reply.status).toBe(200);
}

async function newDraft(overrides: Partial<DraftContent> = {}): Promise<Draft> {
  return store.create({ programId, ...article({ title: 'Quarterly update', bodyHtml: '<p>Numbers are up.</p>', topics: [{ id: 101, name: 'Company News' }], ...overrides }) });
}

async function saveLocally(draft: Draft, changes: Partial<DraftContent>): Promise<Draft> {
  const current = await store.get(draft.id);
  await store.save({ id: draft.id, baseRevision: current.revision, content: { ...contentOf(current), ...changes } });
  return store.get(draft.id);
}

async function pushed(overrides: Partial<DraftContent> = {}): Promise<Draft> {
  const draft = await newDraft(overrides);
  const outcome = await pushDraft({ ...deps(), draftId: draft.id });
  expect(outcome.kind).toBe('created');
  return store.get(draft.id);
}

describe('pushing a draft', () => {
  it('refuses a first push without topics and writes nothing', async () => {
    const draft = await newDraft({ topics: [] });
    const before = posts().length;
    expect(await failureOf(pushDraft({ ...deps(), draftId: draft.id }))).toMatchObject({ code: 'invalid_request', message: TOPICS_FIRST_MESSAGE });
    expect(posts().length).toBe(before);
    expect(await store.get(draft.id)).toMatchObject({ syncStatus: 'local_only', remote: null });
    expect(await store.listRevisions(draft.id)).toEqual([]);
  });

  it('creates the remote post with its topics and the draft id as source.post_id, then records it in_sync', async () => {
    const draft = await newDraft({ summary: 'Q3', featured: true, visibility: 'public' });
    const outcome = await pushDraft({ ...deps(), draftId: draft.id });
    expect(outcome).toMatchObject({ kind: 'created', reconciled: false });
    const [post, ...others] = postsMarked(draft.id);
    expect(others).toHaveLength(0);
    expect(post).toMatchObject({ title: 'Quarterly update', summary: 'Q3', body: '<p>Numbers are up.</p>', state: 'draft', featured: true, visibility: 'public' });
    expect(post!.channels.map((channel) => channel.id)).toEqual([101]);
    const state = await harness.call('GET', '/_sandbox/state', { token: null });
    expect(state.body.data.content.filter((item: any) => item.source.post_id === draft.id)).toHaveLength(1);

    const after = await store.get(draft.id);
    expect(after).toMatchObject({ syncStatus: 'in_sync', revision: draft.revision, remote: { id: post!.id, uuid: post!.uuid, state: 'draft', updatedAt: post!.updated_at } });
    expect((await store.listRevisions(draft.id)).map((revision) => revision.reason)).toContain('before_sync');
  });

  it('updates the same post on later pushes, without channels, and a local save in between reads changed_here', async () => {
    const draft = await pushed();
    const edited = await saveLocally(draft, { title: 'Quarterly update (revised)', bodyHtml: '<p>Numbers are way up.</p>' });
    expect(edited.syncStatus).toBe('changed_here');

    const outcome = await pushDraft({ ...deps(), draftId: draft.id });
    expect(outcome.kind).toBe('updated');
    expect(postsMarked(draft.id)).toHaveLength(1);
    expect(postsMarked(draft.id)[0]).toMatchObject({ id: draft.remote!.id, title: 'Quarterly update (revised)', body: '<p>Numbers are way up.</p>' });
    expect(await store.get(draft.id)).toMatchObject({ syncStatus: 'in_sync', revision: edited.revision });
  });

  it('refuses to push changed topics after the first push', async () => {
    const draft = await pushed();
    await saveLocally(draft, { topics: [{ id: 102, name: 'Other' }] });
    expect(await failureOf(pushDraft({ ...deps(), draftId: draft.id }))).toMatchObject({ code: 'invalid_request' });
    expect(postsMarked(draft.id)[0]!.channels.map((channel) => channel.id)).toEqual([101]);
  });

  it('unlinks a draft whose remote post is gone, without creating a new one', async () => {
    const draft = await pushed();
    const list = posts();
    list.splice(list.findIndex((post) => post.id === draft.remote!.id), 1);
    const outcome = await pushDraft({ ...deps(), draftId: draft.id });
    expect(outcome).toMatchObject({ kind: 'remote_gone', draft: { syncStatus: 'local_only', remote: null } });
    expect(postsMarked(draft.id)).toHaveLength(0);
  });
});

describe('conflicts', () => {
  async function inConflict(): Promise<Draft> {
    const draft = await pushed({ title: 'Original' });
    await editRemotely(draft.remote!.id, { title: 'Theirs', body: '<p>Their text</p>' });
    await saveLocally(draft, { title: 'Mine', bodyHtml: '<p>My text</p>' });
    const outcome = await pushDraft({ ...deps(), draftId: draft.id });
    expect(outcome).toMatchObject({ kind: 'conflict', local: { syncStatus: 'conflict', title: 'Mine' }, remote: { title: 'Theirs' } });
    return store.get(draft.id);
  }

  it('marks a conflict when the remote changed, writes nothing remotely, and stays in conflict on the next push', async () => {
    const draft = await inConflict();
    const post = postsMarked(draft.id)[0]!;
    expect(post).toMatchObject({ title: 'Theirs', body: '<p>Their text</p>' });
    const updatedAt = post.updated_at;
    expect((await pushDraft({ ...deps(), draftId: draft.id })).kind).toBe('conflict');
    expect(postsMarked(draft.id)[0]!.updated_at).toBe(updatedAt);
  });

  it('compares both texts side by side, sanitising the remote body', async () => {
    const draft = await inConflict();
    await editRemotely(draft.remote!.id, { body: '<p>Their text</p><script>alert(1)</script>' });
    const comparison = await compareConflict({ ...deps(), draftId: draft.id, sanitize: sanitizeArticleHtml });
    expect(comparison.local).toEqual({ title: 'Mine', summary: '', bodyHtml: '<p>My text</p>' });
    expect(comparison.remote.title).toBe('Theirs');
    expect(comparison.remote.bodyHtml).toContain('Their text');
    expect(comparison.remote.bodyHtml).not.toContain('script');
  });

  it('keep_mine pushes the local text over the remote and ends in_sync', async () => {
    const draft = await inConflict();
    const resolved = await resolveConflict({ ...deps(), draftId: draft.id, choice: 'keep_mine' });
    expect(resolved).toMatchObject({ syncStatus: 'in_sync', title: 'Mine' });
    expect(postsMarked(draft.id)[0]).toMatchObject({ title: 'Mine', body: '<p>My text</p>' });
    expect((await pushDraft({ ...deps(), draftId: draft.id })).kind).toBe('updated');
  });

  it('take_theirs replaces the local text with a new revision, keeps the old one in revisions, and ends in_sync', async () => {
    const draft = await inConflict();
    const resolved = await resolveConflict({ ...deps(), draftId: draft.id, choice: 'take_theirs' });
    expect(resolved).toMatchObject({ syncStatus: 'in_sync', title: 'Theirs', bodyHtml: '<p>Their text</p>', revision: draft.revision + 1 });
    expect(resolved.topics).toEqual([{ id: 101, name: 'Company News' }]);
    const revisions = await store.listRevisions(draft.id);
    expect(revisions.some((revision) => revision.reason === 'before_sync' && revision.title === 'Mine')).toBe(true);
    expect(postsMarked(draft.id)[0]).toMatchObject({ title: 'Theirs' });
  });
});

describe('pulling from the Library', () => {
  function publishedArticle() {
    const post = posts().find((candidate) => candidate.state === 'published' && candidate.content_type === 'article' && candidate.channels.length > 0);
    if (post === undefined) throw new Error('The seed has no published article with topics.');
    return post;
  }

  it('imports a published post into a new draft with its remote id, topic names and a sanitised body; pulling again refreshes it', async () => {
    const post = publishedArticle();
    await editRemotely(post.id, { body: '<p>Welcome</p><script>alert(1)</script><img src="x" onerror="alert(2)">' });
    const draft = await pullRemote({ ...deps(), programId, contentId: post.uuid });
    expect(draft).toMatchObject({ programId, syncStatus: 'in_sync', title: post.title, remote: { id: post.id, uuid: post.uuid, state: 'published', updatedAt: post.updated_at } });
    expect(draft.bodyHtml).toContain('Welcome');
    expect(draft.bodyHtml).not.toMatch(/script|onerror/);
    expect(draft.topics.map((topic) => topic.id)).toEqual(post.channels.map((channel) => channel.id));
    expect(draft.topics.every((topic) => !topic.name.startsWith('Topic '))).toBe(true);

    await editRemotely(post.id, { title: 'Renamed in Firstup' });
    const refreshed = await pullRemote({ ...deps(), programId, contentId: post.id });
    expect(refreshed).toMatchObject({ id: draft.id, syncStatus: 'in_sync', title: 'Renamed in Firstup', revision: draft.revision + 1 });
    const linked = (await store.list({ programId, limit: 200 })).items.filter((item) => item.remote?.id === post.id);
    expect(linked).toHaveLength(1);

    const again = await pullRemote({ ...deps(), programId, contentId: post.id });
    expect(again).toMatchObject({ id: draft.id, revision: refreshed.revision, syncStatus: 'in_sync' });
  });

  it('never overwrites local edits: unchanged remote leaves them, a changed remote marks a conflict', async () => {
    const post = posts().filter((candidate) => candidate.state === 'published' && candidate.content_type === 'article')[1]!;
    const draft = await pullRemote({ ...deps(), programId, contentId: post.id });
    const edited = await saveLocally(draft, { title: 'My local title' });
    expect(edited.syncStatus).toBe('changed_here');

    expect(await pullRemote({ ...deps(), programId, contentId: post.id })).toMatchObject({ title: 'My local title', syncStatus: 'changed_here' });

    await editRemotely(post.id, { title: 'Their remote title' });
    const pulled = await pullRemote({ ...deps(), programId, contentId: post.id });
    expect(pulled).toMatchObject({ id: draft.id, title: 'My local title', revision: edited.revision, syncStatus: 'conflict', remote: { updatedAt: draft.remote!.updatedAt } });
    expect((await pushDraft({ ...deps(), draftId: draft.id })).kind).toBe('conflict');
    expect(posts().find((candidate) => candidate.id === post.id)!.title).toBe('Their remote title');
  });
});

describe('a create whose answer was lost', () => {
  it('is found by its marker and adopted by the next push instead of duplicated', async () => {
    const draft = await newDraft({ title: 'Lost answer' });
    const faults = await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [{ method: 'POST', path: '/v2/content', fault: 'commit-then-drop', times: 1 }] } });
    expect(faults.status).toBe(200);

    const failure = await failureOf(pushDraft({ ...deps(), draftId: draft.id }));
    expect(['offline', 'unexpected_response']).toContain(failure.code);
    expect(await store.get(draft.id)).toMatchObject({ syncStatus: 'local_only', remote: null });

    const found = await findRemoteByMarker(client, draft.id);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ title: 'Lost answer', source: { postId: draft.id } });

    await saveLocally(draft, { title: 'Lost answer, edited' });
    const outcome = await pushDraft({ ...deps(), draftId: draft.id });
    expect(outcome).toMatchObject({ kind: 'created', reconciled: true, draft: { syncStatus: 'in_sync', remote: { id: found[0]!.id } } });
    expect(postsMarked(draft.id)).toHaveLength(1);
    expect(postsMarked(draft.id)[0]!.title).toBe('Lost answer, edited');
  });

  it('finds nothing for a draft that was never pushed', async () => {
    expect(await findRemoteByMarker(client, randomUUID())).toEqual([]);
  });
});
