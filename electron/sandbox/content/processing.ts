import type { Post, Video } from '../model.js';
import { isoTime } from '../sandbox-runtime.js';

/**
 * Video "transcoding": a post whose video was added sits in `processing` for
 * a few seconds of the sandbox clock, then goes back to where it was. Nothing
 * runs in the background; every read settles the post against the clock, so
 * a test can jump past the wait with `clock.advance`.
 */
export const PROCESSING_SECONDS = 3;

export function startProcessing(post: Post, now: number): void {
  post.state_before_processing = post.state;
  post.state = 'processing';
  post.processing_until = now + PROCESSING_SECONDS * 1_000;
}

/** Seeded processing posts have no end time and stay processing. */
export function settleProcessing(post: Post, now: number): void {
  if (post.state !== 'processing' || post.processing_until === null || now < post.processing_until) return;
  post.state = post.state_before_processing ?? 'draft';
  post.updated_at = isoTime(post.processing_until);
  post.processing_until = null;
  post.state_before_processing = null;
}

export function videoStatus(video: Video, now: number): 'processing' | 'ready' {
  return now < video.ready_at ? 'processing' : 'ready';
}
