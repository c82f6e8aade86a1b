import type { AppInfo } from '../../shared/ipc/contract.js';
import { createEventBus, type EventBus } from './ipc/event-bus.js';
import { createRouter, type Router } from './ipc/router.js';
import type { Logger } from './logging/logger.js';
import { createSettingsHandlers } from './settings/settings-handlers.js';
import type { SettingsStore } from './settings/settings-store.js';

export interface StudioCoreOptions {
  readonly appInfo: AppInfo;
  readonly settingsStore: SettingsStore;
  readonly logger: Logger;
}

/** The studio behind the contract, the same for the Electron app, browser mode and tests. */
export interface StudioCore {
  readonly router: Router;
  readonly events: EventBus;
}

export function createStudioCore({ appInfo, settingsStore, logger }: StudioCoreOptions): StudioCore {
  const events = createEventBus(logger);
  const router = createRouter(
    {
      'app.info': () => appInfo,
      ...createSettingsHandlers(settingsStore, events),
    },
    logger,
  );
  return { router, events };
}
