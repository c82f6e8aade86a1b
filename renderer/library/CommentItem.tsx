import { useId, useState } from 'react';
import type { CommentView } from '../../shared/firstup/firstup-views.js';
import { CommentList } from './CommentList.js';
import { CommentText } from './CommentText.js';
import { TimeText } from './TimeText.js';

export interface CommentItemProps {
  readonly programId: string;
  readonly contentId: number;
  readonly comment: CommentView;
  readonly canShowReplies: boolean;
}

function repliesLabel(open: boolean, count: number | null): string {
  if (open) return 'Hide replies';
  if (count === null) return 'Show replies';
  return `Show ${count === 1 ? '1 reply' : `${count} replies`}`;
}

/** One comment: who, when, what; its replies are read only when asked for. */
export function CommentItem({ programId, contentId, comment, canShowReplies }: CommentItemProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const author = comment.authorName ?? 'Someone';
  // A count Firstup does not give (null) may still hide replies, so the button stays.
  const mayHaveReplies = canShowReplies && comment.replyCount !== 0;
  return (
    <li className="comment" aria-labelledby={`${id}-author`}>
      <p className="comment-head">
        <span className="comment-author" id={`${id}-author`}>
          {author}
        </span>
        <span className="comment-time">
          <TimeText value={comment.createdAt} fallback="" />
        </span>
      </p>
      {comment.text === null || comment.text.trim() === '' ? <p className="read-muted">(No text)</p> : <CommentText text={comment.text} />}
      {mayHaveReplies && (
        <button
          type="button"
          className="library-text-button"
          aria-expanded={open}
          aria-controls={open ? `${id}-replies` : undefined}
          aria-describedby={`${id}-author`}
          onClick={() => setOpen(!open)}
        >
          {repliesLabel(open, comment.replyCount)}
        </button>
      )}
      {open && <CommentList id={`${id}-replies`} programId={programId} contentId={contentId} replyTo={comment.id} label={`Replies to ${author}`} />}
    </li>
  );
}
