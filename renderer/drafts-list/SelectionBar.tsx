import { useEffect, useRef } from 'react';

export interface SelectionBarProps {
  readonly shown: number;
  readonly trashed: boolean;
  readonly selected: number;
  readonly onSelectAll: (all: boolean) => void;
  /** Null in the trash, where drafts are restored one by one. */
  readonly actions: null | {
    readonly busy: boolean;
    readonly canMove: boolean;
    readonly onTrash: () => void;
    readonly onMove: () => void;
    readonly onExport: () => void;
    readonly onSend: () => void;
    readonly onPublish: () => void;
  };
  readonly countId: string;
}

/**
 * Above the rows: select all on the page, the count, and what can be done with the selection. The actions
 * are always there (marked unavailable until something is selected) so the bar never changes height and
 * focus never falls off a button that vanished.
 */
export function SelectionBar({ shown, trashed, selected, onSelectAll, actions, countId }: SelectionBarProps) {
  const all = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (all.current !== null) all.current.indeterminate = selected > 0 && selected < shown;
  }, [selected, shown]);

  const unavailable = actions === null || actions.busy || selected === 0;
  const act = (handler: () => void) => () => !unavailable && handler();
  return (
    <div className="drafts-listbar">
      {actions !== null && (
        <input
          ref={all}
          type="checkbox"
          className="draft-row-check"
          aria-label="Select all drafts shown"
          checked={shown > 0 && selected === shown}
          disabled={shown === 0}
          onChange={(event) => onSelectAll(event.target.checked)}
        />
      )}
      <p className="drafts-count" id={countId}>
        {describeCount(shown, selected, trashed)}
      </p>
      {actions !== null && (
        <div className="drafts-bulk" role="group" aria-label="Actions on the selected drafts">
          <button type="button" className="button" aria-disabled={unavailable} onClick={act(actions.onPublish)}>
            Publish…
          </button>
          <button type="button" className="button" aria-disabled={unavailable} onClick={act(actions.onSend)}>
            Send to Firstup
          </button>
          <button type="button" className="button" aria-disabled={unavailable} onClick={act(actions.onExport)}>
            Export…
          </button>
          {actions.canMove && (
            <button type="button" className="button" aria-disabled={unavailable} onClick={act(actions.onMove)}>
              Move to program…
            </button>
          )}
          <button type="button" className="button button-danger" aria-disabled={unavailable} onClick={act(actions.onTrash)}>
            Move to trash
          </button>
        </div>
      )}
    </div>
  );
}

function describeCount(shown: number, selected: number, trashed: boolean): string {
  if (selected > 0) return `${selected} selected`;
  const drafts = shown === 1 ? '1 draft' : `${shown} drafts`;
  return trashed ? `${drafts} in the trash, each deleted for good 30 days after it was moved here` : `${drafts}, last changed first`;
}
