import { useEffect } from 'react';
import { flushAll, hasUnsavedChanges } from './flush-registry.js';

/**
 * Browser mode has no `app.closing`: the tab can be hidden, reloaded or
 * closed at any moment. Hiding the page saves at once (the page usually
 * lives on, so the save completes); leaving it with text not yet
 * acknowledged saves and asks the browser to confirm leaving, because a
 * request started while a page unloads may never arrive. In Electron the
 * window's close waits for `app.closing` instead, and this is harmless.
 */
export function useFlushOnPageHide(): void {
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushAll();
    };
    const onPageHide = () => void flushAll();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      void flushAll();
      event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
