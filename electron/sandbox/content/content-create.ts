import { randomUUID } from 'node:crypto';
import { validationError } from '../http/api-error.js';
import type { Post, SandboxUser } from '../model.js';
import { isoTime, type SandboxRuntime } from '../sandbox-runtime.js';
import { authorOf, editableChanges, resolveChannels } from './content-fields.js';
import type { CreateContentInput } from './content-schemas.js';

/** `POST /v2/content`: always a draft (REFERENCE.md §5.2), stored only once every check has passed. */
export function createPost(runtime: SandboxRuntime, input: CreateContentInput, caller: SandboxUser): Post {
  const { state } = runtime;
  const blank: Post = {
    id: 0,
    uuid: randomUUID(),
    content_type: input.content_type,
    title: null,
    summary: null,
    body: null,
    url: null,
    state: 'draft',
    visibility: 'private',
    featured: false,
    featured_label: null,
    author: authorOf(caller),
    channels: resolveChannels(state, input.channels ?? []),
    images: [],
    video_ids: [],
    // §4.4: content made through the partner API carries this source.
    source: { name: 'oauthclient', post_id: null, posted_at: null },
    created_at: '',
    updated_at: '',
    published_at: null,
    scheduled_at: null,
    processing_until: null,
    state_before_processing: null,
  };
  const post: Post = { ...blank, ...editableChanges(blank, input, state, caller) };
  if (post.content_type === 'link' && post.url === null) {
    throw validationError('url is required for link posts: it is the page the post links to.', 'url');
  }
  const at = isoTime(runtime.clock.now());
  post.id = state.next_ids.post++;
  post.created_at = at;
  post.updated_at = at;
  state.posts.push(post);
  return post;
}
