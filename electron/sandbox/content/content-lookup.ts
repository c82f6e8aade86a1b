import { notFound } from '../http/api-error.js';
import type { Post } from '../model.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { settleProcessing } from './processing.js';

/**
 * The post a path names by numeric id or uuid (REFERENCE.md §3.5), settled
 * against the clock so a finished video shows, or a 404.
 */
export function findPost(runtime: SandboxRuntime, reference: string): Post {
  const wanted = reference.toLowerCase();
  const post = /^\d+$/.test(reference)
    ? runtime.state.posts.find((candidate) => candidate.id === Number(reference))
    : runtime.state.posts.find((candidate) => candidate.uuid.toLowerCase() === wanted);
  if (post === undefined) throw notFound(`Content ${reference}`);
  settleProcessing(post, runtime.clock.now());
  return post;
}
