import { z } from 'zod';
import { integerId, listOf, optionalFlag, optionalId, optionalText, requireEither } from './schema-fields.js';

/** The content record as the studio uses it, mapped from Firstup's (REFERENCE.md §4.2). */

export const contentStates = ['archived', 'draft', 'processing', 'processing_error', 'published', 'review', 'scheduled'] as const;
export type ContentState = (typeof contentStates)[number];

/** Records may be notes; creating one may not (REFERENCE.md §4.1). */
export const contentTypes = ['article', 'link', 'video', 'image', 'note'] as const;
export type ContentType = (typeof contentTypes)[number];
export type CreatableContentType = Exclude<ContentType, 'note'>;

export type Visibility = 'private' | 'public';

export interface ContentImage {
  /** What DELETE /v2/content/{id}/images/{imageId} takes. */
  id: number;
  url: string | null;
  altText: string | null;
}

export interface ContentAuthor {
  userId: number | null;
  displayName: string | null;
  avatarUrl: string | null;
}

export interface ContentRecord {
  id: number;
  uuid: string;
  contentType: ContentType;
  state: ContentState;
  title: string | null;
  summary: string | null;
  /** HTML. */
  body: string | null;
  /** Link posts' target. */
  url: string | null;
  visibility: Visibility | null;
  featured: boolean | null;
  featuredLabel: string | null;
  permalinkUrl: string | null;
  publicLinkUrl: string | null;
  author: ContentAuthor | null;
  channels: { id: number; hidden: boolean | null }[];
  images: ContentImage[];
  source: { name: string | null; postId: string | null; postedAt: string | null } | null;
  createdAt: string | null;
  updatedAt: string | null;
  publishedAt: string | null;
}

// UNKNOWN (REFERENCE.md §5.8): the images array's field names. The sandbox's
// `content_image_id` is preferred, a plain `id` accepted.
const imageSchema = z
  .looseObject({ content_image_id: optionalId, id: optionalId, url: optionalText, alt_text: optionalText })
  .refine(...requireEither('content_image_id', 'id'))
  .transform((image): ContentImage => ({ id: (image.content_image_id ?? image.id) as number, url: image.url, altText: image.alt_text }));

const authorSchema = z
  .looseObject({ user_id: optionalId, display_name: optionalText, avatar_url: optionalText })
  .transform((author): ContentAuthor => ({ userId: author.user_id, displayName: author.display_name, avatarUrl: author.avatar_url }));

const sourceSchema = z
  .looseObject({ name: optionalText, post_id: z.union([z.string(), z.number()]).nullish(), posted_at: optionalText })
  .transform((source) => ({ name: source.name, postId: source.post_id == null ? null : String(source.post_id), postedAt: source.posted_at }));

/** Strict about the fields the studio relies on (id, uuid, type, state); everything else may be absent. */
export const contentRecordSchema = z
  .looseObject({
    id: integerId,
    uuid: z.string().min(1),
    content_type: z.enum(contentTypes),
    state: z.enum(contentStates),
    title: optionalText,
    summary: optionalText,
    body: optionalText,
    url: optionalText,
    visibility: z
      .enum(['private', 'public'])
      .nullish()
      .transform((value) => value ?? null),
    featured: optionalFlag,
    featured_label: optionalText,
    permalink_url: optionalText,
    public_link_url: optionalText,
    author: authorSchema.nullish(),
    channels: listOf(z.looseObject({ id: integerId, hidden: optionalFlag })),
    images: listOf(imageSchema),
    source: sourceSchema.nullish(),
    created_at: optionalText,
    updated_at: optionalText,
    published_at: optionalText,
  })
  .transform(
    (record): ContentRecord => ({
      id: record.id,
      uuid: record.uuid,
      contentType: record.content_type,
      state: record.state,
      title: record.title,
      summary: record.summary,
      body: record.body,
      url: record.url,
      visibility: record.visibility,
      featured: record.featured,
      featuredLabel: record.featured_label,
      permalinkUrl: record.permalink_url,
      publicLinkUrl: record.public_link_url,
      author: record.author ?? null,
      channels: record.channels.map((channel) => ({ id: channel.id, hidden: channel.hidden })),
      images: record.images,
      source: record.source ?? null,
      createdAt: record.created_at,
      updatedAt: record.updated_at,
      publishedAt: record.published_at,
    }),
  );
