import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AccountStatusChange } from '../../../shared/accounts/account-status.js';
import { accountStatusChangeSchema } from '../../../shared/accounts/account-status.js';
import { refreshKey, secretKey } from '../../../electron/core/accounts/token-vault.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { answerSandboxSignIn, sandboxBrowser, sandboxProgram, testAccounts } from './oauth-test-support.js';

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const credentials = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' };

describe('the account service', () => {
  test('removing a program signs it out first: its secrets are forgotten and it is gone from the list', async () => {
    const { service, secrets } = testAccounts({ openAuthorizationUrl: sandboxBrowser().openAuthorizationUrl });
    const server = service.addProgram(sandboxProgram(harness.url, 'server'));
    const user = service.addProgram(sandboxProgram(harness.url, 'user'));
    await service.signInAsServer(server.id, credentials);
    await service.signInAsUser(user.id);

    await service.removeProgram(server.id);
    await service.removeProgram(user.id);

    expect(await secrets.get(secretKey(server.id))).toBeNull();
    expect(await secrets.get(refreshKey(user.id))).toBeNull();
    expect(service.listPrograms()).toEqual([]);
    await expect(service.status(server.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(service.tokenProvider(user.id).getAccessToken()).rejects.toMatchObject({ code: 'not_found' });
  });

  test('identity comes from the API’s headers, is part of the status while signed in, and never holds a token', async () => {
    const { service } = testAccounts();
    const program = service.addProgram(sandboxProgram(harness.url, 'server'));
    const changes: AccountStatusChange[] = [];
    service.onStatusChange((change) => changes.push(change));
    await service.signInAsServer(program.id, credentials);
    const token = await service.tokenProvider(program.id).getAccessToken();

    service.recordIdentity(program.id, { programId: '4242', userId: '1' });
    service.recordIdentity(program.id, { programId: '4242', userId: '1' });
    service.recordIdentity(program.id, { programId: '4242\n', userId: '<script>' });

    const status = await service.status(program.id);
    expect(status).toEqual({ state: 'signed_in', identity: { programId: '4242', userId: '1' }, secretPersistence: 'session-only' });
    expect(changes.map((change) => change.status.state)).toEqual(['signed_out', 'signing_in', 'signed_in', 'signed_in']);
    for (const change of changes) expect(accountStatusChangeSchema.parse(change)).toEqual(change);
    expect(JSON.stringify(changes)).not.toContain(token);

    await service.signOut(program.id);
    expect(await service.status(program.id)).toEqual({ state: 'signed_out', secretPersistence: 'session-only' });
    service.recordIdentity(program.id, { programId: '4242', userId: '1' });
    expect((await service.status(program.id)).identity).toBeUndefined();
  });

  test('a new sign-in replaces one still waiting for the browser; the first one stops listening', async () => {
    const opened: string[] = [];
    const { service } = testAccounts({
      openAuthorizationUrl: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));

    const first = service.signInAsUser(program.id);
    const firstFailure = first.catch((error: unknown) => error);
    await expect.poll(() => opened.length).toBe(1);
    const second = service.signInAsUser(program.id);
    await expect.poll(() => opened.length).toBe(2);

    expect(await firstFailure).toMatchObject({ code: 'sign_in_needed', details: { reason: 'cancelled' } });
    expect((await service.status(program.id)).state).toBe('signing_in');
    const callback = await answerSandboxSignIn(opened[1]!);
    await fetch(callback);
    expect(await second).toMatchObject({ state: 'signed_in' });
  });

  test('signing out while the browser is still open cancels the sign-in and stays signed out', async () => {
    const opened: string[] = [];
    const { service } = testAccounts({
      openAuthorizationUrl: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    const pending = service.signInAsUser(program.id).catch((error: unknown) => error);
    await expect.poll(() => opened.length).toBe(1);

    await service.signOut(program.id);

    expect(await pending).toMatchObject({ code: 'sign_in_needed', details: { reason: 'cancelled' } });
    expect((await service.status(program.id)).state).toBe('signed_out');
  });

  test('a browser that cannot be opened fails the sign-in cleanly', async () => {
    const { service } = testAccounts({ openAuthorizationUrl: () => Promise.reject(new Error('no browser')) });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    await expect(service.signInAsUser(program.id)).rejects.toMatchObject({ code: 'sign_in_needed', details: { reason: 'browser_not_opened' } });
    expect((await service.status(program.id)).state).toBe('signed_out');
  });
});
