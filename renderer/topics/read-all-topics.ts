import type { TopicView } from '../../shared/firstup/firstup-views.js';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { appendNew, hasMorePages } from '../library/paging.js';
import { unwrap } from '../studio/unwrap.js';

const PAGE_SIZE = 100;
/** 5,000 topics: far more than a program has; past it the list says it is incomplete rather than reading on. */
const MAX_PAGES = 50;

export interface TopicList {
  /** By name, as a reader scans them (the API's own order is UNKNOWN, REFERENCE.md §3.8). */
  readonly topics: readonly TopicView[];
  /** false: the program has more topics than the studio reads. */
  readonly complete: boolean;
}

const topicId = (topic: TopicView) => topic.id;

export function byName(topics: readonly TopicView[]): TopicView[] {
  return topics.toSorted((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id - b.id);
}

/** Every topic of a program, page after page. */
export async function readAllTopics(studio: StudioApi, programId: string): Promise<TopicList> {
  let topics: TopicView[] = [];
  for (let number = 1; number <= MAX_PAGES; number += 1) {
    const page = await unwrap(studio.topics.list({ programId, page: { number, size: PAGE_SIZE } }));
    const { items, added } = appendNew(topics, page.items, topicId);
    topics = items;
    if (added === 0 || !hasMorePages(page, topics.length, PAGE_SIZE)) return { topics: byName(topics), complete: true };
  }
  return { topics: byName(topics), complete: false };
}
