import { useCallback, useState } from 'react';
import type { IpcResult } from '../../shared/ipc/ipc-result.js';
import { describeError } from '../studio/describe-error.js';
import { unwrap } from '../studio/unwrap.js';
import type { Notice } from '../studio/StatusLine.js';


/**
 * Runs one control at a time (pause, resume, cancel, retry) and says how it
 * went. The list itself is not touched here: the core's `outbox.changed`
 * redraws it, so what the screen shows is always what the store holds.
 */
export function useQueueActions() {
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = useCallback(async <T>(key: string, call: () => Promise<IpcResult<T>>, done: (data: T) => string): Promise<boolean> => {
    setBusy(key);
    try {
      setNotice({ tone: 'info', text: done(await unwrap(call())) });
      return true;
    } catch (error) {
      setNotice({ tone: 'error', text: describeError(error) });
      return false;
    } finally {
      setBusy(null);
    }
  }, []);

  return { busy, notice, run, dismiss: () => setNotice(null) };
}
