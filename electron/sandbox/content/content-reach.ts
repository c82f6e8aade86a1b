import type { ApiAuth } from '../auth/api-auth.js';
import type { RouteTable } from '../http/route-table.js';
import type { Post, SandboxState } from '../model.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { forPublishers } from './content-access.js';
import { findPost } from './content-lookup.js';

/**
 * `GET /v2/content/{id}/reach/unique_user_count`. The reference says only
 * "unique users, for audiences, for topics and both combined" (§5.10); the
 * field names and meaning here are the sandbox's pick:
 *
 *   channels  = unique followers of the post's topics
 *   audiences = unique members of the audiences those topics target (topic.groups)
 *   total     = size of the union of the two
 */
function uniqueReach(post: Post, state: SandboxState) {
  const topics = state.topics.filter((topic) => post.channels.some((channel) => channel.id === topic.id));
  const followers = new Set(topics.flatMap((topic) => topic.follower_ids));
  const audienceIds = new Set(topics.flatMap((topic) => topic.groups));
  const members = new Set(state.audiences.filter((audience) => audienceIds.has(audience.id)).flatMap((audience) => audience.member_ids));
  const total = new Set([...followers, ...members]);
  return { content_id: post.id, channels: followers.size, audiences: members.size, total: total.size };
}

export function registerReachRoutes(table: RouteTable<ApiAuth>, runtime: SandboxRuntime): void {
  table.add(
    'GET',
    '/v2/content/:id/reach/unique_user_count',
    forPublishers((context) => ({ status: 200, body: { data: uniqueReach(findPost(runtime, context.params.id!), runtime.state) } })),
  );
}
