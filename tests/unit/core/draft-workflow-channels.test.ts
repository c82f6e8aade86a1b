/**
 * drafts.transition and videos.add through the studio's router, against the
 * built-in Sandbox program. Every request the core makes to the sandbox is
 * logged (method and path), so a test can say what was, and was not, sent.
 */
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import type { StudioCore } from '../../../electron/core/studio-core.js';
import type { Sandbox } from '../../../electron/sandbox/sandbox-server.js';
import { emptyDraftContent } from '../../../shared/drafts/draft-schema.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { answerSandboxSignIn } from '../accounts/oauth-test-support.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let sandbox: Sandbox;
let core: StudioCore;
let requests: string[] = [];
const programId = SANDBOX_PROGRAM_ID;
const topics = [{ id: 101, name: 'Company News' }];

async function data(channel: string, payload: unknown = {}): Promise<any> {
  const result = await core.router.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

async function failure(channel: string, payload: unknown): Promise<{ code: string; message: string; details?: any }> {
  const result = await core.router.invoke(channel, payload);
  if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
  return result.error;
}

beforeAll(async () => {
  harness = await startCoreWithSandbox();
  ({ core, sandbox } = harness);
  const take = sandbox.faults.take.bind(sandbox.faults);
  vi.spyOn(sandbox.faults, 'take').mockImplementation((method, path, random) => {
    requests.push(`${method} ${path}`);
    return take(method, path, random);
  });
});

afterAll(() => harness.close());

beforeEach(() => {
  requests = [];
});

const postOf = (remoteId: number) => sandbox.runtime.state.posts.find((post) => post.id === remoteId)!;
const postsMarked = (draftId: string) => sandbox.runtime.state.posts.filter((post) => post.source.post_id === draftId);

async function newDraft(fields: Record<string, unknown> = {}) {
  return data('drafts.create', { programId, title: 'Town hall recap', bodyHtml: '<p>Thanks for coming.</p>', topics, ...fields });
}

/** A draft already on Firstup (in step, post in draft state). */
async function pushedDraft(fields: Record<string, unknown> = {}) {
  const draft = await newDraft(fields);
  await data('drafts.push', { id: draft.id });
  requests = [];
  return data('drafts.get', { id: draft.id });
}

/** A change made on Firstup by someone else; updated_at has one-second resolution, so it happens a few seconds later. */
async function actRemotely(path: string, body?: Record<string, unknown>) {
  sandbox.runtime.clock.advance(5);
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${await core.accounts.tokenProvider(programId).getAccessToken()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  expect(response.status).toBe(200);
  requests = [];
}

it('publishes a new draft: one create with its topics, one publish, and the post ends published with our text', async () => {
  const draft = await newDraft();
  harness.events.length = 0;

  const result = await data('drafts.transition', { id: draft.id, action: 'publish' });

  expect(result).toMatchObject({ state: 'published', draft: { id: draft.id, syncStatus: 'in_sync', remote: { state: 'published' } } });
  expect(postsMarked(draft.id)).toHaveLength(1);
  expect(postsMarked(draft.id)[0]).toMatchObject({ state: 'published', title: 'Town hall recap', body: '<p>Thanks for coming.</p>', channels: [{ id: 101 }] });
  expect(requests.filter((request) => !request.startsWith('GET'))).toEqual(['POST /v2/content', `PUT /v2/content/${result.draft.remote.id}/publish`]);
  expect(harness.events).toContainEqual({ event: 'drafts.changed', payload: { ids: [draft.id] } });
});

it('refuses before sending anything when the preflight finds problems, listing each one', async () => {
  const draft = await newDraft({ title: '  ', topics: [], bodyHtml: '<p><img src="https://cdn.example/a.png"></p>' });

  const error = await failure('drafts.transition', { id: draft.id, action: 'review' });

  expect(error).toMatchObject({ code: 'validation', message: 'Give the post a title.' });
  expect(error.details.problems.map((problem: { field: string }) => problem.field)).toEqual(['title', 'topics', 'images']);
  expect(requests).toEqual([]);
  expect(postsMarked(draft.id)).toEqual([]);
  expect(await data('drafts.get', { id: draft.id })).toMatchObject({ syncStatus: 'local_only', remote: null, revision: 1 });
});

it('moves a post through review, publish, back to draft and to the archive, reading the state back each time', async () => {
  const draft = await newDraft();
  const states: string[] = [];
  for (const action of ['review', 'publish', 'draft', 'archive']) {
    const result = await data('drafts.transition', { id: draft.id, action });
    states.push(result.state);
    expect(postOf(result.draft.remote.id).state).toBe(result.state);
    expect(result.draft).toMatchObject({ syncStatus: 'in_sync', remote: { state: result.state } });
  }
  expect(states).toEqual(['review', 'published', 'draft', 'archived']);
  expect(postsMarked(draft.id)).toHaveLength(1);

  expect(await failure('drafts.transition', { id: draft.id, action: 'archive' })).toMatchObject({
    code: 'invalid_request',
    message: expect.stringMatching(/^Firstup has this post as archived, so it can't be archived from there\./),
  });
});

it('refuses to move a draft that is not on Firstup back to draft or to the archive', async () => {
  const draft = await newDraft();
  for (const action of ['draft', 'archive']) {
    expect(await failure('drafts.transition', { id: draft.id, action })).toMatchObject({ code: 'invalid_request', message: expect.stringMatching(/^This draft is not on Firstup yet/) });
  }
  expect(requests).toEqual([]);
});

it('sends local edits before publishing, as an update of the same post', async () => {
  const draft = await pushedDraft();
  await data('drafts.save', { id: draft.id, baseRevision: draft.revision, content: { ...emptyDraftContent, title: 'Town hall recap, with slides', bodyHtml: '<p>Slides inside.</p>', topics } });

  const result = await data('drafts.transition', { id: draft.id, action: 'publish' });

  expect(result).toMatchObject({ state: 'published', draft: { syncStatus: 'in_sync' } });
  expect(postOf(draft.remote.id)).toMatchObject({ title: 'Town hall recap, with slides', body: '<p>Slides inside.</p>', state: 'published' });
  expect(requests.filter((request) => !request.startsWith('GET'))).toEqual([`PUT /v2/content/${draft.remote.id}`, `PUT /v2/content/${draft.remote.id}/publish`]);
});

it('stops before any write when the post changed on Firstup since the last sync', async () => {
  const draft = await pushedDraft();
  await actRemotely(`/v2/content/${draft.remote.id}`, { title: 'Edited on Firstup' });
  await data('drafts.save', { id: draft.id, baseRevision: draft.revision, content: { ...emptyDraftContent, title: 'Edited here', bodyHtml: '<p>x</p>', topics } });
  requests = [];

  const error = await failure('drafts.transition', { id: draft.id, action: 'publish' });

  expect(error).toMatchObject({ code: 'draft_conflict', message: expect.stringMatching(/^This post changed on Firstup since your last sync/) });
  expect(requests.every((request) => request.startsWith('GET'))).toBe(true);
  expect(postOf(draft.remote.id)).toMatchObject({ title: 'Edited on Firstup', state: 'draft' });
  expect((await data('drafts.get', { id: draft.id })).syncStatus).toBe('conflict');
});

it('makes no transition call when the post is already where the action leads', async () => {
  const draft = await pushedDraft();
  await actRemotely(`/v2/content/${draft.remote.id}/publish`);

  const result = await data('drafts.transition', { id: draft.id, action: 'publish' });

  expect(result).toMatchObject({ state: 'published', draft: { syncStatus: 'in_sync', remote: { state: 'published' } } });
  expect(requests).toEqual([`GET /v2/content/${draft.remote.id}`]);
});

it("keeps Firstup's own message when it refuses the publish (400)", async () => {
  const draft = await pushedDraft();
  await actRemotely(`/v2/content/${draft.remote.id}`, { title: '' });

  const error = await failure('drafts.transition', { id: draft.id, action: 'publish' });

  expect(error).toMatchObject({ code: 'validation', message: 'A title is required to publish.' });
  expect(postOf(draft.remote.id).state).toBe('draft');
});

it('answers invalid_request for videos.add on a draft that is not on Firstup, saying the first push attaches it', async () => {
  const draft = await newDraft();
  expect(await failure('videos.add', { draftId: draft.id, url: 'https://cdn.example/film.mp4' })).toMatchObject({
    code: 'invalid_request',
    message: expect.stringContaining('it is attached when the draft is first sent'),
  });
  expect(requests).toEqual([]);
});

it("answers 'forbidden' with a sentence when the signed-in person is a member, and creates nothing", async () => {
  const added = await data('programs.add', {
    displayName: 'Sandbox as Max Member',
    location: { kind: 'custom', apiBaseUrl: sandbox.url, authBaseUrl: sandbox.url },
    signIn: { kind: 'user', clientId: 'sandbox-desktop' },
  });
  const memberProgram = added.program.id;
  const { authorizationUrl } = await data('programs.signIn', { programId: memberProgram });
  await fetch(await answerSandboxSignIn(authorizationUrl, { userId: 4 }));
  await vi.waitFor(async () => expect((await data('programs.status', { programId: memberProgram })).state).toBe('signed_in'));
  const draft = await data('drafts.create', { programId: memberProgram, title: 'From a member', bodyHtml: '<p>Hi</p>', topics });

  const error = await failure('drafts.transition', { id: draft.id, action: 'publish' });

  expect(error).toMatchObject({ code: 'forbidden', message: 'Firstup refused: this action needs the publisher role or higher in this program.' });
  expect(postsMarked(draft.id)).toEqual([]);
  expect(await data('drafts.get', { id: draft.id })).toMatchObject({ syncStatus: 'local_only', remote: null });
});
