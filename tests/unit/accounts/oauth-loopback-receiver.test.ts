import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { startLoopbackReceiver } from '../../../electron/core/accounts/loopback-receiver.js';

/** Node's own client, so the connection is not kept alive or retried behind the test's back. */
function get(url: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string } | { error: string }> {
  return new Promise((resolve) => {
    const outgoing = request(url, { method, agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    outgoing.end();
  });
}

describe('the loopback receiver', () => {
  test('listens on 127.0.0.1 on a port the OS picks, different each time', async () => {
    const one = await startLoopbackReceiver({ timeoutMs: 5_000 });
    const two = await startLoopbackReceiver({ timeoutMs: 5_000 });
    expect(one.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(one.redirectUri).not.toBe(two.redirectUri);
    one.close();
    two.close();
    await expect(one.callback).rejects.toMatchObject({ code: 'sign_in_needed', details: { reason: 'cancelled' } });
  });

  test('ignores other paths and methods, accepts exactly one callback, then refuses connections', async () => {
    const receiver = await startLoopbackReceiver({ timeoutMs: 5_000 });
    const origin = new URL(receiver.redirectUri).origin;

    expect(await get(`${origin}/favicon.ico`)).toMatchObject({ status: 404 });
    expect(await get(`${receiver.redirectUri}?code=x&state=y`, 'POST')).toMatchObject({ status: 404 });
    const answered = await get(`${receiver.redirectUri}?code=abc&state=xyz`);
    expect(answered).toMatchObject({
      status: 200,
      headers: { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-security-policy': "default-src 'none'" },
    });
    expect('body' in answered && answered.body).toContain('You can close this tab and return to Content Studio.');
    expect('body' in answered && answered.body).not.toMatch(/<script|<a |http/i);

    const callback = await receiver.callback;
    expect(callback.searchParams.get('code')).toBe('abc');
    expect(await get(`${receiver.redirectUri}?code=again&state=xyz`)).toEqual({ error: 'ECONNREFUSED' });
    receiver.close();
  });

  test('gives up after the timeout and stops listening', async () => {
    const receiver = await startLoopbackReceiver({ timeoutMs: 50 });
    await expect(receiver.callback).rejects.toMatchObject({ code: 'sign_in_needed', details: { reason: 'timeout' } });
    expect(await get(receiver.redirectUri)).toEqual({ error: 'ECONNREFUSED' });
  });

  test('an abort signal cancels the wait, even one that fired before listening', async () => {
    const controller = new AbortController();
    const receiver = await startLoopbackReceiver({ timeoutMs: 5_000, signal: controller.signal });
    controller.abort();
    await expect(receiver.callback).rejects.toMatchObject({ details: { reason: 'cancelled' } });

    const early = await startLoopbackReceiver({ timeoutMs: 5_000, signal: AbortSignal.abort() });
    await expect(early.callback).rejects.toMatchObject({ details: { reason: 'cancelled' } });
    expect(await get(early.redirectUri)).toEqual({ error: 'ECONNREFUSED' });
  });
});
