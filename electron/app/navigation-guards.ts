import type { App, WebContents } from 'electron';
import { openExternalSafe } from './open-external-safe.js';

/**
 * The studio is a single page that never navigates and never opens windows,
 * so every attempt is refused. A link opened in a new window (target=_blank)
 * goes to the user's browser instead, through the safe-URL check.
 * In-page changes (hash, pushState) do not fire these events and still work.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafe(url);
    return { action: 'deny' };
  });
}

/** Applies the guards to every webContents, including any we did not create ourselves. */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
