/**
 * The outbox's failure table (SECURITY-RESEARCH.md §3.2), row by row. The
 * errors are made by the Firstup client's own mapping (toStudioError), so
 * each row is what the runner will really catch.
 */
import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { toStudioError, type NetworkReason } from '../../../electron/core/firstup/error-mapping.js';
import { classifyFailure, type PolicyStep } from '../../../electron/core/outbox/policy/classify-failure.js';

const NOW = Date.parse('2026-05-01T12:00:00Z');
const status = (code: number, text = '', headers: Record<string, string> = {}) => toStudioError({ kind: 'status', status: code, headers: new Headers(headers), text }, NOW);
const network = (reason: NetworkReason) => toStudioError({ kind: 'network', reason });
const errorBody = (message: string) => JSON.stringify({ errors: [{ status: 400, message }] });

/** Steps where a repeat after an unknown outcome could duplicate or be refused, and steps where it is harmless. */
const ONE_SHOT: PolicyStep[] = ['create', 'images', 'videos', 'transition'];
const REPEATABLE: PolicyStep[] = ['update', 'verify', 'reconcile', 'probe'];
const ALL_STEPS: PolicyStep[] = [...ONE_SHOT, ...REPEATABLE];

describe('failures that may have reached Firstup', () => {
  const ambiguous: [string, () => StudioError][] = [
    ['a timeout', () => network('timeout')],
    ['a connection lost mid-request (reset, commit-then-drop)', () => network('connection_lost')],
    ['HTTP 408', () => status(408)],
    ['HTTP 500', () => status(500)],
    ['HTTP 502', () => status(502)],
    ['HTTP 503', () => status(503)],
    ['HTTP 504', () => status(504)],
    ['a 200 that is an HTML page', () => toStudioError({ kind: 'unreadable', status: 200, text: '<!doctype html><p>Proxy</p>' })],
    ['a 201 with a cut-off JSON body', () => toStudioError({ kind: 'unreadable', status: 201, text: '{"data": {"id": 1, "ti' })],
    ['a 2xx missing a field we need', () => toStudioError({ kind: 'shape', field: 'data.id', missing: true })],
    ['a redirect', () => status(302)],
  ];

  it.each(ambiguous)('%s on a create, image, video or transition is an unknown outcome: reconcile before anything else', (_label, make) => {
    for (const step of ONE_SHOT) {
      expect(classifyFailure(make(), step), step).toMatchObject({ kind: 'unknown_outcome', reconcileFirst: true, breaker: 'failure' });
    }
  });

  it.each(ambiguous)('%s on an update or a read is transient: safe to repeat', (_label, make) => {
    for (const step of REPEATABLE) {
      expect(classifyFailure(make(), step), step).toMatchObject({ kind: 'transient', reconcileFirst: false, breaker: 'failure' });
    }
  });

  it('keeps the client’s sentence and the status for the queue screen', () => {
    expect(classifyFailure(status(503), 'create')).toMatchObject({ message: expect.stringContaining('HTTP 503'), status: 503, code: 'server_error' });
  });
});

describe('failures that prove nothing was sent', () => {
  it('treats no connection at all as offline on every step: wait for the network, count nothing', () => {
    for (const step of ALL_STEPS) {
      expect(classifyFailure(network('unreachable'), step), step).toMatchObject({ kind: 'offline', reconcileFirst: false, breaker: 'none' });
    }
  });

  it('pauses for a 429 with the seconds Retry-After gave, without counting it against Firstup', () => {
    expect(classifyFailure(status(429, '', { 'Retry-After': '7' }), 'create')).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 7, reconcileFirst: false, breaker: 'none' });
  });

  it('reads a Retry-After date, and a 429 that names no time', () => {
    const inNinety = new Date(NOW + 90_000).toUTCString();
    expect(classifyFailure(status(429, '', { 'Retry-After': inNinety }), 'verify')).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 90 });
    expect(classifyFailure(status(429), 'verify')).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: null });
  });

  it('pauses the program until sign-in after a second 401 or a refused refresh (invalid_grant)', () => {
    const refused = new StudioError('sign_in_needed', 'This program’s sign-in has expired or was revoked. Sign in again; queued work waits.', { oauthError: 'invalid_grant' });
    for (const error of [status(401), refused]) {
      expect(classifyFailure(error, 'create')).toMatchObject({ kind: 'auth_refresh_failed', reconcileFirst: false, breaker: 'none' });
    }
  });
});

