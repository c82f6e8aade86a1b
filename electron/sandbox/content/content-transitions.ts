import type { ApiAuth } from '../auth/api-auth.js';
import { ApiError, validationError } from '../http/api-error.js';
import type { RouteTable } from '../http/route-table.js';
import type { Post } from '../model.js';
import { isoTime, type SandboxRuntime } from '../sandbox-runtime.js';
import { forPublishers } from './content-access.js';
import { findPost } from './content-lookup.js';
import { contentRecord } from './content-record.js';
import { transitionBodySchema } from './content-schemas.js';
import { contentActions, nextState, type ContentAction } from './content-state-machine.js';
import { parseBody } from './content-validation.js';

/** The publish-only validations (REFERENCE.md §5.6), title first because a client fixes it in the same form. */
function checkPublishable(post: Post): void {
  if ((post.title ?? '').trim() === '') throw validationError('A title is required to publish.', 'title');
  if (post.channels.length === 0) {
    throw validationError('At least one topic is required to publish. Topics are fixed at creation, so create the post again with a topic.', 'channels');
  }
}

/**
 * Moves the post, or throws. A no-op changes nothing, not even updated_at.
 * published_at and scheduled_at describe the state the post is in, so a
 * move clears them unless it lands on published; this is also how review or
 * draft from scheduled drops the schedule (REFERENCE.md §5.7, UNKNOWN there).
 */
function applyTransition(post: Post, action: ContentAction, now: number): void {
  const outcome = nextState(post.state, action);
  if (!outcome.ok) throw new ApiError(400, 'invalid_transition', outcome.message);
  if (outcome.next === post.state) return;
  if (outcome.next === 'published') checkPublishable(post);
  post.state = outcome.next;
  post.published_at = outcome.next === 'published' ? isoTime(now) : null;
  post.scheduled_at = null;
  // Leaving processing by hand ends the wait; the video itself keeps its own ready time.
  post.processing_until = null;
  post.state_before_processing = null;
  post.updated_at = isoTime(now);
}

export function registerTransitionRoutes(table: RouteTable<ApiAuth>, runtime: SandboxRuntime): void {
  for (const action of contentActions) {
    table.add(
      'PUT',
      `/v2/content/:id/${action}`,
      forPublishers(async (context) => {
        const body = await context.json();
        const post = findPost(runtime, context.params.id!);
        parseBody(transitionBodySchema, body);
        applyTransition(post, action, runtime.clock.now());
        return { status: 200, body: { data: contentRecord(post, runtime.state, runtime.clock.now()) } };
      }),
    );
  }
}
