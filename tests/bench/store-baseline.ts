import Conf from 'conf';
import { randomUUID } from 'node:crypto';
import type { DraftContent } from '../../shared/drafts/draft-schema.js';
import type { Corpus } from './bench-corpus.js';
import { realisticContent } from './store-seed.js';

/**
 * The design we turned down, measured in the same run: `conf` (electron-store's
 * engine) holding every draft in one JSON file. Each autosave is one `set`,
 * which reads and parses the whole file and writes it back atomically. The
 * corpus is generated again from the same seed, so it holds the same drafts
 * as the store without keeping them in memory while the store is measured.
 */
export function confAutosaveSamples(
  folder: string,
  corpus: Corpus,
  count: number,
  article: { id: string; content: DraftContent },
  edits: readonly string[],
): number[] {
  const conf = new Conf<{ drafts: Record<string, unknown> }>({ cwd: folder, configName: 'drafts', projectName: 'content-studio-bench' });
  const all: Record<string, unknown> = {};
  for (let n = 0; n < count; n += 1) {
    const id = randomUUID();
    all[id] = { id, revision: 1, content: realisticContent(corpus) };
  }
  all[article.id] = article;
  conf.store = { drafts: all };
  return edits.map((bodyHtml, revision) => {
    const start = performance.now();
    conf.set(`drafts.${article.id}`, { ...article, revision, content: { ...article.content, bodyHtml } });
    return performance.now() - start;
  });
}
