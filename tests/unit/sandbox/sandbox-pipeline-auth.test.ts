/** The server pipeline's authentication and the headers it puts on every API response. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;

beforeEach(async () => {
  harness = await startSandboxHarness();
});

afterEach(() => harness.close());

function expectUnauthorized(reply: Awaited<ReturnType<SandboxHarness['call']>>, error: string): void {
  expect(reply.status).toBe(401);
  expect(reply.body.errors[0]).toMatchObject({ status: 401, code: 'unauthorized' });
  expect(reply.headers.get('www-authenticate')).toContain(`error="${error}"`);
  expect(reply.headers.get('x-program-id')).toBe('4242');
  expect(reply.headers.get('x-user-id')).toBeNull();
}

describe('authentication', () => {
  it('answers 401 without a token, or with a header that is not a bearer token', async () => {
    expectUnauthorized(await harness.call('GET', '/v2/channels', { token: null }), 'invalid_request');
    for (const authorization of ['Basic c2FuZGJveDpzZWNyZXQ=', 'Bearer', 'Bearer two tokens']) {
      expectUnauthorized(await harness.call('GET', '/v2/channels', { token: null, headers: { Authorization: authorization } }), 'invalid_request');
    }
  });

  it('answers 401 for a token it never issued', async () => {
    expectUnauthorized(await harness.call('GET', '/v2/channels', { token: 'sbx_at_made-up' }), 'invalid_token');
  });

  it('authenticates before routing, so an unknown /v2 path without a token is 401, not 404', async () => {
    expectUnauthorized(await harness.call('GET', '/v2/nothing-here', { token: null }), 'invalid_request');
    expect((await harness.call('GET', '/v2/nothing-here')).status).toBe(404);
  });

  it('answers 401 once the token expires (token-ttl), moving the clock through /_sandbox/clock', async () => {
    const token = harness.tokenFor('publisher');
    await harness.call('POST', '/_sandbox/clock', { body: { advance_seconds: 7_199 } });
    expect((await harness.call('GET', '/v2/channels', { token })).status).toBe(200);
    await harness.call('POST', '/_sandbox/clock', { body: { advance_seconds: 1 } });
    expectUnauthorized(await harness.call('GET', '/v2/channels', { token }), 'invalid_token');
  });

  it('honours a shorter token-ttl, moving runtime.clock directly', async () => {
    const short = await startSandboxHarness({ tokenTtl: 60 });
    try {
      const token = short.tokenFor('manager');
      short.sandbox.runtime.clock.advance(59);
      expect((await short.call('GET', '/v2/channels', { token })).status).toBe(200);
      short.sandbox.runtime.clock.advance(1);
      expectUnauthorized(await short.call('GET', '/v2/channels', { token }), 'invalid_token');
    } finally {
      await short.close();
    }
  });

  it('answers 401 after POST /_sandbox/revoke, for that user only', async () => {
    const publisher = harness.tokenFor('publisher');
    const manager = harness.tokenFor('manager');
    const revoke = await harness.call('POST', '/_sandbox/revoke', { body: { user_id: 2 } });
    expect(revoke.status).toBe(200);
    expect(revoke.body).toEqual({ data: { user_id: 2, revoked_access_tokens: 1 } });
    expectUnauthorized(await harness.call('GET', '/v2/channels', { token: publisher }), 'invalid_token');
    expect((await harness.call('GET', '/v2/channels', { token: manager })).status).toBe(200);
  });

  it.each<[unknown, number]>([
    [{ user_id: 99_999 }, 404],
    [{ user_id: '2' }, 400],
    [{}, 400],
    [{ user_id: 2, reason: 'left' }, 400],
  ])('refuses POST /_sandbox/revoke %j', async (body, status) => {
    expect((await harness.call('POST', '/_sandbox/revoke', { body })).status).toBe(status);
  });
});

describe('response headers', () => {
  it('names the program and the caller on API responses', async () => {
    for (const [role, id] of [['service', '1'], ['publisher', '2'], ['manager', '3'], ['member', '4']] as const) {
      const reply = await harness.call('GET', '/v2/channels', { token: harness.tokenFor(role) });
      expect(reply.headers.get('x-program-id'), role).toBe('4242');
      expect(reply.headers.get('x-user-id'), role).toBe(id);
      expect(reply.headers.get('cache-control')).toBe('no-store');
      expect(reply.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
    const created = await harness.call('POST', '/v2/channels', { token: harness.tokenFor('manager'), body: { name: 'Headers', description: 'On writes too.' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-user-id')).toBe('3');
  });

  it('puts X-Program-Id on API errors before authentication, and keeps it off /_sandbox/', async () => {
    expect((await harness.call('GET', '/v2/channels', { token: null })).headers.get('x-program-id')).toBe('4242');
    expect((await harness.call('GET', '/_sandbox/state')).headers.get('x-program-id')).toBeNull();
  });

  it('keeps X-User-Id on errors after authentication (403, 404, 400)', async () => {
    const member = harness.tokenFor('member');
    for (const [method, path, body] of [['POST', '/v2/channels', { name: 'x', description: 'y' }], ['GET', '/v2/channels/9999/pages', undefined], ['GET', '/v2/channels?page.size=0', undefined]] as const) {
      const reply = await harness.call(method, path, { token: member, body });
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.headers.get('x-user-id'), `${method} ${path}`).toBe('4');
    }
  });
});
