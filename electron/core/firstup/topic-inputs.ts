import type { TopicState } from './topic-records.js';

/** Topic create fields (REFERENCE.md §6.1); update takes the same, all optional (its exact fields are UNKNOWN). */
export interface TopicFields {
  name: string;
  description: string;
  state?: TopicState;
  autoPublish?: boolean;
  autoFollow?: boolean;
  recommended?: boolean;
  targeted?: boolean;
  userSubmittable?: boolean;
  promoted?: boolean;
  groups?: string[];
  contributors?: number[];
}

export type TopicCreateInput = TopicFields;
export type TopicUpdateInput = Partial<TopicFields>;

/** Absent fields are left out of the JSON, so an update changes only what it names. */
export function topicBody(input: TopicUpdateInput): Record<string, unknown> {
  return {
    name: input.name,
    description: input.description,
    state: input.state,
    auto_publish: input.autoPublish,
    auto_follow: input.autoFollow,
    recommended: input.recommended,
    targeted: input.targeted,
    user_submittable: input.userSubmittable,
    promoted: input.promoted,
    groups: input.groups,
    contributors: input.contributors,
  };
}
