import { BrowserWindow } from 'electron';
import type { Logger } from '../core/logging/logger.js';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly entryUrl: string;
  /** Only in an unpackaged app: DevTools can run any code in the page. */
  readonly devTools: boolean;
  readonly logger: Logger;
  /** Linux only, packaged: an AppImage never added to the desktop has no .desktop file to take its icon from. */
  readonly icon?: string;
}

/**
 * The studio window. Its renderer is treated as untrusted: no Node, an
 * isolated and sandboxed preload, web security on. Most values are
 * Electron's defaults already; they are spelled out so a changed default or a
 * stray edit fails a test, and written inline in `new BrowserWindow` because
 * Electronegativity only reads literal options there.
 */
export function createMainWindow({ preloadPath, entryUrl, devTools, logger, icon }: MainWindowOptions): BrowserWindow {
  const studioWindow = new BrowserWindow({
    ...(icon === undefined ? {} : { icon }),
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    title: 'Content Studio',
    // Shown once painted, so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would be one more way to ask for a new window; those are all denied anyway.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      devTools,
    },
  });
  studioWindow.once('ready-to-show', () => studioWindow.show());
  studioWindow.loadURL(entryUrl).catch((error: unknown) => {
    logger.error('The studio page did not load', { error: String(error) });
  });
  return studioWindow;
}
