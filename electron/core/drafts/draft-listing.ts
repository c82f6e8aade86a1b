import type Database from 'libsql';
import { draftListRequestSchema, type DraftListPage } from '../../../shared/drafts/draft-schema.js';
import { LIST_COLUMNS, type ListRow, type RowReader } from './draft-rows.js';

const DEFAULT_PAGE_SIZE = 50;

type Request = ReturnType<typeof draftListRequestSchema.parse>;

/** Each filter is one fixed clause with a bound value: nothing the caller sends becomes SQL text. */
const clauses: readonly [keyof Request, (value: unknown) => string][] = [
  ['programId', () => 'program_id = :programId'],
  ['contentType', () => 'content_type = :contentType'],
  ['syncStatus', () => 'sync_status = :syncStatus'],
  ['remoteState', (value) => (value === 'none' ? 'remote_state IS NULL' : 'remote_state = :remoteState')],
  ['topicId', () => 'key IN (SELECT draft_key FROM draft_topics WHERE topic_id = :topicId)'],
];

/** Lists drafts, last changed first. The statement for each combination of filters is prepared once. */
export function createDraftListing(db: Database.Database, rows: RowReader) {
  const statements = new Map<string, Database.Statement>();

  function statementFor(request: Request): { statement: Database.Statement; params: Record<string, unknown> } {
    const where = [request.trashed === true ? 'deleted_at IS NOT NULL' : 'deleted_at IS NULL'];
    const params: Record<string, unknown> = {};
    for (const [field, clause] of clauses) {
      const value = request[field];
      if (value === undefined) continue;
      where.push(clause(value));
      if (value !== 'none') params[field] = value;
    }
    const sql = `SELECT ${LIST_COLUMNS} FROM drafts WHERE ${where.join(' AND ')} ORDER BY updated_at DESC, key DESC LIMIT :limit OFFSET :offset`;
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return { statement, params };
  }

  return {
    list(input: unknown): DraftListPage {
      const request = draftListRequestSchema.parse(input ?? {});
      const limit = request.limit ?? DEFAULT_PAGE_SIZE;
      const offset = request.offset ?? 0;
      const { statement, params } = statementFor(request);
      // One row more than asked says whether there is a next page without counting them all.
      const found = statement.all({ ...params, limit: limit + 1, offset }) as ListRow[];
      const page = found.slice(0, limit);
      const items = page.flatMap((row) => rows.listItem(row) ?? []);
      return { items, nextOffset: found.length > limit ? offset + limit : null, skipped: page.length - items.length };
    },
  };
}
