/** The per-program budget of requests per sliding minute (`--rate-limit`). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueTokens } from '../../../electron/sandbox/auth/token-store.js';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;

beforeEach(async () => {
  harness = await startSandboxHarness({ rateLimit: 5 });
});

afterEach(() => harness.close());

const list = (role: 'publisher' | 'manager' | 'member' = 'publisher') => harness.call('GET', '/v2/channels', { token: harness.tokenFor(role) });

describe('rate limit', () => {
  it('answers the 6th request in a minute with 429 and a numeric Retry-After, and serves again a minute on', async () => {
    for (let i = 0; i < 5; i += 1) expect((await list()).status).toBe(200);
    const limited = await list();
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0]).toMatchObject({ status: 429, code: 'rate_limited' });
    const retryAfter = limited.headers.get('retry-after');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect(limited.headers.get('x-program-id')).toBe('4242');
    expect(limited.headers.get('x-user-id')).toBe('2');

    await harness.call('POST', '/_sandbox/clock', { body: { advance_seconds: 61 } });
    expect((await list()).status).toBe(200);
  });

  it('shares the budget across everyone in the program, writes included', async () => {
    await list('publisher');
    await list('member');
    await harness.call('POST', '/v2/channels', { token: harness.tokenFor('manager'), body: { name: 'Budget', description: 'Counts.' } });
    await list('manager');
    await list('member');
    expect((await list('manager')).status).toBe(429);
    expect((await harness.call('POST', '/v2/channels', { token: harness.tokenFor('manager'), body: { name: 'Over', description: 'Refused.' } })).status).toBe(429);
    expect(harness.sandbox.runtime.state.topics.map((topic) => topic.name)).not.toContain('Over');
  });

  it('counts neither refused requests, unauthenticated ones, nor /_sandbox/ controls', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await harness.call('GET', '/v2/channels', { token: null })).status).toBe(401);
      expect((await harness.call('GET', '/_sandbox/state')).status).toBe(200);
    }
    for (let i = 0; i < 5; i += 1) expect((await list()).status).toBe(200);
    for (let i = 0; i < 3; i += 1) expect((await list()).status).toBe(429);
    // The three refusals did not push the window on: a minute after the first five, all is well.
    await harness.call('POST', '/_sandbox/clock', { body: { advance_seconds: 61 } });
    expect((await list()).status).toBe(200);
  });

  it('slides: a request leaves the window a minute after it was made', async () => {
    const { clock } = harness.sandbox.runtime;
    await list();
    clock.advance(30);
    for (let i = 0; i < 4; i += 1) await list();
    const limited = await list();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(30);
    clock.advance(31);
    expect((await list()).status).toBe(200);
    expect((await list()).status).toBe(429);
  });

  it('forgets the window on POST /_sandbox/reset', async () => {
    for (let i = 0; i < 6; i += 1) await list();
    expect((await harness.call('POST', '/_sandbox/reset', { body: {} })).status).toBe(200);
    // Reset replaces the whole state, tokens included, so mint one in the new state.
    const { state, clock } = harness.sandbox.runtime;
    const token = issueTokens(state, clock, { clientId: 'sandbox-desktop', userId: 2, scope: 'content.read', ttlSeconds: 60, refresh: null }).access_token;
    expect((await harness.call('GET', '/v2/channels', { token })).status).toBe(200);
  });
});
