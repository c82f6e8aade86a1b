import type { Topic } from '../model.js';

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
/** The model's fields a record shows as they are; the follower ids become a count. */
const shownFields = [
  'id',
  'name',
  'description',
  'state',
  'auto_publish',
  'auto_follow',
  'recommended',
  'targeted',
  'user_submittable',
  'promoted',
  'groups',
  'contributors',
  'created_at',
  'updated_at',
] as const;

export type TopicRecord = Pick<Topic, (typeof shownFields)[number]> & { follower_count: number };

export function topicRecord(topic: Topic): TopicRecord {
  const shown = Object.fromEntries(shownFields.map((field) => [field, topic[field]])) as Pick<Topic, (typeof shownFields)[number]>;
  return { ...shown, follower_count: topic.follower_ids.length };
}
