import { useSyncExternalStore } from 'react';
import { draftIdFromHash, screenFromHash } from './screen-hash.js';
import type { StudioScreen } from './studio-screens.js';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

export function useCurrentScreen(): StudioScreen {
  return screenFromHash(useSyncExternalStore(subscribe, currentHash));
}

/** The id of the draft open in the editor, or null. */
export function useOpenDraftId(): string | null {
  return draftIdFromHash(useSyncExternalStore(subscribe, currentHash));
}
