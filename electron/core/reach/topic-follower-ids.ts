import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { FirstupClient } from '../firstup/firstup-client.js';
import { listAll, type Page, type PageRequest } from '../firstup/pagination.js';
import type { Follower } from '../firstup/topic-records.js';

export interface FollowerLimits {
  readonly pageSize: number;
  /** Past either limit a topic is read no further (see TopicFollowerIds.complete). */
  readonly maxFollowers: number;
  readonly maxPages: number;
}

/**
 * The largest page size Firstup accepts is UNKNOWN (REFERENCE.md §3.6; the
 * sandbox allows 100). A server that answers fewer per page is followed
 * anyway: paging goes by the page size it reports.
 */
export const defaultFollowerLimits: FollowerLimits = { pageSize: 100, maxFollowers: 20_000, maxPages: 200 };

export interface TopicFollowerIds {
  readonly ids: ReadonlySet<number>;
  /** false: the topic has more followers than the limits let us read; `ids` holds the first of them. */
  readonly complete: boolean;
  /** The follower count Firstup reports with the first page (`total_records`), when it does. */
  readonly reportedTotal: number | null;
}

const noMorePages: Page<Follower> = { items: [], page: null, pageSize: null, totalRecords: null, nextCursor: null };

/**
 * Every follower id of one topic, page after page, at interactive priority:
 * someone is choosing topics and waiting for the number.
 */
export async function readTopicFollowerIds(client: FirstupClient, topicId: number, limits: FollowerLimits): Promise<TopicFollowerIds> {
  const ids = new Set<number>();
  let pagesRead = 0;
  let complete = true;
  let reportedTotal: number | null = null;

  const fetchPage = async (request: PageRequest): Promise<Page<Follower>> => {
    if (pagesRead >= limits.maxPages || ids.size >= limits.maxFollowers) {
      // An empty page ends the listing without another request; the list asked for more, so it is not complete.
      complete = false;
      return noMorePages;
    }
    pagesRead += 1;
    const page = await client.followers(topicId, request, { priority: 'interactive' });
    reportedTotal ??= page.totalRecords;
    return page;
  };

  try {
    for await (const follower of listAll(fetchPage, { pageSize: limits.pageSize, maxPages: limits.maxPages + 1 })) ids.add(follower.userId);
  } catch (error) {
    if (error instanceof StudioError && error.code === 'not_found') {
      throw new StudioError('not_found', `Topic ${topicId} is no longer in this program; it may have been deleted. Refresh the topics and choose again.`, { topicId });
    }
    throw error;
  }
  return { ids, complete, reportedTotal };
}
