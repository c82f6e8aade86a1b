import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChannelName, ChannelRequest, ChannelResponse } from '../../shared/ipc/contract.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { createMemorySecretStore } from '../core/accounts/secret-store.js';
import { openDraftStore } from '../core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../core/drafts/html-sanitizer.js';
import { createConfProgramListStore } from '../core/programs/conf-program-list-store.js';
import { startSandboxProgram } from '../core/sandbox-program/sandbox-program.js';
import { createConfSettingsStore } from '../core/settings/conf-settings-store.js';
import { createStudioCore, type StudioCore } from '../core/studio-core.js';
import type { Sandbox } from '../sandbox/sandbox-server.js';
import type { CliLogger } from './stderr-logger.js';

export interface SessionOptions {
  readonly dataDir: string;
  /** Build the publishing queue's runner in this process; it sends once `core.startSending(programId)` is called, after sign-in. */
  readonly send: boolean;
  /** Start the built-in Sandbox program's emulator, as browser mode does. */
  readonly startSandbox: boolean;
  readonly logger: CliLogger;
}

/** The studio's core in this process, reached only through the IPC contract, as the renderer reaches it. */
export interface CliSession {
  readonly core: StudioCore;
  readonly dataDir: string;
  readonly logger: CliLogger;
  /** The channel's answer, or its StudioError thrown. */
  call<C extends ChannelName>(channel: C, request: ChannelRequest<C>): Promise<ChannelResponse<C>>;
  /**
   * Stops sending (a post mid-step finishes that step and is handed back, for
   * at most a few seconds), then closes the drafts and the sandbox; safe to
   * call twice.
   */
  close(): Promise<void>;
}

function manifest(): { productName: string; version: string } {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { productName: string; version: string };
}

/**
 * Builds the core the way browser mode does (electron/web/main.ts): the
 * program list and settings in the data folder, secrets in memory only (a
 * headless process cannot reach the app's OS keyring, and the CLI writes no
 * secret to disk), the drafts database, and the built-in sandbox if asked.
 */
export async function openCliSession({ dataDir, send, startSandbox, logger }: SessionOptions): Promise<CliSession> {
  const { productName, version } = manifest();
  const programListStore = createConfProgramListStore(dataDir);
  const sandbox: Sandbox | null = startSandbox ? await startSandboxProgram(dataDir, programListStore) : null;
  let drafts: ReturnType<typeof openDraftStore>;
  try {
    drafts = openDraftStore({ dataDir, logger, sanitize: sanitizeArticleHtml });
  } catch (error) {
    await sandbox?.close();
    throw error;
  }
  if (drafts.openReport.message !== undefined) logger.warn(drafts.openReport.message);
  const core = createStudioCore({
    // The contract knows two transports; the CLI is a Node host like browser mode.
    appInfo: { name: productName, version, platform: process.platform, transport: 'web', dataDir, versions: { node: process.versions.node } },
    settingsStore: createConfSettingsStore(dataDir),
    programListStore,
    secretStore: createMemorySecretStore(),
    openInBrowser: () => Promise.resolve(),
    drafts,
    logger,
    runOutbox: send ? 'later' : false,
  });
  let closed = false;
  return {
    core,
    dataDir,
    logger,
    async call(channel, request) {
      const result = await core.router.invoke(channel, request);
      if (!result.ok) throw StudioError.fromData(result.error);
      return result.data as ChannelResponse<typeof channel>;
    },
    async close() {
      if (closed) return;
      closed = true;
      await core.stop();
      logger.silence();
      drafts.close();
      await sandbox?.close();
    },
  };
}
