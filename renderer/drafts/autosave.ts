/**
 * When the editor saves: about a second after typing stops, at most every
 * five seconds while typing goes on, and at once on `flush()` (blur, window
 * close, quit). "Saved" is reported only when the save of the latest text
 * has been acknowledged by the store; a change made while a save is in
 * flight keeps the state "unsaved" and is saved next. A failed save keeps
 * the text, reports "failed", and is tried again at the next change or the
 * next interval, so nothing typed is dropped.
 */
export type AutosaveState = { readonly kind: 'saved' } | { readonly kind: 'unsaved' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly error: unknown };

export interface AutosaveOptions<T> {
  readonly save: (content: T) => Promise<void>;
  readonly onState: (state: AutosaveState) => void;
  readonly debounceMs?: number;
  readonly maxIntervalMs?: number;
}

export interface Autosave<T> {
  change(content: T): void;
  /** Saves now if anything is unsaved, and resolves when every change so far is acknowledged (or failed). */
  flush(): Promise<void>;
  dispose(): void;
}

export function createAutosave<T>({ save, onState, debounceMs = 1_000, maxIntervalMs = 5_000 }: AutosaveOptions<T>): Autosave<T> {
  let pending: { content: T } | null = null;
  let inFlight: Promise<void> | null = null;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let ceiling: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const clearTimers = () => {
    clearTimeout(debounce);
    clearTimeout(ceiling);
    debounce = undefined;
    ceiling = undefined;
  };

  async function run(): Promise<void> {
    clearTimers();
    if (inFlight !== null) {
      await inFlight;
      return pending === null ? undefined : run();
    }
    if (pending === null) return;
    const { content } = pending;
    pending = null;
    onState({ kind: 'saving' });
    inFlight = save(content).then(
      () => {
        inFlight = null;
        onState(pending === null ? { kind: 'saved' } : { kind: 'unsaved' });
      },
      (error: unknown) => {
        inFlight = null;
        // Keep the newest text: a later change supersedes what failed, but nothing typed is lost.
        pending ??= { content };
        onState({ kind: 'failed', error });
        if (!disposed) ceiling = setTimeout(() => void run(), maxIntervalMs);
      },
    );
    await inFlight;
    if (pending !== null && debounce === undefined && ceiling === undefined && !disposed) schedule();
  }

  function schedule(): void {
    clearTimeout(debounce);
    debounce = setTimeout(() => void run(), debounceMs);
    ceiling ??= setTimeout(() => void run(), maxIntervalMs);
  }

  return {
    change(content) {
      if (disposed) return;
      pending = { content };
      onState({ kind: 'unsaved' });
      schedule();
    },
    async flush() {
      await run();
      if (pending !== null && inFlight === null) await run();
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}
