import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { toStudioError } from '../../../electron/core/firstup/error-mapping.js';
import { classifyFailure } from '../../../electron/core/outbox/policy/classify-failure.js';
import { describePause } from '../../../shared/outbox/pause-sentence.js';
import { createProgramPause } from '../../../electron/core/outbox/policy/program-pause.js';

const MINUTE = 60_000;
const httpError = (code: number, headers: Record<string, string> = {}) => toStudioError({ kind: 'status', status: code, headers: new Headers(headers), text: '' });
const unreachable = () => toStudioError({ kind: 'network', reason: 'unreachable' });
const rateLimited = (retryAfter?: string) => classifyFailure(httpError(429, retryAfter === undefined ? {} : { 'Retry-After': retryAfter }), 'create');
const serverError = classifyFailure(httpError(503), 'create');
const offline = classifyFailure(unreachable(), 'create');
const signIn = classifyFailure(new StudioError('sign_in_needed', 'Sign in again.', { oauthError: 'invalid_grant' }), 'create');

/** The monotonic clock starts at 0 at 14:00 UTC, so the sentences read like the Queue screen's. */
const timeOfDay = (monotonicMs: number) => new Date(Date.UTC(2026, 4, 1, 14, 0, 0) + monotonicMs).toISOString().slice(11, 16);

