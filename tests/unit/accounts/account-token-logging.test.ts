import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { sandboxBrowser, sandboxProgram, testAccounts } from './oauth-test-support.js';

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

describe('no token or secret ever reaches the log', () => {
  test('a whole session (sign-ins, refreshes, a refused secret, a revocation, sign-out) logs none of them', async () => {
    const sensitive = new Set<string>(['sandbox-secret', 'wrong-secret']);
    // Every value sent to or received from the token endpoint, and every code and state in a callback.
    const recordingFetch: typeof fetch = async (input, init) => {
      const body = init?.body;
      if (body instanceof URLSearchParams) for (const value of body.values()) sensitive.add(value);
      const response = await fetch(input, init);
      const json: unknown = await response.clone().json().catch(() => null);
      if (json !== null && typeof json === 'object') for (const value of Object.values(json)) if (typeof value === 'string') sensitive.add(value);
      return response;
    };
    const browser = sandboxBrowser({
      tamper: (callback) => {
        for (const name of ['code', 'state']) sensitive.add(callback.searchParams.get(name)!);
        return callback;
      },
    });
    let nowMs = 0;
    const { service, logger } = testAccounts({ fetch: recordingFetch, now: () => nowMs, openAuthorizationUrl: browser.openAuthorizationUrl });
    const user = service.addProgram(sandboxProgram(harness.url, 'user'));
    const server = service.addProgram(sandboxProgram(harness.url, 'server'));

    await service.signInAsServer(server.id, { clientId: 'sandbox-client', clientSecret: 'wrong-secret' }).catch(() => undefined);
    await service.signInAsServer(server.id, { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' });
    await service.signInAsUser(user.id);
    const provider = service.tokenProvider(user.id);
    await provider.getAccessToken();
    nowMs += 7_200_000;
    const second = await provider.getAccessToken();
    await fetch(`${harness.url}/_sandbox/revoke`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user_id: 2 }) });
    await provider.refreshAfterUnauthorized(second).catch(() => undefined);
    await service.signOut(server.id);

    const log = logger.text();
    expect(log).toContain('Signed in');
    expect(log).toContain('Access token renewed');
    expect(log).toContain('needs a new sign-in');
    const tokens = [...sensitive].filter((value) => value.length >= 8 && !['Bearer', 'client_credentials', 'authorization_code', 'refresh_token', 'sandbox-client', 'sandbox-desktop'].includes(value));
    expect(tokens.filter((value) => value.startsWith('sbx_at_')).length).toBeGreaterThanOrEqual(3);
    expect(tokens.filter((value) => value.startsWith('sbx_rt_')).length).toBeGreaterThanOrEqual(2);
    for (const token of tokens) expect(log, `the log holds ${token.slice(0, 12)}…`).not.toContain(token);
  });
});
