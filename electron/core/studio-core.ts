import path from 'node:path';
import type { AppInfo } from '../../shared/ipc/contract.js';
import { createAccountService, type AccountService } from './accounts/account-service.js';
import type { ProgramListStore } from './accounts/program-registry.js';
import type { SecretStore } from './accounts/secret-store.js';
import { createDraftHandlers } from './drafts/draft-handlers.js';
import { createDraftSyncHandlers } from './drafts/draft-sync-handlers.js';
import { sanitizeArticleHtml } from './drafts/html-sanitizer.js';
import type { DraftStore } from './drafts/draft-store.js';
import { createEventBus, type EventBus } from './ipc/event-bus.js';
import { createCloseCoordinator, type CloseCoordinator } from './lifecycle/close-coordinator.js';
import { createRouter, type Router } from './ipc/router.js';
import { createLibraryHandlers } from './library/library-handlers.js';
import { createMediaHandlers } from './media/media-handlers.js';
import { createPublishingHandlers } from './publishing/publishing-handlers.js';
import { createReachHandlers } from './reach/reach-handlers.js';
import type { Logger } from './logging/logger.js';
import { startOutboxService } from './outbox/outbox-service.js';
import { createAuthorizationUrlRelay } from './programs/authorization-url-relay.js';
import { createProgramClients } from './programs/program-clients.js';
import { createProgramHandlers } from './programs/program-handlers.js';
import { SANDBOX_PROGRAM_ID } from './sandbox-program/sandbox-program.js';
import { createSettingsHandlers } from './settings/settings-handlers.js';
import type { SettingsStore } from './settings/settings-store.js';
import { createTopicHandlers } from './topics/topic-handlers.js';

export interface StudioCoreOptions {
  readonly appInfo: AppInfo;
  readonly settingsStore: SettingsStore;
  /** The list of programs (no secrets): electron-store in the app, conf in browser mode. */
  readonly programListStore: ProgramListStore;
  /** Refresh tokens and client secrets: safeStorage in the app, memory in browser mode. */
  readonly secretStore: SecretStore;
  /** Opens a sign-in page: the system browser in Electron; nothing in browser mode, where the renderer opens a tab. */
  readonly openInBrowser: (url: string) => Promise<void>;
  /** The local drafts (SQLite in the data folder). */
  readonly drafts: DraftStore;
  readonly logger: Logger;
  readonly fetch?: typeof globalThis.fetch;
  /**
   * Send queued posts from this process: the app and browser mode do (one runner per app, kept so by the
   * single-instance lock and the queue's leases). Tests that only read and manage the queue leave it off.
   * `'later'`: the CLI, which calls `startSending` once it has signed in to the one program it sends for.
   */
  readonly runOutbox?: boolean | 'later';
}

/** The studio behind the contract, the same for the Electron app, browser mode and tests. */
export interface StudioCore {
  readonly router: Router;
  readonly events: EventBus;
  readonly accounts: AccountService;
  /** The transport calls `prepareToClose()` before a window closes or the app quits. */
  readonly lifecycle: CloseCoordinator;
  /** With `runOutbox: 'later'`: sends that program's queued posts from now on. */
  startSending(onlyProgram: string): void;
  /** Before the process exits: stops sending, handing queued posts back (see OutboxService.stop). */
  stop(): Promise<void>;
}

/** How long quitting waits for a post in the middle of a step; after that the step is resumed at the next start. */
const STOP_WAIT_MS = 5_000;

export function createStudioCore(options: StudioCoreOptions): StudioCore {
  const { appInfo, settingsStore, logger } = options;
  const events = createEventBus(logger);
  const relay = createAuthorizationUrlRelay(options.openInBrowser);
  const accounts = createAccountService({
    programs: options.programListStore,
    secrets: options.secretStore,
    logger,
    openAuthorizationUrl: (url) => relay.openAuthorizationUrl(url),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  const clients = createProgramClients(accounts, logger, options.fetch);
  const lifecycle = createCloseCoordinator(events);
  const outbox = startOutboxService({ drafts: options.drafts, clients, events, logger, run: options.runOutbox ?? false });
  const router = createRouter(
    {
      'app.info': () => appInfo,
      'app.readyToClose': () => {
        lifecycle.readyToClose();
        return {};
      },
      ...createSettingsHandlers(settingsStore, events),
      ...createProgramHandlers({ accounts, bus: events, relay, logger, sandboxProgramId: SANDBOX_PROGRAM_ID }),
      ...createDraftHandlers(options.drafts, events, (programId) => accounts.listPrograms().some((program) => program.id === programId)),
      ...createDraftSyncHandlers({ store: options.drafts, clients, bus: events, sanitize: sanitizeArticleHtml, beforeSending: outbox.guard }),
      ...createTopicHandlers(clients),
      ...createLibraryHandlers(clients),
      ...createPublishingHandlers({ drafts: options.drafts, clients, events, beforeSending: outbox.guard }),
      ...createMediaHandlers(path.join(appInfo.dataDir, 'media')),
      ...createReachHandlers(clients),
      ...outbox.handlers,
    },
    logger,
  );
  return { router, events, accounts, lifecycle, startSending: (onlyProgram) => outbox.startSending(onlyProgram), stop: () => outbox.stop(STOP_WAIT_MS) };
}
