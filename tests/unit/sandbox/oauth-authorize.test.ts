import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { answerSignIn, openAuthorize, postForm, REDIRECT, requestIdIn, RFC_CHALLENGE } from './oauth-test-client.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const redirectParams = (location: string | null) => {
  expect(location).not.toBeNull();
  const url = new URL(location!);
  expect(`${url.origin}${url.pathname}`).toBe(REDIRECT);
  return url.searchParams;
};

describe('GET /oauth/authorize', () => {
  it('shows a script-free sign-in page that offers the three people and Allow/Deny', async () => {
    const page = await openAuthorize(harness);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'");
    expect(page.text).toContain('<title>Sign in to Sandbox Program</title>');
    expect(page.text).toContain('Firstup sandbox');
    expect(page.text).toContain('<strong>Content Studio</strong> asks to act as');
    for (const [id, name, role] of [[2, 'Pat Publisher', 'Publisher'], [3, 'Morgan Manager', 'Program manager'], [4, 'Max Member', 'Member']] as const) {
      expect(page.text).toMatch(new RegExp(`<input type="radio" id="user-${id}" name="user_id" value="${id}"[^>]*>\\s*<label for="user-${id}"><span class="name">${name}</span> <span class="role">${role}:`));
    }
    expect(page.text).toContain('value="allow">Allow</button>');
    expect(page.text).toContain('value="deny" formnovalidate>Deny</button>');
    expect(page.text).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
    // Only a one-time id travels in the form; the request's details stay on the server.
    expect(page.text).not.toContain(RFC_CHALLENGE);
    expect(page.text).not.toContain('state-123');
    expect(requestIdIn(page.text)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const css = await fetch(`${harness.url}/oauth/sign-in.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('shows an error page, and never redirects, for a bad client_id or redirect_uri', async () => {
    const bad: Record<string, string | null>[] = [
      { client_id: 'someone-else' },
      { client_id: 'sandbox-client' },
      { client_id: null },
      { redirect_uri: null },
      { redirect_uri: 'https://127.0.0.1:53682/callback' },
      { redirect_uri: 'http://evil.example:53682/callback' },
      { redirect_uri: 'http://127.0.0.1.evil.example:53682/callback' },
      { redirect_uri: 'http://127.0.0.1:53682/callback#frag' },
      { redirect_uri: 'http://user@127.0.0.1:53682/callback' },
      { redirect_uri: 'http://127.0.0.1/callback' },
      { redirect_uri: 'http://127.1:53682/callback' },
      { redirect_uri: 'http://127.0.0.1:53682' },
      { redirect_uri: 'javascript:alert(1)' },
    ];
    for (const overrides of bad) {
      const page = await openAuthorize(harness, overrides);
      expect(page.status, JSON.stringify(overrides)).toBe(400);
      expect(page.headers.get('location')).toBeNull();
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.text).toContain('Sign-in cannot continue');
    }
  });

  it('refuses plain or missing PKCE by redirecting with invalid_request and the state', async () => {
    const missingPkce: Record<string, string | null>[] = [{ code_challenge_method: 'plain' }, { code_challenge_method: null }, { code_challenge: null }, { code_challenge: 'too-short' }];
    for (const overrides of missingPkce) {
      const reply = await openAuthorize(harness, overrides);
      expect(reply.status).toBe(302);
      const params = redirectParams(reply.headers.get('location'));
      expect(params.get('error')).toBe('invalid_request');
      expect(params.get('state')).toBe('state-123');
      expect(params.get('iss')).toBe(harness.url);
      expect(params.get('code')).toBeNull();
    }
  });

  it('redirects the other request errors with their RFC 6749 codes', async () => {
    const cases: [Record<string, string | null>, string][] = [
      [{ response_type: 'token' }, 'unsupported_response_type'],
      [{ response_type: null }, 'invalid_request'],
      [{ scope: 'content.read feeds.read' }, 'invalid_scope'],
      [{ response_mode: 'fragment' }, 'invalid_request'],
      [{ program_id: '1' }, 'invalid_request'],
    ];
    for (const [overrides, error] of cases) {
      const reply = await openAuthorize(harness, overrides);
      expect(reply.status, JSON.stringify(overrides)).toBe(302);
      expect(redirectParams(reply.headers.get('location')).get('error')).toBe(error);
    }
    const noState = await openAuthorize(harness, { state: null });
    const params = redirectParams(noState.headers.get('location'));
    expect([params.get('error'), params.get('state')]).toEqual(['invalid_request', null]);
  });

  it('accepts the hosted program_id and Firstup’s response_mode=query', async () => {
    expect((await openAuthorize(harness, { program_id: '4242', response_mode: 'query' })).status).toBe(200);
  });
});

describe('POST /oauth/authorize', () => {
  it('allow: 302 to the redirect with code, state and iss', async () => {
    const location = await answerSignIn(harness);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
    expect([...location.searchParams.keys()]).toEqual(['code', 'state', 'iss']);
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('iss')).toBe(harness.url);
  });

  it('keeps a query the redirect_uri already had', async () => {
    const location = await answerSignIn(harness, { overrides: { redirect_uri: 'http://127.0.0.1:53682/cb?flow=a%20b' } });
    expect(location.search).toMatch(/^\?flow=a%20b&code=/);
  });

  it('deny: 302 with access_denied and the state, and no code', async () => {
    const location = await answerSignIn(harness, { decision: 'deny' });
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('answers a request id only once, and not after 10 minutes', async () => {
    const requestId = requestIdIn((await openAuthorize(harness)).text);
    expect((await postForm(harness, '/oauth/authorize', { request_id: requestId, user_id: '2', decision: 'allow' })).status).toBe(302);
    const again = await postForm(harness, '/oauth/authorize', { request_id: requestId, user_id: '2', decision: 'allow' });
    expect(again.status).toBe(400);
    expect(again.headers.get('location')).toBeNull();
    expect(again.text).toContain('expired or was already answered');

    const late = requestIdIn((await openAuthorize(harness)).text);
    harness.sandbox.runtime.clock.advance(601);
    expect((await postForm(harness, '/oauth/authorize', { request_id: late, user_id: '2', decision: 'allow' })).status).toBe(400);
    expect((await postForm(harness, '/oauth/authorize', { request_id: 'made-up', user_id: '2', decision: 'allow' })).status).toBe(400);
  });

  it('refuses a person who is not offered (the service identity included) and a missing decision', async () => {
    for (const [userId, decision] of [['1', 'allow'], ['99', 'allow'], ['2.0', 'allow'], ['2', 'maybe']]) {
      const requestId = requestIdIn((await openAuthorize(harness)).text);
      const reply = await postForm(harness, '/oauth/authorize', { request_id: requestId, user_id: userId!, decision: decision! });
      expect(reply.status).toBe(400);
      expect(reply.headers.get('location')).toBeNull();
    }
  });
});
