import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessToken, issueTokens } from '../../../electron/sandbox/auth/token-store.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { exchangeCode, obtainCode, refresh, type RawReply } from './oauth-test-client.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const accessRecord = (token: string) => findAccessToken(harness.sandbox.runtime.state, harness.sandbox.runtime.clock, token);

async function signedIn(): Promise<{ access_token: string; refresh_token: string }> {
  const reply = await exchangeCode(harness, await obtainCode(harness));
  expect(reply.status).toBe(200);
  return reply.body;
}

function expectError(reply: RawReply, error: string): void {
  expect(reply.status).toBe(400);
  expect(reply.body).toEqual({ error, error_description: expect.any(String) });
}

describe('refresh tokens', () => {
  it('rotate: a refresh gives a new access and refresh token in the same family', async () => {
    const first = await signedIn();
    const reply = await refresh(harness, first.refresh_token);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(reply.body).sort()).toEqual(['access_token', 'expires_in', 'program_id', 'refresh_token', 'scope', 'token_type']);
    expect(reply.body.refresh_token).not.toBe(first.refresh_token);
    expect(reply.body.access_token).not.toBe(first.access_token);
    expect(accessRecord(reply.body.access_token)?.family_id).toBe(accessRecord(first.access_token)?.family_id);
    expect((await refresh(harness, reply.body.refresh_token)).status).toBe(200);
  });

  it('a used refresh token is dead, and presenting it revokes the whole family', async () => {
    const first = await signedIn();
    const second = (await refresh(harness, first.refresh_token)).body;
    expectError(await refresh(harness, first.refresh_token), 'invalid_grant');
    expect(accessRecord(second.access_token)).toBeNull();
    expect(accessRecord(first.access_token)).toBeNull();
    expectError(await refresh(harness, second.refresh_token), 'invalid_grant');
  });

  it('is bound to its client', async () => {
    const { runtime } = harness.sandbox;
    const foreign = issueTokens(runtime.state, runtime.clock, { clientId: 'another-app', userId: 2, scope: 'content.read', ttlSeconds: 60, refresh: {} });
    expectError(await refresh(harness, foreign.refresh_token!), 'invalid_grant');
  });

  it('stops working once the person’s access is revoked', async () => {
    const tokens = await signedIn();
    await harness.call('POST', '/_sandbox/revoke', { token: null, body: { user_id: 2 } });
    expectError(await refresh(harness, tokens.refresh_token), 'invalid_grant');
  });

  it('may narrow the scope for one access token without narrowing the grant', async () => {
    const tokens = await signedIn();
    const narrow = await refresh(harness, tokens.refresh_token, { scope: 'content.read' });
    expect(narrow.body.scope).toBe('content.read');
    expect(accessRecord(narrow.body.access_token)?.scope).toBe('content.read');
    const full = await refresh(harness, narrow.body.refresh_token);
    expect(full.body.scope).toBe('content.read content.write');
    expectError(await refresh(harness, full.body.refresh_token, { scope: 'channels.write' }), 'invalid_scope');
  });

  it('needs the refresh_token parameter and knows only issued tokens', async () => {
    expectError(await refresh(harness, ''), 'invalid_request');
    expectError(await refresh(harness, 'sbx_rt_made-up'), 'invalid_grant');
  });
});
