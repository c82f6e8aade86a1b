import { randomUUID } from 'node:crypto';
import type { DraftContent, DraftRemote, SyncStatus } from '../../shared/drafts/draft-schema.js';
import { openDraftDatabase } from '../../electron/core/drafts/draft-database.js';
import { createDraftIndex } from '../../electron/core/drafts/draft-index.js';
import { inTransaction } from '../../electron/core/drafts/draft-sql.js';
import { createDraftWrites } from '../../electron/core/drafts/draft-writes.js';
import { createMemoryLogger } from '../../electron/core/logging/logger.js';
import type { Corpus } from './bench-corpus.js';

export const PROGRAMS = [randomUUID(), randomUUID(), randomUUID()] as const;
const YEAR_MS = 365 * 24 * 60 * 60_000;
const STATES = ['draft', 'published', 'review', 'scheduled', 'archived'] as const;

/** A comms article as people write them: a short title, a one-line summary, a body of 1–30 KB (log-uniform), a few topics. */
export function realisticContent(corpus: Corpus): DraftContent {
  const bodyChars = Math.round(Math.exp(Math.log(1_000) + corpus.random() * Math.log(30)));
  const topics = Array.from({ length: corpus.between(0, 3) }, () => {
    const id = corpus.between(1, 40);
    return { id, name: `Topic ${id}` };
  });
  return {
    contentType: corpus.random() < 0.8 ? 'article' : (['link', 'image', 'video'] as const)[corpus.between(0, 2)]!,
    title: corpus.sentence(corpus.between(4, 11)).slice(0, -1),
    summary: corpus.sentence(corpus.between(12, 35)),
    bodyHtml: corpus.articleHtml(bodyChars),
    linkUrl: null,
    topics: [...new Map(topics.map((topic) => [topic.id, topic])).values()],
    images: [],
    videos: [],
    author: { userId: corpus.between(1, 500), displayName: `${corpus.word()} ${corpus.word()}` },
    visibility: 'public',
    featured: corpus.random() < 0.05,
  };
}

/**
 * Writes `count` drafts in one transaction through the store's own row
 * writer (row, topics, search index), which is what a store filled over
 * months of use would hold, in seconds rather than one fsync per draft.
 */
export function seedDrafts(dataDir: string, corpus: Corpus, count: number): void {
  const database = openDraftDatabase({ dataDir, logger: createMemoryLogger(), now: Date.now });
  const writes = createDraftWrites(database.db, createDraftIndex(database.db));
  const start = Date.now() - YEAR_MS;
  inTransaction(database.db, () => {
    for (let n = 0; n < count; n += 1) {
      const pushed = corpus.random() < 0.4;
      const remote: DraftRemote | null = pushed
        ? { id: n + 1, uuid: randomUUID(), state: STATES[corpus.between(0, STATES.length - 1)]!, updatedAt: null }
        : null;
      const syncStatus: SyncStatus = pushed ? (corpus.random() < 0.7 ? 'in_sync' : 'changed_here') : 'local_only';
      const draft = { id: randomUUID(), programId: PROGRAMS[n % PROGRAMS.length]!, content: realisticContent(corpus), remote, syncStatus };
      writes.insert(draft, start + Math.floor((n / count) * YEAR_MS));
    }
  });
  database.close();
}
