import type { ApiAuth } from '../auth/api-auth.js';
import { notFound } from '../http/api-error.js';
import { paginate, readPage } from '../http/list-query.js';
import type { RouteTable } from '../http/route-table.js';
import type { Comment, SandboxState } from '../model.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { forPublishers } from './content-access.js';
import { findPost } from './content-lookup.js';

/**
 * Comments and replies (REFERENCE.md §5.11; fields and pagination UNKNOWN
 * there). Sandbox pick: classical pagination, oldest first, one level of
 * replies, each comment as
 * {id, content_id, text, author {user_id, display_name, avatar_url}, created_at, reply_count}.
 */

function commentRecord(comment: Comment, state: SandboxState) {
  const user = state.users.find((candidate) => candidate.id === comment.author_id);
  return {
    id: comment.id,
    content_id: comment.content_id,
    text: comment.text,
    author: { user_id: comment.author_id, display_name: user?.display_name ?? null, avatar_url: user?.avatar_url ?? null },
    created_at: comment.created_at,
    reply_count: state.comments.filter((candidate) => candidate.parent_id === comment.id).length,
  };
}

function oldestFirst(a: Comment, b: Comment): number {
  return a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id - b.id;
}

function page(comments: Comment[], query: URLSearchParams, state: SandboxState) {
  const result = paginate(comments.sort(oldestFirst), readPage(query));
  return { ...result, data: result.data.map((comment) => commentRecord(comment, state)) };
}

export function registerCommentRoutes(table: RouteTable<ApiAuth>, runtime: SandboxRuntime): void {
  table
    .add(
      'GET',
      '/v2/content/:id/comments',
      forPublishers((context) => {
        const post = findPost(runtime, context.params.id!);
        const { state } = runtime;
        const topLevel = state.comments.filter((comment) => comment.content_id === post.id && comment.parent_id === null);
        return { status: 200, body: page(topLevel, context.query, state) };
      }),
    )
    .add(
      'GET',
      '/v2/content/:id/comments/:commentId/replies',
      forPublishers((context) => {
        const post = findPost(runtime, context.params.id!);
        const { state } = runtime;
        // A comment of another post is as unknown here as one that does not exist.
        const parent = state.comments.find((comment) => String(comment.id) === context.params.commentId && comment.content_id === post.id);
        if (parent === undefined) throw notFound(`Comment ${context.params.commentId} on content ${post.id}`);
        return { status: 200, body: page(state.comments.filter((comment) => comment.parent_id === parent.id), context.query, state) };
      }),
    );
}
