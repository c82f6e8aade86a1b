import type { StudioApi } from '../../shared/ipc/studio-api.js';

declare global {
  interface Window {
    /**
     * Defined before the bundle runs, by the Electron preload or by browser
     * mode's /studio-bridge.js. Optional because a window opened without
     * either must explain itself instead of crashing.
     */
    readonly studio?: StudioApi;
  }
}
