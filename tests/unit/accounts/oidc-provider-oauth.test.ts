/**
 * The same user sign-in against oidc-provider, a certified OpenID provider,
 * to show the studio follows the standard and not only our own sandbox:
 * a native public client (token_endpoint_auth_method none), PKCE required,
 * a loopback redirect whose port the provider lets vary (RFC 8252 §7.3),
 * and rotating refresh tokens.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, assert, beforeAll, describe, expect, test } from 'vitest';
import { refreshKey } from '../../../electron/core/accounts/token-vault.js';
import { testAccounts } from './oauth-test-support.js';

let server: Server;
let issuer: string;

beforeAll(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'studio-desktop',
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        // Registered without a port: native loopback redirects may use any (RFC 8252 §7.3).
        redirect_uris: ['http://127.0.0.1/callback'],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    routes: { authorization: '/oauth/authorize', token: '/oauth/token' },
    scopes: ['openid', 'offline_access', 'content.read', 'content.write'],
    pkce: { required: () => true },
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    features: { devInteractions: { enabled: true } },
    // Set only to keep the provider's "you should configure this" notices out of the test output.
    findAccount: (_ctx: unknown, sub: string) => ({ accountId: sub, claims: () => ({ sub }) }),
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 7200, RefreshToken: 86400, IdToken: 3600 },
  });
  server.on('request', provider.callback());
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A cookie jar just big enough for the provider's interaction cookies. */
function browserSession() {
  const jar = new Map<string, string>();
  const go = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=');
      jar.set(name!.trim(), value ?? '');
    }
    return response;
  };
  return { go };
}

/** Follows redirects on the provider's origin, submitting its dev login and consent forms, until it sends the browser back to the studio. */
async function driveProvider(authorizeUrl: string, login: string): Promise<string> {
  const { go } = browserSession();
  let response = await go(authorizeUrl);
  for (let step = 0; step < 10; step += 1) {
    const location = response.headers.get('location');
    if (location !== null) {
      const next = new URL(location, issuer);
      if (next.origin !== issuer) return next.href;
      response = await go(next.href);
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"[^>]*method="post"/i.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (action === undefined) assert.fail(`the provider's page has no form to post:\n${html.slice(0, 500)}`);
    const fields: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt: prompt ?? 'consent' };
    response = await go(new URL(action, issuer).href, { method: 'POST', body: new URLSearchParams(fields), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  }
  throw new Error('the provider never redirected back');
}

describe('user sign-in against oidc-provider', () => {
  test('authorization code + PKCE S256 with a loopback redirect, then a rotating refresh', async () => {
    const opened: string[] = [];
    const callbacks: Response[] = [];
    let nowMs = 0;
    const { service, secrets, counting } = testAccounts({
      now: () => nowMs,
      userScope: 'openid offline_access content.read',
      openAuthorizationUrl: (url) => {
        opened.push(url);
        void driveProvider(url, 'alice').then(async (callback) => callbacks.push(await fetch(callback)));
        return Promise.resolve();
      },
    });
    const program = service.addProgram({
      displayName: 'Standard OP',
      location: { kind: 'custom', apiBaseUrl: issuer, authBaseUrl: issuer },
      signIn: { kind: 'user', clientId: 'studio-desktop' },
    });

    expect(await service.signInAsUser(program.id)).toMatchObject({ state: 'signed_in' });
    expect(callbacks[0]?.status).toBe(200);
    const authorize = new URL(opened[0]!).searchParams;
    expect(authorize.get('code_challenge_method')).toBe('S256');
    expect(authorize.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    const firstRefresh = await secrets.get(refreshKey(program.id));
    expect(firstRefresh).toBeTruthy();
    const provider = service.tokenProvider(program.id);
    const first = await provider.getAccessToken();

    nowMs += 2 * 3600 * 1000;
    const second = await provider.getAccessToken();
    expect(second).not.toBe(first);
    // oidc-provider rotates public clients' refresh tokens; the new one replaced the old in the SecretStore.
    expect(await secrets.get(refreshKey(program.id))).not.toBe(firstRefresh);
    expect(counting.tokenRequests.map((body) => body.get('grant_type'))).toEqual(['authorization_code', 'refresh_token']);
    expect(counting.tokenRequests[0]!.has('client_secret')).toBe(false);
  });

  test('the provider refuses an authorization request without PKCE, so the sign-in above really used it', async () => {
    const { go } = browserSession();
    const response = await go(`${issuer}/oauth/authorize?${new URLSearchParams({ client_id: 'studio-desktop', response_type: 'code', redirect_uri: 'http://127.0.0.1:5555/callback', scope: 'openid', state: 'x' })}`);
    const location = new URL(response.headers.get('location')!, issuer);
    expect(location.origin).toBe('http://127.0.0.1:5555');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });
});
