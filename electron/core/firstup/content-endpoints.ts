import { contentRecordSchema, type ContentRecord, type ContentState, type ContentType } from './content-records.js';
import { createBody, imageBody, updateBody, videoBody, type ContentCreateInput, type ContentUpdateInput, type ImageInput, type VideoInput } from './content-inputs.js';
import { toReachCounts, commentRecordSchema, type CommentRecord, type ReachCounts } from './engagement-records.js';
import { readPriority as read, writePriority as write, type CallOptions, type FirstupReply, type FirstupSend } from './firstup-http.js';
import { commentSegment, contentSegment, imageSegment, videoSegment, type ContentId } from './ids.js';
import { videoDownloadSchema, videoRecordSchema, type VideoDownload, type VideoRecord } from './media-records.js';
import { pageQuery, type Page, type PageRequest } from './pagination.js';
import { carriesRecord, readList, readRecord } from './read-response.js';
import type { RequestPriority } from './request-budget.js';

export type TransitionAction = 'archive' | 'draft' | 'publish' | 'review';

export interface ContentListQuery {
  state?: ContentState[];
  channelIds?: number[];
  contentType?: ContentType[];
  /**
   * Whether Firstup filters on `source.post_id` is UNKNOWN (REFERENCE.md §7.3):
   * a server that ignores the filter returns everything, so callers must
   * still compare each record's `source.postId`. Filter values are comma
   * lists (§3.7), so a marker must not contain a comma (a uuid is safe).
   */
  sourcePostId?: string;
  page?: PageRequest;
  /** Syntax UNKNOWN (§3.8); passed through as given, e.g. `-created_at` (the sandbox's form). */
  sort?: string;
}

function contentQuery(query: ContentListQuery): URLSearchParams {
  const params = pageQuery(query.page);
  // Comma lists: the reference documents them as equivalent to repeated parameters (§3.7).
  const filter = (name: string, values: readonly (string | number)[] | undefined) => {
    if (values !== undefined && values.length > 0) params.set(`filter.${name}`, values.join(','));
  };
  filter('state', query.state); // name UNKNOWN (§3.7); `filter.<field>` is the documented pattern
  filter('channels.id', query.channelIds);
  filter('content_type', query.contentType);
  filter('source.post_id', query.sourcePostId === undefined ? undefined : [query.sourcePostId]);
  if (query.sort !== undefined) params.set('sort', query.sort);
  return params;
}

export function createContentEndpoints(send: FirstupSend) {
  const base = (id: ContentId) => `/v2/content/${contentSegment(id)}`;

  async function get(id: ContentId, options?: CallOptions): Promise<ContentRecord> {
    return readRecord(await send({ method: 'GET', path: base(id), priority: read(options) }), contentRecordSchema);
  }

  /** Updates and transitions may answer 202 (async) or 204 without the record (§3.2): then the record is read back. */
  async function recordOrRefetch(id: ContentId, reply: FirstupReply, priority: RequestPriority): Promise<ContentRecord> {
    return carriesRecord(reply) ? readRecord(reply, contentRecordSchema) : get(id, { priority });
  }

  return {
    async listContent(query: ContentListQuery = {}, options?: CallOptions): Promise<Page<ContentRecord>> {
      return readList(await send({ method: 'GET', path: '/v2/content', query: contentQuery(query), priority: read(options) }), contentRecordSchema);
    },

    getContent: get,

    /**
     * Not safe to retry blindly: no idempotency key exists (§7.3). A 202
     * without the new record fails as unexpected_response, as there is no id
     * to read it back by; the outbox reconciles through `source.postId`.
     */
    async createContent(input: ContentCreateInput, options?: CallOptions): Promise<ContentRecord> {
      return readRecord(await send({ method: 'POST', path: '/v2/content', body: createBody(input), priority: write(options) }), contentRecordSchema);
    },

    async updateContent(id: ContentId, input: ContentUpdateInput, options?: CallOptions): Promise<ContentRecord> {
      const priority = write(options);
      return recordOrRefetch(id, await send({ method: 'PUT', path: base(id), body: updateBody(input), priority }), priority);
    },

    /** The transition endpoints take no documented body (§5.1), so none is sent. */
    async transitionContent(id: ContentId, action: TransitionAction, options?: CallOptions): Promise<ContentRecord> {
      const priority = write(options);
      return recordOrRefetch(id, await send({ method: 'PUT', path: `${base(id)}/${action}`, priority }), priority);
    },

    /** Firstup serves the image from this URL as it is (§5.8): it must be public, permanent and already sized. */
    async addImage(id: ContentId, image: ImageInput, options?: CallOptions): Promise<ContentRecord> {
      const priority = write(options);
      return recordOrRefetch(id, await send({ method: 'PUT', path: `${base(id)}/images`, body: imageBody(image), priority }), priority);
    },

    /** Refused by Firstup while the post is published (§5.8). */
    async removeImage(id: ContentId, imageId: number | string, options?: CallOptions): Promise<void> {
      await send({ method: 'DELETE', path: `${base(id)}/images/${imageSegment(imageId)}`, priority: write(options) });
    },

    /** The answer is the video record; placing its `embedHtml` in the body is a separate update (§8.5). */
    async addVideo(id: ContentId, video: VideoInput, options?: CallOptions): Promise<VideoRecord> {
      return readRecord(await send({ method: 'PUT', path: `${base(id)}/videos`, body: videoBody(video), priority: write(options) }), videoRecordSchema);
    },

    async videoDownloadUrl(videoId: number | string, lifespanSeconds: number, options?: CallOptions): Promise<VideoDownload> {
      const query = new URLSearchParams({ lifespan: String(Math.max(1, Math.round(lifespanSeconds))) });
      const path = `/v2/videos/${videoSegment(videoId)}/download`;
      return readRecord(await send({ method: 'GET', path, query, priority: read(options) }), videoDownloadSchema);
    },

    async reach(id: ContentId, options?: CallOptions): Promise<ReachCounts> {
      return toReachCounts((await send({ method: 'GET', path: `${base(id)}/reach/unique_user_count`, priority: read(options) })).json);
    },

    /** Top-level comments only; pagination style UNKNOWN (§5.11), so both are accepted. */
    async comments(id: ContentId, page?: PageRequest, options?: CallOptions): Promise<Page<CommentRecord>> {
      return readList(await send({ method: 'GET', path: `${base(id)}/comments`, query: pageQuery(page), priority: read(options) }), commentRecordSchema);
    },

    async replies(id: ContentId, commentId: number | string, page?: PageRequest, options?: CallOptions): Promise<Page<CommentRecord>> {
      const path = `${base(id)}/comments/${commentSegment(commentId)}/replies`;
      return readList(await send({ method: 'GET', path, query: pageQuery(page), priority: read(options) }), commentRecordSchema);
    },
  };
}

export type ContentEndpoints = ReturnType<typeof createContentEndpoints>;
