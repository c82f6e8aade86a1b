/**
 * Everything that may hold unsaved text (each open editor's autosave)
 * registers here, so closing the window, hiding the page or leaving it can
 * save it all first.
 */
export interface FlushTarget {
  /** Saves whatever is unsaved; resolves when it is acknowledged (or failed). */
  readonly flush: () => Promise<void>;
  /** Whether anything typed is not yet acknowledged by the store. */
  readonly hasUnsaved?: () => boolean;
}

const targets = new Set<FlushTarget>();

export function registerFlush(target: FlushTarget | FlushTarget['flush']): () => void {
  const entry = typeof target === 'function' ? { flush: target } : target;
  targets.add(entry);
  return () => targets.delete(entry);
}

/** Waits for every flush; one that fails does not stop the others (their own state shows the failure). */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...targets].map((target) => target.flush()));
}

export function hasUnsavedChanges(): boolean {
  return [...targets].some((target) => target.hasUnsaved?.() ?? false);
}
