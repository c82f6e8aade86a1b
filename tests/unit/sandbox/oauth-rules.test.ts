import { describe, expect, it } from 'vitest';
import { OAuthError } from '../../../electron/sandbox/oauth/oauth-error.js';
import { createPendingRequests } from '../../../electron/sandbox/oauth/pending-requests.js';
import { isCodeVerifier, isS256Challenge, s256Challenge, verifierMatches } from '../../../electron/sandbox/oauth/pkce.js';
import { isLoopbackRedirect } from '../../../electron/sandbox/oauth/redirect-uri.js';
import { resolveScope } from '../../../electron/sandbox/oauth/scopes.js';
import { createClock } from '../../../electron/sandbox/sandbox-clock.js';
import { RFC_CHALLENGE, RFC_VERIFIER } from './oauth-test-client.js';

describe('loopback redirect rule (RFC 8252 §7.3)', () => {
  it.each(['http://127.0.0.1:1/', 'http://127.0.0.1:65535/any/path', 'http://[::1]:8080/cb', 'http://localhost:49152/cb', 'http://127.0.0.1:5000/cb?keep=1'])('allows %s', (uri) => {
    expect(isLoopbackRedirect(uri)).toBe(true);
  });

  it.each([
    'https://127.0.0.1:5000/cb',
    'http://example.com:5000/cb',
    'http://localhost.example.com:5000/cb',
    'http://127.0.0.2:5000/cb',
    'http://0.0.0.0:5000/cb',
    'http://127.0.0.1:5000/cb#',
    'http://127.0.0.1:5000/cb#x',
    'http://a:b@127.0.0.1:5000/cb',
    'http://127.0.0.1/cb',
    'http://127.0.0.1:80/cb',
    'http://127.1:5000/cb',
    'http://0x7f000001:5000/cb',
    'http://LOCALHOST:5000/cb',
    'http://127.0.0.1:5000',
    'http://127.0.0.1:5000/a b',
    ' http://127.0.0.1:5000/cb',
    'http:\\\\127.0.0.1:5000\\cb',
    'custom.scheme:/cb',
    `http://127.0.0.1:5000/${'a'.repeat(2048)}`,
  ])('refuses %s', (uri) => {
    expect(isLoopbackRedirect(uri)).toBe(false);
  });
});

describe('PKCE (RFC 7636)', () => {
  it('matches the Appendix B vector, and nothing else', () => {
    expect(s256Challenge(RFC_VERIFIER)).toBe(RFC_CHALLENGE);
    expect(verifierMatches(RFC_VERIFIER, RFC_CHALLENGE)).toBe(true);
    expect(verifierMatches(`${RFC_VERIFIER.slice(0, -1)}x`, RFC_CHALLENGE)).toBe(false);
    expect(verifierMatches(RFC_VERIFIER, 'short')).toBe(false);
  });

  it('takes verifiers of 43 to 128 unreserved characters', () => {
    expect([42, 43, 128, 129].map((length) => isCodeVerifier('a'.repeat(length)))).toEqual([false, true, true, false]);
    expect(isCodeVerifier(`${'a'.repeat(42)}~`)).toBe(true);
    expect(isCodeVerifier(`${'a'.repeat(42)}+`)).toBe(false);
    expect(isS256Challenge(RFC_CHALLENGE)).toBe(true);
    expect(isS256Challenge(`${RFC_CHALLENGE}=`)).toBe(false);
  });
});

describe('scope', () => {
  it('defaults to everything allowed, keeps a canonical order, and refuses unknown scopes', () => {
    expect(resolveScope(undefined)).toBe('content.read content.write channels.read channels.write openid profile');
    expect(resolveScope('profile  content.read content.read')).toBe('content.read profile');
    expect(() => resolveScope('content.read admin')).toThrow(OAuthError);
    expect(resolveScope(undefined, ['content.read'])).toBe('content.read');
    expect(() => resolveScope('content.write', ['content.read'])).toThrow(expect.objectContaining({ error: 'invalid_scope' }));
  });
});

describe('pending sign-in requests', () => {
  const request = { clientId: 'sandbox-desktop', redirectUri: 'http://127.0.0.1:1/', state: 's', scope: 'openid', codeChallenge: RFC_CHALLENGE };

  it('hand each request out once, for 10 minutes', () => {
    const clock = createClock(() => 0);
    const pending = createPendingRequests(clock);
    const once = pending.add(request);
    expect(pending.take(once)).toEqual(request);
    expect(pending.take(once)).toBeNull();
    const late = pending.add(request);
    clock.advance(600);
    expect(pending.take(late)).toBeNull();
  });

  it('keep at most 1,000, dropping the oldest', () => {
    const pending = createPendingRequests(createClock(() => 0));
    const ids = Array.from({ length: 1_001 }, () => pending.add(request));
    expect(pending.take(ids[0]!)).toBeNull();
    expect(pending.take(ids[1]!)).toEqual(request);
    expect(pending.take(ids[1_000]!)).toEqual(request);
  });
});
