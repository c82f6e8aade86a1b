import { paginate, type Page, type PageRequest } from '../http/list-query.js';
import type { SandboxState, SandboxUser, Topic } from '../model.js';

/** An item of `GET /v2/channels/{channel_id}/followers` (REFERENCE.md §6.2). */
export interface FollowerRecord {
  user_id: number;
  display_name: string;
  full_name: string;
  username: string;
  employee_id: string;
  avatar_url: string;
}

function followerRecord(user: SandboxUser): FollowerRecord {
  return {
    user_id: user.id,
    display_name: user.display_name,
    full_name: user.full_name,
    username: user.username,
    employee_id: user.employee_id,
    avatar_url: user.avatar_url,
  };
}

/** Ordered by user id, so page N is the same set on every call while nobody follows or leaves. */
export function listFollowers(state: SandboxState, topic: Topic, request: PageRequest): Page<FollowerRecord> {
  const page = paginate(topic.follower_ids.toSorted((a, b) => a - b), request);
  const users = new Map(state.users.map((user) => [user.id, user]));
  return {
    ...page,
    data: page.data.flatMap((id) => {
      const user = users.get(id);
      return user === undefined ? [] : [followerRecord(user)];
    }),
  };
}

/**
 * What `auto_follow` means is UNKNOWN (REFERENCE.md §6.1). The sandbox takes
 * the Studio setting's wording: the topic's audience follows it, i.e. the
 * members of its `groups`, or everyone when it has none, follow it from the
 * moment it is written. Whoever already follows keeps following: turning
 * auto-follow off does not unfollow anyone.
 */
export function followersAfterWrite(state: SandboxState, topic: Pick<Topic, 'auto_follow' | 'groups' | 'follower_ids'>): number[] {
  if (!topic.auto_follow) return topic.follower_ids;
  const audience =
    topic.groups.length === 0
      ? state.users.map((user) => user.id)
      : state.audiences.filter((audience) => topic.groups.includes(audience.id)).flatMap((audience) => audience.member_ids);
  return [...new Set([...topic.follower_ids, ...audience])].sort((a, b) => a - b);
}
