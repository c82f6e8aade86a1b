/** Key names for tooltips and aria-keyshortcuts, in the platform's own words (⌘ on a Mac, Ctrl elsewhere). */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface Shortcut {
  /** For people: "Ctrl+Shift+8" or "⌘⇧8". */
  readonly label: string;
  /** For assistive technology: "Control+Shift+8" or "Meta+Shift+8". */
  readonly aria: string;
}

/** `keys` as TipTap writes them: "Mod-Shift-8". */
export function shortcut(keys: string): Shortcut {
  const parts = keys.split('-');
  const aria = parts.map((part) => (part === 'Mod' ? (isMac ? 'Meta' : 'Control') : part.length === 1 ? part.toUpperCase() : part)).join('+');
  const label = isMac
    ? parts.map((part) => ({ Mod: '⌘', Shift: '⇧', Alt: '⌥' })[part] ?? part.toUpperCase()).join('')
    : parts.map((part) => (part === 'Mod' ? 'Ctrl' : part.length === 1 ? part.toUpperCase() : part)).join('+');
  return { label, aria };
}
