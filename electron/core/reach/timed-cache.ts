export interface Timed<T> {
  readonly value: T;
  /** When the value arrived, in the cache's clock (milliseconds). */
  readonly storedAt: number;
}

export interface TimedCache<T> {
  /** The fresh value under `key`, or the one being loaded, or a new load; a failed load is not kept. */
  get(key: string, load: () => Promise<T>): Promise<Timed<T>>;
  /** The fresh value under `key` if one has arrived; never loads. */
  peek(key: string): Timed<T> | undefined;
}

interface Entry<T> {
  readonly pending: Promise<Timed<T>>;
  settled?: Timed<T>;
}

/**
 * Values kept for `ttlMs` after they arrive. Callers asking for a key that
 * is already loading share that load, so two quick calls never read twice.
 */
export function createTimedCache<T>(ttlMs: number, now: () => number): TimedCache<T> {
  const entries = new Map<string, Entry<T>>();
  const fresh = (entry: Entry<T>) => entry.settled === undefined || now() - entry.settled.storedAt < ttlMs;

  function dropExpired(): void {
    for (const [key, entry] of entries) if (!fresh(entry)) entries.delete(key);
  }

  return {
    get(key, load) {
      dropExpired();
      const existing = entries.get(key);
      if (existing !== undefined) return existing.pending;
      const pending = load().then(
        (value) => {
          entry.settled = { value, storedAt: now() };
          return entry.settled;
        },
        (error: unknown) => {
          if (entries.get(key) === entry) entries.delete(key);
          throw error;
        },
      );
      const entry: Entry<T> = { pending };
      entries.set(key, entry);
      return pending;
    },
    peek(key) {
      const entry = entries.get(key);
      return entry !== undefined && fresh(entry) ? entry.settled : undefined;
    },
  };
}
