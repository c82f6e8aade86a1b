import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAccountService } from '../../../electron/core/accounts/account-service.js';
import { createMemoryProgramListStore, type ProgramListStore } from '../../../electron/core/accounts/program-registry.js';
import { createMemorySecretStore, type SecretStore } from '../../../electron/core/accounts/secret-store.js';
import { refreshKey } from '../../../electron/core/accounts/token-vault.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { capturingLogger, countingFetch, sandboxBrowser, sandboxProgram } from './oauth-test-support.js';

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

/** A first session signs in and leaves its program list and secrets behind, as on disk. */
async function previousSession(secrets: SecretStore): Promise<{ programs: ProgramListStore; id: string }> {
  const programs = createMemoryProgramListStore();
  const service = createAccountService({ programs, secrets, logger: capturingLogger(), openAuthorizationUrl: sandboxBrowser().openAuthorizationUrl });
  const { id } = service.addProgram(sandboxProgram(harness.url, 'user'));
  await service.signInAsUser(id);
  return { programs, id };
}

function restart(programs: ProgramListStore, secrets: SecretStore) {
  const logger = capturingLogger();
  const counting = countingFetch();
  const service = createAccountService({ programs, secrets, logger, fetch: counting.fetch, openAuthorizationUrl: sandboxBrowser().openAuthorizationUrl });
  return { service, logger, counting };
}

describe('secrets that cannot be read mean "sign in again", never a crash', () => {
  test('after a restart, a stored refresh token keeps the program signed in', async () => {
    const secrets = createMemorySecretStore();
    const { programs, id } = await previousSession(secrets);
    const { service, counting } = restart(programs, secrets);

    expect((await service.status(id)).state).toBe('signed_in');
    expect(await service.tokenProvider(id).getAccessToken()).toMatch(/^sbx_at_/);
    expect(counting.tokenRequests.map((body) => body.get('grant_type'))).toEqual(['refresh_token']);
  });

  test('a refresh token that no longer decrypts (null + unreadable) turns the program to sign_in_needed', async () => {
    const secrets = createMemorySecretStore();
    const { programs, id } = await previousSession(secrets);
    const locked: SecretStore = { ...secrets, persistence: 'encrypted', get: () => Promise.resolve(null), isUnreadable: (key) => key === refreshKey(id) };
    const { service, counting } = restart(programs, locked);

    expect(await service.status(id)).toEqual({ state: 'sign_in_needed', secretPersistence: 'encrypted' });
    await expect(service.tokenProvider(id).getAccessToken()).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect(counting.tokenRequests).toHaveLength(0);
  });

  test('a SecretStore that throws is treated the same way, and logged without any secret', async () => {
    const secrets = createMemorySecretStore();
    const { programs, id } = await previousSession(secrets);
    const stored = await secrets.get(refreshKey(id));
    const broken: SecretStore = { ...secrets, get: () => Promise.reject(new Error(`decrypt failed for ${stored}`)) };
    const { service, logger } = restart(programs, broken);

    expect((await service.status(id)).state).toBe('sign_in_needed');
    await expect(service.tokenProvider(id).getAccessToken()).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect(logger.text()).toContain('could not be read');
    expect(logger.text()).not.toContain(stored);

    // A new sign-in recovers the program.
    expect((await service.signInAsUser(id)).state).toBe('signed_in');
    expect(await service.tokenProvider(id).getAccessToken()).toMatch(/^sbx_at_/);
  });

  test('a SecretStore that cannot save keeps the session going with the token in memory', async () => {
    const secrets = createMemorySecretStore();
    const failing: SecretStore = { ...secrets, set: () => Promise.reject(new Error('disk full')) };
    const logger = capturingLogger();
    const service = createAccountService({ programs: createMemoryProgramListStore(), secrets: failing, logger, openAuthorizationUrl: sandboxBrowser().openAuthorizationUrl });
    const { id } = service.addProgram(sandboxProgram(harness.url, 'user'));

    await service.signInAsUser(id);
    const provider = service.tokenProvider(id);
    const first = await provider.getAccessToken();
    expect(await provider.refreshAfterUnauthorized(first)).not.toBe(first);
    expect(logger.text()).toContain('kept for this session only');
  });
});
