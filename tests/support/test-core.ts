import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AppInfo } from '../../shared/ipc/contract.js';
import { createMemoryProgramListStore } from '../../electron/core/accounts/program-registry.js';
import { createMemorySecretStore } from '../../electron/core/accounts/secret-store.js';
import { openDraftStore } from '../../electron/core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../../electron/core/drafts/html-sanitizer.js';
import { createMemoryLogger } from '../../electron/core/logging/logger.js';
import { createMemorySettingsStore, type SettingsStore } from '../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../electron/core/studio-core.js';

export const testAppInfo: AppInfo = {
  name: 'Content Studio',
  version: '0.0.0-test',
  platform: 'linux',
  transport: 'web',
  dataDir: '/tmp/content-studio-test',
  versions: { node: '20.0.0' },
};

/** Stores for a core with no program yet, no browser to open, and drafts in a fresh temporary folder. */
export function testCoreStores() {
  return {
    programListStore: createMemoryProgramListStore(),
    secretStore: createMemorySecretStore(),
    openInBrowser: () => Promise.resolve(),
    drafts: openDraftStore({ dataDir: tempDir('drafts'), logger: createMemoryLogger(), sanitize: sanitizeArticleHtml }),
  };
}

/** The real core over an in-memory store that counts writes, for proving "no side effect". */
export function createTestCore(initialSettings?: unknown) {
  const inner = createMemorySettingsStore(initialSettings);
  const writes: unknown[] = [];
  const settingsStore: SettingsStore = {
    read: () => inner.read(),
    write: (settings) => {
      writes.push(settings);
      inner.write(settings);
    },
  };
  const logger = createMemoryLogger();
  const core = createStudioCore({ appInfo: testAppInfo, settingsStore, logger, ...testCoreStores() });
  const emitted: { event: string; payload: unknown }[] = [];
  core.events.subscribe((event, payload) => emitted.push({ event, payload }));
  return { core, writes, emitted, logger };
}

const made: string[] = [];

/** A fresh folder under the system's temp folder; `removeTempDirs` (run after each test file) deletes it. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  made.push(dir);
  return dir;
}

/** Databases may still be open here: on Linux and macOS their files go once closed; elsewhere `force` skips what is held. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
}
