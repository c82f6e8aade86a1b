/**
 * Every keyboard shortcut of the studio beyond the editor's own formatting
 * keys, in one table: the help sheet lists this table, and the handlers
 * match against it, so the two cannot drift apart. Either Ctrl or Cmd works
 * on every platform, as with the screen shortcuts.
 */
export const shortcutIds = ['newDraft', 'saveNow', 'search', 'publish', 'nextDraft', 'previousDraft', 'history', 'help'] as const;
export type ShortcutId = (typeof shortcutIds)[number];

interface KeySpec {
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  /** KeyboardEvent.code, so the shortcut sits on the same key on every layout. */
  readonly code: string;
}

export interface Shortcut {
  readonly id: ShortcutId;
  readonly description: string;
  readonly keys: KeySpec;
}

const key = (code: string, modifiers: Partial<Omit<KeySpec, 'code'>> = {}): KeySpec => ({ mod: true, shift: false, alt: false, ...modifiers, code });

export const shortcuts: readonly Shortcut[] = [
  { id: 'newDraft', description: 'New draft', keys: key('KeyN', { alt: true }) },
  { id: 'saveNow', description: 'Save now', keys: key('KeyS') },
  { id: 'search', description: 'Search drafts', keys: key('KeyF', { shift: true }) },
  { id: 'publish', description: 'Open the publish dialog', keys: key('KeyP', { shift: true }) },
  { id: 'nextDraft', description: 'Next draft', keys: key('PageDown', { mod: false, alt: true }) },
  { id: 'previousDraft', description: 'Previous draft', keys: key('PageUp', { mod: false, alt: true }) },
  { id: 'history', description: 'Show or hide the revision history', keys: key('KeyH', { shift: true }) },
  { id: 'help', description: 'Show these shortcuts', keys: key('Slash') },
];

export function matchShortcut(event: KeyboardEvent): ShortcutId | null {
  const mod = event.ctrlKey || event.metaKey;
  const found = shortcuts.find(({ keys }) => keys.code === event.code && keys.mod === mod && keys.shift === event.shiftKey && keys.alt === event.altKey);
  return found?.id ?? null;
}

const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

const keyNames: Record<string, string> = { Slash: '/', PageDown: 'Page Down', PageUp: 'Page Up' };

/** The keys as the platform writes them: ⌘⇧P on a Mac, Ctrl+Shift+P elsewhere. */
export function describeKeys({ keys }: Shortcut): string {
  const name = keyNames[keys.code] ?? keys.code.replace(/^Key/, '');
  if (isApple) return `${keys.mod ? '⌘' : ''}${keys.alt ? '⌥' : ''}${keys.shift ? '⇧' : ''}${name}`;
  return [keys.mod ? 'Ctrl' : null, keys.alt ? 'Alt' : null, keys.shift ? 'Shift' : null, name].filter((part) => part !== null).join('+');
}
