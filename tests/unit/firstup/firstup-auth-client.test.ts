import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { createFirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import { redactHeaders } from '../../../electron/core/firstup/redact.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';
import type { Logger } from '../../../electron/core/logging/logger.js';
import { clientFor, contentRecord, countingTokens, startFakeFirstup, type FakeFirstup } from './auth-fake-server.js';

const UUID = '8b358e6b-11d4-4e89-bf7f-ec670e3398ed';

let fake: FakeFirstup;
beforeAll(async () => {
  fake = await startFakeFirstup();
});
afterAll(() => fake.close());
beforeEach(() => fake.requests.splice(0));

const construct = (apiBaseUrl: string) => () =>
  createFirstupClient({ apiBaseUrl, tokens: countingTokens(), budget: createRequestBudget(), logger: { info() {}, warn() {}, error() {} } });

describe('base URL', () => {
  it.each(['http://example.com', 'http://10.0.0.5', 'ftp://partner.socialchorus.com', 'https://user:pw@partner.socialchorus.com', 'https://partner.socialchorus.com/?x=1', 'not a url'])(
    'refuses %s',
    (url) => {
      expect(construct(url)).toThrow(TypeError);
    },
  );

  it.each(['https://partner.socialchorus.com', 'https://partner.onfirstup.eu/', 'http://127.0.0.1:4010', 'http://localhost:4010', 'http://[::1]:4010'])('accepts %s', (url) => {
    expect(construct(url)).not.toThrow();
  });
});

describe('every request', () => {
  it('sends the bearer token and JSON headers, and a body only on writes', async () => {
    fake.answer({ status: 201, body: { data: contentRecord() } });
    const { client } = clientFor(fake);
    await client.getContent(5101);
    await client.createContent({ contentType: 'article', title: 'Hi', channels: [{ id: 101 }], author: { userId: 2 }, source: { postId: 'draft-1' } });
    const [get, post] = fake.requests;
    expect(get!.headers).toMatchObject({ authorization: 'Bearer token-1', accept: 'application/json' });
    expect(get!.headers['content-type']).toBeUndefined();
    expect(post!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post!.body)).toEqual({ content_type: 'article', title: 'Hi', author: { user_id: 2 }, source: { post_id: 'draft-1' }, channels: [{ id: 101 }] });
  });

  it('reports the program and user every answer names', async () => {
    const identities: unknown[] = [];
    fake.answer({ body: { data: contentRecord() }, headers: { 'X-Program-Id': '4242', 'X-User-Id': '2' } }, { body: { data: contentRecord() }, headers: { 'X-User-Id': '' } });
    const { client } = clientFor(fake, { onIdentity: (identity) => identities.push(identity) });
    await client.getContent(5101);
    expect(identities).toEqual([{ programId: '4242', userId: '2' }]);
  });

  it('survives an identity listener that throws', async () => {
    fake.answer({ body: { data: contentRecord() } });
    const { client, logger } = clientFor(fake, {
      onIdentity: () => {
        throw new Error('listener bug');
      },
    });
    await expect(client.getContent(5101)).resolves.toMatchObject({ id: 5101 });
    expect(logger.lines.some((line) => line.level === 'warn')).toBe(true);
  });

  it('logs method, path, status and duration, never a token', async () => {
    const contexts: string[] = [];
    const capture: Logger = { info: (m, c) => contexts.push(m, JSON.stringify(c)), warn: (m, c) => contexts.push(m, JSON.stringify(c)), error: (m, c) => contexts.push(m, JSON.stringify(c)) };
    fake.answer({ status: 401 }, { body: { data: contentRecord() } });
    const { client, logger } = clientFor(fake);
    await client.getContent(5101);
    expect(logger.lines.map((line) => line.message)).toEqual([expect.stringMatching(/^Firstup GET \/v2\/content\/5101 → 401 in \d+ ms$/), expect.stringMatching(/→ 200 in \d+ ms$/)]);
    expect(JSON.stringify(logger.lines)).not.toMatch(/token-|Authorization/i);

    fake.answer({ delayMs: 300, body: {} });
    const slow = clientFor(fake, { logger: capture, timeoutMs: 20 });
    await slow.client.updateContent(5101, { title: 'x' }).catch(() => undefined);
    expect(contexts.join('\n')).toContain('Bearer [redacted]');
    expect(contexts.join('\n')).not.toContain('token-1');
  });
});

