/** Injected faults (`/_sandbox/faults`), each shown to happen on GET and POST /v2/channels. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';

let harness: SandboxHarness;

beforeAll(async () => {
  harness = await startSandboxHarness();
});

afterAll(() => harness.close());

afterEach(async () => {
  expect((await harness.call('DELETE', '/_sandbox/faults')).status).toBe(204);
});

async function setFaults(...rules: Record<string, unknown>[]): Promise<void> {
  const reply = await harness.call('POST', '/_sandbox/faults', { body: { rules } });
  expect(reply.status, reply.text).toBe(200);
}

const list = () => harness.call('GET', '/v2/channels');
const create = (name: string) => harness.call('POST', '/v2/channels', { token: harness.tokenFor('manager'), body: { name, description: 'Fault test.' } });
const topicNames = () => harness.sandbox.runtime.state.topics.map((topic) => topic.name);

describe('status faults', () => {
  it('answers 503 with Retry-After from retry_after, in the API error body', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 503, retry_after: 7 });
    const reply = await list();
    expect(reply.status).toBe(503);
    expect(reply.headers.get('retry-after')).toBe('7');
    expect(reply.headers.get('x-program-id')).toBe('4242');
    expect(reply.body).toEqual({ errors: [{ status: 503, code: 'service_unavailable', message: 'Injected fault: HTTP 503.' }] });
  });

  it('answers 429 without running the request', async () => {
    await setFaults({ method: 'POST', path: '/v2/channels', fault: 429 });
    const reply = await create('Never Made');
    expect(reply.status).toBe(429);
    expect(reply.body.errors[0].code).toBe('rate_limited');
    expect(reply.headers.get('retry-after')).toBeNull();
    expect(topicNames()).not.toContain('Never Made');
    expect((await list()).status).toBe(200);
  });
});

describe('transport faults', () => {
  it('reset: the connection drops and fetch rejects', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 'reset' });
    await expect(list()).rejects.toThrow();
  });

  it('delay: the answer comes delay_ms late, and is the real one', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 'delay', delay_ms: 300 });
    const started = performance.now();
    const reply = await list();
    // Node timers have millisecond granularity, so allow for rounding down by one.
    expect(performance.now() - started).toBeGreaterThanOrEqual(299);
    expect(reply.status).toBe(200);
    expect(reply.body.data).toHaveLength(20);
  });

  it('commit-then-drop: the topic is created but fetch rejects', async () => {
    await setFaults({ method: 'POST', path: '/v2/channels', fault: 'commit-then-drop' });
    await expect(create('Committed Silently')).rejects.toThrow();
    const state = await harness.call('GET', '/_sandbox/state');
    expect(state.body.data.topics).toContainEqual({ id: expect.any(Number), name: 'Committed Silently', state: 'published' });
  });

  it('html-200: a 200 HTML page where JSON was expected', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 'html-200' });
    const reply = await list();
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
    expect(reply.text).toContain('<html>');
    expect(reply.body).toBeUndefined();
  });

  it('bad-json: a 200 JSON response that does not parse, and nothing written', async () => {
    await setFaults({ method: 'POST', path: '/v2/channels', fault: 'bad-json' });
    const reply = await create('Truncated');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(() => JSON.parse(reply.text) as unknown).toThrow(SyntaxError);
    expect(topicNames()).not.toContain('Truncated');
  });
});

describe('which requests a rule hits', () => {
  it('times: 1 hits only the next matching request', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 500, times: 1 });
    expect((await list()).status).toBe(500);
    expect((await list()).status).toBe(200);
    expect((await list()).status).toBe(200);
  });

  it('times: n hits n requests; the first matching rule wins', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 502, times: 2 }, { method: '*', path: '/v2/channels', fault: 504, times: 1 });
    expect((await list()).status).toBe(502);
    expect((await list()).status).toBe(502);
    expect((await list()).status).toBe(504);
    expect((await list()).status).toBe(200);
  });

  it('probability: 0 never hits, probability: 1 always does', async () => {
    await setFaults({ method: '*', path: '/v2/channels', fault: 503, probability: 0 });
    for (let i = 0; i < 20; i += 1) expect((await list()).status).toBe(200);
    await setFaults({ method: '*', path: '/v2/channels', fault: 503, probability: 1 });
    for (let i = 0; i < 5; i += 1) expect((await list()).status).toBe(503);
  });

  it('without times or probability, hits every matching request', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 500 });
    for (let i = 0; i < 3; i += 1) expect((await list()).status).toBe(500);
  });

  it('matches the method: a POST rule leaves GET alone, * takes both', async () => {
    await setFaults({ method: 'POST', path: '/v2/channels', fault: 503 });
    expect((await list()).status).toBe(200);
    expect((await create('Blocked Post')).status).toBe(503);
    await setFaults({ method: '*', path: '/v2/channels', fault: 503 });
    expect((await list()).status).toBe(503);
    expect((await create('Blocked Too')).status).toBe(503);
  });

  it('* inside a path is one segment', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels/*/followers', fault: 503 });
    expect((await harness.call('GET', '/v2/channels/101/followers')).status).toBe(503);
    expect((await harness.call('GET', '/v2/channels/abc/followers')).status).toBe(503);
    expect((await harness.call('GET', '/v2/channels/101/pages')).status).toBe(200);
    expect((await list()).status).toBe(200);
  });

  it('* at the end is the rest of the path, at least one segment', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels/*', fault: 503 });
    expect((await harness.call('GET', '/v2/channels/101/followers')).status).toBe(503);
    expect((await harness.call('GET', '/v2/channels/101/pages')).status).toBe(503);
    expect((await list()).status).toBe(200);
    await setFaults({ method: '*', path: '/v2/*', fault: 503 });
    expect((await list()).status).toBe(503);
    expect((await create('Rest Of Path')).status).toBe(503);
  });

  it('matches the path, not the query string', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 503 });
    expect((await harness.call('GET', '/v2/channels?page.size=5&filter.state=archived')).status).toBe(503);
  });

  it('never touches /_sandbox/, so a catch-all rule can still be cleared', async () => {
    await setFaults({ method: '*', path: '/*', fault: 'reset' });
    expect((await harness.call('GET', '/_sandbox/state')).status).toBe(200);
    expect((await harness.call('GET', '/_sandbox/faults')).body.data.rules).toHaveLength(1);
    expect((await harness.call('DELETE', '/_sandbox/faults')).status).toBe(204);
    expect((await list()).status).toBe(200);
  });
});

describe('managing rules', () => {
  it('lists, replaces and clears rules', async () => {
    await setFaults({ method: 'GET', path: '/v2/channels', fault: 503 });
    await setFaults({ method: 'POST', path: '/v2/channels', fault: 'bad-json', times: 3 });
    const listed = await harness.call('GET', '/_sandbox/faults');
    expect(listed.body.data.rules).toEqual([expect.objectContaining({ method: 'POST', path: '/v2/channels', fault: 'bad-json', times: 3 })]);
    expect((await list()).status).toBe(200);

    expect((await harness.call('DELETE', '/_sandbox/faults')).status).toBe(204);
    expect((await harness.call('GET', '/_sandbox/faults')).body).toEqual({ data: { rules: [] } });
    expect((await create('After Clearing')).status).toBe(201);
  });

  const rule = { method: 'GET', path: '/v2/channels', fault: 503 };
  it.each<[string, unknown]>([
    ['no rules', {}],
    ['an empty rule list', { rules: [] }],
    ['rules that is not a list', { rules: rule }],
    ['an unknown fault', { rules: [{ ...rule, fault: 'explode' }] }],
    ['a status below 400', { rules: [{ ...rule, fault: 200 }] }],
    ['a status above 599', { rules: [{ ...rule, fault: 600 }] }],
    ['an unknown method', { rules: [{ ...rule, method: 'HEAD' }] }],
    ['a relative path', { rules: [{ ...rule, path: 'v2/channels' }] }],
    ['times and probability together', { rules: [{ ...rule, times: 1, probability: 0.5 }] }],
    ['a probability above 1', { rules: [{ ...rule, probability: 2 }] }],
    ['times: 0', { rules: [{ ...rule, times: 0 }] }],
    ['a negative delay', { rules: [{ ...rule, fault: 'delay', delay_ms: -1 }] }],
    ['an unknown key in a rule', { rules: [{ ...rule, status: 503 }] }],
    ['an unknown top-level key', { rules: [rule], clear: true }],
  ])('refuses %s with 400 and keeps the rules it had', async (_label, body) => {
    await setFaults({ method: 'PUT', path: '/v2/channels/*', fault: 500 });
    const reply = await harness.call('POST', '/_sandbox/faults', { body });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await harness.call('GET', '/_sandbox/faults')).body.data.rules).toEqual([expect.objectContaining({ method: 'PUT', fault: 500 })]);
  });

  it('refuses malformed JSON with 400', async () => {
    const reply = await harness.call('POST', '/_sandbox/faults', { rawBody: '{"rules": [', headers: { 'Content-Type': 'application/json' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].code).toBe('invalid_json');
  });
});
