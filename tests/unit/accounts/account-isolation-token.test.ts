import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refreshKey, secretKey } from '../../../electron/core/accounts/token-vault.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { apiStatus, sandboxBrowser, sandboxProgram, testAccounts } from './oauth-test-support.js';

let east: SandboxHarness;
let west: SandboxHarness;

beforeAll(async () => {
  [east, west] = await Promise.all([startSandboxHarness(), startSandboxHarness()]);
});
afterAll(() => Promise.all([east.close(), west.close()]));

describe('every program keeps its own tokens', () => {
  test('two programs, two sign-ins: each provider hands out only its own program’s token', async () => {
    // Two people sign in; the "browser" answers as whoever the next sign-in is for.
    const people = [2, 3];
    const { service, secrets } = testAccounts({
      openAuthorizationUrl: (url) => sandboxBrowser({ userId: people.shift()! }).openAuthorizationUrl(url),
    });
    const a = service.addProgram(sandboxProgram(east.url, 'user', 'East'));
    const b = service.addProgram(sandboxProgram(west.url, 'user', 'West'));
    await service.signInAsUser(a.id);
    await service.signInAsUser(b.id);

    const tokenA = await service.tokenProvider(a.id).getAccessToken();
    const tokenB = await service.tokenProvider(b.id).getAccessToken();
    expect(tokenA).not.toBe(tokenB);
    expect(await apiStatus(east.url, tokenA)).toMatchObject({ status: 200, userId: '2' });
    expect(await apiStatus(west.url, tokenB)).toMatchObject({ status: 200, userId: '3' });
    // Each sandbox is its own auth server: the other program's token means nothing there.
    expect((await apiStatus(east.url, tokenB)).status).toBe(401);
    expect(await secrets.get(refreshKey(a.id))).not.toBe(await secrets.get(refreshKey(b.id)));

    // A 401 on one program refreshes that program only.
    const renewedA = await service.tokenProvider(a.id).refreshAfterUnauthorized(tokenA);
    expect(renewedA).not.toBe(tokenA);
    expect(await service.tokenProvider(b.id).getAccessToken()).toBe(tokenB);

    // Signing one out leaves the other signed in.
    await service.signOut(a.id);
    await expect(service.tokenProvider(a.id).getAccessToken()).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect(await service.tokenProvider(b.id).getAccessToken()).toBe(tokenB);
    expect((await service.status(b.id)).state).toBe('signed_in');
  });

  test('a sign-in that lands in another Firstup program than the entry’s is refused and nothing is kept', async () => {
    const { service, secrets } = testAccounts({ openAuthorizationUrl: sandboxBrowser().openAuthorizationUrl });
    const program = service.addProgram({ ...sandboxProgram(east.url, 'server'), remoteProgramId: '999' });

    await expect(service.signInAsServer(program.id, { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' })).rejects.toMatchObject({ code: 'validation' });
    expect(await secrets.get(secretKey(program.id))).toBeNull();
    expect((await service.status(program.id)).state).toBe('signed_out');
  });
});
