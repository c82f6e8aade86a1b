import { useCallback, useMemo, useState } from 'react';
import type { ContentSummary } from '../../shared/firstup/firstup-views.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { useAllTopics } from '../topics/use-all-topics.js';
import { anyPost, contentListRequest, LIBRARY_PAGE_SIZE, type LibraryFilters } from './library-filters.js';
import { LibraryFilterBar } from './LibraryFilterBar.js';
import { LibraryList } from './LibraryList.js';
import { PostDetail } from './PostDetail.js';
import { useLinkedDrafts } from './use-linked-drafts.js';
import { usePagedList } from './use-paged-list.js';

const postId = (post: ContentSummary) => post.id;

/** The Library of one signed-in program: filters, the posts, and the one chosen. */
export function LibraryBrowser({ programId }: { programId: string }) {
  const studio = useStudio();
  const [filters, setFilters] = useState<LibraryFilters>(anyPost);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const topics = useAllTopics(programId);
  const linked = useLinkedDrafts(programId);

  const fetchPage = useCallback((number: number) => unwrap(studio.content.list(contentListRequest(programId, filters, number))), [studio, programId, filters]);
  const list = usePagedList(fetchPage, LIBRARY_PAGE_SIZE, postId);

  const names = useMemo(() => new Map(topics.state.status === 'ready' ? topics.state.topics.map((topic) => [topic.id, topic.name]) : []), [topics.state]);
  // Topic names come from topics.list; until it answers (or if it cannot), a topic is named by its id.
  const topicNames = useCallback(
    (post: ContentSummary) => (post.channels.length === 0 ? 'No topics' : post.channels.map((channel) => names.get(channel.id) ?? `Topic ${channel.id}`).join(', ')),
    [names],
  );

  const selected = list.items.find((post) => post.id === selectedId) ?? null;
  const filtered = filters.state !== null || filters.contentType !== null || filters.topicId !== null;

  return (
    <div className="library-browser">
      <LibraryFilterBar
        filters={filters}
        topics={topics.state}
        onChange={(next) => {
          setFilters(next);
          setSelectedId(null);
        }}
      />
      <div className="library-panes">
        <LibraryList list={list} topicNames={topicNames} linked={linked} selectedId={selectedId} onSelect={(post) => setSelectedId(post.id)} filtered={filtered} />
        {selected === null ? (
          list.status === 'ready' &&
          list.items.length > 0 && <p className="library-detail-empty">Choose a post to see its preview, comments and reach, or to edit it as a draft.</p>
        ) : (
          <PostDetail key={selected.id} programId={programId} post={selected} topicNames={topicNames(selected)} linked={linked} />
        )}
      </div>
    </div>
  );
}
