/**
 * Entry point of the Electron app (bundled to dist/electron/main.cjs). It only
 * wires Electron to the studio core; everything the studio does lives in
 * electron/core, which runs the same in browser mode and in tests.
 */
import path from 'node:path';
import { app, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { consoleLogger } from '../core/logging/logger.js';
import { createStudioCore, type StudioCore } from '../core/studio-core.js';
import { openDraftStore } from '../core/drafts/draft-store.js';
import { sanitizeArticleHtml } from '../core/drafts/html-sanitizer.js';
import { signInToSandbox, startSandboxProgram } from '../core/sandbox-program/sandbox-program.js';
import type { Sandbox } from '../sandbox/sandbox-server.js';
import { loadSettings } from '../core/settings/settings-store.js';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol.js';
import { createElectronProgramListStore } from './electron-program-list-store.js';
import { createElectronSettingsStore } from './electron-settings-store.js';
import { openExternalSafe } from './open-external-safe.js';
import { createSafeStorageSecretStore } from './safe-storage-secret-store.js';
import { keepSpellCheckInStep } from './spell-check.js';
import { forwardEvents, registerIpcHandlers } from './ipc-transport.js';
import { guardAllWebContents } from './navigation-guards.js';
import { guardSession } from './permission-guards.js';
import { DEV_SERVER_URL_VARIABLE, rendererLocation } from './renderer-location.js';
import { createMainWindow } from './window.js';

/** dist/electron holds main.cjs and preload.cjs; dist/renderer holds the page. */
const bundledDir = __dirname;
const preloadPath = path.join(bundledDir, 'preload.cjs');
const rendererDir = path.join(bundledDir, '..', 'renderer');

const logger = consoleLogger;

async function onReady(): Promise<BrowserWindow> {
  const location = rendererLocation(process.env[DEV_SERVER_URL_VARIABLE], app.isPackaged);
  const dataDir = app.getPath('userData');
  const programListStore = createElectronProgramListStore();
  const settingsStore = createElectronSettingsStore();
  // Started before the window so a new user lands in a working studio, signed in to the Sandbox program.
  const sandbox = await startSandboxProgram(dataDir, programListStore);
  const core = createStudioCore({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      transport: 'electron',
      dataDir,
      versions: { node: process.versions.node, electron: process.versions.electron, chrome: process.versions.chrome },
    },
    settingsStore,
    programListStore,
    secretStore: await createSafeStorageSecretStore({ filePath: path.join(dataDir, 'secrets.json'), logger }),
    openInBrowser: async (url) => {
      // openExternalSafe opens https only: the sandbox's http://127.0.0.1 page is shown to copy instead.
      await openExternalSafe(url);
    },
    drafts: openDraftStore({ dataDir, logger, sanitize: sanitizeArticleHtml }),
    logger,
    runOutbox: true,
  });
  stopBeforeQuitting(core, sandbox);
  void signInToSandbox(core.accounts, logger);
  guardSession(session.defaultSession);
  keepSpellCheckInStep(loadSettings(settingsStore).spellCheckLanguages, core.events, { session: session.defaultSession, platform: process.platform, logger });
  registerAppProtocol(rendererDir);
  registerIpcHandlers({ router: core.router, trustedOrigin: location.trustedOrigin, logger });
  const studioWindow = createMainWindow({
    preloadPath,
    entryUrl: location.entryUrl,
    devTools: !app.isPackaged,
    logger,
    // electron-builder.config.ts ships it as an extra resource on Linux; macOS and Windows take the icon from the bundle.
    ...(app.isPackaged && process.platform === 'linux' ? { icon: path.join(process.resourcesPath, 'icon.png') } : {}),
  });
  forwardEvents(core.events, () => (studioWindow.isDestroyed() ? null : studioWindow.webContents), location.trustedOrigin);
  // Closing (or quitting, which closes) waits until the renderer has saved its last keystrokes.
  let flushed = false;
  studioWindow.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    void core.lifecycle.prepareToClose().then(() => {
      flushed = true;
      if (!studioWindow.isDestroyed()) studioWindow.close();
    });
  });
  return studioWindow;
}

/**
 * Quitting waits (a few seconds at most) for the publishing queue to hand its posts back, and only then stops
 * the Sandbox program, so a post in the middle of a step can finish it.
 */
function stopBeforeQuitting(core: StudioCore, sandbox: Sandbox): void {
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void core
      .stop()
      .then(() => sandbox.close())
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
}

function startApp(): void {
  // Before anything else: no renderer, whatever its options, may run unsandboxed.
  app.enableSandbox();
  // One instance only: two would mean two publish queues posting the same drafts.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppSchemeAsPrivileged();
  guardAllWebContents(app);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // The one window is the whole app, on macOS too, so closing it quits.
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(async () => {
      mainWindow = await onReady();
    })
    .catch((error: unknown) => {
      logger.error('Content Studio could not start', { error: String(error) });
      app.exit(1);
    });
}

startApp();
