import { defaultScreen, studioScreens, type ScreenId, type StudioScreen } from './studio-screens.js';

/*
 * The current screen lives in the URL fragment (#/settings) so a reload comes
 * back to it. Changing the fragment never loads a document, which matters in
 * Electron: the main process refuses every navigation.
 */

export function screenFromHash(hash: string): StudioScreen {
  const wanted = hash.replace(/^#\/?/, '');
  return studioScreens.find((screen) => screen.id === wanted) ?? defaultScreen;
}

export function hashFor(id: ScreenId): string {
  return `#/${id}`;
}

export function navigateTo(id: ScreenId): void {
  window.location.hash = hashFor(id);
}
