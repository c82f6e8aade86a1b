/** Waiting while Firstup processes a post: how often it reads, how long it pauses, and what it answers in the end. */
import { expect, it } from 'vitest';
import type { ContentRecord } from '../../../electron/core/firstup/content-records.js';
import { PROCESSING_WAITS_MS, waitWhileProcessing } from '../../../electron/core/publishing/processing-wait.js';

function reader(states: ContentRecord['state'][]) {
  const reads: string[] = [];
  return {
    reads,
    read: () => {
      const state = states[Math.min(reads.length, states.length - 1)]!;
      reads.push(state);
      return Promise.resolve({ id: 1, state } as ContentRecord);
    },
  };
}

function recordingSleep() {
  const sleeps: number[] = [];
  return { sleeps, sleep: (ms: number) => Promise.resolve(void sleeps.push(ms)) };
}

it('answers at once, without pausing, when the post is not processing', async () => {
  const { read, reads } = reader(['published']);
  const { sleep, sleeps } = recordingSleep();
  expect((await waitWhileProcessing(read, sleep)).state).toBe('published');
  expect(reads).toHaveLength(1);
  expect(sleeps).toEqual([]);
});

it('reads again after growing pauses until processing ends', async () => {
  const { read, reads } = reader(['processing', 'processing', 'draft']);
  const { sleep, sleeps } = recordingSleep();
  expect((await waitWhileProcessing(read, sleep)).state).toBe('draft');
  expect(reads).toEqual(['processing', 'processing', 'draft']);
  expect(sleeps).toEqual(PROCESSING_WAITS_MS.slice(0, 2));
});

it('uses a record already in hand instead of a first read', async () => {
  const { read, reads } = reader(['review']);
  const { sleep } = recordingSleep();
  expect((await waitWhileProcessing(read, sleep, { id: 1, state: 'processing' } as ContentRecord)).state).toBe('review');
  expect(reads).toEqual(['review']);
});

it('gives up after a few pauses and answers the post as still processing', async () => {
  const { read, reads } = reader(['processing']);
  const { sleep, sleeps } = recordingSleep();
  expect((await waitWhileProcessing(read, sleep)).state).toBe('processing');
  expect(sleeps).toEqual([...PROCESSING_WAITS_MS]);
  expect(reads).toHaveLength(PROCESSING_WAITS_MS.length + 1);
  expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(10_000);
});
