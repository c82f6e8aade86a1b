import { paginate, readEnumFilter, readFilter, readIntegerFilter, readPage, readSort, sortBy, type Page } from '../http/list-query.js';
import { contentStates, contentTypes, type Post } from '../model.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { contentRecord, type ContentRecord } from './content-record.js';
import { settleProcessing } from './processing.js';

/**
 * `GET /v2/content`. The reference leaves the filter and sort vocabulary
 * UNKNOWN (§3.7–3.8); the sandbox takes filter.state, filter.channels.id
 * (any of), filter.content_type, filter.source.post_id and
 * sort=[-]created_at|updated_at. Archived posts are listed like any other,
 * as nothing says the list hides them; filter by state to leave them out.
 */

const sortFields = ['created_at', 'updated_at'] as const;

export function listContent(runtime: SandboxRuntime, query: URLSearchParams): Page<ContentRecord> {
  const page = readPage(query);
  const states = readEnumFilter(query, 'state', contentStates);
  const channelIds = readIntegerFilter(query, 'channels.id');
  const types = readEnumFilter(query, 'content_type', contentTypes);
  const sourcePostIds = readFilter(query, 'source.post_id');
  const order = readSort(query, sortFields, { field: 'created_at', descending: true });

  const now = runtime.clock.now();
  const { state } = runtime;
  for (const post of state.posts) settleProcessing(post, now);
  const matching = state.posts.filter(
    (post) =>
      (states === null || states.includes(post.state)) &&
      (channelIds === null || post.channels.some((channel) => channelIds.includes(channel.id))) &&
      (types === null || types.includes(post.content_type)) &&
      (sourcePostIds === null || (post.source.post_id !== null && sourcePostIds.includes(post.source.post_id))),
  );
  // Timestamps have second precision, so ties are common; the id breaks them in the same direction.
  const direction = order.descending ? -1 : 1;
  const byId = [...matching].sort((a, b) => direction * (a.id - b.id));
  const sorted = sortBy<Post, (typeof sortFields)[number]>(byId, order, (post, field) => post[field]);
  const result = paginate(sorted, page);
  return { ...result, data: result.data.map((post) => contentRecord(post, state, now)) };
}
