import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { toStudioError } from '../../../electron/core/firstup/error-mapping.js';
import { parseRetryAfter } from '../../../electron/core/firstup/retry-after.js';
import { bodyExcerpt, serverMessage } from '../../../electron/core/firstup/server-text.js';
import { clientFor, contentRecord, startFakeFirstup, type FakeFirstup } from './auth-fake-server.js';

const HTML_PAGE = '<!doctype html><html><head><title>502 Bad Gateway</title><script>var x=1</script></head><body><h1>Bad Gateway</h1></body></html>';
const NOW = Date.parse('2026-05-01T12:00:00Z');

async function failureOf(promise: Promise<unknown>): Promise<StudioError> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StudioError);
  return error as StudioError;
}

describe('toStudioError, status by status', () => {
  it.each([
    [400, 'validation'],
    [401, 'sign_in_needed'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [408, 'offline'],
    [409, 'validation'],
    [410, 'not_found'],
    [413, 'validation'],
    [422, 'validation'],
    [429, 'rate_limited'],
    [500, 'server_error'],
    [502, 'server_error'],
    [503, 'server_error'],
    [302, 'unexpected_response'],
  ] as const)('HTTP %i → %s', (status, code) => {
    expect(toStudioError({ kind: 'status', status, headers: new Headers(), text: '' }).code).toBe(code);
  });

  it('maps no answer to offline, saying whether it timed out', () => {
    const unreachable = toStudioError({ kind: 'network', reason: 'unreachable' });
    expect(unreachable.code).toBe('offline');
    expect(unreachable.message).toMatch(/Can't reach Firstup.*your work is safe/);
    expect(toStudioError({ kind: 'network', reason: 'timeout' }).details).toEqual({ reason: 'timeout' });
  });

  it('maps unreadable 2xx bodies and missing fields to unexpected_response', () => {
    expect(toStudioError({ kind: 'unreadable', status: 200, text: HTML_PAGE }).details).toEqual({ status: 200, excerpt: '(an HTML page)' });
    const shape = toStudioError({ kind: 'shape', field: 'data.uuid', missing: true });
    expect([shape.code, shape.message]).toEqual(['unexpected_response', expect.stringContaining('data.uuid is missing')]);
  });

  it('says the publisher role is needed on 403', () => {
    expect(toStudioError({ kind: 'status', status: 403, headers: new Headers(), text: '' }).message).toMatch(/publisher role or higher in this program/);
  });

  it('carries the faulty field of a validation error', () => {
    const text = JSON.stringify({ errors: [{ status: 400, message: 'A title is required to publish.', field: 'title' }] });
    const error = toStudioError({ kind: 'status', status: 400, headers: new Headers(), text });
    expect(error.toData()).toEqual({ code: 'validation', message: 'A title is required to publish.', details: { status: 400, field: 'title' } });
  });

  it('keeps HTML and tokens out of server-error details', () => {
    const error = toStudioError({ kind: 'status', status: 502, headers: new Headers(), text: HTML_PAGE });
    expect(JSON.stringify(error.toData())).not.toMatch(/<|script/);
    const echoed = toStudioError({ kind: 'status', status: 500, headers: new Headers(), text: 'upstream said Authorization: Bearer abc.def-ghi' });
    expect(JSON.stringify(echoed.toData())).not.toContain('abc.def');
  });
});

describe('the server message, whatever the body shape', () => {
  it.each([
    ['errors[0].message', { errors: [{ message: 'A title is required.' }] }, 'A title is required.'],
    ['errors[0].detail', { errors: [{ detail: 'Channel 9 does not exist.' }] }, 'Channel 9 does not exist.'],
    ['errors as strings', { errors: ['Body is too long.'] }, 'Body is too long.'],
    ['errors as a field map', { errors: { title: ["can't be blank"] } }, "title can't be blank"],
    ['error_description', { error: 'invalid_request', error_description: 'Bad page size.' }, 'Bad page size.'],
    ['message', { message: 'Nope.' }, 'Nope.'],
    ['error as a string', { error: 'Summary too long' }, 'Summary too long'],
    ['error as an object', { error: { message: 'Bad topic' } }, 'Bad topic'],
    ['HTML inside a message', { message: '<b>Title</b> missing' }, 'Title missing'],
  ])('%s', (_shape, body, expected) => {
    expect(serverMessage(JSON.stringify(body))).toBe(expected);
  });

  it('takes a short plain-text body, and never an HTML page or a long dump', () => {
    expect(serverMessage('Title is required\n')).toBe('Title is required');
    expect(serverMessage(HTML_PAGE)).toBeUndefined();
    expect(serverMessage('x'.repeat(2_000))).toBeUndefined();
    expect(serverMessage('{"unrelated": true}')).toBeUndefined();
    expect(bodyExcerpt('y'.repeat(1_000)).length).toBeLessThanOrEqual(200);
  });
});

describe('Retry-After', () => {
  it.each([
    ['seconds', '120', 120],
    ['a future HTTP date', new Date(NOW + 30_000).toUTCString(), 30],
    ['a past HTTP date', new Date(NOW - 60_000).toUTCString(), 0],
    ['absent', null, null],
    ['unreadable', 'soon', null],
    ['a decimal', '1.5', null],
  ])('%s', (_case, header, expected) => {
    expect(parseRetryAfter(header, NOW)).toBe(expected);
  });
});

describe('errors through the client', () => {
  let fake: FakeFirstup;
  beforeAll(async () => {
    fake = await startFakeFirstup();
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.requests.splice(0));

  it.each([
    [400, { errors: [{ message: 'A title is required to publish.' }] }, 'validation', 'A title is required to publish.'],
    [422, { error_description: 'Too many roles.' }, 'validation', 'Too many roles.'],
    [400, HTML_PAGE, 'validation', "Firstup didn't accept this request and didn't say why (HTTP 400)."],
    [403, { errors: [{ message: 'Forbidden' }] }, 'forbidden', expect.stringContaining('publisher role')],
    [404, 'Not Found', 'not_found', expect.stringContaining("can't find")],
    [500, HTML_PAGE, 'server_error', expect.stringContaining('HTTP 500')],
    [503, { errors: [{ message: 'Down for maintenance' }] }, 'server_error', expect.stringContaining('HTTP 503')],
  ])('HTTP %i → %s', async (status, body, code, message) => {
    fake.answer({ status, body });
    const error = await failureOf(clientFor(fake).client.transitionContent(5101, 'publish'));
    expect({ code: error.code, message: error.message }).toEqual({ code, message });
    expect(JSON.stringify(error.details)).not.toMatch(/<|token-1/);
  });

  it.each([
    ['seconds', { 'Retry-After': '7' }, 7],
    ['an HTTP date', { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() }, expect.any(Number)],
    ['a past date', { 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' }, 0],
    ['no header', {}, null],
  ])('429 with %s', async (_case, headers, retryAfterSeconds) => {
    fake.answer({ status: 429, headers, body: { errors: [{ message: 'Slow down' }] } });
    const error = await failureOf(clientFor(fake).client.getContent(5101));
    expect(error.code).toBe('rate_limited');
    expect(error.details).toEqual({ status: 429, retryAfterSeconds });
  });

  it.each([
    ['an HTML 200 page (a proxy)', { 'Content-Type': 'text/html' }, HTML_PAGE],
    ['malformed JSON', {}, '{"data": {"id": 1, "title": "trunc'],
    ['plain text', { 'Content-Type': 'text/plain' }, 'OK'],
  ])('a 2xx with %s → unexpected_response', async (_case, headers, body) => {
    fake.answer({ status: 200, headers, body });
    const error = await failureOf(clientFor(fake).client.getContent(5101));
    expect(error.code).toBe('unexpected_response');
    expect(JSON.stringify(error.details)).not.toContain('<');
  });

  it('names the missing field a record needs', async () => {
    const { uuid: _uuid, ...withoutUuid } = contentRecord();
    fake.answer({ body: { data: withoutUuid } });
    const error = await failureOf(clientFor(fake).client.getContent(5101));
    expect(error.code).toBe('unexpected_response');
    expect(error.details).toEqual({ field: 'data.uuid' });
    expect(error.message).toContain('data.uuid is missing');
  });

  it('names the item of a list that is wrong', async () => {
    fake.answer({ body: { data: [contentRecord(), contentRecord({ state: 'teleported' })] } });
    const error = await failureOf(clientFor(fake).client.listContent());
    expect(error.details).toEqual({ field: 'data[1].state' });
    expect(error.message).toContain('not in the expected form');
  });

  it('maps a timeout to offline', async () => {
    fake.answer({ delayMs: 500, body: { data: contentRecord() } });
    const error = await failureOf(clientFor(fake, { timeoutMs: 50 }).client.getContent(5101));
    expect([error.code, error.details]).toEqual(['offline', { reason: 'timeout' }]);
  });

  it('maps a refused connection to offline', async () => {
    const closed = await startFakeFirstup();
    await closed.close();
    const error = await failureOf(clientFor(closed).client.getContent(5101));
    expect([error.code, error.details]).toEqual(['offline', { reason: 'unreachable' }]);
  });
});
