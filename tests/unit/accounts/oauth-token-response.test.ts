import { describe, expect, test } from 'vitest';
import { isLoopbackHttp } from '../../../electron/core/accounts/authorization-server.js';
import { testAccounts } from './oauth-test-support.js';

const AUTH = 'https://auth.example.test';
const program = { displayName: 'Example', location: { kind: 'custom' as const, apiBaseUrl: 'https://api.example.test', authBaseUrl: AUTH }, signIn: { kind: 'server' as const, clientId: 'bot' } };
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** An auth server that answers each token request with the next canned response. */
function cannedServer(...answers: (() => Response | Promise<Response>)[]) {
  const urls: string[] = [];
  const fetchStub: typeof fetch = (input) => {
    urls.push(input instanceof Request ? input.url : input.toString());
    const next = answers.shift();
    if (next === undefined) throw new Error('no more answers');
    return Promise.resolve(next());
  };
  return { fetch: fetchStub, urls };
}

describe('token responses: what Firstup leaves UNKNOWN is handled defensively', () => {
  test('no token_type means Bearer, no expires_in means the documented 2 hours, and `realm` names the program', async () => {
    let nowMs = 0;
    const server = cannedServer(
      () => json({ access_token: 'at-one-0123456789', realm: 'acme-77' }),
      () => json({ access_token: 'at-two-0123456789', realm: 'acme-77' }),
    );
    const { service } = testAccounts({ fetch: server.fetch, now: () => nowMs });
    const { id } = service.addProgram(program);

    await service.signInAsServer(id, { clientId: 'bot', clientSecret: 'secret-value' });
    expect(server.urls).toEqual([`${AUTH}/oauth/token`]);
    expect(service.listPrograms()[0]?.remoteProgramId).toBe('acme-77');

    const provider = service.tokenProvider(id);
    nowMs = 2 * 3600 * 1000 * 0.89;
    expect(await provider.getAccessToken()).toBe('at-one-0123456789');
    nowMs = 2 * 3600 * 1000 * 0.91;
    expect(await provider.getAccessToken()).toBe('at-two-0123456789');
  });

  test('a numeric program_id is read too, and a lowercase token type is fine', async () => {
    const server = cannedServer(() => json({ access_token: 'at-0123456789', token_type: 'bearer', expires_in: 60, program_id: 4242 }));
    const { service } = testAccounts({ fetch: server.fetch });
    const { id } = service.addProgram(program);
    await service.signInAsServer(id, { clientId: 'bot', clientSecret: 'secret-value' });
    expect(service.listPrograms()[0]?.remoteProgramId).toBe('4242');
  });

  test.each([
    ['a token type the API cannot take', () => json({ access_token: 'at', token_type: 'mac' }), 'unexpected_response'],
    ['no access token at all', () => json({ token_type: 'Bearer' }), 'unexpected_response'],
    ['an HTML error page', () => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }), 'server_error'],
    ['a 503 with an OAuth body', () => json({ error: 'temporarily_unavailable' }, 503), 'server_error'],
    ['throttling', () => new Response('slow down', { status: 429 }), 'rate_limited'],
    ['a refused scope', () => json({ error: 'invalid_scope', error_description: 'No such scope.' }, 400), 'validation'],
    ['a Basic challenge', () => json({ error: 'invalid_client' }, 401, { 'WWW-Authenticate': 'Basic realm="x"' }), 'validation'],
    ['no network', () => Promise.reject(new TypeError('fetch failed')), 'offline'],
  ])('%s becomes a StudioError the renderer can explain', async (_name, answer, code) => {
    const { service } = testAccounts({ fetch: cannedServer(answer).fetch });
    const { id } = service.addProgram(program);
    await expect(service.signInAsServer(id, { clientId: 'bot', clientSecret: 'secret-value' })).rejects.toMatchObject({ code });
    expect((await service.status(id)).state).toBe('signed_out');
  });

  test('plain http is allowed to loopback IPs only', () => {
    expect(isLoopbackHttp('http://127.0.0.1:4010/oauth/token')).toBe(true);
    expect(isLoopbackHttp('http://[::1]:4010/oauth/token')).toBe(true);
    expect(isLoopbackHttp('http://localhost:4010/oauth/token')).toBe(false);
    expect(isLoopbackHttp('http://auth.example.test/oauth/token')).toBe(false);
    expect(isLoopbackHttp('https://auth.example.test/oauth/token')).toBe(false);
  });
});
