/**
 * Everything that may hold unsaved text (each open editor's autosave)
 * registers its flush here, so closing the window can save it all first.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Waits for every flush; one that fails does not stop the others (their own state shows the failure). */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
