import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { AccountStatusChange } from '../../../shared/accounts/account-status.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { refreshKey } from '../../../electron/core/accounts/token-vault.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { apiStatus, countingFetch, sandboxBrowser, sandboxProgram, testAccounts } from './oauth-test-support.js';

const LIFETIME_S = 7_200;
let harness: SandboxHarness;
let nowMs: number;

beforeEach(async () => {
  harness = await startSandboxHarness();
  nowMs = 1_000_000;
});
afterEach(() => harness.close());

/** Moves both clocks: the sandbox's (token expiry there) and the one injected into the studio. */
function advance(seconds: number): void {
  harness.sandbox.runtime.clock.advance(seconds);
  nowMs += seconds * 1000;
}

async function signedInUser(overrides: Parameters<typeof testAccounts>[0] = {}) {
  const accounts = testAccounts({ now: () => nowMs, openAuthorizationUrl: sandboxBrowser({ userId: 2 }).openAuthorizationUrl, ...overrides });
  const program = accounts.service.addProgram(sandboxProgram(harness.url, 'user'));
  await accounts.service.signInAsUser(program.id);
  const grants = () => accounts.counting.tokenRequests.map((body) => body.get('grant_type'));
  return { ...accounts, program, provider: accounts.service.tokenProvider(program.id), grants };
}

describe('refreshing a user sign-in (against the sandbox)', () => {
  test('the token is reused until 90 % of its lifetime, then refreshed before it expires', async () => {
    const { provider, grants } = await signedInUser();
    const first = await provider.getAccessToken();

    advance(LIFETIME_S * 0.5);
    expect(await provider.getAccessToken()).toBe(first);
    expect(grants()).toEqual(['authorization_code']);

    advance(LIFETIME_S * 0.41);
    const second = await provider.getAccessToken();
    expect(second).not.toBe(first);
    expect(grants()).toEqual(['authorization_code', 'refresh_token']);
    expect((await apiStatus(harness.url, second)).status).toBe(200);

    advance(LIFETIME_S * 0.2);
    expect((await apiStatus(harness.url, first)).status).toBe(401);
    expect((await apiStatus(harness.url, second)).status).toBe(200);
  });

  test('the refresh token rotates: the new one is stored before the new access token is handed out, and the old one is dead', async () => {
    const { provider, secrets, program, service } = await signedInUser();
    const before = await secrets.get(refreshKey(program.id));

    const order: string[] = [];
    const originalSet = secrets.set;
    secrets.set = async (key, value) => {
      order.push(`stored ${key}`);
      await originalSet(key, value);
    };
    advance(LIFETIME_S);
    await provider.getAccessToken().then(() => order.push('token returned'));
    const after = await secrets.get(refreshKey(program.id));

    expect(after).toMatch(/^sbx_rt_/);
    expect(after).not.toBe(before);
    expect(order).toEqual([`stored ${refreshKey(program.id)}`, 'token returned']);

    const replay = await fetch(`${harness.url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: before!, client_id: 'sandbox-desktop' }),
    });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toMatchObject({ error: 'invalid_grant' });
    // The replay made the sandbox revoke the whole family, as rotation demands; the studio notices at its next refresh.
    advance(LIFETIME_S);
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect((await service.status(program.id)).state).toBe('sign_in_needed');
  });

  test('20 concurrent calls with an expired token make exactly one refresh request', async () => {
    const { provider, grants } = await signedInUser();
    advance(LIFETIME_S + 60);

    const tokens = await Promise.all(Array.from({ length: 20 }, () => provider.getAccessToken()));

    expect(new Set(tokens).size).toBe(1);
    expect(grants()).toEqual(['authorization_code', 'refresh_token']);
    expect((await apiStatus(harness.url, tokens[0]!)).status).toBe(200);
  });

  test('after a 401 the token is refreshed once, and every request that held the rejected token shares the new one', async () => {
    const { provider, grants } = await signedInUser();
    const rejected = await provider.getAccessToken();

    const renewed = await Promise.all(Array.from({ length: 20 }, () => provider.refreshAfterUnauthorized(rejected)));
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(rejected);
    // A late caller still holding the rejected token gets the newer one without another request.
    expect(await provider.refreshAfterUnauthorized(rejected)).toBe(renewed[0]);
    expect(grants()).toEqual(['authorization_code', 'refresh_token']);
  });

  test('revocation: a dead token family turns the program to sign_in_needed, forgets its tokens and tells listeners', async () => {
    const { provider, service, program, secrets, grants } = await signedInUser();
    const changes: AccountStatusChange[] = [];
    service.onStatusChange((change) => changes.push(change));
    const token = await provider.getAccessToken();

    const revoked = await fetch(`${harness.url}/_sandbox/revoke`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user_id: 2 }) });
    expect(revoked.status).toBe(200);
    expect((await apiStatus(harness.url, token)).status).toBe(401);

    const failure = await provider.refreshAfterUnauthorized(token).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StudioError);
    expect(failure).toMatchObject({ code: 'sign_in_needed' });
    expect(changes).toEqual([{ id: program.id, status: { state: 'sign_in_needed', secretPersistence: 'session-only' } }]);
    expect(await secrets.get(refreshKey(program.id))).toBeNull();

    // Nothing left to try: later callers get the same answer without another request.
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect(grants()).toEqual(['authorization_code', 'refresh_token']);
    // The program itself is kept, ready for a new sign-in.
    expect(service.listPrograms().map((entry) => entry.id)).toEqual([program.id]);
  });

  test('an early refresh that cannot reach the server keeps using the current token until it expires', async () => {
    let offline = false;
    const counting = countingFetch();
    const { provider } = await signedInUser({
      fetch: (input, init) => (offline ? Promise.reject(new TypeError('fetch failed')) : counting.fetch(input, init)),
    });
    const token = await provider.getAccessToken();
    offline = true;

    advance(LIFETIME_S * 0.95);
    expect(await provider.getAccessToken()).toBe(token);

    advance(LIFETIME_S * 0.1);
    await expect(provider.getAccessToken()).rejects.toMatchObject({ code: 'offline' });
    offline = false;
    expect(await provider.getAccessToken()).not.toBe(token);
  });

  test('a program that never signed in answers sign_in_needed without any request and stays signed_out', async () => {
    const { service, counting } = testAccounts();
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    await expect(service.tokenProvider(program.id).getAccessToken()).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect(counting.tokenRequests).toHaveLength(0);
    expect((await service.status(program.id)).state).toBe('signed_out');
  });
});
