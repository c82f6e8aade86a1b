/** Push and pull through the studio's channels, against the built-in Sandbox program. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import type { StudioCore } from '../../../electron/core/studio-core.js';
import type { Sandbox } from '../../../electron/sandbox/sandbox-server.js';
import { emptyDraftContent } from '../../../shared/drafts/draft-schema.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let sandbox: Sandbox;
let core: StudioCore;
const programId = SANDBOX_PROGRAM_ID;

async function data(channel: string, payload: unknown = {}): Promise<any> {
  const result = await core.router.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

beforeAll(async () => {
  harness = await startCoreWithSandbox();
  ({ core, sandbox } = harness);
});

afterAll(() => harness.close());

it('pushes a draft once as a new post with its topics, then as an update, never a duplicate', async () => {
  const draft = await data('drafts.create', { programId, title: 'Town hall recap', topics: [{ id: 101, name: 'Company News' }] });
  const first = await data('drafts.push', { id: draft.id });
  expect(first).toMatchObject({ outcome: 'created', draft: { syncStatus: 'in_sync', remote: { state: 'draft' } } });
  const posts = () => sandbox.runtime.state.posts.filter((post) => post.source.post_id === draft.id);
  expect(posts()).toHaveLength(1);
  expect(posts()[0]).toMatchObject({ title: 'Town hall recap', channels: [{ id: 101 }] });

  const current = await data('drafts.get', { id: draft.id });
  await data('drafts.save', { id: draft.id, baseRevision: current.revision, content: { ...emptyDraftContent, title: 'Town hall recap (updated)', topics: current.topics } });
  expect((await data('drafts.get', { id: draft.id })).syncStatus).toBe('changed_here');
  expect(await data('drafts.push', { id: draft.id })).toMatchObject({ outcome: 'updated', draft: { syncStatus: 'in_sync' } });
  expect(posts()).toHaveLength(1);
  expect(posts()[0]?.title).toBe('Town hall recap (updated)');
});

it('refuses a first push without topics, since they cannot change afterwards', async () => {
  const draft = await data('drafts.create', { programId, title: 'No topics yet' });
  expect(await core.router.invoke('drafts.push', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
});

it('pulls a published post from the Library into a local draft that keeps the remote id', async () => {
  const seeded = sandbox.runtime.state.posts.find((post) => post.state === 'published' && post.content_type === 'article')!;
  const pulled = await data('drafts.pull', { programId, contentId: seeded.id });
  expect(pulled).toMatchObject({ programId, title: seeded.title, syncStatus: 'in_sync', remote: { id: seeded.id, uuid: seeded.uuid, state: 'published' } });
});
