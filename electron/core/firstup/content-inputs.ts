import type { CreatableContentType, Visibility } from './content-records.js';

/**
 * What the studio sends, in its own words, and the request bodies Firstup
 * takes (REFERENCE.md §5.2). Absent fields are left out of the JSON, which is
 * how the partial-update PUT keeps them unchanged (§5.5).
 */

export interface ContentFields {
  /** null clears the field on update. Whether Firstup accepts null there is UNKNOWN (§5.5); the sandbox does. */
  title?: string | null;
  /** HTML. */
  body?: string | null;
  summary?: string | null;
  /** Link posts' target. UNKNOWN field name in the real API (§5.2); `url` is the sandbox's pick. */
  url?: string;
  /** With `userId`, Firstup fills in name and avatar itself and ignores the other two. */
  author?: { userId?: number; displayName?: string; avatarUrl?: string };
  featured?: boolean;
  featuredLabel?: string;
  visibility?: Visibility;
  /** `postId` is this app's marker for finding a post again after an ambiguous create (§7.3). */
  source?: { postId?: string; postedAt?: string };
}

export interface ContentCreateInput extends ContentFields {
  contentType: CreatableContentType;
  /** Topics are fixed at creation: update cannot change them (§5.5). */
  channels: { id: number; hidden?: boolean }[];
}

/** Type, state and topics cannot change through update (§5.5). */
export type ContentUpdateInput = ContentFields;

/** UNKNOWN request fields (§5.8): `url` and `alt_text` are the sandbox's pick. */
export interface ImageInput {
  url: string;
  altText?: string;
}

/** UNKNOWN request fields (§5.9): `url` is the sandbox's pick. */
export interface VideoInput {
  url: string;
}

function fieldsBody(fields: ContentFields): Record<string, unknown> {
  const { author, source } = fields;
  return {
    title: fields.title,
    body: fields.body,
    summary: fields.summary,
    url: fields.url,
    author: author && { user_id: author.userId, display_name: author.displayName, avatar_url: author.avatarUrl },
    featured: fields.featured,
    featured_label: fields.featuredLabel,
    visibility: fields.visibility,
    source: source && { post_id: source.postId, posted_at: source.postedAt },
  };
}

export function createBody(input: ContentCreateInput): Record<string, unknown> {
  return {
    content_type: input.contentType,
    ...fieldsBody(input),
    channels: input.channels.map((channel) => ({ id: channel.id, hidden: channel.hidden })),
  };
}

export function updateBody(input: ContentUpdateInput): Record<string, unknown> {
  return fieldsBody(input);
}

export const imageBody = (image: ImageInput) => ({ url: image.url, alt_text: image.altText });
export const videoBody = (video: VideoInput) => ({ url: video.url });
