import type { ContentSummary } from '../../shared/firstup/firstup-views.js';
import { describeReadError, LIBRARY_OFFLINE } from './describe-read-error.js';
import type { LinkedDrafts } from './use-linked-drafts.js';
import { LoadProblem } from './LoadProblem.js';
import { PostRow } from './PostRow.js';
import type { PagedList } from './use-paged-list.js';

export interface LibraryListProps {
  readonly list: PagedList<ContentSummary>;
  readonly topicNames: (post: ContentSummary) => string;
  readonly linked: LinkedDrafts;
  readonly selectedId: number | null;
  readonly onSelect: (post: ContentSummary) => void;
  readonly filtered: boolean;
}

const count = new Intl.NumberFormat();

function shown(loaded: number, total: number | null): string {
  const noun = (n: number) => (n === 1 ? 'post' : 'posts');
  return total === null || total <= loaded ? `${count.format(loaded)} ${noun(loaded)}` : `Showing ${count.format(loaded)} of ${count.format(total)} ${noun(total)}`;
}

/** The posts of the Library, a page at a time, with loading, empty and failed states that say what to do. */
export function LibraryList({ list, topicNames, linked, selectedId, onSelect, filtered }: LibraryListProps) {
  if (list.status === 'loading') {
    return (
      <p className="read-status" role="status">
        <span className="read-spinner" aria-hidden="true" />
        Reading the Library…
      </p>
    );
  }
  if (list.status === 'failed') return <LoadProblem message={describeReadError(list.error, LIBRARY_OFFLINE)} onRetry={list.retry} />;
  if (list.items.length === 0) {
    return <p className="read-empty">{filtered ? 'No posts match these filters. Choose “Any” in a filter to see more.' : 'This program has no posts yet.'}</p>;
  }
  return (
    <div className="library-list-area">
      <ul className="library-list" aria-label="Posts">
        {list.items.map((post) => (
          <PostRow
            key={post.id}
            post={post}
            topicNames={topicNames(post)}
            hasDraft={linked.has(post.id)}
            selected={post.id === selectedId}
            onSelect={() => onSelect(post)}
          />
        ))}
      </ul>
      <div className="library-more">
        <p className="library-count" aria-live="polite">
          {shown(list.items.length, list.total)}
        </p>
        {list.hasMore && (
          <button type="button" className="program-button" aria-disabled={list.loadingMore || undefined} onClick={list.loadMore}>
            {list.loadingMore ? 'Loading…' : 'Load more'}
          </button>
        )}
      </div>
      {list.error !== null && !list.loadingMore && (
        <p className="panel-error" role="alert">
          More posts could not be read. {describeReadError(list.error, LIBRARY_OFFLINE)}
        </p>
      )}
    </div>
  );
}
