import type { ApiAuth } from '../auth/api-auth.js';
import type { RouteTable } from '../http/route-table.js';
import type { Post } from '../model.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { forPublishers } from './content-access.js';
import { registerCommentRoutes } from './content-comments.js';
import { createPost } from './content-create.js';
import { listContent } from './content-list.js';
import { findPost } from './content-lookup.js';
import { registerMediaRoutes } from './content-media-routes.js';
import { registerReachRoutes } from './content-reach.js';
import { contentRecord } from './content-record.js';
import { createContentSchema } from './content-schemas.js';
import { registerTransitionRoutes } from './content-transitions.js';
import { updatePost } from './content-update.js';
import { parseBody } from './content-validation.js';

/** The content endpoints of REFERENCE.md §5, all but replications. */
export function registerContentRoutes(table: RouteTable<ApiAuth>, runtime: SandboxRuntime): void {
  const record = (post: Post) => contentRecord(post, runtime.state, runtime.clock.now());

  table
    .add('GET', '/v2/content', forPublishers((context) => ({ status: 200, body: listContent(runtime, context.query) })))
    .add(
      'POST',
      '/v2/content',
      forPublishers(async (context) => {
        const post = createPost(runtime, parseBody(createContentSchema, await context.json()), context.auth.user);
        return { status: 201, body: { data: record(post) } };
      }),
    )
    .add('GET', '/v2/content/:id', forPublishers((context) => ({ status: 200, body: { data: record(findPost(runtime, context.params.id!)) } })))
    .add(
      'PUT',
      '/v2/content/:id',
      forPublishers(async (context) => {
        const body = await context.json();
        // The post is looked up before the body is judged, so an unknown id is a 404 whatever was sent.
        const post = findPost(runtime, context.params.id!);
        updatePost(runtime, post, body, context.auth.user);
        return { status: 200, body: { data: record(post) } };
      }),
    );

  registerTransitionRoutes(table, runtime);
  registerMediaRoutes(table, runtime);
  registerReachRoutes(table, runtime);
  registerCommentRoutes(table, runtime);
}
