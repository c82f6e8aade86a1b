/**
 * Videos in the workflow, against the built-in Sandbox program. Adding a
 * video puts the sandbox's post in `processing` for 3 s of its clock, so the
 * publishing handlers here get a sleep that moves that clock instead of
 * waiting: the waits the workflow asks for are recorded and really needed
 * (the sandbox refuses to publish while processing).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { openDraftStore, type DraftStore } from '../../../electron/core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import type { FirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import type { Handlers } from '../../../electron/core/ipc/router.js';
import { createProgramClients, type ProgramClients } from '../../../electron/core/programs/program-clients.js';
import { createPublishingHandlers } from '../../../electron/core/publishing/publishing-handlers.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import type { Sandbox } from '../../../electron/sandbox/sandbox-server.js';
import { channels } from '../../../shared/ipc/contract.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { tempDir } from '../../support/test-core.js';
import { article, contentOf } from '../drafts/draft-test-store.js';

type PublishingHandlers = Pick<Handlers, 'drafts.transition' | 'videos.add'>;

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let sandbox: Sandbox;
let store: DraftStore;
let dataDir: string;
let clients: ProgramClients;
let handlers: PublishingHandlers;
let requests: string[] = [];
let sleeps: number[] = [];
const programId = SANDBOX_PROGRAM_ID;
const topics = [{ id: 101, name: 'Company News' }];
const FILM = 'https://cdn.example/launch.mp4';
const TEASER = 'https://cdn.example/teaser.mp4';

function publishingHandlers(programClients: ProgramClients): PublishingHandlers {
  return createPublishingHandlers({
    drafts: store,
    clients: programClients,
    events: harness.core.events,
    sleep: (ms) => {
      sleeps.push(ms);
      sandbox.runtime.clock.advance(ms / 1_000);
      return Promise.resolve();
    },
  });
}

beforeAll(async () => {
  harness = await startCoreWithSandbox();
  sandbox = harness.sandbox;
  dataDir = tempDir('workflow-videos');
  store = openDraftStore({ dataDir, logger: harness.logger, sanitize: sanitizeArticleHtml });
  clients = createProgramClients(harness.core.accounts, harness.logger);
  handlers = publishingHandlers(clients);
  const take = sandbox.faults.take.bind(sandbox.faults);
  vi.spyOn(sandbox.faults, 'take').mockImplementation((method, path, random) => {
    requests.push(`${method} ${path}`);
    return take(method, path, random);
  });
});

afterAll(async () => {
  store.close();
  await harness.close();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  requests = [];
  sleeps = [];
  sandbox.faults.clear();
});

const writes = () => requests.filter((request) => !request.startsWith('GET'));
const postOf = (remoteId: number) => sandbox.runtime.state.posts.find((post) => post.id === remoteId)!;
const placeholder = (url: string, id?: number) => `<div${id === undefined ? '' : ` data-video-id="${id}"`} data-video-url="${url}"></div>`;

async function transition(id: string, action: 'review' | 'publish' | 'draft' | 'archive', using = handlers) {
  return channels['drafts.transition'].response.parse(await using['drafts.transition']({ id, action }));
}

async function newDraft(bodyHtml: string) {
  return store.create({ programId, ...article({ title: 'Launch film', bodyHtml, topics }) });
}

it('attaches a video added while local at the first publish: Firstup gets the player, the draft keeps a placeholder with the new id', async () => {
  const draft = await newDraft(`<p>Watch:</p>${placeholder(FILM)}<p>Questions welcome.</p>`);

  const result = await transition(draft.id, 'publish');

  const remoteId = result.draft.remote!.id;
  const post = postOf(remoteId);
  expect(post.video_ids).toHaveLength(1);
  const videoId = post.video_ids[0]!;
  const player = sandbox.runtime.state.videos.find((video) => video.id === videoId)!.embed_html;
  expect(result).toMatchObject({ state: 'published', draft: { syncStatus: 'in_sync', remote: { state: 'published' } } });
  expect(result.draft.bodyHtml).toBe(`<p>Watch:</p>${placeholder(FILM, videoId)}<p>Questions welcome.</p>`);
  expect(result.draft.videos).toEqual([{ videoId, embedHtml: player, url: FILM }]);
  expect(post).toMatchObject({ state: 'published', body: `<p>Watch:</p>${player}<p>Questions welcome.</p>` });
  expect(writes()).toEqual(['POST /v2/content', `PUT /v2/content/${remoteId}/videos`, `PUT /v2/content/${remoteId}`, `PUT /v2/content/${remoteId}/publish`]);
  // The sandbox processes a video for 3 s and refuses to publish meanwhile: the workflow waited that out.
  expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(3_000);
});

it('attaches several pending videos one at a time, each once, in the order they appear', async () => {
  const draft = await newDraft(`${placeholder(FILM)}<p>And a teaser:</p>${placeholder(TEASER)}`);

  const result = await transition(draft.id, 'review');

  const remoteId = result.draft.remote!.id;
  const [film, teaser] = postOf(remoteId).video_ids;
  expect(result.state).toBe('review');
  expect(result.draft.bodyHtml).toBe(`${placeholder(FILM, film)}<p>And a teaser:</p>${placeholder(TEASER, teaser)}`);
  expect(sandbox.runtime.state.videos.filter((video) => video.content_id === remoteId).map((video) => video.source_url)).toEqual([FILM, TEASER]);
  expect(postOf(remoteId).body).toMatch(new RegExp(`^<iframe src="[^"]*/embed/videos/${film}".*</iframe><p>And a teaser:</p><iframe src="[^"]*/embed/videos/${teaser}"`));
});

it('commits each attached video before the next step, so a retry after a failure never adds it twice', async () => {
  const draft = await newDraft(`<p>Watch:</p>${placeholder(FILM)}`);
  const failOnce = createPublishingHandlers({
    drafts: store,
    clients,
    events: harness.core.events,
    sleep: (ms) => {
      // While the video processes, Firstup starts failing the body update that would place the player.
      const remoteId = postOfDraft(draft.id).id;
      sandbox.faults.set([{ method: 'PUT', path: `/v2/content/${remoteId}`, fault: 503, times: 1 }]);
      sandbox.runtime.clock.advance(ms / 1_000);
      return Promise.resolve();
    },
  });

  await expect(failOnce['drafts.transition']({ id: draft.id, action: 'publish' })).rejects.toMatchObject({ code: 'server_error' });
  const afterFailure = await store.get(draft.id);
  const remoteId = afterFailure.remote!.id;
  const [videoId] = postOf(remoteId).video_ids;
  expect(afterFailure.bodyHtml).toBe(`<p>Watch:</p>${placeholder(FILM, videoId)}`);
  expect(postOf(remoteId).state).toBe('draft');

  requests = [];
  const result = await transition(draft.id, 'publish');

  expect(result.state).toBe('published');
  expect(postOf(remoteId).video_ids).toEqual([videoId]);
  expect(writes()).toEqual([`PUT /v2/content/${remoteId}`, `PUT /v2/content/${remoteId}/publish`]);
  expect(postOf(remoteId).body).toContain(`/embed/videos/${videoId}"`);
});

