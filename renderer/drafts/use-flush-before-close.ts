import { useEffect } from 'react';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { flushAll } from './flush-registry.js';

/** Answers the core's `app.closing` once every registered autosave has flushed. */
export function useFlushBeforeClose(studio: StudioApi): void {
  useEffect(
    () =>
      studio.onAppClosing(() => {
        void flushAll().finally(() => void studio.app.readyToClose());
      }),
    [studio],
  );
}
