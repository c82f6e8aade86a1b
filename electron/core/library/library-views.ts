import type { CommentView, ContentDetail, ContentSummary, ReachView, TopicView } from '../../../shared/firstup/firstup-views.js';
import type { ContentRecord } from '../firstup/content-records.js';
import type { CommentRecord, ReachCounts } from '../firstup/engagement-records.js';
import type { Topic } from '../firstup/topic-records.js';

/** The client's records, narrowed to what the renderer may see. */
export function contentSummaryOf(record: ContentRecord): ContentSummary {
  return {
    id: record.id,
    uuid: record.uuid,
    contentType: record.contentType,
    state: record.state,
    title: record.title,
    summary: record.summary,
    channels: record.channels,
    authorName: record.author?.displayName ?? null,
    permalinkUrl: record.permalinkUrl,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    publishedAt: record.publishedAt,
  };
}

export function contentDetailOf(record: ContentRecord): ContentDetail {
  return {
    ...contentSummaryOf(record),
    body: record.body,
    url: record.url,
    visibility: record.visibility,
    featured: record.featured,
    featuredLabel: record.featuredLabel,
    publicLinkUrl: record.publicLinkUrl,
    images: record.images,
    sourcePostId: record.source?.postId ?? null,
  };
}

export function topicViewOf(topic: Topic): TopicView {
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    state: topic.state,
    followerCount: topic.followerCount,
    autoFollow: topic.autoFollow,
    groups: topic.groups,
  };
}

export function reachViewOf(contentId: number, counts: ReachCounts, measuredAt: Date): ReachView {
  return { contentId, channels: counts.channels, audiences: counts.audiences, total: counts.total, measuredAt: measuredAt.toISOString() };
}

export function commentViewOf(comment: CommentRecord): CommentView {
  return { id: comment.id, text: comment.text, authorName: comment.authorName, createdAt: comment.createdAt, replyCount: comment.replyCount };
}
