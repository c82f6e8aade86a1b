import type { Draft, DraftContent, DraftContentType, DraftRemote } from '../../../shared/drafts/draft-schema.js';
import type { ContentCreateInput, ContentFields, ContentUpdateInput } from '../firstup/content-inputs.js';
import type { ContentRecord, ContentType } from '../firstup/content-records.js';
import { bodyForFirstup, bodyFromFirstup } from '../publishing/video-embeds.js';

/**
 * A local draft in the words of the Firstup client, and back.
 *
 * Only the text travels here: title, summary, body, link target, author,
 * visibility, featured, and the topics on create. Images and videos are NOT
 * uploaded by these functions: that is its own workflow step (PUT /images,
 * PUT /videos then a body update, REFERENCE.md §5.8, §8.5), so a push leaves
 * the remote post's media alone and a refresh keeps the local ones. What does
 * travel is where an attached video sits: the sent body carries each video's
 * player in place of its placeholder, and a refresh turns the players back
 * into placeholders (publishing/video-embeds.ts).
 *
 * `source.post_id` carries the draft's own uuid on every write. It is the
 * studio's marker for finding the post again after a create whose answer was
 * lost (no idempotency key exists, §7.3): see `findRemoteByMarker`.
 */

/** The text fields both create and update send. Empty strings are sent as they are, so clearing a field locally clears it remotely. */
function fieldsOf(draft: Draft): ContentFields {
  const fields: ContentFields = {
    title: draft.title,
    summary: draft.summary,
    body: bodyForFirstup(draft.bodyHtml, draft.videos),
    featured: draft.featured,
    source: { postId: draft.id },
  };
  if (draft.contentType === 'link' && draft.linkUrl !== null) fields.url = draft.linkUrl;
  if (draft.visibility !== null) fields.visibility = draft.visibility;
  // A user id makes Firstup fill in the name and avatar itself (§7.2); a bare name is a custom byline; neither: the caller.
  if (draft.author.userId !== null) fields.author = { userId: draft.author.userId };
  else if (draft.author.displayName !== null && draft.author.displayName !== '') fields.author = { displayName: draft.author.displayName };
  return fields;
}

/** The first push: the only time topics (channels) and the content type can be set (§5.5, §8.4). */
export function toCreateInput(draft: Draft): ContentCreateInput {
  return { ...fieldsOf(draft), contentType: draft.contentType, channels: draft.topics.map((topic) => ({ id: topic.id })) };
}

/** Later pushes: never channels, content_type or state, which update refuses (§5.5). */
export function toUpdateInput(draft: Draft): ContentUpdateInput {
  return fieldsOf(draft);
}

/** What the draft records about its remote post. */
export function remoteOf(record: ContentRecord): DraftRemote {
  return { id: record.id, uuid: record.uuid, state: record.state, updatedAt: record.updatedAt };
}

/** Notes can be read but not created (§4.1); an imported one is edited as an article, and update never sends the type. */
function draftTypeOf(type: ContentType): DraftContentType {
  return type === 'note' ? 'article' : type;
}

/**
 * The remote post's text as draft content. Topic names come from `topicNames`
 * (the program's topics, fetched by the caller); an unknown id keeps a
 * placeholder name. `keep` supplies what the remote does not carry: the
 * local images and videos on a refresh, and the players of those videos in
 * the remote body become their placeholders again. The body is NOT sanitised
 * here: the store sanitises every body it writes.
 */
export function contentFromRemote(record: ContentRecord, topicNames: ReadonlyMap<number, string>, keep?: Pick<DraftContent, 'images' | 'videos'>): DraftContent {
  const topics: DraftContent['topics'] = record.channels.map((channel) => ({ id: channel.id, name: (topicNames.get(channel.id) ?? `Topic ${channel.id}`).slice(0, 500) }));
  const images =
    keep?.images ??
    record.images.flatMap((image) => (image.url === null || image.url.length > 2_048 ? [] : [{ url: image.url, localFileRef: null, altText: (image.altText ?? '').slice(0, 2_000) }]));
  return {
    contentType: draftTypeOf(record.contentType),
    title: (record.title ?? '').slice(0, 1_000),
    summary: (record.summary ?? '').slice(0, 5_000),
    bodyHtml: keep === undefined ? (record.body ?? '') : bodyFromFirstup(record.body ?? '', keep.videos),
    linkUrl: record.url !== null && record.url.length <= 2_048 ? record.url : null,
    topics,
    images,
    videos: keep?.videos ?? [],
    author: { userId: record.author?.userId ?? null, displayName: record.author?.displayName?.slice(0, 200) ?? null },
    visibility: record.visibility,
    featured: record.featured ?? false,
  };
}

/** The three fields a person compares side by side in a conflict. */
export interface ComparableText {
  title: string;
  summary: string;
  bodyHtml: string;
}

export function comparableOf(content: Pick<DraftContent, 'title' | 'summary' | 'bodyHtml'>): ComparableText {
  return { title: content.title, summary: content.summary, bodyHtml: content.bodyHtml };
}

/** Same topic ids, in any order: the check that a pushed post's topics were not changed locally. */
export function sameTopicIds(draft: Pick<DraftContent, 'topics'>, record: Pick<ContentRecord, 'channels'>): boolean {
  const local = new Set(draft.topics.map((topic) => topic.id));
  const remote = new Set(record.channels.map((channel) => channel.id));
  return local.size === remote.size && [...local].every((id) => remote.has(id));
}
