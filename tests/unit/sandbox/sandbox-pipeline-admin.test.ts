/** The `/_sandbox/` controls other than faults: state, clock and reset. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueTokens } from '../../../electron/sandbox/auth/token-store.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;

beforeEach(async () => {
  harness = await startSandboxHarness();
});

afterEach(() => harness.close());

/** Reset replaces the whole state, tokens included, so the harness's cached tokens die with it. */
function freshToken(userId: number): string {
  const { state, clock } = harness.sandbox.runtime;
  return issueTokens(state, clock, { clientId: 'sandbox-desktop', userId, scope: 'content.read content.write', ttlSeconds: 600, refresh: null }).access_token;
}

describe('GET /_sandbox/state', () => {
  it('shows the program, the time, every post and every topic, without a token', async () => {
    const reply = await harness.call('GET', '/_sandbox/state', { token: null });
    expect(reply.status).toBe(200);
    const { data } = reply.body;
    expect(data.program).toEqual({ id: 4242, name: 'Sandbox Program' });
    expect(data.now).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(data.topics).toHaveLength(40);
    expect(data.topics[0]).toEqual({ id: 101, name: 'Company News', state: 'published' });
    expect(data.content).toHaveLength(30);
    expect(Object.keys(data.content[0]).sort()).toEqual(['channels', 'content_type', 'created_at', 'id', 'images', 'source', 'state', 'title', 'updated_at', 'uuid', 'videos']);
  });
});

describe('POST /_sandbox/clock', () => {
  it('moves the sandbox clock forward', async () => {
    const before = Date.parse((await harness.call('GET', '/_sandbox/state')).body.data.now);
    const reply = await harness.call('POST', '/_sandbox/clock', { body: { advance_seconds: 86_400 } });
    expect(reply.status).toBe(200);
    expect(Date.parse(reply.body.data.now) - before).toBeGreaterThanOrEqual(86_400_000);
    expect(Date.parse((await harness.call('GET', '/_sandbox/state')).body.data.now) - before).toBeGreaterThanOrEqual(86_400_000);
  });

  it.each<[unknown]>([[{}], [{ advance_seconds: -1 }], [{ advance_seconds: '60' }], [{ advance_seconds: 60, to: 'tomorrow' }], [[60]]])('refuses %j with 400', async (body) => {
    const reply = await harness.call('POST', '/_sandbox/clock', { body });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].code).toBe('validation_failed');
  });
});

describe('POST /_sandbox/reset', () => {
  it('restores the seeded program and forgets faults', async () => {
    const seeded = structuredClone(harness.sandbox.runtime.state.topics);
    const manager = harness.tokenFor('manager');
    expect((await harness.call('POST', '/v2/channels', { token: manager, body: { name: 'Temporary', description: 'Goes away.' } })).status).toBe(201);
    expect((await harness.call('PUT', '/v2/channels/101', { token: manager, body: { name: 'Renamed' } })).status).toBe(200);
    await harness.call('POST', '/_sandbox/faults', { body: { rules: [{ method: 'GET', path: '/v2/channels', fault: 503 }] } });

    const reply = await harness.call('POST', '/_sandbox/reset');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: { program: { id: 4242, name: 'Sandbox Program' } } });

    const { state } = harness.sandbox.runtime;
    expect(state.topics.map(({ created_at: _c, updated_at: _u, ...rest }) => rest)).toEqual(seeded.map(({ created_at: _c, updated_at: _u, ...rest }) => rest));
    expect(state.next_ids.topic).toBe(201);
    expect((await harness.call('GET', '/_sandbox/faults')).body.data.rules).toEqual([]);
    const list = await harness.call('GET', '/v2/channels?page.size=100', { token: freshToken(4) });
    expect(list.status).toBe(200);
    expect(list.body.meta.pagination.total_records).toBe(40);
    expect(list.body.data.map((topic: any) => topic.name)).toContain('Company News');
  });

  it('keeps people signed in: a token from before the reset still works', async () => {
    const manager = harness.tokenFor('manager');
    expect((await harness.call('POST', '/_sandbox/reset')).status).toBe(200);
    expect((await harness.call('GET', '/v2/channels', { token: manager })).status).toBe(200);
  });

  it('re-seeds with another seed when given one', async () => {
    const before = harness.sandbox.runtime.state.topics.map((topic) => topic.follower_ids.length);
    expect((await harness.call('POST', '/_sandbox/reset', { body: { seed: 2 } })).status).toBe(200);
    const after = harness.sandbox.runtime.state.topics.map((topic) => topic.follower_ids.length);
    expect(after).toHaveLength(40);
    expect(after).not.toEqual(before);
  });

  it.each<[unknown]>([[{ seed: -1 }], [{ seed: 1.5 }], [{ seed: '1' }], [{ seeds: 1 }]])('refuses %j with 400 and keeps the program', async (body) => {
    const manager = harness.tokenFor('manager');
    await harness.call('POST', '/v2/channels', { token: manager, body: { name: 'Kept', description: 'Stays.' } });
    expect((await harness.call('POST', '/_sandbox/reset', { body })).status).toBe(400);
    expect(harness.sandbox.runtime.state.topics.map((topic) => topic.name)).toContain('Kept');
  });
});

describe('/_sandbox/ routing', () => {
  it('answers 404 for an unknown control and 405 for a wrong method', async () => {
    expect((await harness.call('GET', '/_sandbox/nothing')).status).toBe(404);
    expect((await harness.call('PUT', '/_sandbox/state')).status).toBe(405);
  });
});
