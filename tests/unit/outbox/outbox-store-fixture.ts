import type Database from 'libsql';
import type { Draft, DraftContent } from '../../../shared/drafts/draft-schema.js';
import { sharedDatabaseOf, type DraftStore } from '../../../electron/core/drafts/draft-store.js';
import { openOutboxStore, type OutboxStore, type OutboxStoreOptions } from '../../../electron/core/outbox/store/outbox-store.js';
import { article, openTestStore, programA } from '../drafts/draft-test-store.js';

export const LEASE_MS = 30_000;
/** Owners as newLeaseOwner makes them: this process, so start-up recovery treats their live leases as in use. */
export const RUNNER_A = `${process.pid}:aaaaaaaaaaaa`;
export const RUNNER_B = `${process.pid}:bbbbbbbbbbbb`;
/** A pid above Linux's and macOS's pid_max: the process of a runner that crashed. */
export const DEAD_RUNNER = '9999999:deadbeef0000';

export interface OutboxTest {
  readonly drafts: DraftStore;
  readonly outbox: OutboxStore;
  readonly clock: { now(): number; advance(ms: number): void };
  readonly logger: { lines: { level: string; message: string }[] };
  /** The shared connection, for what only a damaged or hostile file would do. */
  raw(): Database.Database;
  /** Closes and opens the same folder again, as a restart would. */
  reopen(): void;
  /** A new draft in program A; `remote` puts it on Firstup already. */
  draft(content?: Partial<DraftContent>, remote?: Draft['remote']): Promise<Draft>;
  dispose(): void;
}

export function openOutboxTest(options: OutboxStoreOptions = {}): OutboxTest {
  const test = openTestStore();
  let outbox = openOutboxStore(test.store, options);
  return {
    get drafts() {
      return test.store;
    },
    get outbox() {
      return outbox;
    },
    clock: test.clock,
    logger: test.logger,
    raw: () => sharedDatabaseOf(test.store).db,
    reopen() {
      test.reopen();
      outbox = openOutboxStore(test.store, options);
    },
    draft: (content = {}, remote = null) => test.store.create({ programId: programA, remote, ...article({ title: 'Quarterly results', topics: [{ id: 7, name: 'News' }], bodyHtml: '<p>Revenue grew in every region.</p>', ...content }) }),
    dispose: () => test.dispose(),
  };
}

/** Queues drafts for publishing and answers their job ids, failing the test if one was not queued. */
export function publish(outbox: OutboxStore, ...drafts: Draft[]): string[] {
  return outbox.enqueue({ draftIds: drafts.map((draft) => draft.id), action: 'publish' }).map((answer) => {
    if (!answer.ok) throw new Error(`Not queued: ${answer.message}`);
    return answer.jobId;
  });
}

/** The rows a test can read straight from the file, to prove what was (not) written. */
export function countRows(db: Database.Database, table: 'outbox_jobs' | 'outbox_events' | 'draft_revisions'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).all()[0] as { n: number }).n;
}
