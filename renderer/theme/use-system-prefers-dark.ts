import { useSyncExternalStore } from 'react';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function prefersDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

/** Whether the operating system is in dark mode right now; follows it when the person switches. */
export function useSystemPrefersDark(): boolean {
  return useSyncExternalStore(subscribe, prefersDark);
}
