import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessToken } from '../../../electron/sandbox/auth/token-store.js';
import { s256Challenge } from '../../../electron/sandbox/oauth/pkce.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { answerSignIn, exchangeCode, obtainCode, postForm, REDIRECT, refresh, RFC_CHALLENGE, RFC_VERIFIER, type RawReply } from './oauth-test-client.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const accessRecord = (token: string) => findAccessToken(harness.sandbox.runtime.state, harness.sandbox.runtime.clock, token);

function expectInvalidGrant(reply: RawReply): void {
  expect(reply.status).toBe(400);
  expect(reply.body).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
}

describe('authorization code + PKCE', () => {
  it('uses the RFC 7636 Appendix B vector', () => {
    expect(s256Challenge(RFC_VERIFIER)).toBe(RFC_CHALLENGE);
  });

  it('exchanges a code and verifier for an access and a refresh token for the chosen person', async () => {
    const location = await answerSignIn(harness, { userId: 2 });
    const reply = await exchangeCode(harness, location.searchParams.get('code')!);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('pragma')).toBe('no-cache');
    expect(Object.keys(reply.body).sort()).toEqual(['access_token', 'expires_in', 'program_id', 'refresh_token', 'scope', 'token_type']);
    expect(reply.body).toMatchObject({ token_type: 'Bearer', expires_in: 7_200, scope: 'content.read content.write', program_id: 4242 });
    expect(accessRecord(reply.body.access_token)).toMatchObject({ user_id: 2, client_id: 'sandbox-desktop', scope: 'content.read content.write' });
    expect(reply.body.refresh_token).not.toBe(reply.body.access_token);
  });

  it('signs in whoever was chosen', async () => {
    const reply = await exchangeCode(harness, await obtainCode(harness, REDIRECT, 4));
    expect(accessRecord(reply.body.access_token)?.user_id).toBe(4);
  });

  it('refuses a wrong verifier, and one that is not a verifier at all', async () => {
    const code = await obtainCode(harness);
    expectInvalidGrant(await exchangeCode(harness, code, { code_verifier: 'a'.repeat(43) }));
    const malformed = await exchangeCode(harness, code, { code_verifier: 'too-short' });
    expect([malformed.status, malformed.body.error]).toEqual([400, 'invalid_request']);
  });

  it('works once: a replayed code is refused and what the first use got is revoked', async () => {
    const code = await obtainCode(harness);
    const first = await exchangeCode(harness, code);
    expect(accessRecord(first.body.access_token)).not.toBeNull();
    expectInvalidGrant(await exchangeCode(harness, code));
    expect(accessRecord(first.body.access_token)).toBeNull();
    expectInvalidGrant(await refresh(harness, first.body.refresh_token));
  });

  it('is bound to its exact redirect_uri', async () => {
    const code = await obtainCode(harness);
    expectInvalidGrant(await exchangeCode(harness, code, { redirect_uri: 'http://127.0.0.1:53682/other' }));
    expectInvalidGrant(await exchangeCode(harness, code, { redirect_uri: 'http://127.0.0.1:53683/callback' }));
    expect((await exchangeCode(harness, code)).status).toBe(200);
  });

  it('is bound to its client', async () => {
    const code = await obtainCode(harness);
    const unknown = await exchangeCode(harness, code, { client_id: 'another-app' });
    expect([unknown.status, unknown.body.error]).toEqual([401, 'invalid_client']);
    const confidential = await postForm(harness, '/oauth/token', { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: RFC_VERIFIER, client_id: 'sandbox-client', client_secret: 'sandbox-secret' });
    expect([confidential.status, confidential.body.error]).toEqual([400, 'unauthorized_client']);
    const withSecret = await exchangeCode(harness, code, { client_secret: 'anything' });
    expect([withSecret.status, withSecret.body.error]).toEqual([401, 'invalid_client']);
  });

  it('expires after 10 minutes', async () => {
    const code = await obtainCode(harness);
    harness.sandbox.runtime.clock.advance(601);
    expectInvalidGrant(await exchangeCode(harness, code));
  });

  it('needs code, redirect_uri and code_verifier', async () => {
    const code = await obtainCode(harness);
    for (const missing of ['code', 'redirect_uri', 'code_verifier']) {
      const reply = await exchangeCode(harness, code, { [missing]: '' });
      expect([reply.status, reply.body.error], missing).toEqual([400, 'invalid_request']);
    }
    expectInvalidGrant(await exchangeCode(harness, 'sbx_ac_made-up'));
  });

  it('works with loopback redirects on any port and each loopback host', async () => {
    for (const redirectUri of ['http://127.0.0.1:50001/cb', 'http://127.0.0.1:60002/another/path', 'http://[::1]:50003/cb', 'http://localhost:50004/cb']) {
      const location = await answerSignIn(harness, { overrides: { redirect_uri: redirectUri } });
      expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
      const reply = await exchangeCode(harness, location.searchParams.get('code')!, { redirect_uri: redirectUri });
      expect(reply.status, redirectUri).toBe(200);
    }
  });
});
