import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMemoryProgramListStore } from '../../../electron/core/accounts/program-registry.js';
import { createAccountService } from '../../../electron/core/accounts/account-service.js';
import { createMemorySecretStore } from '../../../electron/core/accounts/secret-store.js';
import { refreshKey, secretKey } from '../../../electron/core/accounts/token-vault.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { apiStatus, capturingLogger, countingFetch, sandboxProgram, testAccounts } from './oauth-test-support.js';

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const credentials = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' };

describe('signing in as a server (client credentials, against the sandbox)', () => {
  test('the secret goes to the SecretStore, never the program list; the token acts as the API client', async () => {
    const programs = createMemoryProgramListStore();
    const secrets = createMemorySecretStore();
    const counting = countingFetch();
    const service = createAccountService({ programs, secrets, logger: capturingLogger(), fetch: counting.fetch, openAuthorizationUrl: () => Promise.resolve() });
    const program = service.addProgram(sandboxProgram(harness.url, 'server'));

    expect(await service.signInAsServer(program.id, credentials)).toEqual({ state: 'signed_in', secretPersistence: 'session-only' });

    expect(counting.tokenRequests).toHaveLength(1);
    expect(Object.fromEntries(counting.tokenRequests[0]!)).toEqual({ grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret' });
    expect(await secrets.get(secretKey(program.id))).toBe('sandbox-secret');
    expect(await secrets.get(refreshKey(program.id))).toBeNull();
    expect(JSON.stringify(programs.read())).not.toContain('sandbox-secret');
    const token = await service.tokenProvider(program.id).getAccessToken();
    // User 1 is the sandbox's "API client" identity: posts made this way name no person.
    expect(await apiStatus(harness.url, token)).toEqual({ status: 200, userId: '1', programId: '4242' });
  });

  test('a refused secret is a validation error; nothing is kept and the program stays signed out', async () => {
    const { service, secrets } = testAccounts();
    const program = service.addProgram(sandboxProgram(harness.url, 'server'));

    await expect(service.signInAsServer(program.id, { clientId: 'sandbox-client', clientSecret: 'wrong' })).rejects.toMatchObject({
      code: 'validation',
      details: { oauthError: 'invalid_client' },
    });
    expect(await secrets.get(secretKey(program.id))).toBeNull();
    expect((await service.status(program.id)).state).toBe('signed_out');
  });

  test('there is no refresh token: near expiry the grant runs again with the stored secret', async () => {
    let nowMs = 0;
    const { service, counting } = testAccounts({ now: () => nowMs });
    const program = service.addProgram(sandboxProgram(harness.url, 'server'));
    await service.signInAsServer(program.id, credentials);
    const provider = service.tokenProvider(program.id);
    const first = await provider.getAccessToken();

    nowMs += 7_200 * 1000 * 0.95;
    const second = await provider.getAccessToken();

    expect(second).not.toBe(first);
    expect(counting.tokenRequests.map((body) => [body.get('grant_type'), body.get('client_secret')])).toEqual([
      ['client_credentials', 'sandbox-secret'],
      ['client_credentials', 'sandbox-secret'],
    ]);
  });

  test('a changed client id is saved with the program once the sign-in succeeds', async () => {
    const { service } = testAccounts();
    const program = service.addProgram({ ...sandboxProgram(harness.url, 'server'), signIn: { kind: 'server', clientId: 'old-client' } });
    await service.signInAsServer(program.id, credentials);
    expect(service.listPrograms()[0]?.signIn).toEqual({ kind: 'server', clientId: 'sandbox-client' });
  });

  test('a user-kind program cannot take client credentials, and empty credentials are refused before any request', async () => {
    const { service, counting } = testAccounts();
    const user = service.addProgram(sandboxProgram(harness.url, 'user'));
    const server = service.addProgram(sandboxProgram(harness.url, 'server'));
    await expect(service.signInAsServer(user.id, credentials)).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(service.signInAsServer(server.id, { clientId: 'sandbox-client', clientSecret: '' })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(counting.tokenRequests).toHaveLength(0);
  });

  test('signing out forgets the token and the secret', async () => {
    const { service, secrets } = testAccounts();
    const program = service.addProgram(sandboxProgram(harness.url, 'server'));
    await service.signInAsServer(program.id, credentials);

    expect(await service.signOut(program.id)).toEqual({ state: 'signed_out', secretPersistence: 'session-only' });
    expect(await secrets.get(secretKey(program.id))).toBeNull();
    await expect(service.tokenProvider(program.id).getAccessToken()).rejects.toMatchObject({ code: 'sign_in_needed' });
  });
});
