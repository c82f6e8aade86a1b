import { useRef, useState, type KeyboardEvent } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { DraftRow } from './DraftRow.js';

export interface DraftRowsProps {
  readonly items: readonly DraftListItem[];
  /** Program names by id when there is more than one program; null hides the program. */
  readonly programNames: ReadonlyMap<string, string> | null;
  readonly now: number;
  readonly trashed: boolean;
  readonly selected: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
  readonly onRestore: (item: DraftListItem) => void;
  readonly labelledBy: string;
  readonly describedBy: string;
}

const moves: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
};

/**
 * The rows, one Tab stop for the whole list (roving tabindex): arrow keys, Home and End move between
 * rows, Enter opens the draft (its title is a link), Space selects it.
 */
export function DraftRows({ items, programNames, now, trashed, selected, onToggle, onRestore, labelledBy, describedBy }: DraftRowsProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const targets = useRef(new Map<string, HTMLElement>());
  const activeIndex = Math.max(
    0,
    items.findIndex((item) => item.id === activeId),
  );

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-draft-id]');
    const index = items.findIndex((item) => item.id === row?.dataset.draftId);
    if (index < 0) return;
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = items[move(index, items.length - 1)];
      if (next === undefined) return;
      setActiveId(next.id);
      targets.current.get(next.id)?.focus();
      return;
    }
    // The checkbox toggles itself on Space; the title link would scroll the page instead, so it selects.
    if (event.key === ' ' && !trashed && event.target === targets.current.get(items[index]?.id ?? '')) {
      event.preventDefault();
      onToggle(items[index]?.id ?? '');
    }
  };

  return (
    <ul className="draft-rows" aria-labelledby={labelledBy} aria-describedby={describedBy} onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <DraftRow
          key={item.id}
          item={item}
          programName={programNames?.get(item.programId) ?? null}
          now={now}
          tabIndex={index === activeIndex ? 0 : -1}
          focusRef={(element) => {
            if (element === null) targets.current.delete(item.id);
            else targets.current.set(item.id, element);
          }}
          mode={trashed ? { kind: 'trash', onRestore: () => onRestore(item) } : { kind: 'live', selected: selected.has(item.id), onToggle: () => onToggle(item.id) }}
          onFocusRow={() => setActiveId(item.id)}
        />
      ))}
    </ul>
  );
}
