import { ApiError, validationError } from '../http/api-error.js';
import type { Post, SandboxUser } from '../model.js';
import { isoTime, type SandboxRuntime } from '../sandbox-runtime.js';
import { editableChanges } from './content-fields.js';
import { fixedAfterCreate, updateContentSchema } from './content-schemas.js';
import { editRefusal } from './content-state-machine.js';
import { parseBody } from './content-validation.js';

/** `PUT /v2/content/{id}`: a partial update despite the verb (REFERENCE.md §5.5). */
export function updatePost(runtime: SandboxRuntime, post: Post, body: unknown, caller: SandboxUser): void {
  const fixed = typeof body === 'object' && body !== null ? Object.keys(fixedAfterCreate).find((key) => key in body) : undefined;
  if (fixed !== undefined) throw validationError(fixedAfterCreate[fixed]!, fixed);
  const input = parseBody(updateContentSchema, body);
  const refusal = editRefusal(post.state);
  if (refusal !== null) throw new ApiError(400, 'invalid_transition', refusal);
  const changes = editableChanges(post, input, runtime.state, caller);
  // "Published-state validations apply" (§5.7, which ones UNKNOWN): the sandbox keeps the one publish itself demands.
  if (post.state === 'published' && 'title' in changes && (changes.title ?? '').trim() === '') {
    throw validationError('A published post needs a title. Move it to draft first to clear the title.', 'title');
  }
  Object.assign(post, changes, { updated_at: isoTime(runtime.clock.now()) });
}
