import { useEffect, useLayoutEffect, useRef } from 'react';
import { matchShortcut, type ShortcutId } from './shortcut-table.js';

type Handlers = Partial<Record<ShortcutId, () => void>>;

/** Screens register what their shortcuts do; the newest registration of a shortcut wins, so an open draft overrides the shell. */
const registrations: { current: Handlers }[] = [];

/** Makes these shortcuts do these things while the calling component is mounted. */
export function useShortcutHandlers(handlers: Handlers): void {
  const entry = useRef<{ current: Handlers }>({ current: handlers });
  useLayoutEffect(() => {
    entry.current.current = handlers;
  });
  useEffect(() => {
    const registration = entry.current;
    registrations.push(registration);
    return () => {
      registrations.splice(registrations.indexOf(registration), 1);
    };
  }, []);
}

/** The one window-wide listener: placed once, in the shell. */
export function useShortcutDispatcher(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const id = matchShortcut(event);
      if (id === null) return;
      const handler = registrations.findLast((registration) => registration.current[id] !== undefined)?.current[id];
      if (handler === undefined) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
