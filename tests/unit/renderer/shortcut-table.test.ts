/** Each shortcut has one key combination, the help sheet's text comes from the same table, and typing letters triggers nothing. */
import { expect, it } from 'vitest';
import { describeKeys, matchShortcut, shortcuts } from '../../../renderer/shortcuts/shortcut-table.js';

const press = (code: string, modifiers: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
  new KeyboardEvent('keydown', { code, ctrlKey: modifiers.ctrl ?? false, metaKey: modifiers.meta ?? false, shiftKey: modifiers.shift ?? false, altKey: modifiers.alt ?? false });

it('matches each shortcut with Ctrl and with Cmd', () => {
  expect(matchShortcut(press('KeyS', { ctrl: true }))).toBe('saveNow');
  expect(matchShortcut(press('KeyS', { meta: true }))).toBe('saveNow');
  expect(matchShortcut(press('KeyP', { ctrl: true, shift: true }))).toBe('publish');
  expect(matchShortcut(press('KeyN', { ctrl: true, alt: true }))).toBe('newDraft');
  expect(matchShortcut(press('PageDown', { alt: true }))).toBe('nextDraft');
  expect(matchShortcut(press('Slash', { ctrl: true }))).toBe('help');
});

it('ignores plain typing and near misses', () => {
  expect(matchShortcut(press('KeyS'))).toBeNull();
  expect(matchShortcut(press('KeyP', { ctrl: true }))).toBeNull();
  expect(matchShortcut(press('KeyS', { ctrl: true, shift: true }))).toBeNull();
});

it('gives every shortcut a distinct key combination and a readable description', () => {
  const combinations = shortcuts.map(({ keys }) => JSON.stringify(keys));
  expect(new Set(combinations).size).toBe(shortcuts.length);
  for (const shortcut of shortcuts) expect(describeKeys(shortcut)).toMatch(/^(Ctrl\+|Alt\+)/);
  expect(describeKeys(shortcuts.find((shortcut) => shortcut.id === 'publish')!)).toBe('Ctrl+Shift+P');
});
