import type { ApiAuth } from '../auth/api-auth.js';
import { ApiError, notFound, validationError } from '../http/api-error.js';
import type { RouteTable } from '../http/route-table.js';
import type { Post, Video } from '../model.js';
import { isoTime, type SandboxRuntime } from '../sandbox-runtime.js';
import { forPublishers } from './content-access.js';
import { findPost } from './content-lookup.js';
import { contentRecord } from './content-record.js';
import { addImageSchema, addVideoSchema } from './content-schemas.js';
import { editRefusal } from './content-state-machine.js';
import { parseBody } from './content-validation.js';
import { PROCESSING_SECONDS, startProcessing, videoStatus } from './processing.js';
import { downloadRecord, embedHtml, VIDEO_HEIGHT, VIDEO_WIDTH, videoRecord } from './video-record.js';

const MAX_LIFESPAN_SECONDS = 86_400;

function assertEditable(post: Post): void {
  const refusal = editRefusal(post.state);
  if (refusal !== null) throw new ApiError(400, 'invalid_transition', refusal);
}

function readLifespan(query: URLSearchParams): number {
  const raw = query.get('lifespan');
  if (raw === null) return 3_600;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > MAX_LIFESPAN_SECONDS) {
    throw validationError(`lifespan must be a whole number of seconds from 1 to ${MAX_LIFESPAN_SECONDS}.`, 'lifespan');
  }
  return value;
}

/** Images and videos (REFERENCE.md §5.8–5.9). */
export function registerMediaRoutes(table: RouteTable<ApiAuth>, runtime: SandboxRuntime): void {
  table
    .add(
      'PUT',
      '/v2/content/:id/images',
      forPublishers(async (context) => {
        const body = await context.json();
        const post = findPost(runtime, context.params.id!);
        const input = parseBody(addImageSchema, body);
        assertEditable(post);
        post.images.push({ content_image_id: runtime.state.next_ids.image++, url: input.url, alt_text: input.alt_text ?? null });
        post.updated_at = isoTime(runtime.clock.now());
        return { status: 200, body: { data: contentRecord(post, runtime.state, runtime.clock.now()) } };
      }),
    )
    .add(
      'DELETE',
      '/v2/content/:id/images/:imageId',
      forPublishers((context) => {
        const post = findPost(runtime, context.params.id!);
        const index = post.images.findIndex((image) => String(image.content_image_id) === context.params.imageId);
        if (index === -1) throw notFound(`Image ${context.params.imageId} of content ${post.id}`);
        assertEditable(post);
        if (post.state === 'published') {
          throw new ApiError(400, 'invalid_transition', 'Images cannot be removed from published content. Move it to draft or review first.');
        }
        post.images.splice(index, 1);
        post.updated_at = isoTime(runtime.clock.now());
        return { status: 204 };
      }),
    )
    .add(
      'PUT',
      '/v2/content/:id/videos',
      forPublishers(async (context) => {
        const body = await context.json();
        const post = findPost(runtime, context.params.id!);
        const input = parseBody(addVideoSchema, body);
        if (post.content_type !== 'article' && post.content_type !== 'video') {
          throw validationError(`Videos can be added to article and video posts only; this post's content_type is ${post.content_type}.`);
        }
        assertEditable(post);
        // Sandbox pick (§5.7 leaves processing UNKNOWN): one video at a time, like publish while processing.
        if (post.state === 'processing') throw new ApiError(400, 'invalid_transition', 'This post is still processing; try again shortly.');
        const now = runtime.clock.now();
        const id = runtime.state.next_ids.video++;
        const video: Video = {
          id,
          content_id: post.id,
          source_url: input.url,
          embed_html: embedHtml(runtime.origin, id),
          width: VIDEO_WIDTH,
          height: VIDEO_HEIGHT,
          ready_at: now + PROCESSING_SECONDS * 1_000,
        };
        runtime.state.videos.push(video);
        post.video_ids.push(id);
        startProcessing(post, now);
        post.updated_at = isoTime(now);
        return { status: 200, body: { data: videoRecord(video, now) } };
      }),
    )
    .add(
      'GET',
      '/v2/videos/:videoId/download',
      forPublishers((context) => {
        const lifespan = readLifespan(context.query);
        const video = runtime.state.videos.find((candidate) => String(candidate.id) === context.params.videoId);
        if (video === undefined) throw notFound(`Video ${context.params.videoId}`);
        const now = runtime.clock.now();
        // Sandbox pick (UNKNOWN in §5.9): no file to hand out until transcoding is done.
        if (videoStatus(video, now) === 'processing') {
          throw new ApiError(400, 'invalid_transition', `Video ${video.id} is still processing; its download link is available from ${isoTime(video.ready_at)}.`);
        }
        return { status: 200, body: { data: downloadRecord(video, now, lifespan) } };
      }),
    );
}
