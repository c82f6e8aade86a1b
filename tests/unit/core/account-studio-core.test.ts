/**
 * The studio core as the app runs it: the built-in Sandbox program started
 * in-process and signed in, and the renderer's channels answered through
 * the accounts and the Firstup client, never exposing a token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioCore } from '../../../electron/core/studio-core.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import type { Sandbox } from '../../../electron/sandbox/sandbox-server.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let sandbox: Sandbox;
let core: StudioCore;
let logger: Awaited<ReturnType<typeof startCoreWithSandbox>>['logger'];
let events: { event: string; payload: unknown }[];
const programId = SANDBOX_PROGRAM_ID;

async function call(channel: string, payload: unknown = {}) {
  return core.router.invoke(channel, payload);
}

async function data(channel: string, payload: unknown = {}): Promise<any> {
  const result = await call(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

beforeAll(async () => {
  harness = await startCoreWithSandbox();
  ({ core, sandbox, logger, events } = harness);
});

afterAll(() => harness.close());

describe('the built-in Sandbox program', () => {
  it('is listed first, signed in as the sandbox client in program 4242, and cannot be removed', async () => {
    await data('topics.list', { programId, page: { size: 1 } });
    const { programs } = await data('programs.list');
    expect(programs[0]).toMatchObject({
      isSandbox: true,
      program: { id: programId, displayName: 'Sandbox Program', location: { kind: 'custom', apiBaseUrl: sandbox.url } },
      status: { state: 'signed_in', identity: { programId: '4242', userId: '1' } },
    });
    expect(await call('programs.remove', { programId })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('answers the Library, topic, reach and comment channels from the sandbox', async () => {
    const topics = await data('topics.list', { programId, page: { size: 100 } });
    expect(topics.totalRecords).toBe(40);
    expect(topics.items.find((topic: any) => topic.id === 101)).toMatchObject({ name: 'Company News', followerCount: 5000 });

    const published = await data('content.list', { programId, state: ['published'], page: { size: 100 } });
    expect(published.items.length).toBeGreaterThan(5);
    expect(published.items.every((item: any) => item.state === 'published')).toBe(true);

    const first = published.items[0];
    const detail = await data('content.get', { programId, contentId: first.uuid });
    expect(detail).toMatchObject({ id: first.id, title: first.title });

    const reach = await data('reach.get', { programId, contentId: first.id });
    const post = sandbox.runtime.state.posts.find((candidate) => candidate.id === first.id)!;
    const followers = new Set(post.channels.flatMap((channel) => sandbox.runtime.state.topics.find((topic) => topic.id === channel.id)!.follower_ids));
    expect(reach).toMatchObject({ contentId: first.id, channels: followers.size });
    expect(Date.parse(reach.measuredAt)).not.toBeNaN();

    const commented = sandbox.runtime.state.comments.find((comment) => comment.parent_id === null)!;
    const comments = await data('comments.list', { programId, contentId: commented.content_id });
    expect(comments.items.length).toBeGreaterThan(0);
  });

  it('creates a topic as the program-manager client', async () => {
    const topic = await data('topics.create', { programId, name: 'Studio Test Topic', description: 'Made by a test.' });
    expect(topic).toMatchObject({ name: 'Studio Test Topic', state: 'published' });
    expect(sandbox.runtime.state.topics.some((candidate) => candidate.name === 'Studio Test Topic')).toBe(true);
  });

  it('says "sign in" after a sign-out, and signs in again with the secret an admin types', async () => {
    expect(await data('programs.signOut', { programId })).toMatchObject({ state: 'signed_out' });
    expect(await call('content.list', { programId })).toMatchObject({ ok: false, error: { code: 'sign_in_needed' } });
    expect(await call('programs.signIn', { programId })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call('programs.signIn', { programId, clientSecret: 'wrong' })).toMatchObject({ ok: false });
    expect((await data('programs.signIn', { programId, clientSecret: 'sandbox-secret' })).status.state).toBe('signed_in');
    expect((await data('content.list', { programId, page: { size: 1 } })).items).toHaveLength(1);
    expect(events.some((entry) => entry.event === 'programs.statusChanged')).toBe(true);
  });

  it('maps the API\'s refusals to errors the studio can explain', async () => {
    expect(await call('content.get', { programId, contentId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ rules: [{ method: 'GET', path: '/v2/channels', fault: 429, retry_after: 7, times: 1 }] }) });
    expect(await call('topics.list', { programId })).toMatchObject({ ok: false, error: { code: 'rate_limited', details: { retryAfterSeconds: 7 } } });
  });
});

describe('a user sign-in', () => {
  it('answers at once with the sign-in page, and completes when the browser comes back', async () => {
    const added = await data('programs.add', {
      displayName: 'Sandbox as a person',
      location: { kind: 'custom', apiBaseUrl: sandbox.url, authBaseUrl: sandbox.url },
      signIn: { kind: 'user', clientId: 'sandbox-desktop' },
    });
    const id = added.program.id;
    const started = await data('programs.signIn', { programId: id });
    expect(started.status.state).toBe('signing_in');
    const page = await fetch(started.authorizationUrl);
    const requestId = /name="request_id" value="([^"]+)"/.exec(await page.text())![1]!;
    const consent = await fetch(`${sandbox.url}/oauth/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ request_id: requestId, user_id: '2', decision: 'allow' }),
      redirect: 'manual',
    });
    await fetch(consent.headers.get('location')!);
    await expect.poll(async () => (await data('programs.status', { programId: id })).state).toBe('signed_in');
    const mine = await data('content.list', { programId: id, page: { size: 1 } });
    expect(mine.items).toHaveLength(1);
    expect((await data('programs.status', { programId: id })).identity).toMatchObject({ userId: '2', programId: '4242' });
    await data('programs.remove', { programId: id });
  });
});

describe('tokens stay in the main process', () => {
  it('no channel answer, event or log line carries a token the sandbox issued', async () => {
    const answers = JSON.stringify(await Promise.all([call('programs.list'), call('programs.status', { programId }), call('topics.list', { programId })]));
    const seen = `${answers}\n${JSON.stringify(events)}\n${JSON.stringify(logger.lines)}`;
    expect(seen).not.toMatch(/sbx_(at|rt)_/);
    expect(seen).not.toContain('sandbox-secret');
  });
});
