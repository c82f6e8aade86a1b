/**
 * The OAuth flows as a client drives them, over real HTTP with redirects
 * left unfollowed, so each test reads the 302 itself.
 */
import type { SandboxHarness } from '../../support/sandbox-harness.js';

/** RFC 7636 Appendix B. */
export const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
export const RFC_CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
export const REDIRECT = 'http://127.0.0.1:53682/callback';
export const ALL_SCOPES = 'content.read content.write channels.read channels.write openid profile';

export interface RawReply {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

async function reply(response: Response): Promise<RawReply> {
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
  return { status: response.status, headers: response.headers, text, body: isJson && text !== '' ? JSON.parse(text) : undefined };
}

export async function send(url: string, init: RequestInit = {}): Promise<RawReply> {
  return reply(await fetch(url, { redirect: 'manual', ...init }));
}

export function postForm(harness: SandboxHarness, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<RawReply> {
  return send(`${harness.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
}

export function authorizeQuery(overrides: Record<string, string | null> = {}): string {
  const params: Record<string, string | null> = {
    client_id: 'sandbox-desktop',
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope: 'content.read content.write',
    state: 'state-123',
    code_challenge: RFC_CHALLENGE,
    code_challenge_method: 'S256',
    ...overrides,
  };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null) query.append(name, value);
  return query.toString();
}

export function openAuthorize(harness: SandboxHarness, overrides: Record<string, string | null> = {}): Promise<RawReply> {
  return send(`${harness.url}/oauth/authorize?${authorizeQuery(overrides)}`);
}

export function requestIdIn(html: string): string {
  const match = /name="request_id" value="([^"]+)"/.exec(html);
  if (match === null) throw new Error('The sign-in page has no request_id field.');
  return match[1]!;
}

/** GET the page, then answer it; returns the 302's Location. */
export async function answerSignIn(harness: SandboxHarness, options: { userId?: number; decision?: string; overrides?: Record<string, string | null> } = {}): Promise<URL> {
  const page = await openAuthorize(harness, options.overrides);
  if (page.status !== 200) throw new Error(`The authorize page answered ${page.status}: ${page.text}`);
  const answer = await postForm(harness, '/oauth/authorize', { request_id: requestIdIn(page.text), user_id: String(options.userId ?? 2), decision: options.decision ?? 'allow' });
  if (answer.status !== 302) throw new Error(`The decision answered ${answer.status}: ${answer.text}`);
  return new URL(answer.headers.get('location')!);
}

/** A fresh code for `redirect_uri`, signed in as `userId`. */
export async function obtainCode(harness: SandboxHarness, redirectUri = REDIRECT, userId = 2): Promise<string> {
  const location = await answerSignIn(harness, { userId, overrides: { redirect_uri: redirectUri } });
  return location.searchParams.get('code')!;
}

export function exchangeCode(harness: SandboxHarness, code: string, fields: Record<string, string> = {}): Promise<RawReply> {
  return postForm(harness, '/oauth/token', { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: 'sandbox-desktop', code_verifier: RFC_VERIFIER, ...fields });
}

export function refresh(harness: SandboxHarness, refreshToken: string, fields: Record<string, string> = {}): Promise<RawReply> {
  return postForm(harness, '/oauth/token', { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'sandbox-desktop', ...fields });
}
