import type { z } from 'zod';
import { draftListItemSchema, draftSchema, type Draft, type DraftContent, type DraftListItem } from '../../../shared/drafts/draft-schema.js';
import type { Logger } from '../logging/logger.js';

/** The editable fields but the body, stored alike in `drafts` and in `draft_revisions`; the body follows them as `body_html`. */
export const CONTENT_COLUMNS = 'content_type, title, summary, link_url, visibility, featured, author_json, topics_json, images_json, videos_json';
export const CONTENT_VALUES = ':content_type, :title, :summary, :link_url, :visibility, :featured, :author_json, :topics_json, :images_json, :videos_json';
const META_COLUMNS = 'key, id, program_id, sync_status, remote_json, revision, created_at, updated_at';
/** What a list needs, read from `drafts` alone. */
export const LIST_COLUMNS = `${META_COLUMNS}, content_type, title, summary, topics_json`;
/** `a, b` as `d.a, d.b`, for queries that join. */
export const qualified = (columns: string, alias: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
/** A whole draft: its row and its body. */
export const SELECT_DRAFT = `SELECT ${qualified(`${META_COLUMNS}, ${CONTENT_COLUMNS}, deleted_at`, 'd')}, b.body_html
  FROM drafts AS d JOIN draft_bodies AS b ON b.draft_key = d.key`;

export interface ListRow {
  readonly key: number;
  readonly id: string;
  readonly program_id: string;
  readonly sync_status: string;
  readonly remote_json: string | null;
  readonly revision: number;
  readonly created_at: number;
  readonly updated_at: number;
  readonly content_type: string;
  readonly title: string;
  readonly summary: string;
  readonly topics_json: string;
}

/** CONTENT_COLUMNS and the body as read back. */
export interface ContentRow {
  readonly content_type: string;
  readonly title: string;
  readonly summary: string;
  readonly link_url: string | null;
  readonly visibility: string | null;
  readonly featured: number;
  readonly author_json: string;
  readonly topics_json: string;
  readonly images_json: string;
  readonly videos_json: string;
  readonly body_html: string;
}

export type DraftRow = ListRow & ContentRow;

/** Named parameters for CONTENT_VALUES; booleans become 0/1 because libsql cannot bind them (it aborts the process). */
export function contentParams(content: DraftContent) {
  return {
    content_type: content.contentType,
    title: content.title,
    summary: content.summary,
    link_url: content.linkUrl,
    visibility: content.visibility,
    featured: content.featured ? 1 : 0,
    author_json: JSON.stringify(content.author),
    topics_json: JSON.stringify(content.topics),
    images_json: JSON.stringify(content.images),
    videos_json: JSON.stringify(content.videos),
  };
}

const iso = (epochMs: number) => new Date(epochMs).toISOString();

function listShape(row: ListRow) {
  return {
    id: row.id,
    programId: row.program_id,
    remote: row.remote_json === null ? null : (JSON.parse(row.remote_json) as unknown),
    syncStatus: row.sync_status,
    revision: row.revision,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    contentType: row.content_type,
    title: row.title,
    summary: row.summary,
    topics: JSON.parse(row.topics_json) as unknown,
  };
}

/** Unvalidated: the caller parses it with the schema it needs. JSON.parse may throw on a damaged row. */
export function contentShape(row: ContentRow) {
  return {
    contentType: row.content_type,
    title: row.title,
    summary: row.summary,
    bodyHtml: row.body_html,
    linkUrl: row.link_url,
    topics: JSON.parse(row.topics_json) as unknown,
    images: JSON.parse(row.images_json) as unknown,
    videos: JSON.parse(row.videos_json) as unknown,
    author: JSON.parse(row.author_json) as unknown,
    visibility: row.visibility,
    featured: row.featured === 1,
  };
}

/** Turns rows back into drafts. A row that does not validate is logged (id and failing fields, never text) and left out. */
export interface RowReader {
  draft(row: DraftRow): Draft | undefined;
  listItem(row: ListRow): DraftListItem | undefined;
}

export function createRowReader(logger: Logger): RowReader {
  function read<T>(schema: z.ZodType<T>, row: ListRow, shape: () => unknown): T | undefined {
    let problem: string[];
    try {
      const parsed = schema.safeParse(shape());
      if (parsed.success) return parsed.data;
      problem = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.code}`);
    } catch (error) {
      // Not the message: JSON.parse quotes the text it choked on, and that is the person's content.
      problem = [error instanceof SyntaxError ? 'unreadable JSON' : 'unreadable row'];
    }
    logger.warn('Drafts store: skipped a draft that failed validation', { id: String(row.id).slice(0, 64), problem });
    return undefined;
  }
  return {
    draft: (row) => read(draftSchema, row, () => ({ ...listShape(row), ...contentShape(row) })),
    listItem: (row) => read(draftListItemSchema, row, () => listShape(row)),
  };
}
