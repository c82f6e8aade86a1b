import { z } from 'zod';
import type {
  CreateDraftInput,
  Draft,
  DraftListPage,
  DraftListRequest,
  DraftSaveAck,
  DraftSearchRequest,
  DraftSearchResult,
  MoveDraftInput,
  RestoreRevisionInput,
  RevisionInfo,
  SaveDraftInput,
  StoreOpenReport,
  SyncStateInput,
} from '../../../shared/drafts/draft-schema.js';
import { requestedSnapshotReasons } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Logger } from '../logging/logger.js';
import { openDraftDatabase, type DraftDatabase, type SharedDraftDatabase } from './draft-database.js';
import { isSearchIndexDamage, toStudioError } from './draft-errors.js';
import { rebuildSearchIndex } from './draft-index.js';
import { createDraftListing } from './draft-listing.js';
import { createDraftRepository } from './draft-repository.js';
import { createRowReader } from './draft-rows.js';
import { createDraftSearch } from './draft-search.js';

export interface DraftStoreOptions {
  /** The app's data folder; the database is `<dataDir>/drafts.sqlite`. */
  readonly dataDir: string;
  readonly logger: Logger;
  /** The article sanitiser; applied in main to every body before it is stored. */
  readonly sanitize: (html: string) => string;
  /** Epoch milliseconds; tests inject a clock to drive revision snapshots. */
  readonly now?: () => number;
}

/**
 * The drafts as the rest of the core sees them. Every method settles only
 * after the work is committed (a resolved `save` is the "Saved" the editor
 * shows) and rejects only with a StudioError, never a raw SQLite error.
 * Methods are async although the engine is synchronous, so it can move to a
 * worker later without changing a caller.
 */
export interface DraftStore {
  /** Read it once after opening: a `message` must be shown to the person. */
  readonly openReport: StoreOpenReport;
  create(input: CreateDraftInput): Promise<Draft>;
  /** A live draft; not_found for unknown or trashed ids. */
  get(id: string): Promise<Draft>;
  /** draft_conflict when `baseRevision` is not the stored revision: nothing is overwritten. */
  save(input: SaveDraftInput): Promise<DraftSaveAck>;
  /** To the trash, kept 30 days (see draft-repository.ts). */
  delete(id: string): Promise<void>;
  restoreFromTrash(id: string): Promise<Draft>;
  list(request?: DraftListRequest): Promise<DraftListPage>;
  search(request: DraftSearchRequest): Promise<DraftSearchResult>;
  /** A copy in the other program (new id, local_only); the original goes to the trash. */
  moveToProgram(input: MoveDraftInput): Promise<Draft>;
  setSyncState(input: SyncStateInput): Promise<Draft>;
  /** Call before every sync or publish. */
  snapshot(id: string, reason: (typeof requestedSnapshotReasons)[number]): Promise<RevisionInfo>;
  /** Newest first. */
  listRevisions(id: string): Promise<RevisionInfo[]>;
  /** A new revision with the snapshot's text; the replaced text is snapshotted first. */
  restoreRevision(input: RestoreRevisionInput): Promise<DraftSaveAck>;
  /**
   * Folds the WAL into the file and stops the store. libsql frees the
   * connection itself only once its prepared statements are garbage-collected,
   * so nothing may rename or delete the drafts files while this process runs.
   */
  close(): void;
}

const idSchema = z.uuid();
const reasonSchema = z.enum(requestedSnapshotReasons);

/**
 * Kept beside the stores rather than on DraftStore, so the connection is
 * reachable only by code that imports `sharedDatabaseOf` (the outbox), not by
 * every holder of the store.
 */
const shared = new WeakMap<DraftStore, SharedDraftDatabase>();

/** The open store's connection, for the outbox; the draft store still owns and closes it. */
export function sharedDatabaseOf(store: DraftStore): SharedDraftDatabase {
  const found = shared.get(store);
  if (found === undefined) throw new StudioError('internal', 'This drafts store has no database to share (it was not opened by openDraftStore).');
  return found;
}

/** Opens (checking, restoring and backing up as needed) and throws a StudioError if the drafts cannot be opened at all. */
export function openDraftStore(options: DraftStoreOptions): DraftStore {
  const { logger } = options;
  const now = options.now ?? Date.now;
  let database: DraftDatabase;
  try {
    database = openDraftDatabase({ dataDir: options.dataDir, logger, now });
  } catch (error) {
    throw toStudioError(error, 'open the drafts', logger);
  }
  const { db } = database;
  const repository = createDraftRepository({ db, logger, sanitize: options.sanitize, now });
  try {
    const purged = repository.purgeTrash();
    if (purged > 0) logger.info('Drafts store: emptied old drafts from the trash', { count: purged });
  } catch (error) {
    database.close();
    throw toStudioError(error, 'empty the trash', logger);
  }
  const rows = createRowReader(logger);
  const listing = createDraftListing(db, rows);
  const search = createDraftSearch(db, rows);
  let open = true;

  /** A damaged search index is derived data: rebuild it and try once more rather than refuse every save from now on. */
  function attempt<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (!isSearchIndexDamage(error)) throw error;
      logger.error('Drafts store: the search index is damaged; rebuilding it from the drafts');
      rebuildSearchIndex(db);
      return work();
    }
  }

  function run<T>(action: string, work: () => T, writes = false): Promise<T> {
    try {
      if (!open) throw new StudioError('internal', 'The drafts store is closed.');
      const result = attempt(work);
      if (writes) database.wrote();
      return Promise.resolve(result);
    } catch (error) {
      return Promise.reject(toStudioError(error, action, logger));
    }
  }

  const store: DraftStore = {
    openReport: database.report,
    create: (input) => run('create a draft', () => repository.create(input), true),
    get: (id) => run('read a draft', () => repository.get(idSchema.parse(id))),
    save: (input) => run('save a draft', () => repository.save(input), true),
    delete: (id) => run('delete a draft', () => repository.delete(idSchema.parse(id)), true),
    restoreFromTrash: (id) => run('restore a draft from the trash', () => repository.restoreFromTrash(idSchema.parse(id)), true),
    list: (request) => run('list drafts', () => listing.list(request)),
    search: (request) => run('search drafts', () => search.search(request)),
    moveToProgram: (input) => run('move a draft', () => repository.moveToProgram(input), true),
    setSyncState: (input) => run('record a sync', () => repository.setSyncState(input), true),
    snapshot: (id, reason) => run('snapshot a draft', () => repository.snapshot(idSchema.parse(id), reasonSchema.parse(reason)), true),
    listRevisions: (id) => run('list revisions', () => repository.listRevisions(idSchema.parse(id))),
    restoreRevision: (input) => run('restore a revision', () => repository.restoreRevision(input), true),
    close() {
      if (!open) return;
      open = false;
      database.close();
    },
  };
  shared.set(store, { db, logger, now, wrote: () => database.wrote(), isOpen: () => open });
  return store;
}
