import type { Post, SandboxState } from '../model.js';
import { videoStatus } from './processing.js';

/**
 * A post as the API returns it. REFERENCE.md §4.2 shows only part of the
 * record; the sandbox's full field list:
 *
 *   id, uuid, version (always 1: the API creates Legacy Studio content),
 *   content_type, title, summary, body, url (link posts' target), state,
 *   visibility, featured, featured_label,
 *   permalink_url, public_link_url (public posts only, else null),
 *   author {user_id, display_name, avatar_url},
 *   channels [{id, name, hidden}],
 *   images [{content_image_id, url, alt_text}],
 *   videos [{video_id, status}],
 *   source {name, post_id, posted_at},
 *   created_at, updated_at, published_at, scheduled_at
 */

const PLATFORM_ORIGIN = 'https://sandbox.onfirstup.invalid';

function permalinkUrl(post: Post): string {
  return `${PLATFORM_ORIGIN}/sandbox#contents/${post.id}`;
}

/** Keyed by uuid, not id, so a public link does not reveal or let anyone walk the numeric ids. */
function publicLinkUrl(post: Post): string | null {
  return post.visibility === 'public' ? `${PLATFORM_ORIGIN}/sandbox/public/contents/${post.uuid}` : null;
}

export function contentRecord(post: Post, state: SandboxState, now: number) {
  return {
    id: post.id,
    uuid: post.uuid,
    version: 1,
    content_type: post.content_type,
    title: post.title,
    summary: post.summary,
    body: post.body,
    url: post.url,
    state: post.state,
    visibility: post.visibility,
    featured: post.featured,
    featured_label: post.featured_label,
    permalink_url: permalinkUrl(post),
    public_link_url: publicLinkUrl(post),
    author: { ...post.author },
    channels: post.channels.map((channel) => ({
      id: channel.id,
      name: state.topics.find((topic) => topic.id === channel.id)?.name ?? null,
      hidden: channel.hidden,
    })),
    images: post.images.map((image) => ({ ...image })),
    videos: state.videos.filter((video) => post.video_ids.includes(video.id)).map((video) => ({ video_id: video.id, status: videoStatus(video, now) })),
    source: { ...post.source },
    created_at: post.created_at,
    updated_at: post.updated_at,
    published_at: post.published_at,
    scheduled_at: post.scheduled_at,
  };
}

export type ContentRecord = ReturnType<typeof contentRecord>;
