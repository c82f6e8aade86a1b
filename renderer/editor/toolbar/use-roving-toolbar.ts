import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * The toolbar is one tab stop (ARIA toolbar pattern): arrow keys, Home and
 * End move between its controls, Tab leaves it. The control last used keeps
 * the tab stop. Up and Down are left to the style select.
 */
export function useRovingToolbar() {
  const toolbar = useRef<HTMLDivElement>(null);
  const current = useRef<string | null>(null);

  const items = useCallback(
    () => [...(toolbar.current?.querySelectorAll<HTMLElement>('[data-tool]') ?? [])].filter((item) => !item.matches(':disabled')),
    [],
  );

  const settle = useCallback(() => {
    const all = items();
    const active = all.find((item) => item.dataset.tool === current.current) ?? all[0];
    for (const item of all) item.tabIndex = item === active ? 0 : -1;
    for (const item of toolbar.current?.querySelectorAll<HTMLElement>('[data-tool]:disabled') ?? []) item.tabIndex = -1;
  }, [items]);

  // Controls come and go (table tools, image tools); after every render exactly one keeps the tab stop.
  useLayoutEffect(settle);

  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const tool = (event.target as HTMLElement).closest<HTMLElement>('[data-tool]')?.dataset.tool;
      if (tool === undefined) return;
      current.current = tool;
      settle();
    },
    [settle],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const all = items();
      const index = all.findIndex((item) => item.contains(event.target as Node));
      if (index < 0) return;
      const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      all[(next + all.length) % all.length]?.focus();
    },
    [items],
  );

  return { toolbar, onFocus, onKeyDown };
}
