import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AccountStatusChange } from '../../../shared/accounts/account-status.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { refreshKey } from '../../../electron/core/accounts/token-vault.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { apiStatus, sandboxBrowser, sandboxProgram, testAccounts } from './oauth-test-support.js';

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

function refusedConnection(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('signing in as a user (authorization code + PKCE, against the sandbox)', () => {
  test('a person signs in through the browser; the token acts as them, and the code is exchanged once', async () => {
    const browser = sandboxBrowser({ userId: 2 });
    const { service, secrets, counting } = testAccounts({ openAuthorizationUrl: browser.openAuthorizationUrl });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    const changes: AccountStatusChange[] = [];
    service.onStatusChange((change) => changes.push(change));

    const status = await service.signInAsUser(program.id);

    expect(status).toEqual({ state: 'signed_in', secretPersistence: 'session-only' });
    expect(changes.map((change) => change.status.state)).toEqual(['signed_out', 'signing_in', 'signed_in']);
    expect(counting.tokenRequests.map((body) => body.get('grant_type'))).toEqual(['authorization_code']);
    const exchange = counting.tokenRequests[0]!;
    expect(exchange.get('client_id')).toBe('sandbox-desktop');
    expect(exchange.get('code_verifier')).toMatch(/^[\w-]{43,128}$/);
    expect(exchange.has('client_secret')).toBe(false);
    expect(await secrets.get(refreshKey(program.id))).toMatch(/^sbx_rt_/);
    // The sandbox said which program the token is bound to; the entry remembers it for the next sign-in.
    expect(service.listPrograms()[0]?.remoteProgramId).toBe('4242');

    const token = await service.tokenProvider(program.id).getAccessToken();
    expect(await apiStatus(harness.url, token)).toEqual({ status: 200, userId: '2', programId: '4242' });
  });

  test('the authorization URL asks for S256 PKCE, a state, the scope and a loopback redirect; program_id once known', async () => {
    const browser = sandboxBrowser();
    const { service } = testAccounts({ openAuthorizationUrl: browser.openAuthorizationUrl });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    await service.signInAsUser(program.id);
    await service.signInAsUser(program.id);

    const [first, second] = browser.opened.map((url) => new URL(url));
    expect(`${first!.origin}${first!.pathname}`).toBe(`${harness.url}/oauth/authorize`);
    const params = first!.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(params.get('scope')).toBe('content.read content.write');
    expect(params.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(params.has('program_id')).toBe(false);
    expect(second!.searchParams.get('program_id')).toBe('4242');
    // Fresh per attempt: a new listener, state and challenge.
    for (const name of ['redirect_uri', 'state', 'code_challenge']) expect(second!.searchParams.get(name)).not.toBe(params.get(name));
  });

  test('the callback page is static, uncached and sends no referrer; a second callback finds the port closed', async () => {
    const browser = sandboxBrowser();
    const { service } = testAccounts({ openAuthorizationUrl: browser.openAuthorizationUrl });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    await service.signInAsUser(program.id);

    const page = browser.callbacks[0]!;
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('location')).toBeNull();
    expect(await page.text()).toContain('You can close this tab and return to Content Studio.');

    const port = Number(new URL(browser.opened[0]!).searchParams.get('redirect_uri')!.split(':')[2]!.split('/')[0]);
    expect(await refusedConnection(port)).toBe(true);
  });

  test('a callback with the wrong state is refused before any token request, and the status goes back', async () => {
    const browser = sandboxBrowser({
      tamper: (callback) => {
        callback.searchParams.set('state', 'forged-state');
        return callback;
      },
    });
    const { service, counting } = testAccounts({ openAuthorizationUrl: browser.openAuthorizationUrl });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));

    const failure = await service.signInAsUser(program.id).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(StudioError);
    expect(failure).toMatchObject({ code: 'sign_in_needed', details: { reason: 'state_mismatch' } });
    expect(counting.tokenRequests).toHaveLength(0);
    expect((await service.status(program.id)).state).toBe('signed_out');
  });

  test('a callback without any state is refused too', async () => {
    const browser = sandboxBrowser({
      tamper: (callback) => {
        callback.searchParams.delete('state');
        return callback;
      },
    });
    const { service, counting } = testAccounts({ openAuthorizationUrl: browser.openAuthorizationUrl });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    await expect(service.signInAsUser(program.id)).rejects.toMatchObject({ code: 'sign_in_needed', details: { reason: 'state_mismatch' } });
    expect(counting.tokenRequests).toHaveLength(0);
  });

  test('Deny on the sign-in page (access_denied) becomes a clear StudioError', async () => {
    const browser = sandboxBrowser({ decision: 'deny' });
    const { service, counting } = testAccounts({ openAuthorizationUrl: browser.openAuthorizationUrl });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));

    await expect(service.signInAsUser(program.id)).rejects.toMatchObject({
      code: 'sign_in_needed',
      message: 'Sign-in was cancelled in the browser.',
      details: { reason: 'access_denied' },
    });
    expect(counting.tokenRequests).toHaveLength(0);
    expect((await service.status(program.id)).state).toBe('signed_out');
  });

  test('another error answer from the authorization server is reported with its code', async () => {
    const browser = sandboxBrowser({
      tamper: (callback) => {
        const answer = new URL(callback);
        answer.search = '';
        answer.searchParams.set('error', 'temporarily_unavailable');
        answer.searchParams.set('state', callback.searchParams.get('state')!);
        answer.searchParams.set('iss', callback.searchParams.get('iss')!);
        return answer;
      },
    });
    const { service } = testAccounts({ openAuthorizationUrl: browser.openAuthorizationUrl });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));
    await expect(service.signInAsUser(program.id)).rejects.toMatchObject({
      code: 'sign_in_needed',
      details: { reason: 'authorization_error', oauthError: 'temporarily_unavailable' },
    });
  });

  test('when the browser never comes back, the sign-in times out and the listener closes', async () => {
    const opened: string[] = [];
    const { service } = testAccounts({
      signInTimeoutMs: 200,
      openAuthorizationUrl: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
    });
    const program = service.addProgram(sandboxProgram(harness.url, 'user'));

    await expect(service.signInAsUser(program.id)).rejects.toMatchObject({ code: 'sign_in_needed', details: { reason: 'timeout' } });
    const port = Number(new URL(new URL(opened[0]!).searchParams.get('redirect_uri')!).port);
    expect(await refusedConnection(port)).toBe(true);
    expect((await service.status(program.id)).state).toBe('signed_out');
  });

  test('a server-kind program cannot start a user sign-in', async () => {
    const { service } = testAccounts();
    const program = service.addProgram(sandboxProgram(harness.url, 'server'));
    await expect(service.signInAsUser(program.id)).rejects.toMatchObject({ code: 'invalid_request' });
  });
});