function setup() {
  const clock = { t: 0 };
  const pause = createProgramPause({ now: () => clock.t, random: () => 0 });
  return { clock, pause, sentence: () => describePause(pause.gate(), timeOfDay) };
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

describe('the program pause', () => {
  it('lets a program with nothing wrong send', () => {
    const { pause, sentence } = setup();
    expect(pause.gate()).toEqual({ mayStart: true });
    expect(sentence()).toBeNull();
  });

  it('holds the whole program until Retry-After, keeping the longest wait asked for', () => {
    const { clock, pause, sentence } = setup();
    pause.noteFailure(rateLimited('7'));
    expect(pause.gate()).toEqual({ mayStart: false, reason: 'rate_limited', until: 7_000, probeDue: false, capped: false });
    clock.t = 1_000;
    pause.noteFailure(rateLimited('2'));
    expect(pause.gate()).toMatchObject({ until: 7_000 });
    expect(sentence()).toBe('Firstup asked for fewer requests; sending resumes at 14:00.');
    clock.t = 6_999;
    expect(pause.gate().mayStart).toBe(false);
    clock.t = 7_000;
    expect(pause.gate()).toEqual({ mayStart: true });
  });

  it('waits a minute for a 429 without Retry-After, and caps a wait over 10 minutes, saying so', () => {
    const { clock, pause, sentence } = setup();
    pause.noteFailure(rateLimited());
    expect(pause.gate()).toMatchObject({ reason: 'rate_limited', until: MINUTE, capped: false });
    pause.noteFailure(rateLimited('7200'));
    expect(pause.gate()).toMatchObject({ reason: 'rate_limited', until: 10 * MINUTE, capped: true });
    expect(sentence()).toBe('Firstup asked for a long pause; Content Studio will try again at 14:10 and may be asked to wait longer.');
    clock.t = 10 * MINUTE;
    expect(pause.gate()).toEqual({ mayStart: true });
  });

  it('pauses while offline and resumes when a probe gets through, probing sooner on a network hint', async () => {
    const { clock, pause, sentence } = setup();
    pause.noteFailure(offline);
    expect(pause.gate()).toEqual({ mayStart: false, reason: 'offline', until: 1_000, probeDue: false, capped: false });
    expect(sentence()).toBe("Can't reach Firstup; queued posts wait and sending resumes when the connection is back (next check at 14:00).");

    let probes = 0;
    const failing = () => {
      probes += 1;
      return Promise.reject(unreachable());
    };
    expect(await pause.runProbe(failing)).toEqual({ ran: false, failure: null });
    expect(probes).toBe(0);

    clock.t = 1_000;
    expect(pause.gate()).toMatchObject({ reason: 'offline', probeDue: true });
    expect(sentence()).toBe("Can't reach Firstup; checking the connection now. Queued posts wait.");
    expect(await pause.runProbe(failing)).toMatchObject({ ran: true, failure: { kind: 'offline' } });
    expect(pause.gate()).toMatchObject({ reason: 'offline', until: 2_000, probeDue: false });

    clock.t = 1_500;
    pause.networkHint();
    expect(pause.gate()).toMatchObject({ reason: 'offline', probeDue: true });
    expect(await pause.runProbe(() => Promise.resolve())).toEqual({ ran: true, failure: null });
    expect(pause.gate()).toEqual({ mayStart: true });
    expect(probes).toBe(1);
  });

  it('spaces failed offline probes out, up to a minute apart', async () => {
    const clock = { t: 0 };
    const pause = createProgramPause({ now: () => clock.t, random: () => 0.999_999 });
    pause.noteFailure(offline);
    const gaps: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const gate = pause.gate();
      if (gate.mayStart || gate.until === null) throw new Error('expected an offline pause with a next probe');
      gaps.push(gate.until - clock.t);
      clock.t = gate.until;
      await pause.runProbe(() => Promise.reject(unreachable()));
    }
    expect(gaps).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('ends an offline pause when any HTTP answer or success arrives', () => {
    const { pause } = setup();
    pause.noteFailure(offline);
    pause.noteFailure(classifyFailure(httpError(404), 'verify'));
    expect(pause.gate()).toEqual({ mayStart: true });
    pause.noteFailure(offline);
    pause.noteSuccess();
    expect(pause.gate()).toEqual({ mayStart: true });
  });

  it('hands over to the rate limit or the breaker when an offline probe is answered with one', async () => {
    const { clock, pause } = setup();
    pause.noteFailure(offline);
    clock.t = 1_000;
    expect(await pause.runProbe(() => Promise.reject(httpError(429, { 'Retry-After': '30' })))).toMatchObject({ ran: true, failure: { kind: 'rate_limited' } });
    expect(pause.gate()).toMatchObject({ reason: 'rate_limited', until: 31_000 });

    pause.noteFailure(offline);
    clock.t = 40_000;
    await pause.runProbe(() => Promise.reject(httpError(503)));
    expect(pause.gate()).toEqual({ mayStart: true });
    expect(pause.breaker().state()).toEqual({ state: 'closed', consecutiveFailures: 1 });
  });

  it('waits for a sign-in above everything else', () => {
    const { pause, sentence } = setup();
    pause.noteFailure(rateLimited('30'));
    pause.noteFailure(offline);
    pause.noteFailure(signIn);
    expect(pause.gate()).toEqual({ mayStart: false, reason: 'sign_in_needed', until: null, probeDue: false, capped: false });
    expect(sentence()).toBe('Sign in to this program again to continue sending; queued posts wait and nothing is lost.');
    pause.signedIn();
    expect(pause.gate()).toMatchObject({ reason: 'offline' });
  });

  it('says when Firstup will be tried again while the breaker is open, and probes once it is due', async () => {
    const { clock, pause, sentence } = setup();
    clock.t = 4.5 * MINUTE;
    for (let i = 0; i < 5; i += 1) pause.noteFailure(serverError);
    expect(pause.gate()).toEqual({ mayStart: false, reason: 'unavailable', until: 5 * MINUTE, probeDue: false, capped: false });
    expect(sentence()).toBe('Firstup is not answering; retrying at 14:05.');
    clock.t = 5 * MINUTE;
    expect(pause.gate()).toMatchObject({ reason: 'unavailable', probeDue: true });
    expect(sentence()).toBe('Firstup is not answering; checking again now.');
    expect(await pause.runProbe(() => Promise.reject(httpError(502)))).toMatchObject({ ran: true, failure: { status: 502 } });
    expect(sentence()).toBe('Firstup is not answering; retrying at 14:06.');
    clock.t = 6 * MINUTE;
    expect(await pause.runProbe(() => Promise.resolve())).toEqual({ ran: true, failure: null });
    expect(pause.gate()).toEqual({ mayStart: true });
  });

  it('holds the breaker’s probe back until a rate-limit pause is over', async () => {
    const { clock, pause } = setup();
    for (let i = 0; i < 5; i += 1) pause.noteFailure(serverError);
    pause.noteFailure(rateLimited('60'));
    clock.t = 30_000;
    expect(pause.gate()).toMatchObject({ reason: 'rate_limited', until: 60_000, probeDue: false });
    expect(await pause.runProbe(() => Promise.reject(new Error('must not run')))).toEqual({ ran: false, failure: null });
    clock.t = 60_000;
    expect(pause.gate()).toMatchObject({ reason: 'unavailable', probeDue: true });
  });

  it('goes offline when the breaker’s probe cannot connect at all', async () => {
    const { clock, pause } = setup();
    for (let i = 0; i < 5; i += 1) pause.noteFailure(serverError);
    clock.t = 30_000;
    await pause.runProbe(() => Promise.reject(unreachable()));
    expect(pause.gate()).toMatchObject({ reason: 'offline' });
    clock.t = 31_000;
    await pause.runProbe(() => Promise.resolve());
    expect(pause.gate()).toEqual({ mayStart: true });
  });

  it('runs one probe at a time for the program', async () => {
    const { clock, pause, sentence } = setup();
    pause.noteFailure(offline);
    clock.t = 1_000;
    const answer = deferred();
    let probes = 0;
    const probe = () => {
      probes += 1;
      return answer.promise;
    };
    const first = pause.runProbe(probe);
    expect(pause.gate()).toMatchObject({ reason: 'offline', until: null, probeDue: false });
    expect(sentence()).toBe("Can't reach Firstup; checking the connection now. Queued posts wait.");
    expect(await pause.runProbe(probe)).toEqual({ ran: false, failure: null });
    answer.resolve();
    expect(await first).toEqual({ ran: true, failure: null });
    expect(probes).toBe(1);
  });
});
