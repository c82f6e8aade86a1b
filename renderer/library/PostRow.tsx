import { useId } from 'react';
import type { ContentSummary } from '../../shared/firstup/firstup-views.js';
import { postTitle, typeLabels } from './content-labels.js';
import { StateBadge } from './StateBadge.js';
import { TimeText } from './TimeText.js';

export interface PostRowProps {
  readonly post: ContentSummary;
  readonly topicNames: string;
  readonly hasDraft: boolean;
  readonly selected: boolean;
  readonly onSelect: () => void;
}

/**
 * One post of the Library. The button holds the title alone, so what it is
 * called is what it shows; the rest describes it, and the whole row is its
 * click target (see .library-row-button::after).
 */
export function PostRow({ post, topicNames, hasDraft, selected, onSelect }: PostRowProps) {
  const id = useId();
  return (
    <li className="library-row">
      <button type="button" className="library-row-button" aria-current={selected || undefined} aria-describedby={id} onClick={onSelect}>
        {postTitle(post)}
      </button>
      <p className="library-row-meta" id={id}>
        <StateBadge state={post.state} />
        <span>{typeLabels[post.contentType]}</span>
        {hasDraft && <span className="library-draft-mark">Draft here</span>}
        <span>{topicNames}</span>
        <span>{post.authorName ?? 'No author'}</span>
        <span>
          Updated <TimeText value={post.updatedAt ?? post.createdAt} fallback="at an unknown time" />
        </span>
      </p>
    </li>
  );
}
