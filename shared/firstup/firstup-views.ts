/**
 * What the renderer learns of Firstup data: the client's normalised records,
 * never a raw HTTP response or anything carrying a token. HTML fields (body,
 * page content) are untrusted and must be sanitised before display.
 */
import { z } from 'zod';

const text = (max: number) => z.string().max(max).nullable();
const id = z.number().int().nonnegative();
const isoTime = z.string().max(40).nullable();

export const pageRequestSchema = z.strictObject({
  number: z.number().int().min(1).max(100_000).optional(),
  size: z.number().int().min(1).max(100).optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({
    items: z.array(item).max(100),
    page: z.number().int().nullable(),
    pageSize: z.number().int().nullable(),
    totalRecords: z.number().int().nullable(),
    nextCursor: z.string().max(2_000).nullable(),
  });
}

export const contentStates = ['archived', 'draft', 'processing', 'processing_error', 'published', 'review', 'scheduled'] as const;
export type ContentState = (typeof contentStates)[number];
export const contentTypes = ['article', 'link', 'video', 'image', 'note'] as const;

export const contentSummarySchema = z.strictObject({
  id,
  uuid: z.string().max(64),
  contentType: z.enum(contentTypes),
  state: z.enum(contentStates),
  title: text(1_000),
  summary: text(5_000),
  channels: z.array(z.strictObject({ id, hidden: z.boolean().nullable() })).max(500),
  authorName: text(200),
  permalinkUrl: text(2_048),
  createdAt: isoTime,
  updatedAt: isoTime,
  publishedAt: isoTime,
});
export type ContentSummary = z.output<typeof contentSummarySchema>;

export const contentDetailSchema = contentSummarySchema.extend({
  /** Untrusted HTML from the API. */
  body: text(5_000_000),
  url: text(2_048),
  visibility: z.enum(['private', 'public']).nullable(),
  featured: z.boolean().nullable(),
  featuredLabel: text(200),
  publicLinkUrl: text(2_048),
  images: z.array(z.strictObject({ id, url: text(2_048), altText: text(2_000) })).max(500),
  sourcePostId: text(500),
});
export type ContentDetail = z.output<typeof contentDetailSchema>;

export const topicViewSchema = z.strictObject({
  id,
  name: z.string().max(500),
  description: text(5_000),
  state: text(50),
  followerCount: z.number().int().nonnegative().nullable(),
  autoFollow: z.boolean().nullable(),
  groups: z.array(z.string().max(200)).max(1_000),
});
export type TopicView = z.output<typeof topicViewSchema>;

export const reachViewSchema = z.strictObject({
  contentId: id,
  /** Unique people reached through the post's topics, through its audiences, and both; null when Firstup does not say. */
  channels: z.number().int().nonnegative().nullable(),
  audiences: z.number().int().nonnegative().nullable(),
  total: z.number().int().nonnegative().nullable(),
  measuredAt: z.string().max(40),
});
export type ReachView = z.output<typeof reachViewSchema>;

export const commentViewSchema = z.strictObject({
  id: z.string().max(100),
  text: text(50_000),
  authorName: text(200),
  createdAt: isoTime,
  replyCount: z.number().int().nonnegative().nullable(),
});
export type CommentView = z.output<typeof commentViewSchema>;

/**
 * Reach before a post exists: Firstup counts reach per post only (§5.10), and
 * topics are fixed when the post is made, so while topics are being chosen the
 * studio counts the unique followers of the chosen topics itself. Audiences
 * are not readable through the API, so this is the topics part only.
 */
export const topicReachSchema = z.strictObject({
  topicIds: z.array(id).max(50),
  /** Unique people following at least one of the topics. */
  followers: z.number().int().nonnegative(),
  /** false: a topic had too many followers to read one by one, and `followers` is a lower bound. */
  exact: z.boolean(),
  measuredAt: z.string().max(40),
});
export type TopicReach = z.output<typeof topicReachSchema>;
