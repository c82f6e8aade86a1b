import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveState } from '../../../renderer/drafts/autosave.js';

let saved: string[];
let states: AutosaveState['kind'][];
let gate: { release: () => void; fail: (error: Error) => void } | null;

function harness(options: { hold?: boolean } = {}) {
  return createAutosave<string>({
    save: (content) =>
      new Promise<void>((resolve, reject) => {
        const finish = () => {
          saved.push(content);
          resolve();
        };
        if (options.hold) gate = { release: finish, fail: reject };
        else finish();
      }),
    onState: (state) => states.push(state.kind),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  saved = [];
  states = [];
  gate = null;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave timing', () => {
  it('saves about a second after typing stops, once, with the latest text', async () => {
    const autosave = harness();
    autosave.change('H');
    await vi.advanceTimersByTimeAsync(500);
    autosave.change('He');
    await vi.advanceTimersByTimeAsync(999);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['He']);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves at least every five seconds while typing goes on', async () => {
    const autosave = harness();
    for (let ms = 0; ms < 12_000; ms += 300) {
      autosave.change(`text at ${ms}`);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(saved.length).toBeGreaterThanOrEqual(2);
    expect(saved.length).toBeLessThanOrEqual(3);
  });

  it('flush saves at once (blur, close, quit) and resolves after the acknowledgement', async () => {
    const autosave = harness();
    autosave.change('typed just before closing');
    await autosave.flush();
    expect(saved).toEqual(['typed just before closing']);
    expect(states.at(-1)).toBe('saved');
  });
});

describe('"Saved" means acknowledged', () => {
  it('stays unsaved while a newer change waits behind an in-flight save, then saves it', async () => {
    const autosave = harness({ hold: true });
    autosave.change('first');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toBe('saving');
    autosave.change('second');
    gate!.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(1_000);
    gate!.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['first', 'second']);
    expect(states.at(-1)).toBe('saved');
  });

  it('keeps the text after a failed save and tries again', async () => {
    const autosave = harness({ hold: true });
    autosave.change('precious words');
    await vi.advanceTimersByTimeAsync(1_000);
    gate!.fail(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toBe('failed');
    expect(states).not.toContain('saved');
    await vi.advanceTimersByTimeAsync(5_000);
    gate!.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['precious words']);
    expect(states.at(-1)).toBe('saved');
  });
});