function postOfDraft(draftId: string) {
  return sandbox.runtime.state.posts.find((post) => post.source.post_id === draftId)!;
}

it('videos.add on a pushed draft answers the sanitised player without saving the draft, and the next publish places it without a conflict', async () => {
  const draft = await newDraft('<p>Intro</p>');
  await transition(draft.id, 'review');
  const before = await store.get(draft.id);
  // Some time later (updated_at has one-second resolution), the person adds a video.
  sandbox.runtime.clock.advance(5);
  requests = [];

  const added = channels['videos.add'].response.parse(await handlers['videos.add']({ draftId: draft.id, url: FILM }));

  const remoteId = before.remote!.id;
  expect(postOf(remoteId).video_ids).toEqual([added.videoId]);
  expect(added).toEqual({ videoId: added.videoId, embedHtml: sandbox.runtime.state.videos.find((video) => video.id === added.videoId)!.embed_html, url: FILM });
  expect(writes()).toEqual([`PUT /v2/content/${remoteId}/videos`]);
  const unsaved = await store.get(draft.id);
  expect(unsaved).toMatchObject({ revision: before.revision, bodyHtml: before.bodyHtml, videos: [], syncStatus: 'in_sync' });

  // The editor places the video and autosaves; a while later the person publishes.
  sandbox.runtime.clock.advance(10);
  await store.save({ id: draft.id, baseRevision: unsaved.revision, content: { ...contentOf(unsaved), bodyHtml: `<p>Intro</p>${placeholder(FILM, added.videoId)}`, videos: [added] } });
  requests = [];
  const result = await transition(draft.id, 'publish');

  expect(result).toMatchObject({ state: 'published', draft: { syncStatus: 'in_sync' } });
  expect(postOf(remoteId).body).toBe(`<p>Intro</p>${added.embedHtml}`);
  expect(writes()).toEqual([`PUT /v2/content/${remoteId}`, `PUT /v2/content/${remoteId}/publish`]);
});

/** The same program's client, but Firstup's add-video answer carries a hostile player. */
function clientsWithHostilePlayer(): ProgramClients {
  return {
    clientFor(id) {
      const client = clients.clientFor(id);
      const addVideo: FirstupClient['addVideo'] = async (...args) => ({
        ...(await client.addVideo(...args)),
        embedHtml: '<img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe>',
      });
      return { ...client, addVideo };
    },
  };
}

it('refuses a player that is not safe, in videos.add and at publish, and never adds that video twice', async () => {
  const hostile = publishingHandlers(clientsWithHostilePlayer());
  const pushed = await newDraft('<p>Intro</p>');
  await transition(pushed.id, 'review');
  await expect(hostile['videos.add']({ draftId: pushed.id, url: FILM })).rejects.toMatchObject({
    code: 'unexpected_response',
    message: expect.stringMatching(/^Firstup answered with a video player Content Studio can't place safely/),
  });

  const draft = await newDraft(`<p>Watch:</p>${placeholder(FILM)}`);
  await expect(hostile['drafts.transition']({ id: draft.id, action: 'publish' })).rejects.toMatchObject({ code: 'unexpected_response' });
  const afterRefusal = await store.get(draft.id);
  const remoteId = afterRefusal.remote!.id;
  const [videoId] = postOf(remoteId).video_ids;
  expect(afterRefusal.bodyHtml).toBe(`<p>Watch:</p>${placeholder(FILM, videoId)}`);
  expect(afterRefusal.videos).toEqual([{ videoId, embedHtml: '', url: FILM }]);

  const result = await transition(draft.id, 'publish', hostile);
  expect(result.state).toBe('published');
  expect(postOf(remoteId).video_ids).toEqual([videoId]);
  expect(postOf(remoteId).body).toBe('<p>Watch:</p>');
});
