import type { Video } from '../model.js';
import { isoTime } from '../sandbox-runtime.js';
import { videoStatus } from './processing.js';

/** Where the sandbox pretends transcoded files live; `.invalid` so nothing ever resolves it. */
const VIDEO_HOST = 'https://videos.sandbox.invalid';

export const VIDEO_WIDTH = 1280;
export const VIDEO_HEIGHT = 720;

/**
 * The player a client pastes into an article body (REFERENCE.md §8.5). Only
 * the sandbox origin and a numeric id go in, so nothing needs escaping; the
 * iframe's sandbox attribute withholds same-origin, forms and navigation.
 */
export function embedHtml(origin: string, videoId: number): string {
  return (
    `<iframe src="${origin}/embed/videos/${videoId}" width="${VIDEO_WIDTH}" height="${VIDEO_HEIGHT}" title="Video ${videoId}"` +
    ` sandbox="allow-scripts allow-presentation" allow="fullscreen" referrerpolicy="no-referrer" loading="lazy" frameborder="0"></iframe>`
  );
}

export function videoRecord(video: Video, now: number) {
  return {
    video_id: video.id,
    content_id: video.content_id,
    url: video.source_url,
    status: videoStatus(video, now),
    embed_html: video.embed_html,
    width: video.width,
    height: video.height,
    preview_image_url: `${VIDEO_HOST}/${video.id}/preview.jpg`,
  };
}

export function downloadRecord(video: Video, now: number, lifespanSeconds: number) {
  const expires = now + lifespanSeconds * 1_000;
  return {
    video_id: video.id,
    download_url: `${VIDEO_HOST}/${video.id}/download.mp4?expires=${Math.floor(expires / 1_000)}`,
    width: video.width,
    height: video.height,
    expires_at: isoTime(expires),
  };
}
