import { z } from 'zod';
import { integerId, lenientCount, lenientText, listOf, optionalFlag, optionalId, optionalText, requireEither } from './schema-fields.js';

/** Topics ("channels" in the API), their followers and their pages, as the studio uses them (REFERENCE.md §6). */

/** The documented enum; the prose disagrees (§6.1), so records keep whatever state string Firstup sends. */
export const topicStates = ['active', 'published', 'hidden', 'available', 'archived'] as const;
export type TopicState = (typeof topicStates)[number];

export interface Topic {
  id: number;
  name: string;
  description: string | null;
  state: string | null;
  autoPublish: boolean | null;
  autoFollow: boolean | null;
  recommended: boolean | null;
  targeted: boolean | null;
  userSubmittable: boolean | null;
  promoted: boolean | null;
  /** Audience ids the topic targets. */
  groups: string[];
  contributors: number[];
  /** Not in the reference (§6.4 only expects "follower counts"): null when absent. */
  followerCount: number | null;
}

export interface Follower {
  userId: number;
  displayName: string | null;
  fullName: string | null;
  username: string | null;
  employeeId: string | null;
  avatarUrl: string | null;
}

export interface TopicPage {
  id: number;
  tabType: string | null;
  position: number | null;
  name: string | null;
  previewContent: string | null;
  /** HTML; untrusted. */
  pageContent: string | null;
}

// The topic id's name is not shown in the reference (§6.1); `id` is preferred, `channel_id` accepted (§3.5).
export const topicSchema = z
  .looseObject({
    id: optionalId,
    channel_id: optionalId,
    name: z.string(),
    description: optionalText,
    state: optionalText,
    auto_publish: optionalFlag,
    auto_follow: optionalFlag,
    recommended: optionalFlag,
    targeted: optionalFlag,
    user_submittable: optionalFlag,
    promoted: optionalFlag,
    groups: listOf(z.union([z.string(), z.number()]).transform(String)),
    contributors: listOf(integerId),
    follower_count: lenientCount,
    followers_count: lenientCount,
  })
  .refine(...requireEither('id', 'channel_id'))
  .transform(
    (topic): Topic => ({
      id: (topic.id ?? topic.channel_id) as number,
      name: topic.name,
      description: topic.description,
      state: topic.state,
      autoPublish: topic.auto_publish,
      autoFollow: topic.auto_follow,
      recommended: topic.recommended,
      targeted: topic.targeted,
      userSubmittable: topic.user_submittable,
      promoted: topic.promoted,
      groups: topic.groups,
      contributors: topic.contributors,
      followerCount: topic.follower_count ?? topic.followers_count,
    }),
  );

export const followerSchema = z
  .looseObject({
    user_id: integerId,
    display_name: optionalText,
    full_name: optionalText,
    username: optionalText,
    employee_id: z.union([z.string(), z.number()]).nullish(),
    avatar_url: optionalText,
  })
  .transform(
    (follower): Follower => ({
      userId: follower.user_id,
      displayName: follower.display_name,
      fullName: follower.full_name,
      username: follower.username,
      employeeId: follower.employee_id == null ? null : String(follower.employee_id),
      avatarUrl: follower.avatar_url,
    }),
  );

export const topicPageSchema = z
  .looseObject({ id: integerId, tab_type: optionalText, position: lenientCount, name: optionalText, preview_content: lenientText, page_content: lenientText })
  .transform(
    (page): TopicPage => ({
      id: page.id,
      tabType: page.tab_type,
      position: page.position,
      name: page.name,
      previewContent: page.preview_content,
      pageContent: page.page_content,
    }),
  );
