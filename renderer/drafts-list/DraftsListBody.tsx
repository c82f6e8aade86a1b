import { DraftRows, type DraftRowsProps } from './DraftRows.js';
import { EmptyDrafts, type EmptyKind } from './EmptyDrafts.js';
import { SEARCH_LIMIT } from './read-drafts.js';
import type { DraftList } from './use-draft-list.js';

/** The rows' own props, less `describedBy`, which is the list's count line (`countId`). */
export interface DraftsListBodyProps extends Omit<DraftRowsProps, 'describedBy'> {
  readonly list: DraftList;
  readonly emptyKind: EmptyKind;
  readonly onClearSearchAndFilters: () => void;
  readonly countId: string;
}

/** The rows, or why there are none, and "Load more" when the store has more. */
export function DraftsListBody(props: DraftsListBodyProps) {
  const { list, items, emptyKind, onClearSearchAndFilters } = props;
  const { state } = list;
  if (state.status === 'loading') return <p className="panel-note drafts-loading">Reading your drafts…</p>;
  if (state.status === 'failed') {
    return (
      <div className="panel-error" role="alert">
        <p>Your drafts could not be read. {state.message}</p>
        <button type="button" className="button" onClick={list.refresh}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="drafts-body" aria-busy={list.pending}>
      {state.skipped > 0 && (
        <p className="program-note">
          {state.skipped === 1 ? '1 draft' : `${state.skipped} drafts`} could not be read and {state.skipped === 1 ? 'is' : 'are'} not shown. They
          are left as they are on disk; Content Studio&rsquo;s log says what is wrong with them.
        </p>
      )}
      {items.length === 0 ? (
        <EmptyDrafts kind={emptyKind} onClear={onClearSearchAndFilters} />
      ) : (
        <DraftRows
          items={items}
          programNames={props.programNames}
          now={props.now}
          trashed={props.trashed}
          selected={props.selected}
          onToggle={props.onToggle}
          onRestore={props.onRestore}
          labelledBy={props.labelledBy}
          describedBy={props.countId}
        />
      )}
      {state.searchLimitReached && <p className="panel-note">These are the best {SEARCH_LIMIT} matches. Add words to narrow the search.</p>}
      {state.nextOffset !== null && (
        <button type="button" className="button drafts-more" aria-disabled={list.loadingMore} onClick={() => !list.loadingMore && list.loadMore()}>
          {list.loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
      {list.loadMoreError !== null && (
        <p className="panel-error" role="alert">
          {list.loadMoreError}
        </p>
      )}
      {items.length > 0 && !props.trashed && (
        <p className="drafts-keys">
          <kbd>↑</kbd> <kbd>↓</kbd> move between drafts, <kbd>Enter</kbd> opens one, <kbd>Space</kbd> selects it.
        </p>
      )}
    </div>
  );
}
