import { validationError } from '../http/api-error.js';
import type { Post, SandboxState, SandboxUser } from '../model.js';
import { isoTime } from '../sandbox-runtime.js';
import type { AuthorInput, CreateContentInput, EditableContentInput, SourceInput } from './content-schemas.js';

/**
 * Checks that need the program's data (users, topics) and turns validated
 * input into post fields. Everything is checked before anything is written,
 * so a refused request leaves the post as it was.
 */

export function authorOf(user: SandboxUser): Post['author'] {
  return { user_id: user.id, display_name: user.display_name, avatar_url: user.avatar_url };
}

/** A user id wins over a sent name and avatar (REFERENCE.md §7.2); with neither, the caller is the author (the §7.2 UNKNOWN, sandbox pick). */
function resolveAuthor(state: SandboxState, input: AuthorInput, caller: SandboxUser): Post['author'] {
  if (input.user_id !== undefined) {
    const user = state.users.find((candidate) => candidate.id === input.user_id);
    if (user === undefined) throw validationError(`author.user_id: user ${input.user_id} does not exist in this program.`, 'author.user_id');
    return authorOf(user);
  }
  if (input.display_name === undefined && input.avatar_url === undefined) return authorOf(caller);
  return { user_id: null, display_name: input.display_name ?? null, avatar_url: input.avatar_url ?? null };
}

/** Duplicates collapse to their first mention, so a client that repeats a topic is not punished for it. */
export function resolveChannels(state: SandboxState, input: NonNullable<CreateContentInput['channels']>): Post['channels'] {
  const channels: Post['channels'] = [];
  for (const { id, hidden } of input) {
    if (channels.some((channel) => channel.id === id)) continue;
    const topic = state.topics.find((candidate) => candidate.id === id);
    if (topic === undefined) throw validationError(`channels: topic ${id} does not exist in this program.`, 'channels');
    if (topic.state === 'archived') throw validationError(`channels: topic ${id} (${topic.name}) is archived; choose one that is not.`, 'channels');
    channels.push({ id, hidden: hidden ?? false });
  }
  return channels;
}

function mergeSource(current: Post['source'], input: SourceInput): Post['source'] {
  return {
    name: current.name,
    post_id: input.post_id ?? current.post_id,
    // Stored in UTC like every other timestamp the API returns (§3.5).
    posted_at: input.posted_at === undefined ? current.posted_at : isoTime(Date.parse(input.posted_at)),
  };
}

/** The fields create and update share, applied to `post`'s current values; omitted fields stay as they are. */
export function editableChanges(post: Post, input: EditableContentInput, state: SandboxState, caller: SandboxUser): Partial<Post> {
  // The reference names no link-target field (§5.2 UNKNOWN); the sandbox's `url` belongs to link posts only.
  if (input.url !== undefined && post.content_type !== 'link') {
    throw validationError(`url is only for link posts; this post's content_type is ${post.content_type}.`, 'url');
  }
  const changes: Partial<Post> = {};
  if (input.title !== undefined) changes.title = input.title;
  if (input.summary !== undefined) changes.summary = input.summary;
  if (input.body !== undefined) changes.body = input.body;
  if (input.url !== undefined) changes.url = input.url;
  if (input.featured !== undefined) changes.featured = input.featured;
  if (input.featured_label !== undefined) changes.featured_label = input.featured_label;
  if (input.visibility !== undefined) changes.visibility = input.visibility;
  if (input.author !== undefined) changes.author = resolveAuthor(state, input.author, caller);
  if (input.source !== undefined) changes.source = mergeSource(post.source, input.source);
  return changes;
}
