/**
 * An idle runner with work far ahead (a post scheduled weeks away): it sleeps
 * in bounded naps rather than one timer past 2^31 ms, which Node fires at once
 * and which would turn the wait into a hot loop.
 */
import { afterEach, expect, it } from 'vitest';
import { createOutboxRunner } from '../../../electron/core/outbox/runner/outbox-runner.js';
import { openOutboxTest, publish, RUNNER_A, type OutboxTest } from './outbox-store-fixture.js';

const DAY = 86_400_000;
let test: OutboxTest | undefined;
afterEach(() => test?.dispose());

it('naps at most a minute at a time while the next job is forty days away, and calls Firstup for nothing', async () => {
  test = openOutboxTest();
  const [jobId] = publish(test.outbox, await test.draft());
  test.outbox.claimNext({ owner: RUNNER_A, leaseMs: 30_000 });
  test.outbox.release(jobId!, RUNNER_A, { at: test.clock.now() + 40 * DAY });

  const naps: number[] = [];
  const runner = createOutboxRunner({
    store: test.outbox,
    drafts: test.drafts,
    clients: {
      clientFor: () => {
        throw new Error('Nothing is due: no client should be needed.');
      },
    },
    now: test.clock.now,
    random: () => 0.5,
    sleep: (milliseconds) => {
      naps.push(milliseconds);
      return new Promise((resolve) => setTimeout(resolve, 20));
    },
    owner: RUNNER_A,
  });
  runner.start();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await runner.stop();

  expect(naps.length).toBeGreaterThan(0);
  // A 20 ms nap in real time: a hot loop would have taken thousands of turns in 200 ms.
  expect(naps.length).toBeLessThan(20);
  expect(Math.max(...naps)).toBe(60_000);
  expect(test.outbox.get(jobId!)).toMatchObject({ state: 'queued' });
});
