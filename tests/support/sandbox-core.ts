/**
 * The studio core as the app runs it: the built-in Sandbox program started
 * in-process and signed in, drafts in a temporary folder. For tests of the
 * channels that reach Firstup.
 */
import { rmSync } from 'node:fs';
import { createMemoryProgramListStore } from '../../electron/core/accounts/program-registry.js';
import { createMemorySecretStore } from '../../electron/core/accounts/secret-store.js';
import { openDraftStore } from '../../electron/core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../../electron/core/drafts/html-sanitizer.js';
import { createMemoryLogger } from '../../electron/core/logging/logger.js';
import { signInToSandbox, startSandboxProgram } from '../../electron/core/sandbox-program/sandbox-program.js';
import { createMemorySettingsStore } from '../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../electron/core/studio-core.js';
import { tempDir, testAppInfo } from './test-core.js';

/** `runOutbox`: the core also sends queued posts, as the app will. */
export async function startCoreWithSandbox({ runOutbox = false }: { runOutbox?: boolean } = {}) {
  const dataDir = tempDir('studio-core');
  const logger = createMemoryLogger();
  const programListStore = createMemoryProgramListStore();
  const sandbox = await startSandboxProgram(dataDir, programListStore);
  const drafts = openDraftStore({ dataDir, logger, sanitize: sanitizeArticleHtml });
  const core = createStudioCore({
    appInfo: testAppInfo,
    settingsStore: createMemorySettingsStore(),
    programListStore,
    secretStore: createMemorySecretStore(),
    openInBrowser: () => Promise.resolve(),
    drafts,
    logger,
    runOutbox,
  });
  const events: { event: string; payload: unknown }[] = [];
  core.events.subscribe((event, payload) => events.push({ event, payload }));
  await signInToSandbox(core.accounts, logger);
  return {
    core,
    sandbox,
    logger,
    events,
    async close() {
      await core.stop();
      drafts.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
