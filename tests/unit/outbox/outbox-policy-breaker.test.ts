import { describe, expect, it } from 'vitest';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { toStudioError } from '../../../electron/core/firstup/error-mapping.js';
import { classifyFailure } from '../../../electron/core/outbox/policy/classify-failure.js';
import { createCircuitBreaker, type CircuitBreaker } from '../../../electron/core/outbox/policy/circuit-breaker.js';

const httpError = (code: number) => toStudioError({ kind: 'status', status: code, headers: new Headers({ 'Retry-After': '5' }), text: '' });
const serverError = classifyFailure(httpError(503), 'create');
const lostConnection = classifyFailure(toStudioError({ kind: 'network', reason: 'connection_lost' }), 'verify');
const rateLimited = classifyFailure(httpError(429), 'create');
const offline = classifyFailure(toStudioError({ kind: 'network', reason: 'unreachable' }), 'create');
const notFound = classifyFailure(httpError(404), 'verify');

function fakeClock(start = 1_000) {
  const clock = { t: start, now: () => clock.t };
  return clock;
}

function openBreaker(): { breaker: CircuitBreaker; clock: ReturnType<typeof fakeClock> } {
  const clock = fakeClock();
  const breaker = createCircuitBreaker(clock.now);
  for (let i = 0; i < 5; i += 1) breaker.recordFailure(serverError);
  return { breaker, clock };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('the circuit breaker', () => {
  it('opens after 5 failures in a row, for 30 s', () => {
    const clock = fakeClock();
    const breaker = createCircuitBreaker(clock.now);
    for (let i = 0; i < 4; i += 1) breaker.recordFailure(i % 2 === 0 ? serverError : lostConnection);
    expect(breaker.state()).toEqual({ state: 'closed', consecutiveFailures: 4 });
    expect(breaker.allowsRequests()).toBe(true);
    breaker.recordFailure(serverError);
    expect(breaker.state()).toEqual({ state: 'open', retryAt: 31_000, coolDownMs: 30_000 });
    expect(breaker.allowsRequests()).toBe(false);
  });

  it('does not count 429s or offline spells, and a success or a refusal breaks the run', () => {
    const breaker = createCircuitBreaker(fakeClock().now);
    for (let i = 0; i < 4; i += 1) breaker.recordFailure(serverError);
    for (let i = 0; i < 10; i += 1) breaker.recordFailure(i % 2 === 0 ? rateLimited : offline);
    expect(breaker.state()).toEqual({ state: 'closed', consecutiveFailures: 4 });
    breaker.recordFailure(notFound);
    expect(breaker.state()).toEqual({ state: 'closed', consecutiveFailures: 0 });
    for (let i = 0; i < 4; i += 1) breaker.recordFailure(serverError);
    breaker.recordSuccess();
    for (let i = 0; i < 4; i += 1) breaker.recordFailure(serverError);
    expect(breaker.state()).toEqual({ state: 'closed', consecutiveFailures: 4 });
  });

  it('lets no probe through before the cool-down ends, then becomes half-open', async () => {
    const { breaker, clock } = openBreaker();
    let probes = 0;
    const probe = () => {
      probes += 1;
      return Promise.resolve();
    };
    clock.t = 30_999;
    expect(await breaker.probe(probe)).toEqual({ outcome: 'skipped', why: 'not_due' });
    expect(probes).toBe(0);
    clock.t = 31_000;
    expect(breaker.state()).toEqual({ state: 'half_open', probing: false, coolDownMs: 30_000 });
    expect(breaker.allowsRequests()).toBe(false);
  });

  it('closes and forgets the cool-down when the probe succeeds', async () => {
    const { breaker, clock } = openBreaker();
    clock.t = 31_000;
    expect(await breaker.probe(() => Promise.resolve())).toEqual({ outcome: 'closed', failure: null });
    expect(breaker.state()).toEqual({ state: 'closed', consecutiveFailures: 0 });
    expect(breaker.allowsRequests()).toBe(true);
    for (let i = 0; i < 5; i += 1) breaker.recordFailure(serverError);
    expect(breaker.state()).toMatchObject({ state: 'open', coolDownMs: 30_000, retryAt: 61_000 });
  });

  it('reopens for twice as long each time the probe fails, up to 5 minutes', async () => {
    const { breaker, clock } = openBreaker();
    const coolDowns: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const state = breaker.state();
      if (state.state !== 'open') throw new Error(`expected open, got ${state.state}`);
      clock.t = state.retryAt;
      const outcome = await breaker.probe(() => Promise.reject(httpError(503)));
      expect(outcome).toMatchObject({ outcome: 'reopened', failure: { kind: 'transient', status: 503 } });
      coolDowns.push((breaker.state() as { coolDownMs: number }).coolDownMs);
    }
    expect(coolDowns).toEqual([60_000, 120_000, 240_000, 300_000, 300_000, 300_000]);
  });

  it('keeps Firstup closed off while the network is down, and reads a 429 as Firstup answering', async () => {
    const { breaker, clock } = openBreaker();
    clock.t = 31_000;
    expect(await breaker.probe(() => Promise.reject(toStudioError({ kind: 'network', reason: 'unreachable' })))).toMatchObject({ outcome: 'reopened', failure: { kind: 'offline' } });
    clock.t += 60_000;
    expect(await breaker.probe(() => Promise.reject(httpError(429)))).toMatchObject({ outcome: 'closed', failure: { kind: 'rate_limited', retryAfterSeconds: 5 } });
    expect(breaker.allowsRequests()).toBe(true);
  });

  it('lets exactly one probe run at a time', async () => {
    const { breaker, clock } = openBreaker();
    clock.t = 31_000;
    const gate = deferred();
    let probes = 0;
    const first = breaker.probe(() => {
      probes += 1;
      return gate.promise;
    });
    expect(breaker.state()).toEqual({ state: 'half_open', probing: true, coolDownMs: 30_000 });
    expect(
      await breaker.probe(() => {
        probes += 1;
        return Promise.resolve();
      }),
    ).toEqual({ outcome: 'skipped', why: 'busy' });
    gate.resolve();
    expect(await first).toEqual({ outcome: 'closed', failure: null });
    expect(probes).toBe(1);
  });

  it('ignores late answers to requests sent before it opened: only the probe decides', () => {
    const { breaker, clock } = openBreaker();
    clock.t = 5_000;
    breaker.recordSuccess();
    breaker.recordFailure(serverError);
    expect(breaker.state()).toEqual({ state: 'open', retryAt: 31_000, coolDownMs: 30_000 });
  });

  it('skips a probe while closed', async () => {
    const breaker = createCircuitBreaker(fakeClock().now);
    expect(await breaker.probe(() => Promise.reject(new Error('must not run')))).toEqual({ outcome: 'skipped', why: 'closed' });
  });

  it('closes on reset (a probe elsewhere got through)', () => {
    const { breaker } = openBreaker();
    breaker.reset();
    expect(breaker.state()).toEqual({ state: 'closed', consecutiveFailures: 0 });
  });

  it('closes after a probe that failed for a reason other than Firstup being down', async () => {
    const { breaker, clock } = openBreaker();
    clock.t = 31_000;
    const outcome = await breaker.probe(() => Promise.reject(new StudioError('sign_in_needed', 'Sign in again.')));
    expect(outcome).toMatchObject({ outcome: 'closed', failure: { kind: 'auth_refresh_failed' } });
  });
});
