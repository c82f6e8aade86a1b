import { validationError } from '../http/api-error.js';
import type { SandboxState, Topic } from '../model.js';
import { isoTime, type SandboxRuntime } from '../sandbox-runtime.js';
import { followersAfterWrite } from './topic-followers.js';
import type { TopicInput, TopicPatch } from './topic-schemas.js';

/** Audiences and users must exist; an id given twice counts once. */
function checkedReferences(state: SandboxState, patch: TopicPatch): Pick<TopicPatch, 'groups' | 'contributors'> {
  const groups = patch.groups === undefined ? undefined : [...new Set(patch.groups)];
  const unknownGroup = groups?.find((id) => !state.audiences.some((audience) => audience.id === id));
  if (unknownGroup !== undefined) throw validationError(`groups: there is no audience "${unknownGroup}" in this program.`, 'groups');
  const contributors = patch.contributors === undefined ? undefined : [...new Set(patch.contributors)];
  const unknownUser = contributors?.find((id) => !state.users.some((user) => user.id === id));
  if (unknownUser !== undefined) throw validationError(`contributors: there is no user ${unknownUser} in this program.`, 'contributors');
  return { groups, contributors };
}

/**
 * Whether the API rejects a duplicate name is UNKNOWN. The sandbox keeps names
 * unique (ignoring case) among topics that are not archived, as Studio's
 * topic picker shows names alone; an archived topic frees its name.
 */
function checkNameFree(state: SandboxState, topic: Pick<Topic, 'id' | 'name' | 'state'>): void {
  if (topic.state === 'archived') return;
  const wanted = topic.name.toLowerCase();
  const clash = state.topics.find((other) => other.id !== topic.id && other.state !== 'archived' && other.name.toLowerCase() === wanted);
  if (clash !== undefined) throw validationError(`name: topic ${clash.id} is already called "${clash.name}"; names are unique among topics that are not archived.`, 'name');
}

/** Fields left out get the sandbox's defaults: published, every switch off, no audiences, no contributors. */
export function createTopic(runtime: SandboxRuntime, input: TopicInput): Topic {
  const { state } = runtime;
  const references = checkedReferences(state, input);
  const now = isoTime(runtime.clock.now());
  const draft = {
    id: state.next_ids.topic,
    name: input.name,
    description: input.description,
    state: input.state ?? 'published',
    auto_publish: input.auto_publish ?? false,
    auto_follow: input.auto_follow ?? false,
    recommended: input.recommended ?? false,
    targeted: input.targeted ?? false,
    user_submittable: input.user_submittable ?? false,
    promoted: input.promoted ?? false,
    groups: references.groups ?? [],
    contributors: references.contributors ?? [],
    follower_ids: [],
    pages: [],
    created_at: now,
    updated_at: now,
  } satisfies Topic;
  checkNameFree(state, draft);
  const topic: Topic = { ...draft, follower_ids: followersAfterWrite(state, draft) };
  state.next_ids.topic += 1;
  state.topics.push(topic);
  return topic;
}

/** Changes only the fields given; nothing is written when any of them is refused. */
export function updateTopic(runtime: SandboxRuntime, topic: Topic, patch: TopicPatch): Topic {
  const { state } = runtime;
  const references = checkedReferences(state, patch);
  const next: Topic = { ...topic, ...patch, groups: references.groups ?? topic.groups, contributors: references.contributors ?? topic.contributors };
  // Renaming or un-archiving can clash; other edits must not fail over a clash already there.
  if (patch.name !== undefined || patch.state !== undefined) checkNameFree(state, next);
  Object.assign(topic, next, { follower_ids: followersAfterWrite(state, next), updated_at: isoTime(runtime.clock.now()) });
  return topic;
}
