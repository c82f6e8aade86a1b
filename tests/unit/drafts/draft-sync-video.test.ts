/**
 * Videos through push, refresh and conflict comparison, against the
 * in-process sandbox: Firstup's body carries the players, the stored body
 * only placeholders, and a refresh turns the players back into placeholders.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compareConflict, pullRemote, pushDraft } from '../../../electron/core/drafts/draft-sync.js';
import { openDraftStore, type DraftStore } from '../../../electron/core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import { createFirstupClient, type FirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { sanitizeVideoEmbed } from '../../../electron/core/publishing/embed-sanitizer.js';
import type { Draft } from '../../../shared/drafts/draft-schema.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { tempDir } from '../../support/test-core.js';
import { article, contentOf } from './draft-test-store.js';

let harness: SandboxHarness;
let store: DraftStore;
let client: FirstupClient;
let dataDir: string;
const programId = randomUUID();
const topics = [{ id: 101, name: 'Company News' }];

beforeAll(async () => {
  harness = await startSandboxHarness();
  dataDir = tempDir('draft-sync-video');
  store = openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: sanitizeArticleHtml });
  client = createFirstupClient({
    apiBaseUrl: harness.url,
    tokens: harness.tokensAs('publisher'),
    budget: createRequestBudget(),
    logger: createMemoryLogger(),
    timeoutMs: 5_000,
  });
});

afterAll(async () => {
  store.close();
  await harness.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const postOf = (draft: Draft) => harness.sandbox.runtime.state.posts.find((post) => post.id === draft.remote?.id)!;

/** A post with a real sandbox video on it, and a draft whose body places that video and holds a pending one. */
async function draftWithVideos(): Promise<{ draft: Draft; embed: string; videoId: number }> {
  const draft = await store.create({ programId, ...article({ title: 'Launch film', bodyHtml: '<p>Intro</p>', topics }) });
  await pushDraft({ store, client, draftId: draft.id });
  const pushed = await store.get(draft.id);
  const video = await client.addVideo(pushed.remote!.id, { url: 'https://cdn.example/launch.mp4' });
  harness.sandbox.runtime.clock.advance(5);
  // Our own write moved the post; take it as the baseline, as the workflow does.
  await pullRemote({ store, client, programId, contentId: pushed.remote!.id });
  const embed = sanitizeVideoEmbed(video.embedHtml);
  const current = await store.get(draft.id);
  await store.save({
    id: draft.id,
    baseRevision: current.revision,
    content: {
      ...contentOf(current),
      bodyHtml: `<p>Intro</p><div data-video-id="${video.id}" data-video-url="https://cdn.example/launch.mp4"></div><p>Next</p><div data-video-url="https://cdn.example/later.mp4"></div>`,
      videos: [{ videoId: video.id, embedHtml: embed, url: 'https://cdn.example/launch.mp4' }],
    },
  });
  return { draft: await store.get(draft.id), embed, videoId: video.id };
}

it('sends the player in place of its placeholder, and leaves a pending video out, while the stored body keeps placeholders', async () => {
  const { draft, embed, videoId } = await draftWithVideos();
  expect(await pushDraft({ store, client, draftId: draft.id })).toMatchObject({ kind: 'updated' });

  expect(postOf(draft).body).toBe(`<p>Intro</p>${embed}<p>Next</p>`);
  expect(embed).toContain(`${harness.url}/embed/videos/${videoId}`);
  const stored = await store.get(draft.id);
  expect(stored.bodyHtml).toBe(draft.bodyHtml);
  expect(stored.bodyHtml).not.toContain('<iframe');
});

it('creates a post whose body already carries the players of known videos', async () => {
  const { draft, embed } = await draftWithVideos();
  const copy = await store.create({ programId, ...contentOf(draft) });
  expect(await pushDraft({ store, client, draftId: copy.id })).toMatchObject({ kind: 'created' });
  expect(postOf(await store.get(copy.id)).body).toBe(`<p>Intro</p>${embed}<p>Next</p>`);
});

it('keeps the videos when a refresh brings in a remote edit', async () => {
  const { draft } = await draftWithVideos();
  await pushDraft({ store, client, draftId: draft.id });
  const remoteBody = postOf(draft).body!;
  harness.sandbox.runtime.clock.advance(5);
  const edited = await harness.call('PUT', `/v2/content/${draft.remote!.id}`, { token: harness.tokenFor('manager'), body: { body: `${remoteBody}<p>Added on Firstup</p>` } });
  expect(edited.status).toBe(200);

  const refreshed = await pullRemote({ store, client, programId, contentId: draft.remote!.id });
  expect(refreshed.id).toBe(draft.id);
  // The pending video was never on Firstup, so Firstup's text has no place for it; the revision taken before the refresh still holds it.
  expect((await store.listRevisions(draft.id)).some((revision) => revision.reason === 'before_sync' && revision.revision === draft.revision)).toBe(true);
  expect(refreshed.bodyHtml).toBe(`${draft.bodyHtml.replace('<div data-video-url="https://cdn.example/later.mp4"></div>', '')}<p>Added on Firstup</p>`);
  expect(refreshed.videos).toEqual(draft.videos);
});

it('compares a conflict without showing the placed players as a difference', async () => {
  const { draft } = await draftWithVideos();
  await pushDraft({ store, client, draftId: draft.id });
  harness.sandbox.runtime.clock.advance(5);
  await harness.call('PUT', `/v2/content/${draft.remote!.id}`, { token: harness.tokenFor('manager'), body: { title: 'Launch film (final)' } });

  const comparison = await compareConflict({ store, client, draftId: draft.id, sanitize: sanitizeArticleHtml });
  expect(comparison.remote.title).toBe('Launch film (final)');
  expect(comparison.remote.bodyHtml).toBe(comparison.local.bodyHtml.replace('<div data-video-url="https://cdn.example/later.mp4"></div>', ''));
});
