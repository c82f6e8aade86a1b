/**
 * The Firstup client's failures, as the outbox policy classifies them: how
 * the client tells "nothing was sent" from "it may have happened"
 * (networkReason), and every sandbox fault through the real client.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { AccessTokenProvider } from '../../../electron/core/firstup/access-token-provider.js';
import { networkReason } from '../../../electron/core/firstup/error-mapping.js';
import { createFirstupClient, type FirstupClient } from '../../../electron/core/firstup/firstup-client.js';
import { createRequestBudget } from '../../../electron/core/firstup/request-budget.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { classifyFailure, type PolicyStep } from '../../../electron/core/outbox/policy/classify-failure.js';
import { startSandboxHarness, type SandboxHarness, type SandboxRole } from '../../support/sandbox-harness.js';

const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
const coded = (code: string) => Object.assign(new Error(code), { code });

describe('networkReason: could the request have reached Firstup?', () => {
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_SSL_WRONG_VERSION_NUMBER'])(
    '%s: no connection was made, so nothing was sent',
    (code) => {
      expect(networkReason(fetchFailed(coded(code)))).toBe('unreachable');
    },
  );

  it('reads every address tried (an AggregateError), and only calls it unreachable if all failed to connect', () => {
    const allRefused = Object.assign(new AggregateError([coded('ECONNREFUSED'), coded('ENETUNREACH')], 'all failed'), { code: 'ECONNREFUSED' });
    expect(networkReason(fetchFailed(allRefused))).toBe('unreachable');
    const oneReset = new AggregateError([coded('ECONNREFUSED'), coded('ECONNRESET')], 'mixed');
    expect(networkReason(fetchFailed(oneReset))).toBe('connection_lost');
  });

  it.each([
    ['a reset socket', fetchFailed(coded('ECONNRESET'))],
    ['the other side closing (undici)', fetchFailed(coded('UND_ERR_SOCKET'))],
    ['a body cut off mid-way', new TypeError('terminated', { cause: coded('UND_ERR_SOCKET') })],
    ['a broken pipe', fetchFailed(coded('EPIPE'))],
    ['fetch failing without a cause', new TypeError('fetch failed')],
    ['a code never seen before', fetchFailed(coded('E_SOMETHING_NEW'))],
    ['something that is not an Error', 'boom'],
  ])('%s may have been carried out', (_label, error) => {
    expect(networkReason(error)).toBe('connection_lost');
  });

  it('recognises our own time limit', () => {
    expect(networkReason(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe('timeout');
  });
});

let harness: SandboxHarness;
beforeAll(async () => {
  harness = await startSandboxHarness();
});
afterAll(() => harness.close());
beforeEach(async () => {
  await harness.call('DELETE', '/_sandbox/faults', { token: null });
});


function client(options: { role?: SandboxRole; apiBaseUrl?: string; timeoutMs?: number; tokens?: AccessTokenProvider } = {}): FirstupClient {
  return createFirstupClient({
    apiBaseUrl: options.apiBaseUrl ?? harness.url,
    tokens: options.tokens ?? harness.tokensAs(options.role ?? 'publisher'),
    budget: createRequestBudget(),
    logger: createMemoryLogger(),
    timeoutMs: options.timeoutMs ?? 5_000,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

let markers = 0;
const createPost = (api: FirstupClient, marker = `job-${(markers += 1)}`) =>
  api.createContent({ contentType: 'article', title: 'Outbox policy', body: '<p>Hello</p>', channels: [{ id: 101 }], source: { postId: marker } });
const postsMarked = async (marker: string) => (await client().listContent({ sourcePostId: marker })).items.filter((post) => post.source?.postId === marker);

async function inject(rule: Record<string, unknown>): Promise<void> {
  const reply = await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [{ times: 1, ...rule }] } });
  expect(reply.status, reply.text).toBe(200);
}

describe('sandbox faults through the client, as the outbox classifies them', () => {
  it.each(['reset', 'commit-then-drop', 'html-200', 'bad-json', 503] as const)('%s on a create is an unknown outcome: reconcile before creating again', async (fault) => {
    await inject({ method: 'POST', path: '/v2/content', fault });
    const marker = `fault-${String(fault)}`;
    const failure = classifyFailure(await failureOf(createPost(client(), marker)), 'create');
    expect(failure).toMatchObject({ kind: 'unknown_outcome', reconcileFirst: true, breaker: 'failure' });
    // Why: after commit-then-drop the post exists although the client saw only a broken connection.
    expect(await postsMarked(marker)).toHaveLength(fault === 'commit-then-drop' ? 1 : 0);
  });

  it.each(['reset', 'commit-then-drop', 'html-200', 'bad-json', 503] as const)('%s on a read (verify) is transient: safe to repeat', async (fault) => {
    await inject({ method: 'GET', path: '/v2/content/*', fault });
    const failure = classifyFailure(await failureOf(client().getContent(5001)), 'verify' satisfies PolicyStep);
    expect(failure).toMatchObject({ kind: 'transient', reconcileFirst: false, breaker: 'failure' });
  });

  it('reads Retry-After from a 429, and knows when none was given', async () => {
    await inject({ method: 'POST', path: '/v2/content', fault: 429, retry_after: 7 });
    expect(classifyFailure(await failureOf(createPost(client())), 'create')).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7, reconcileFirst: false, breaker: 'none' });
    await inject({ method: 'POST', path: '/v2/content', fault: 429 });
    expect(classifyFailure(await failureOf(createPost(client())), 'create')).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: null });
  });

  it('treats our own timeout on a create as an unknown outcome', async () => {
    await inject({ method: 'POST', path: '/v2/content', fault: 'delay', delay_ms: 1_000 });
    const error = await failureOf(createPost(client({ timeoutMs: 100 })));
    expect(error).toMatchObject({ code: 'offline', details: { reason: 'timeout' } });
    expect(classifyFailure(error, 'create')).toMatchObject({ kind: 'unknown_outcome', reconcileFirst: true });
  });

  it('treats a server that refuses connections as offline: nothing was sent', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const error = await failureOf(createPost(client({ apiBaseUrl: `http://127.0.0.1:${port}` })));
    expect(error).toMatchObject({ code: 'offline', details: { reason: 'unreachable' } });
    expect(classifyFailure(error, 'create')).toMatchObject({ kind: 'offline', reconcileFirst: false, breaker: 'none' });
  });

  it('stops for attention when a member may not post', async () => {
    const failure = classifyFailure(await failureOf(createPost(client({ role: 'member' }))), 'create');
    expect(failure).toMatchObject({ kind: 'permanent', status: 403, breaker: 'answered', reconcileFirst: false, message: expect.stringContaining('publisher role') });
  });

  it('stops for attention with Firstup’s own words when publishing is refused', async () => {
    const api = client();
    const post = await api.createContent({ contentType: 'article', body: '<p>No title</p>', channels: [{ id: 101 }] });
    const failure = classifyFailure(await failureOf(api.transitionContent(post.id, 'publish')), 'transition');
    expect(failure).toMatchObject({ kind: 'permanent', status: 400, message: 'A title is required to publish.', recheckOnce: false });
  });

  it('re-reads once before giving up on a post that is not there', async () => {
    const failure = classifyFailure(await failureOf(client().transitionContent(987_654, 'publish')), 'transition');
    expect(failure).toMatchObject({ kind: 'permanent', status: 404, recheckOnce: true });
  });

  it('pauses for sign-in when the token is revoked and cannot be renewed', async () => {
    const token = harness.tokenFor('manager');
    const tokens: AccessTokenProvider = {
      getAccessToken: () => Promise.resolve(token),
      refreshAfterUnauthorized: () => Promise.reject(new StudioError('sign_in_needed', 'Sign in again.', { oauthError: 'invalid_grant' })),
    };
    await harness.call('POST', '/_sandbox/revoke', { token: null, body: { user_id: 3 } });
    const failure = classifyFailure(await failureOf(createPost(client({ tokens }))), 'create');
    expect(failure).toMatchObject({ kind: 'auth_refresh_failed', reconcileFirst: false });
  });
});
