/** The posts of a chaos run: drafts in a fresh drafts database, queued to publish as "publish selected" would. */
import { randomUUID } from 'node:crypto';
import { openDraftStore, type DraftStore } from '../../electron/core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../../electron/core/drafts/html-sanitizer.js';
import { createMemoryLogger } from '../../electron/core/logging/logger.js';
import { openOutboxStore } from '../../electron/core/outbox/store/outbox-store.js';
import type { OutboxJobDetail } from '../../electron/core/outbox/store/outbox-reads.js';
import type { OutboxEvent } from '../../electron/core/outbox/store/outbox-schema.js';
import { CHAOS_TOPIC } from './chaos-settings.js';

export interface QueuedPost {
  readonly jobId: string;
  readonly title: string;
}

/** The enqueue request's own limit. */
const PER_ENQUEUE = 1_000;

export const openChaosDrafts = (dataDir: string): DraftStore => openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: sanitizeArticleHtml });

export async function queuePosts(dataDir: string, count: number): Promise<QueuedPost[]> {
  const drafts = openChaosDrafts(dataDir);
  try {
    const programId = randomUUID();
    const run = randomUUID().slice(0, 8);
    const created = [];
    for (let index = 1; index <= count; index += 1) {
      created.push(await drafts.create({ programId, title: `Chaos ${run} post ${index}`, topics: [CHAOS_TOPIC], bodyHtml: `<p>Post ${index} of ${count}.</p>` }));
    }
    const outbox = openOutboxStore(drafts);
    const queued: QueuedPost[] = [];
    for (let start = 0; start < created.length; start += PER_ENQUEUE) {
      const batch = created.slice(start, start + PER_ENQUEUE);
      for (const [index, answer] of outbox.enqueue({ draftIds: batch.map((draft) => draft.id), action: 'publish' }).entries()) {
        if (!answer.ok) throw new Error(`Draft ${answer.draftId} was not queued: ${answer.message}`);
        queued.push({ jobId: answer.jobId, title: batch[index]!.title });
      }
    }
    return queued;
  } finally {
    drafts.close();
  }
}

/** What the checks and the summary read of a job after the run. */
export interface StoredOutcome {
  readonly job: Pick<OutboxJobDetail, 'state' | 'step' | 'stepAttempts' | 'lastError'> | undefined;
  readonly events: readonly Pick<OutboxEvent, 'note'>[];
}

/** Each queued job as the database holds it after the run, with its history. */
export function readOutcomes(dataDir: string, posts: readonly QueuedPost[]): Map<string, StoredOutcome> {
  const drafts = openChaosDrafts(dataDir);
  try {
    const outbox = openOutboxStore(drafts);
    return new Map(posts.map(({ jobId }) => [jobId, { job: outbox.get(jobId), events: outbox.events(jobId) }]));
  } finally {
    drafts.close();
  }
}
