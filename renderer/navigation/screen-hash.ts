import { defaultScreen, studioScreens, type ScreenId, type StudioScreen } from './studio-screens.js';

/*
 * The current screen lives in the URL fragment (#/settings) so a reload comes
 * back to it; an open draft adds its id (#/drafts/<uuid>). Changing the
 * fragment never loads a document, which matters in Electron: the main
 * process refuses every navigation.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parts(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('/');
}

export function screenFromHash(hash: string): StudioScreen {
  const [wanted] = parts(hash);
  return studioScreens.find((screen) => screen.id === wanted) ?? defaultScreen;
}

/** The draft open in the editor, or null for the drafts list (and every other screen). */
export function draftIdFromHash(hash: string): string | null {
  const [screen, id] = parts(hash);
  return screen === 'drafts' && id !== undefined && UUID.test(id) ? id.toLowerCase() : null;
}

export function hashFor(id: ScreenId): string {
  return `#/${id}`;
}

export function hashForDraft(draftId: string): string {
  return `#/drafts/${draftId}`;
}

export function navigateTo(id: ScreenId): void {
  window.location.hash = hashFor(id);
}

/** Opens a draft in the editor. */
export function openDraft(draftId: string): void {
  window.location.hash = hashForDraft(draftId);
}
