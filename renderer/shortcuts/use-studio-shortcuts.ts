import { useState } from 'react';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import type { Settings } from '../../shared/settings/settings-schema.js';
import { createNewDraft } from '../drafts/new-draft.js';
import { navigateTo, openDraft } from '../navigation/screen-hash.js';
import { unwrap } from '../studio/unwrap.js';
import { useShortcutDispatcher, useShortcutHandlers } from './shortcut-handlers.js';

/** The drafts list marks its search field with this, so the shortcut can find it without knowing the list. */
export const SEARCH_TARGET = '[data-shortcut-target="drafts-search"]';

function focusSearchSoon(attempts = 10): void {
  const field = document.querySelector<HTMLElement>(SEARCH_TARGET);
  if (field !== null) field.focus();
  else if (attempts > 0) requestAnimationFrame(() => focusSearchSoon(attempts - 1));
}

async function openNeighbour(studio: StudioApi, openId: string | null, step: 1 | -1): Promise<void> {
  const { items } = await unwrap(studio.drafts.list({ limit: 200 }));
  if (items.length === 0) return;
  const index = items.findIndex((item) => item.id === openId);
  const next = index === -1 ? items[0] : items[(index + step + items.length) % items.length];
  if (next !== undefined) openDraft(next.id);
}

/**
 * The shell's shortcuts: new draft, search, next and previous draft, and the
 * help sheet. A failure (no program, the core unreachable) is reported through
 * `onError`, to be shown where it does not move the text.
 */
export function useStudioShortcuts(studio: StudioApi, settings: Settings, openId: string | null, onError: (error: unknown) => void) {
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcutDispatcher();
  useShortcutHandlers({
    newDraft: () => void createNewDraft(studio, settings).then((draft) => openDraft(draft.id), onError),
    search: () => {
      navigateTo('drafts');
      focusSearchSoon();
    },
    nextDraft: () => void openNeighbour(studio, openId, 1).catch(onError),
    previousDraft: () => void openNeighbour(studio, openId, -1).catch(onError),
    help: () => setHelpOpen((open) => !open),
  });
  return { helpOpen, closeHelp: () => setHelpOpen(false) };
}
