import { useEffect } from 'react';
import { navigateTo } from './screen-hash.js';
import { screenForShortcut } from './screen-shortcuts.js';

/** Ctrl/Cmd+1…5 open the sidebar's screens from anywhere in the window. */
export function useScreenShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const screen = screenForShortcut(event);
      if (screen === null) return;
      event.preventDefault();
      navigateTo(screen);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
