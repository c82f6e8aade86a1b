import { z } from 'zod';
import { integerId, lenientCount, lenientId, lenientText } from './schema-fields.js';

/**
 * Reach counts: unique users who can see a post, via its topics, via its
 * audiences, and both combined. The real field names are UNKNOWN
 * (REFERENCE.md §5.10), so each count is looked for under several plausible
 * names (the sandbox's `{channels, audiences, total}` first). A count that
 * cannot be found is null, never a guess; a per-topic list is not summed into
 * one number, because people follow several topics and a sum over-counts.
 */
export interface ReachCounts {
  channels: number | null;
  audiences: number | null;
  total: number | null;
}

const NAMES = {
  channels: ['channels', 'topics', 'channel_count', 'topic_count', 'channels_count', 'by_channels'],
  audiences: ['audiences', 'audience_count', 'audiences_count', 'groups', 'by_audiences'],
  total: ['total', 'combined', 'unique_user_count', 'unique_users', 'count', 'both', 'total_count'],
} as const;

function asCount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const nested = value as Record<string, unknown>;
    return asCount(nested.unique_user_count ?? nested.count ?? nested.total);
  }
  return null;
}

function findCount(source: Record<string, unknown>, names: readonly string[]): number | null {
  for (const name of names) {
    const count = asCount(source[name]);
    if (count !== null) return count;
  }
  return null;
}

/** Reads `data` if present, else the body itself; a bare number is the combined count. */
export function toReachCounts(json: unknown): ReachCounts {
  const body = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  const data = 'data' in body ? body.data : body;
  if (typeof data !== 'object' || data === null) return { channels: null, audiences: null, total: asCount(data) };
  const source = data as Record<string, unknown>;
  return { channels: findCount(source, NAMES.channels), audiences: findCount(source, NAMES.audiences), total: findCount(source, NAMES.total) };
}

export interface CommentRecord {
  /** Opaque: Firstup's comment id type is UNKNOWN (§5.11), so it is kept as a string. */
  id: string;
  /** May hold mention tokens like `{ref:user:…}` (grammar UNKNOWN). */
  text: string | null;
  authorId: number | null;
  authorName: string | null;
  createdAt: string | null;
  replyCount: number | null;
}

// Comment fields are UNKNOWN (§5.11): the text and author are looked for under plausible names.
export const commentRecordSchema = z
  .looseObject({
    id: z.union([integerId, z.string().min(1)]),
    text: lenientText,
    body: lenientText,
    content: lenientText,
    author_id: lenientId,
    author: z.looseObject({ user_id: lenientId, id: lenientId, display_name: lenientText }).nullish().catch(null),
    created_at: lenientText,
    reply_count: lenientCount,
    replies_count: lenientCount,
  })
  .transform(
    (comment): CommentRecord => ({
      id: String(comment.id),
      text: comment.text ?? comment.body ?? comment.content,
      authorId: comment.author_id ?? comment.author?.user_id ?? comment.author?.id ?? null,
      authorName: comment.author?.display_name ?? null,
      createdAt: comment.created_at,
      replyCount: comment.reply_count ?? comment.replies_count,
    }),
  );
