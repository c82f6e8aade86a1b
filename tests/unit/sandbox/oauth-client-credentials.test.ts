import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAccessToken } from '../../../electron/sandbox/auth/token-store.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { ALL_SCOPES, postForm, send, type RawReply } from './oauth-test-client.js';

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());

const credentials = { grant_type: 'client_credentials', client_id: 'sandbox-client', client_secret: 'sandbox-secret' };
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

function expectServiceToken(reply: RawReply, scope = ALL_SCOPES): void {
  expect(reply.status).toBe(200);
  expect(reply.headers.get('cache-control')).toBe('no-store');
  expect(reply.headers.get('pragma')).toBe('no-cache');
  expect(Object.keys(reply.body).sort()).toEqual(['access_token', 'expires_in', 'program_id', 'scope', 'token_type']);
  expect(reply.body).toMatchObject({ token_type: 'Bearer', expires_in: 7_200, scope, program_id: 4242 });
  const { runtime } = harness.sandbox;
  const record = findAccessToken(runtime.state, runtime.clock, reply.body.access_token);
  expect(record).toMatchObject({ user_id: 1, client_id: 'sandbox-client', scope, family_id: null });
}

function expectOAuthError(reply: RawReply, status: number, error: string): void {
  expect(reply.status).toBe(status);
  expect(Object.keys(reply.body).sort()).toEqual(['error', 'error_description']);
  expect(reply.body.error).toBe(error);
  expect(reply.headers.get('cache-control')).toBe('no-store');
  expect(reply.text).not.toContain('sandbox-secret');
}

describe('POST /oauth/token, client credentials', () => {
  it('accepts a form-urlencoded body and acts as the service user with Program Manager rights', async () => {
    expectServiceToken(await postForm(harness, '/oauth/token', credentials));
  });

  it('accepts a multipart body, as curl -F sends it', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(credentials)) form.append(name, value);
    expectServiceToken(await send(`${harness.url}/oauth/token`, { method: 'POST', body: form }));
  });

  it('accepts HTTP Basic, URL-decoding the id and secret (RFC 6749 §2.3.1)', async () => {
    expectServiceToken(await postForm(harness, '/oauth/token', { grant_type: 'client_credentials' }, { Authorization: basic('sandbox-client', 'sandbox-secret') }));
    expectServiceToken(await postForm(harness, '/oauth/token', { grant_type: 'client_credentials' }, { Authorization: basic('sandbox%2Dclient', 'sandbox%2Dsecret') }));
  });

  it('narrows to the requested scopes and refuses unknown ones', async () => {
    expectServiceToken(await postForm(harness, '/oauth/token', { ...credentials, scope: 'content.write content.read' }), 'content.read content.write');
    expectOAuthError(await postForm(harness, '/oauth/token', { ...credentials, scope: 'content.read webhooks.write' }), 400, 'invalid_scope');
  });

  it('refuses a wrong secret with 401 invalid_client, and never echoes it', async () => {
    const reply = await postForm(harness, '/oauth/token', { ...credentials, client_secret: 'not-the-secret' });
    expectOAuthError(reply, 401, 'invalid_client');
    expect(reply.headers.get('www-authenticate')).toBeNull();
    expect(reply.text).not.toContain('not-the-secret');
  });

  it('challenges with WWW-Authenticate: Basic when Basic was used', async () => {
    const reply = await postForm(harness, '/oauth/token', { grant_type: 'client_credentials' }, { Authorization: basic('sandbox-client', 'wrong') });
    expectOAuthError(reply, 401, 'invalid_client');
    expect(reply.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    expectOAuthError(await postForm(harness, '/oauth/token', { grant_type: 'client_credentials' }, { Authorization: 'Basic !!!' }), 401, 'invalid_client');
  });

  it('refuses a missing secret, an unknown client and a second authentication method', async () => {
    expectOAuthError(await postForm(harness, '/oauth/token', { grant_type: 'client_credentials', client_id: 'sandbox-client' }), 401, 'invalid_client');
    expectOAuthError(await postForm(harness, '/oauth/token', { ...credentials, client_id: 'someone-else' }), 401, 'invalid_client');
    expectOAuthError(await postForm(harness, '/oauth/token', { grant_type: 'client_credentials' }), 401, 'invalid_client');
    const both = await postForm(harness, '/oauth/token', credentials, { Authorization: basic('sandbox-client', 'sandbox-secret') });
    expectOAuthError(both, 400, 'invalid_request');
  });

  it('answers unsupported_grant_type, invalid_request and unauthorized_client with RFC 6749 bodies', async () => {
    expectOAuthError(await postForm(harness, '/oauth/token', { ...credentials, grant_type: 'password' }), 400, 'unsupported_grant_type');
    expectOAuthError(await postForm(harness, '/oauth/token', { client_id: 'sandbox-client', client_secret: 'sandbox-secret' }), 400, 'invalid_request');
    expectOAuthError(await postForm(harness, '/oauth/token', { ...credentials, grant_type: 'authorization_code' }), 400, 'unauthorized_client');
    expectOAuthError(await postForm(harness, '/oauth/token', { grant_type: 'client_credentials', client_id: 'sandbox-desktop' }), 400, 'unauthorized_client');
  });

  it('refuses JSON, repeated parameters, malformed multipart and oversized bodies as invalid_request', async () => {
    const json = await send(`${harness.url}/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(credentials) });
    expectOAuthError(json, 400, 'invalid_request');
    const repeated = `${new URLSearchParams(credentials).toString()}&grant_type=client_credentials`;
    expectOAuthError(await send(`${harness.url}/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: repeated }), 400, 'invalid_request');
    const broken = await send(`${harness.url}/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: 'not multipart' });
    expectOAuthError(broken, 400, 'invalid_request');
    const huge = await postForm(harness, '/oauth/token', { ...credentials, padding: 'x'.repeat(70_000) });
    expectOAuthError(huge, 413, 'invalid_request');
  });
});
