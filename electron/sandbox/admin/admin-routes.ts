import { z } from 'zod';
import { revokeUser } from '../auth/token-store.js';
import type { FaultBook } from '../faults/fault-rules.js';
import { faultRequestSchema } from '../faults/fault-rules.js';
import { ApiError, validationError } from '../http/api-error.js';
import type { RouteTable } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { isoTime } from '../sandbox-runtime.js';

export interface AdminHooks {
  readonly faults: FaultBook;
  /** Re-seeds the program and forgets faults and rate-limit windows. */
  reset(seed: number | undefined): void;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw validationError(issue?.message ?? 'The request is not valid.', issue?.path.join('.') || undefined);
  }
  return result.data;
}

/**
 * `/_sandbox/…`: controls for tests and training, apart from the partner
 * API's paths. They take no token; the sandbox only listens on loopback.
 */
export function registerAdminRoutes(table: RouteTable<null>, runtime: SandboxRuntime, hooks: AdminHooks): void {
  table
    .add('GET', '/_sandbox/faults', () => ({ status: 200, body: { data: { rules: hooks.faults.list() } } }))
    .add('POST', '/_sandbox/faults', async (context) => {
      const { rules } = parse(faultRequestSchema, await context.json());
      hooks.faults.set(rules);
      return { status: 200, body: { data: { rules } } };
    })
    .add('DELETE', '/_sandbox/faults', () => {
      hooks.faults.clear();
      return { status: 204 };
    })
    .add('POST', '/_sandbox/reset', async (context) => {
      const { seed } = parse(z.strictObject({ seed: z.number().int().min(0).max(2 ** 31).optional() }), await context.json());
      hooks.reset(seed);
      return { status: 200, body: { data: { program: runtime.state.program } } };
    })
    .add('GET', '/_sandbox/state', () => ({
      status: 200,
      body: {
        data: {
          program: runtime.state.program,
          now: runtime.clock.nowIso(),
          content: runtime.state.posts.map((post) => ({
            id: post.id,
            uuid: post.uuid,
            title: post.title,
            state: post.state,
            content_type: post.content_type,
            channels: post.channels.map((channel) => channel.id),
            images: post.images.length,
            videos: post.video_ids.length,
            source: { post_id: post.source.post_id },
            created_at: post.created_at,
            updated_at: post.updated_at,
          })),
          topics: runtime.state.topics.map((topic) => ({ id: topic.id, name: topic.name, state: topic.state })),
        },
      },
    }))
    .add('POST', '/_sandbox/clock', async (context) => {
      const { advance_seconds } = parse(z.strictObject({ advance_seconds: z.number().min(0).max(10 * 365 * 86_400) }), await context.json());
      runtime.clock.advance(advance_seconds);
      return { status: 200, body: { data: { now: isoTime(runtime.clock.now()) } } };
    })
    .add('POST', '/_sandbox/revoke', async (context) => {
      const { user_id } = parse(z.strictObject({ user_id: z.number().int() }), await context.json());
      if (!runtime.state.users.some((user) => user.id === user_id)) throw new ApiError(404, 'not_found', `User ${user_id} was not found.`);
      return { status: 200, body: { data: { user_id, revoked_access_tokens: revokeUser(runtime.state, user_id) } } };
    });
}
