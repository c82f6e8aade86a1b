import { studioScreens, type ScreenId } from './studio-screens.js';

const isApple = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The screen a Ctrl/Cmd+number key press asks for, or null for any other key. */
export function screenForShortcut(event: KeyboardEvent): ScreenId | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  // `code` rather than `key`, so layouts whose number row needs Shift (AZERTY) still work.
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  if (digit === undefined) return null;
  return studioScreens[Number(digit) - 1]?.id ?? null;
}

/** For aria-keyshortcuts: either modifier works on every platform. */
export function ariaShortcut(position: number): string {
  return `Control+${position} Meta+${position}`;
}

/** The hint shown beside a sidebar item, written the way the platform writes shortcuts. */
export function shortcutHint(position: number): string {
  return isApple ? `⌘${position}` : `Ctrl+${position}`;
}
