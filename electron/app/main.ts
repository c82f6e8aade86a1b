/**
 * Entry point of the Electron app (bundled to dist/electron/main.cjs). It only
 * wires Electron to the studio core; everything the studio does lives in
 * electron/core, which runs the same in browser mode and in tests.
 */
import path from 'node:path';
import { app, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { consoleLogger } from '../core/logging/logger.js';
import { createStudioCore } from '../core/studio-core.js';
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './app-protocol.js';
import { createElectronSettingsStore } from './electron-settings-store.js';
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

function onReady(): BrowserWindow {
  const location = rendererLocation(process.env[DEV_SERVER_URL_VARIABLE], app.isPackaged);
  const core = createStudioCore({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      transport: 'electron',
      dataDir: app.getPath('userData'),
      versions: { node: process.versions.node, electron: process.versions.electron, chrome: process.versions.chrome },
    },
    settingsStore: createElectronSettingsStore(),
    logger,
  });
  guardSession(session.defaultSession);
  registerAppProtocol(rendererDir);
  registerIpcHandlers({ router: core.router, trustedOrigin: location.trustedOrigin, logger });
  const studioWindow = createMainWindow({ preloadPath, entryUrl: location.entryUrl, devTools: !app.isPackaged, logger });
  forwardEvents(core.events, () => (studioWindow.isDestroyed() ? null : studioWindow.webContents), location.trustedOrigin);
  return studioWindow;
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
    .then(() => {
      mainWindow = onReady();
    })
    .catch((error: unknown) => {
      logger.error('Content Studio could not start', { error: String(error) });
      app.exit(1);
    });
}

startApp();
