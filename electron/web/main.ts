/**
 * Browser mode: `npm run start:web -- --port <p> --data-dir <folder>`.
 * The same core as the Electron app, in plain Node, with the renderer served
 * to a browser on 127.0.0.1.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMemorySecretStore } from '../core/accounts/secret-store.js';
import { openDraftStore } from '../core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../core/drafts/html-sanitizer.js';
import { consoleLogger } from '../core/logging/logger.js';
import { createConfProgramListStore } from '../core/programs/conf-program-list-store.js';
import { signInToSandbox, startSandboxProgram } from '../core/sandbox-program/sandbox-program.js';
import { createConfSettingsStore } from '../core/settings/conf-settings-store.js';
import { createStudioCore } from '../core/studio-core.js';
import { parseWebOptions, UsageError } from './web-options.js';
import { PortInUseError, startWebHost } from './web-host.js';

const fromRepo = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

async function main(): Promise<void> {
  const options = parseWebOptions(process.argv.slice(2), process.env);
  mkdirSync(options.dataDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(fromRepo('package.json'), 'utf8')) as { productName: string; version: string };

  const programListStore = createConfProgramListStore(options.dataDir);
  const sandbox = await startSandboxProgram(options.dataDir, programListStore);
  const core = createStudioCore({
    appInfo: {
      name: manifest.productName,
      version: manifest.version,
      platform: process.platform,
      transport: 'web',
      dataDir: options.dataDir,
      versions: { node: process.versions.node },
    },
    settingsStore: createConfSettingsStore(options.dataDir),
    programListStore,
    // Browser mode has no OS keyring to lean on: secrets live for this session only, and the studio says so.
    secretStore: createMemorySecretStore(),
    // The renderer opens the sign-in page in a new tab and shows its address.
    openInBrowser: () => Promise.resolve(),
    drafts: openDraftStore({ dataDir: options.dataDir, logger: consoleLogger, sanitize: sanitizeArticleHtml }),
    logger: consoleLogger,
    runOutbox: true,
  });
  await signInToSandbox(core.accounts, consoleLogger);

  const host = await startWebHost({
    core,
    bundleDir: fromRepo('dist/renderer'),
    bridgeScriptPath: fromRepo('dist/web/studio-bridge.js'),
    port: options.port,
    logger: consoleLogger,
  });
  console.log(`Content Studio (browser mode) is running at ${host.url} — open it in Chromium, Chrome, Edge or Firefox.`);

  // The queue stops first, while the sandbox still answers, so a post in the middle of a step can finish it.
  const stop = () => void core.stop().then(() => Promise.all([host.close(), sandbox.close()])).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof PortInUseError;
  console.error(known ? error.message : error);
  process.exit(1);
});