describe('redactHeaders', () => {
  it('hides Authorization in any case, and cookies', () => {
    expect(redactHeaders({ authorization: 'Bearer abc', AUTHORIZATION: 'Bearer def', Accept: 'application/json', Cookie: 'sid=1' })).toEqual({
      authorization: 'Bearer [redacted]',
      AUTHORIZATION: 'Bearer [redacted]',
      Accept: 'application/json',
      Cookie: '[redacted]',
    });
    expect(redactHeaders(new Headers({ Authorization: 'Bearer abc', 'X-Echo': 'was Bearer abc.def' }))).toEqual({ authorization: 'Bearer [redacted]', 'x-echo': 'was Bearer [redacted]' });
  });
});

describe('401: one refresh, one retry', () => {
  it('retries once with the refreshed token and succeeds', async () => {
    fake.answer({ status: 401, body: { errors: [{ message: 'expired' }] } }, { body: { data: contentRecord() } });
    const { client, tokens } = clientFor(fake);
    await expect(client.getContent(5101)).resolves.toMatchObject({ id: 5101 });
    expect(tokens.refreshes).toEqual(['token-1']);
    expect(fake.requests.map((request) => request.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('gives sign_in_needed after a second 401, with exactly one refresh', async () => {
    fake.answer({ status: 401 });
    const { client, tokens } = clientFor(fake);
    await expect(client.transitionContent(5101, 'publish')).rejects.toMatchObject({ code: 'sign_in_needed' });
    expect(tokens.refreshes).toHaveLength(1);
    expect(fake.requests).toHaveLength(2);
  });

  it('passes on the provider refusing to refresh', async () => {
    fake.answer({ status: 401 });
    const { client, tokens } = clientFor(fake);
    tokens.refreshAfterUnauthorized = () => Promise.reject(new StudioError('sign_in_needed', 'Sign in again.'));
    await expect(client.getContent(5101)).rejects.toMatchObject({ code: 'sign_in_needed', message: 'Sign in again.' });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('ids in paths', () => {
  it.each([
    [5101, '/v2/content/5101'],
    ['5101', '/v2/content/5101'],
    [' 5101 ', '/v2/content/5101'],
    [UUID, `/v2/content/${UUID}`],
    [UUID.toUpperCase(), `/v2/content/${UUID.toUpperCase()}`],
  ])('content id %j → %s', async (id, path) => {
    fake.answer({ body: { data: contentRecord() } });
    await clientFor(fake).client.getContent(id);
    expect(fake.requests[0]!.path).toBe(path);
  });

  it.each(['../admin', '5/publish', '', '-1', '1.5', 'abc', 0, 1.5, Number.MAX_SAFE_INTEGER + 2])('refuses %j before sending anything', async (id) => {
    await expect(clientFor(fake).client.getContent(id)).rejects.toMatchObject({ code: 'validation' });
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses a non-integer topic id and a comment id with a slash', async () => {
    const { client } = clientFor(fake);
    await expect(client.followers('101/../x')).rejects.toMatchObject({ code: 'validation' });
    await expect(client.replies(5101, 'a/b')).rejects.toMatchObject({ code: 'validation' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('writes answered without the record', () => {
  it.each([202, 204])('re-reads the post after a transition answered %i', async (status) => {
    fake.answer({ status }, { body: { data: contentRecord({ state: 'published' }) } });
    const record = await clientFor(fake).client.transitionContent('5101', 'publish');
    expect(record.state).toBe('published');
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['PUT /v2/content/5101/publish', 'GET /v2/content/5101']);
    expect(fake.requests[0]!.body).toBe('');
  });

  it('re-reads after an update answered 202 with a status body instead of the record', async () => {
    fake.answer({ status: 202, body: { status: 'accepted' } }, { body: { data: contentRecord({ title: 'New' }) } });
    const record = await clientFor(fake).client.updateContent(UUID, { title: 'New' });
    expect(record.title).toBe('New');
    expect(fake.requests.map((request) => request.method)).toEqual(['PUT', 'GET']);
    expect(JSON.parse(fake.requests[0]!.body)).toEqual({ title: 'New' });
  });

  it('uses the record when a 202 carries one', async () => {
    fake.answer({ status: 202, body: { data: contentRecord({ state: 'processing' }) } });
    expect((await clientFor(fake).client.transitionContent(5101, 'publish')).state).toBe('processing');
    expect(fake.requests).toHaveLength(1);
  });

  it('fails a create answered 202 without the new post', async () => {
    fake.answer({ status: 202 });
    await expect(clientFor(fake).client.createContent({ contentType: 'article', channels: [{ id: 101 }] })).rejects.toMatchObject({
      code: 'unexpected_response',
      details: { field: 'the response body' },
    });
  });

  it('removes an image with a 204', async () => {
    fake.answer({ status: 204 });
    await expect(clientFor(fake).client.removeImage(5101, '77')).resolves.toBeUndefined();
    expect(`${fake.requests[0]!.method} ${fake.requests[0]!.path}`).toBe('DELETE /v2/content/5101/images/77');
  });
});
