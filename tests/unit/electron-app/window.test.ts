import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createMainWindow } from '../../../electron/app/window.js';
import { FakeBrowserWindow } from './fake-electron.js';
import { requiredWebPreferences } from './required-web-preferences.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

function openWindow(devTools: boolean): { options: BrowserWindowConstructorOptions; window: FakeBrowserWindow } {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', entryUrl: 'app://studio/index.html', devTools, logger: createMemoryLogger() });
  const window = FakeBrowserWindow.instances.at(-1);
  if (window === undefined) throw new Error('no window was created');
  return { options: window.options as BrowserWindowConstructorOptions, window };
}

afterEach(() => {
  FakeBrowserWindow.instances.length = 0;
  FakeBrowserWindow.loadOutcome = () => Promise.resolve();
});

describe('the studio window', () => {
  let prefs: WebPreferences;
  beforeAll(() => {
    prefs = openWindow(false).options.webPreferences ?? {};
  });

  test.each(requiredWebPreferences)('%s is %s', (flag, expected) => {
    expect(prefs[flag]).toBe(expected);
  });

  test('uses the given preload', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  test('DevTools only when asked (unpackaged app)', () => {
    expect(prefs.devTools).toBe(false);
    expect(openWindow(true).options.webPreferences?.devTools).toBe(true);
  });

  test('enables no Blink feature, disables middle-click, adds no switches', () => {
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    for (const risky of ['enableBlinkFeatures', 'additionalArguments', 'partition', 'plugins', 'enableWebSQL'] as const) {
      expect(prefs[risky]).toBeUndefined();
    }
  });

  test('stays hidden until painted, then shows; loads the entry URL', () => {
    const { options, window } = openWindow(false);
    expect(options.show).toBe(false);
    expect(window.loadURL.mock.calls).toEqual([['app://studio/index.html']]);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  test('takes the icon it is given (the packaged Linux app), and has none otherwise', () => {
    createMainWindow({ preloadPath: '/p', entryUrl: 'app://studio/index.html', devTools: false, logger: createMemoryLogger(), icon: '/opt/Content Studio/resources/icon.png' });
    expect((FakeBrowserWindow.instances.at(-1)?.options as BrowserWindowConstructorOptions).icon).toBe('/opt/Content Studio/resources/icon.png');
    expect(openWindow(false).options).not.toHaveProperty('icon');
  });

  test('a failed load is logged, not thrown', async () => {
    FakeBrowserWindow.loadOutcome = () => Promise.reject(new Error('ERR_FAILED'));
    const logger = createMemoryLogger();
    createMainWindow({ preloadPath: '/p', entryUrl: 'app://studio/index.html', devTools: false, logger });
    await vi.waitFor(() => expect(logger.lines).toEqual([{ level: 'error', message: 'The studio page did not load' }]));
  });
});