describe('refusals: needs attention, never retried blindly', () => {
  it.each([400, 413, 422])('HTTP %i carries the server’s message', (code) => {
    const failure = classifyFailure(status(code, errorBody('A title is required to publish.')), 'transition');
    expect(failure).toMatchObject({ kind: 'permanent', recheckOnce: false, reconcileFirst: false, breaker: 'answered', message: 'A title is required to publish.', status: code });
  });

  it('says who may publish on a 403 and keeps what the server added', () => {
    const failure = classifyFailure(status(403, errorBody('Role member cannot write content.')), 'create');
    expect(failure).toMatchObject({ kind: 'permanent', message: expect.stringContaining('publisher role'), serverMessage: 'Role member cannot write content.', breaker: 'answered' });
  });

  it('re-reads once after a 404 on a post the job may have just made, but not on a create or a look-up', () => {
    for (const step of ['update', 'images', 'videos', 'transition', 'verify'] as const) {
      expect(classifyFailure(status(404), step), step).toMatchObject({ kind: 'permanent', recheckOnce: true });
    }
    for (const step of ['create', 'reconcile', 'probe'] as const) {
      expect(classifyFailure(status(404), step), step).toMatchObject({ kind: 'permanent', recheckOnce: false });
    }
  });

  it('reconciles before giving up on a 409 where a repeat could duplicate (its meaning for content is unknown)', () => {
    for (const step of ONE_SHOT) expect(classifyFailure(status(409), step), step).toMatchObject({ kind: 'permanent', reconcileFirst: true });
    expect(classifyFailure(status(409), 'update')).toMatchObject({ kind: 'permanent', reconcileFirst: false });
  });
});

describe('hostile and malformed throws', () => {
  it.each([
    ['a TypeError from our own code', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'boom'],
    ['a number', 42],
    ['an empty object', {}],
    ['an object with an unknown code', { code: 'exploded', message: 'x' }],
  ])('%s is a permanent problem, reconciled first where the request may have gone out', (_label, thrown) => {
    const onCreate = classifyFailure(thrown, 'create');
    expect(onCreate).toMatchObject({ kind: 'permanent', code: null, reconcileFirst: true, breaker: 'none' });
    expect(onCreate.message).toBe('Content Studio ran into an unexpected problem while sending the post. It checks Firstup for what was already done before trying again. The details are in the log.');
    expect(classifyFailure(thrown, 'verify')).toMatchObject({ kind: 'permanent', reconcileFirst: false, message: expect.not.stringContaining('checks Firstup') });
  });

  it('survives a thrown object whose getters and traps throw', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    expect(classifyFailure(hostile, 'create')).toMatchObject({ kind: 'permanent', code: null, reconcileFirst: true });
  });

  it('reads a StudioError that crossed IPC as plain data', () => {
    const data = { code: 'rate_limited', message: 'Slow down.', details: { status: 429, retryAfterSeconds: 12 } };
    expect(classifyFailure(data, 'create')).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 12, message: 'Slow down.' });
  });

  it.each([
    ['missing details', undefined],
    ['details that are a string', 'oops'],
    ['details that are an array', [1, 2]],
    ['seconds as a string', { retryAfterSeconds: '7' }],
    ['negative seconds', { retryAfterSeconds: -3 }],
    ['NaN seconds', { retryAfterSeconds: Number.NaN }],
    ['infinite seconds', { retryAfterSeconds: Number.POSITIVE_INFINITY }],
  ])('a 429 with %s is rate limited with no time named', (_label, details) => {
    expect(classifyFailure(new StudioError('rate_limited', 'Busy.', details), 'create')).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: null });
  });

  it.each([
    ['missing details', undefined],
    ['an unknown reason', { reason: 'gremlins' }],
    ['a reason that is not a string', { reason: 7 }],
  ])('an offline error with %s may have been sent: unknown outcome on a create, transient on a read', (_label, details) => {
    const error = new StudioError('offline', "Can't reach Firstup.", details);
    expect(classifyFailure(error, 'create')).toMatchObject({ kind: 'unknown_outcome', reconcileFirst: true });
    expect(classifyFailure(error, 'verify')).toMatchObject({ kind: 'transient', reconcileFirst: false });
  });

  it('ignores a status outside HTTP’s range in the details', () => {
    expect(classifyFailure(new StudioError('server_error', 'Bad.', { status: 'five hundred' }), 'create')).toMatchObject({ kind: 'unknown_outcome', status: null });
    expect(classifyFailure(new StudioError('validation', 'No.', { status: 9_000 }), 'create')).toMatchObject({ kind: 'permanent', status: null, breaker: 'none' });
  });

  it.each(['internal', 'draft_conflict', 'invalid_request'] as const)('a local %s error is permanent, reconciled first on a create', (code) => {
    expect(classifyFailure(new StudioError(code, 'Local trouble.'), 'create')).toMatchObject({ kind: 'permanent', reconcileFirst: true, breaker: 'none', message: 'Local trouble.' });
    expect(classifyFailure(new StudioError(code, 'Local trouble.'), 'update')).toMatchObject({ kind: 'permanent', reconcileFirst: false });
  });
});
