import type { Topic, TopicState } from '../model.js';

/**
 * A topic as `GET`, `POST` and `PUT /v2/channels` return it:
 *
 *   { "id": 101, "name": "Company News", "description": "…", "state": "published",
 *     "auto_publish": true, "auto_follow": true, "recommended": true, "targeted": true,
 *     "user_submittable": true, "promoted": true, "groups": ["engineering"], "contributors": [2, 3],
 *     "follower_count": 5000, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z" }
 *
 * REFERENCE.md §6.1 gives the create fields; the response list is cut off
 * after `groups`, so `id`, `follower_count` (§6.4 expects "follower counts")
 * and the timestamps are the sandbox's picks. The follower ids themselves are
 * left out: a topic can have thousands, and `/followers` pages them.
 */
export interface TopicRecord {
  id: number;
  name: string;
  description: string;
  state: TopicState;
  auto_publish: boolean;
  auto_follow: boolean;
  recommended: boolean;
  targeted: boolean;
  user_submittable: boolean;
  promoted: boolean;
  groups: string[];
  contributors: number[];
  follower_count: number;
  created_at: string;
  updated_at: string;
}

export function topicRecord(topic: Topic): TopicRecord {
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    state: topic.state,
    auto_publish: topic.auto_publish,
    auto_follow: topic.auto_follow,
    recommended: topic.recommended,
    targeted: topic.targeted,
    user_submittable: topic.user_submittable,
    promoted: topic.promoted,
    groups: topic.groups,
    contributors: topic.contributors,
    follower_count: topic.follower_ids.length,
    created_at: topic.created_at,
    updated_at: topic.updated_at,
  };
}
