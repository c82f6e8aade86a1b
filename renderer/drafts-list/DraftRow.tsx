import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { contentTypeLabels, titleOf } from './draft-labels.js';
import { DraftBadges } from './DraftBadges.js';
import { DraftLink } from './DraftLink.js';
import { describeExactTime, describeTimeAgo } from './relative-time.js';

export interface DraftRowProps {
  readonly item: DraftListItem;
  /** The program's name, shown only when there is more than one program. */
  readonly programName: string | null;
  readonly now: number;
  /** The row's one Tab stop (roving): 0 for the row the list's focus rests on, -1 for the others. */
  readonly tabIndex: 0 | -1;
  readonly focusRef: (element: HTMLElement | null) => void;
  /** Focus landed anywhere in the row (a click, a Tab): the list's Tab stop follows it. */
  readonly onFocusRow: () => void;
  /** A live draft can be selected and opened; a trashed one can only be restored. */
  readonly mode: { readonly kind: 'live'; readonly selected: boolean; readonly onToggle: () => void } | { readonly kind: 'trash'; readonly onRestore: () => void };
}

/** One draft in the list: its title, what it is, where it stands with Firstup and when it last changed. */
export function DraftRow({ item, programName, now, tabIndex, focusRef, onFocusRow, mode }: DraftRowProps) {
  const title = titleOf(item);
  const facts = [contentTypeLabels[item.contentType], item.topics.map((topic) => topic.name).join(', '), programName ?? ''].filter((fact) => fact !== '');
  return (
    <li className="draft-row" data-selected={mode.kind === 'live' && mode.selected} data-draft-id={item.id} onFocus={onFocusRow}>
      {mode.kind === 'live' && (
        <input
          type="checkbox"
          className="draft-row-check"
          tabIndex={-1}
          checked={mode.selected}
          onChange={mode.onToggle}
          aria-label={`Select “${title}”`}
        />
      )}
      <div className="draft-row-main">
        {mode.kind === 'live' ? (
          <DraftLink draftId={item.id} className="draft-row-title" tabIndex={tabIndex} ref={focusRef}>
            {title}
          </DraftLink>
        ) : (
          <span className="draft-row-title">{title}</span>
        )}
        {item.summary.trim() !== '' && <p className="draft-row-summary">{item.summary}</p>}
        <p className="draft-row-facts">
          {facts.map((fact, index) => (
            <span key={index} className="draft-row-fact">
              {fact}
            </span>
          ))}
        </p>
      </div>
      <div className="draft-row-side">
        <DraftBadges item={item} />
        <time className="draft-row-time" dateTime={item.updatedAt} title={describeExactTime(item.updatedAt)}>
          {describeTimeAgo(item.updatedAt, now)}
        </time>
        {mode.kind === 'trash' && (
          <button type="button" className="button" tabIndex={tabIndex} ref={focusRef} onClick={mode.onRestore} aria-label={`Restore “${title}”`}>
            Restore
          </button>
        )}
      </div>
    </li>
  );
}
