import { useCallback } from 'react';
import type { CommentView } from '../../shared/firstup/firstup-views.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { CommentItem } from './CommentItem.js';
import { describeReadError, LIBRARY_OFFLINE } from './describe-read-error.js';
import { LoadProblem } from './LoadProblem.js';
import { usePagedList } from './use-paged-list.js';
import './comments.css';

const PAGE_SIZE = 20;
const commentId = (comment: CommentView) => comment.id;

export interface CommentListProps {
  readonly programId: string;
  readonly contentId: number;
  /** Given: the replies to this comment, which have no replies of their own to show. */
  readonly replyTo?: string;
  readonly label: string;
  readonly id?: string;
}

/** Top-level comments of a post, or the replies to one comment, oldest first as Firstup gives them. */
export function CommentList({ programId, contentId, replyTo, label, id }: CommentListProps) {
  const studio = useStudio();
  const fetchPage = useCallback(
    (number: number) =>
      unwrap(studio.comments.list({ programId, contentId, ...(replyTo === undefined ? {} : { commentId: replyTo }), page: { number, size: PAGE_SIZE } })),
    [studio, programId, contentId, replyTo],
  );
  const list = usePagedList(fetchPage, PAGE_SIZE, commentId);
  const what = replyTo === undefined ? 'comments' : 'replies';

  return (
    <div className="comment-list-area" id={id}>
      {list.status === 'loading' && (
        <p className="read-muted" role="status">
          Reading {what}…
        </p>
      )}
      {list.status === 'failed' && <LoadProblem message={`The ${what} could not be read. ${describeReadError(list.error, LIBRARY_OFFLINE)}`} onRetry={list.retry} />}
      {list.status === 'ready' && list.items.length === 0 && <p className="read-muted">No {what} yet.</p>}
      {list.items.length > 0 && (
        <ol className="comment-list" aria-label={label}>
          {list.items.map((comment) => (
            <CommentItem key={comment.id} programId={programId} contentId={contentId} comment={comment} canShowReplies={replyTo === undefined} />
          ))}
        </ol>
      )}
      {list.hasMore && (
        <button type="button" className="program-button comment-more" aria-disabled={list.loadingMore || undefined} onClick={list.loadMore}>
          {list.loadingMore ? 'Loading…' : `Show more ${what}`}
        </button>
      )}
      {list.status === 'ready' && list.error !== null && !list.loadingMore && (
        <p className="panel-error" role="alert">
          More {what} could not be read. {describeReadError(list.error, LIBRARY_OFFLINE)}
        </p>
      )}
    </div>
  );
}
