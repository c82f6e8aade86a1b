import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestBudget, type BudgetClock, type RequestPriority } from '../../../electron/core/firstup/request-budget.js';
import { clientFor, contentRecord, startFakeFirstup, type FakeFirstup } from './auth-fake-server.js';

/** Time moves only when the test says so; sleepers wake in order. */
function fakeClock(): BudgetClock & { advance(ms: number): Promise<void> } {
  let now = 0;
  let sleepers: { until: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms) => new Promise((resolve) => sleepers.push({ until: now + ms, wake: resolve })),
    async advance(ms) {
      now += ms;
      const due = sleepers.filter((sleeper) => sleeper.until <= now);
      sleepers = sleepers.filter((sleeper) => sleeper.until > now);
      due.forEach((sleeper) => sleeper.wake());
      // Let woken acquirers run (and go back to sleep if someone beat them to the token).
      for (let i = 0; i < 10; i += 1) await Promise.resolve();
    },
  };
}

function track(promise: Promise<void>): { done: boolean } {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
}

const flush = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};

describe('request budget', () => {
  it('holds bulk back at the reserve while interactive requests go through', async () => {
    const clock = fakeClock();
    const budget = createRequestBudget({ perMinute: 600, burst: 10, reserve: 3, clock });
    for (let i = 0; i < 7; i += 1) await budget.acquire('bulk');

    const bulk = track(budget.acquire('bulk'));
    await flush();
    expect(bulk.done).toBe(false);

    for (let i = 0; i < 3; i += 1) await budget.acquire('interactive');
    const interactive = track(budget.acquire('interactive'));
    await flush();
    expect(interactive.done).toBe(false);

    // 600 a minute is one token per 100 ms; interactive needs 1, bulk needs the reserve back first.
    await clock.advance(100);
    expect(interactive.done).toBe(true);
    expect(bulk.done).toBe(false);
    await clock.advance(300);
    expect(bulk.done).toBe(false);
    await clock.advance(100);
    expect(bulk.done).toBe(true);
  });

  it('refills to the burst and no further', async () => {
    const clock = fakeClock();
    const budget = createRequestBudget({ perMinute: 60, burst: 2, reserve: 0, clock });
    await budget.acquire('bulk');
    await budget.acquire('bulk');
    await clock.advance(60_000);
    await budget.acquire('bulk');
    await budget.acquire('bulk');
    const third = track(budget.acquire('bulk'));
    await flush();
    expect(third.done).toBe(false);
    await clock.advance(1_000);
    expect(third.done).toBe(true);
  });

  it('refuses settings that could never grant a bulk request', () => {
    expect(() => createRequestBudget({ burst: 5, reserve: 5 })).toThrow(RangeError);
    expect(() => createRequestBudget({ perMinute: 0 })).toThrow(RangeError);
  });
});

describe('priorities the client asks for', () => {
  let fake: FakeFirstup;
  beforeAll(async () => {
    fake = await startFakeFirstup();
  });
  afterAll(() => fake.close());

  it('reads are interactive and writes bulk unless the caller says otherwise; a 401 retry pays again', async () => {
    const asked: RequestPriority[] = [];
    const budget = { acquire: (priority: RequestPriority) => (asked.push(priority), Promise.resolve()) };
    const { client } = clientFor(fake, { budget });
    fake.answer((request) => ({ body: { data: request.path === '/v2/content' ? [] : contentRecord() } }));
    await client.getContent(5101);
    await client.updateContent(5101, { title: 'x' });
    await client.transitionContent(5101, 'publish', { priority: 'interactive' });
    await client.listContent({}, { priority: 'bulk' });
    fake.answer({ status: 401 }, { body: { data: contentRecord() } });
    await client.getContent(5101);
    expect(asked).toEqual(['interactive', 'bulk', 'interactive', 'bulk', 'interactive', 'interactive']);
  });
});
