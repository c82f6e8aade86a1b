import { useCallback, useId } from 'react';
import type { ContentSummary } from '../../shared/firstup/firstup-views.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { BodyPreview } from './BodyPreview.js';
import { CommentList } from './CommentList.js';
import { postTitle, typeLabels } from './content-labels.js';
import { describeReadError, LIBRARY_OFFLINE } from './describe-read-error.js';
import { ImportAction } from './ImportAction.js';
import { LoadProblem } from './LoadProblem.js';
import { PostFacts } from './PostFacts.js';
import { PostLinks } from './PostLinks.js';
import { PostReach } from './PostReach.js';
import { StateBadge } from './StateBadge.js';
import type { LinkedDrafts } from './use-linked-drafts.js';
import { useRead } from './use-read.js';
import './post-detail.css';

export interface PostDetailProps {
  readonly programId: string;
  /** The post as the list has it, shown at once while the whole post is read. */
  readonly post: ContentSummary;
  readonly topicNames: string;
  readonly linked: LinkedDrafts;
}

/** One post of the Library: what it is, a safe preview of its body, its reach and comments, and the way into the drafts. */
export function PostDetail({ programId, post, topicNames, linked }: PostDetailProps) {
  const studio = useStudio();
  const id = useId();
  const read = useCallback(() => unwrap(studio.content.get({ programId, contentId: post.id })), [studio, programId, post.id]);
  const { state, retry } = useRead(read);
  const detail = state.status === 'ready' ? state.value : null;
  const published = post.state === 'published';

  return (
    <section className="library-detail" aria-labelledby={`${id}-title`}>
      <header className="library-detail-header">
        <h2 id={`${id}-title`}>{postTitle(post)}</h2>
        <p className="library-detail-kind">
          <StateBadge state={post.state} />
          <span>{typeLabels[post.contentType]}</span>
        </p>
      </header>
      <ImportAction programId={programId} post={post} linked={linked} />
      {post.summary !== null && post.summary.trim() !== '' && <p className="library-summary">{post.summary}</p>}
      <PostFacts post={post} detail={detail} topicNames={topicNames} />
      <PostLinks post={post} detail={detail} />
      {published && <PostReach programId={programId} contentId={post.id} />}

      <section className="library-detail-section" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>Preview</h3>
        {state.status === 'loading' && (
          <p className="read-muted" role="status">
            Reading the post…
          </p>
        )}
        {state.status === 'failed' && <LoadProblem message={`The post could not be read. ${describeReadError(state.error, LIBRARY_OFFLINE)}`} onRetry={retry} />}
        {detail !== null && <BodyPreview html={detail.body} />}
      </section>

      {published && (
        <section className="library-detail-section" aria-labelledby={`${id}-comments`}>
          <h3 id={`${id}-comments`}>Comments</h3>
          <CommentList programId={programId} contentId={post.id} label={`Comments on ${postTitle(post)}`} />
        </section>
      )}
    </section>
  );
}
