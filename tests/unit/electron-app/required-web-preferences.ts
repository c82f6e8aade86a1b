import type { WebPreferences } from 'electron';

/** What every studio window must be created with; window.test.ts and main.test.ts both check against it. */
export const requiredWebPreferences: [keyof WebPreferences, unknown][] = [
  ['contextIsolation', true],
  ['sandbox', true],
  ['nodeIntegration', false],
  ['nodeIntegrationInWorker', false],
  ['nodeIntegrationInSubFrames', false],
  ['webSecurity', true],
  ['webviewTag', false],
  ['allowRunningInsecureContent', false],
  ['experimentalFeatures', false],
  ['navigateOnDragDrop', false],
  ['spellcheck', true],
];
