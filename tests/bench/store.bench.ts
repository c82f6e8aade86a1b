/**
 * The drafts store over 10,000 realistic drafts: first page of the list,
 * full-text search, and autosave of a 1 MB article, against the same
 * autosave through `conf`. Figures and method: tests/bench/README.md.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { openDraftStore } from '../../electron/core/drafts/draft-store.js';
import { createMemoryLogger } from '../../electron/core/logging/logger.js';
import { createCorpus } from './bench-corpus.js';
import { percentile, reportTargets, round, timed, writeResults } from './bench-stats.js';
import { confAutosaveSamples } from './store-baseline.js';
import { PROGRAMS, realisticContent, seedDrafts } from './store-seed.js';

const DRAFTS = 10_000;
const LIST_RUNS = 30;
const SEARCHES = 300;
const AUTOSAVES = 300;
const BASELINE_AUTOSAVES = 7;
const ARTICLE_CHARS = 1_000_000;

const folder = mkdtempSync(path.join(os.tmpdir(), 'store-bench-'));
const dataDir = path.join(folder, 'data');
const CORPUS_SEED = 20_260_101;
const corpus = createCorpus(CORPUS_SEED);

const seed = await timed(() => seedDrafts(dataDir, corpus, DRAFTS));
const opened = await timed(() => openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: (html) => html }));
const store = opened.result;

const listSamples: number[] = [];
for (let run = 0; run < LIST_RUNS; run += 1) listSamples.push((await timed(() => store.list({ limit: 50 }))).ms);

/** What people type: distinctive words (not the commonest few), pairs of them, and a word still being typed. */
function searchQuery(): string {
  const midWord = () => corpus.words[corpus.between(30, 3_000)]!;
  const roll = corpus.random();
  if (roll < 0.6) return `${midWord()} `;
  if (roll < 0.85) return `${midWord()} ${midWord()} `;
  return midWord().slice(0, corpus.between(3, 5));
}
const searchSamples: number[] = [];
let hitCount = 0;
for (let run = 0; run < SEARCHES; run += 1) {
  const { ms, result } = await timed(() => store.search({ query: searchQuery(), limit: 20 }));
  searchSamples.push(ms);
  hitCount += result.hits.length;
}
const commonWord = await timed(() => store.search({ query: `${corpus.words[0]!} `, limit: 20 }));

// Typing into a 1 MB article: each autosave adds a few words to one paragraph.
const article = await store.create({ programId: PROGRAMS[0], ...realisticContent(corpus), bodyHtml: corpus.articleHtml(ARTICLE_CHARS) });
const { id, programId, remote, syncStatus, revision, createdAt, updatedAt, ...content } = article;
function typeInto(body: string): string {
  const at = body.indexOf('</p>', corpus.between(0, body.length - 10));
  return at < 0 ? `${body}<p>${corpus.sentence(4)}</p>` : `${body.slice(0, at)} ${corpus.sentence(3)}${body.slice(at)}`;
}
const baselineEdits: string[] = [];
const autosaveSamples: number[] = [];
const housekeepingSamples: number[] = [];
let body = article.bodyHtml;
let base = revision;
for (let n = 0; n < AUTOSAVES; n += 1) {
  body = typeInto(body);
  if (baselineEdits.length < BASELINE_AUTOSAVES) baselineEdits.push(body);
  const bodyHtml = body;
  const { ms, result } = await timed(() => store.save({ id, baseRevision: base, content: { ...content, bodyHtml } }));
  autosaveSamples.push(ms);
  base = result.revision;
  // The editor saves at most every few hundred milliseconds; one event-loop turn lets the post-acknowledgement housekeeping run, as it would.
  housekeepingSamples.push((await timed(() => nextTurn())).ms);
}
store.close();
const databaseMb = statSync(path.join(dataDir, 'drafts.sqlite')).size / 1_048_576;

const baselineSamples = confAutosaveSamples(path.join(folder, 'conf'), createCorpus(CORPUS_SEED), DRAFTS, { id, content }, baselineEdits);
rmSync(folder, { recursive: true, force: true });

const results = {
  drafts: DRAFTS,
  seed_ms: round(seed.ms),
  open_ms: round(opened.ms),
  database_mb: round(databaseMb),
  list_first_page_ms: percentile(listSamples, 50),
  search_p50_ms: percentile(searchSamples, 50),
  search_p95_ms: percentile(searchSamples, 95),
  search_mean_hits: round(hitCount / SEARCHES),
  search_commonest_word_ms: round(commonWord.ms),
  autosave_p50_ms: percentile(autosaveSamples, 50),
  autosave_p99_ms: percentile(autosaveSamples, 99),
  autosave_max_ms: percentile(autosaveSamples, 100),
  housekeeping_p50_ms: percentile(housekeepingSamples, 50),
  housekeeping_p99_ms: percentile(housekeepingSamples, 99),
  baseline_autosave_p50_ms: percentile(baselineSamples, 50),
  autosave_baseline_ratio: round(percentile(baselineSamples, 50) / percentile(autosaveSamples, 50)),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: os.cpus().length,
};
console.log(results);
reportTargets(results, [
  { key: 'autosave_p99_ms', limit: 15, kind: 'max' },
  { key: 'autosave_baseline_ratio', limit: 20, kind: 'min' },
  { key: 'search_p95_ms', limit: 20, kind: 'max' },
]);
console.log(`Written to ${writeResults('store', results)}`);
