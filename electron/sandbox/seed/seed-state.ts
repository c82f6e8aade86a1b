import type { SandboxState } from '../model.js';
import { createRandom } from './random.js';
import { seedAudiences, seedUsers } from './seed-people.js';
import { seedComments, seedPosts } from './seed-posts.js';
import { seedTopics } from './seed-topics.js';

export const SANDBOX_PROGRAM = { id: 4242, name: 'Sandbox Program' } as const;

/** The seeded "Sandbox Program". The same seed and time give the same program. */
export function createSeededState(seed: number, now: number): SandboxState {
  const random = createRandom(seed);
  const createdAt = new Date(now - 60 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const users = seedUsers(random);
  const audiences = seedAudiences(random, users);
  const topics = seedTopics(random, users, audiences, createdAt);
  const posts = seedPosts(random, topics, now);
  const comments = seedComments(random, posts, createdAt);
  return {
    format: 1,
    program: { ...SANDBOX_PROGRAM },
    users,
    audiences,
    topics,
    posts,
    videos: [],
    comments,
    auth: { access_tokens: [], refresh_tokens: [], codes: [] },
    next_ids: { post: 5_101, topic: 201, image: 9_101, video: 601, comment: 80_001, page: 2_001 },
  };
}
