import type { ReactNode } from 'react';
import type { ContentDetail, ContentSummary } from '../../shared/firstup/firstup-views.js';
import { TimeText } from './TimeText.js';

export interface PostFactsProps {
  readonly post: ContentSummary;
  /** Known once the post itself has been read. */
  readonly detail: ContentDetail | null;
  readonly topicNames: string;
}

const visibilityLabels = { public: 'Public (shareable link)', private: 'Private (people in the program)' } as const;

/** Where a post goes, who wrote it and when. */
export function PostFacts({ post, detail, topicNames }: PostFactsProps) {
  return (
    <dl className="library-facts">
      <Fact term="Topics">{topicNames}</Fact>
      <Fact term="Author">{post.authorName ?? 'Not attributed to a person'}</Fact>
      <Fact term="Created">
        <TimeText value={post.createdAt} />
      </Fact>
      <Fact term="Updated">
        <TimeText value={post.updatedAt} />
      </Fact>
      {post.publishedAt !== null && (
        <Fact term="Published">
          <TimeText value={post.publishedAt} />
        </Fact>
      )}
      {detail !== null && detail.visibility !== null && <Fact term="Visibility">{visibilityLabels[detail.visibility]}</Fact>}
      {detail?.featured === true && <Fact term="Featured">{detail.featuredLabel ?? 'Yes'}</Fact>}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="library-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
