import type Database from 'libsql';
import { draftSearchRequestSchema, type DraftSearchResult } from '../../../shared/drafts/draft-schema.js';
import { LIST_COLUMNS, qualified, type ListRow, type RowReader } from './draft-rows.js';

const MAX_TERMS = 8;
const DEFAULT_HITS = 20;
/** Shorter prefixes expand to most of the vocabulary: slow, and no help to the reader. */
const MIN_PREFIX = 3;
/** Title over summary over body. */
const WEIGHTS = "rank MATCH 'bm25(10.0, 4.0, 1.0)'";
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

interface SearchTerm {
  readonly text: string;
  readonly prefix: boolean;
}

/**
 * Words only: every character the tokenizer would not index (quotes, `*`,
 * `-`, parentheses, `:`) separates words, and each word becomes a quoted FTS
 * string, so AND, NEAR or a stray quote are searched as text and never parsed
 * as query syntax. The last word also matches as a prefix while it is being
 * typed (the query does not end in a space).
 */
function searchTerms(query: string): SearchTerm[] {
  const words = [...new Set((query.match(WORD) ?? []).map((word) => word.toLowerCase()))].slice(0, MAX_TERMS);
  const typing = !/\s$/.test(query);
  return words.map((text, position) => ({ text, prefix: typing && position === words.length - 1 && text.length >= MIN_PREFIX }));
}

function ftsString(term: SearchTerm): string {
  return `"${term.text.replaceAll('"', '""')}"${term.prefix ? '*' : ''}`;
}

/**
 * A draft's text is indexed in chunks, so every word is matched on its own
 * and a draft must match them all, in any of its chunks: a title word and a
 * body word find the draft even when they sit in different rows. A draft's
 * score for a word is its best chunk's bm25; its rank is the sum.
 *
 * A word still being typed only narrows the results: ranking a prefix
 * computes bm25 for every word it expands to, which for a three-letter
 * prefix means most of the index (about 20 ms over 10,000 drafts). So a
 * query of one unfinished word lists its matches most recently created
 * first (ties break on the draft key, the order of creation), and finished
 * words rank. Drafts are ranked on the index tables alone and only the best
 * `limit` are read; the trash needs no filter because trashed drafts are
 * taken out of the index.
 */
function termSql(position: number, prefix: boolean): string {
  const match = `draft_fts MATCH :term${position}`;
  const found = prefix
    ? `(SELECT rowid AS chunk, 0 AS score FROM draft_fts WHERE ${match})`
    : `(SELECT rowid AS chunk, rank AS score FROM draft_fts WHERE ${match} AND ${WEIGHTS})`;
  return `SELECT c.draft_key AS draft_key, min(m.score) AS score FROM ${found} AS m
    JOIN draft_index_chunks AS c ON c.rowid = m.chunk GROUP BY c.draft_key`;
}

function searchSql(terms: readonly SearchTerm[], byProgram: boolean): string {
  const inProgram = byProgram ? 'WHERE draft_key IN (SELECT key FROM drafts WHERE program_id = :programId)' : '';
  return `WITH matches AS (${terms.map((term, position) => termSql(position, term.prefix)).join(' UNION ALL ')}),
    ranked AS (SELECT draft_key, sum(score) AS score FROM matches ${inProgram}
      GROUP BY draft_key HAVING count(*) = ${terms.length} ORDER BY score, draft_key DESC LIMIT :limit)
    SELECT ${qualified(LIST_COLUMNS, 'd')} FROM ranked JOIN drafts AS d ON d.key = ranked.draft_key ORDER BY ranked.score, d.key DESC`;
}

export function createDraftSearch(db: Database.Database, rows: RowReader) {
  const statements = new Map<string, Database.Statement>();

  function statementFor(terms: readonly SearchTerm[], byProgram: boolean): Database.Statement {
    const cacheKey = `${terms.length}:${terms.at(-1)?.prefix === true}:${byProgram}`;
    let statement = statements.get(cacheKey);
    if (statement === undefined) {
      statement = db.prepare(searchSql(terms, byProgram));
      statements.set(cacheKey, statement);
    }
    return statement;
  }

  return {
    search(input: unknown): DraftSearchResult {
      const request = draftSearchRequestSchema.parse(input);
      const terms = searchTerms(request.query);
      if (terms.length === 0) return { hits: [], skipped: 0 };
      const params: Record<string, unknown> = { limit: request.limit ?? DEFAULT_HITS };
      terms.forEach((term, position) => (params[`term${position}`] = ftsString(term)));
      if (request.programId !== undefined) params.programId = request.programId;
      const found = statementFor(terms, request.programId !== undefined).all(params) as ListRow[];
      const hits = found.flatMap((row) => rows.listItem(row) ?? []);
      return { hits, skipped: found.length - hits.length };
    },
  };
}
