import type { TopicReach } from '../../../shared/firstup/firstup-views.js';
import type { FirstupClient } from '../firstup/firstup-client.js';
import { listAll } from '../firstup/pagination.js';
import type { ProgramClients } from '../programs/program-clients.js';
import { createTimedCache, type Timed } from './timed-cache.js';
import { defaultFollowerLimits, readTopicFollowerIds, type FollowerLimits, type TopicFollowerIds } from './topic-follower-ids.js';

export interface TopicReachOptions {
  /** Milliseconds, for the cache; and the time the answer says it was measured. */
  readonly now?: () => number;
  readonly ttlMs?: number;
  readonly limits?: FollowerLimits;
}

/**
 * Five minutes: long enough that picking and unpicking topics while writing
 * is instant and free, short enough that a new follower shows up soon.
 * Firstup allows about 1,000 requests a minute per program, shared with
 * everyone in it, and one big topic can take 50 pages.
 */
const FIVE_MINUTES = 5 * 60_000;
/** Topics read side by side; the program's request budget paces them anyway. */
const PARALLEL_TOPICS = 4;

type FollowerCounts = ReadonlyMap<number, number | null>;

async function followerCountsOf(client: FirstupClient): Promise<FollowerCounts> {
  const counts = new Map<number, number | null>();
  for await (const topic of listAll((page) => client.listTopics({ page }, { priority: 'interactive' }))) counts.set(topic.id, topic.followerCount);
  return counts;
}

/** The most any source says one topic has: Firstup with its first page, what was read, or the topic list. */
function largestKnown(read: TopicFollowerIds, listed: number | null | undefined): number {
  return Math.max(read.reportedTotal ?? 0, read.ids.size, listed ?? 0);
}

async function inPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/** Unique followers of some topics: the reach of a post before it exists (Firstup only counts reach per post). */
export function createTopicReachCounter(clients: ProgramClients, { now = Date.now, ttlMs = FIVE_MINUTES, limits = defaultFollowerLimits }: TopicReachOptions = {}) {
  // Keyed by program first: topic ids are only unique within a program.
  const followerIds = createTimedCache<TopicFollowerIds>(ttlMs, now);
  const followerCounts = createTimedCache<FollowerCounts>(ttlMs, now);

  const answer = (topicIds: number[], followers: number, exact: boolean, parts: readonly Timed<unknown>[]): TopicReach => ({
    topicIds,
    followers,
    exact,
    // The oldest part of the answer, so a count from the cache does not pass for one measured just now.
    measuredAt: new Date(Math.min(...parts.map((part) => part.storedAt))).toISOString(),
  });

  /** One topic needs no paging when Firstup tells its follower count with the topic (that count is UNKNOWN in REFERENCE.md §6.4). */
  async function countOne(programId: string, client: FirstupClient, topicId: number): Promise<TopicReach | null> {
    const read = followerIds.peek(`${programId}/${topicId}`);
    if (read?.value.complete === true) return answer([topicId], read.value.ids.size, true, [read]);
    const counts = await followerCounts.get(programId, () => followerCountsOf(client));
    const count = counts.value.get(topicId);
    return count === undefined || count === null ? null : answer([topicId], count, true, [counts]);
  }

  return {
    async count(programId: string, topicIds: number[]): Promise<TopicReach> {
      const client = clients.clientFor(programId);
      const unique = [...new Set(topicIds)];
      if (unique.length === 1) {
        const single = await countOne(programId, client, unique[0] as number);
        if (single !== null) return { ...single, topicIds };
      }
      const reads = await inPool(unique, PARALLEL_TOPICS, (topicId) => followerIds.get(`${programId}/${topicId}`, () => readTopicFollowerIds(client, topicId, limits)));
      const union = new Set<number>();
      for (const read of reads) for (const id of read.value.ids) union.add(id);
      const exact = reads.every((read) => read.value.complete);
      if (exact) return answer(topicIds, union.size, true, reads);
      // A topic was cut short, so the union is only a lower bound; so is a single topic's own count, and the
      // larger of the two is the better estimate. Reading on would cost hundreds of requests of the program's
      // shared budget for one number in the editor's margin.
      const listed = followerCounts.peek(programId)?.value;
      const largest = Math.max(...reads.map((read, index) => largestKnown(read.value, listed?.get(unique[index] as number))));
      return answer(topicIds, Math.max(union.size, largest), false, reads);
    },
  };
}
