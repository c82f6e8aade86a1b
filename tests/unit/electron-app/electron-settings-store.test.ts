import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadSettings } from '../../../electron/core/settings/settings-store.js';
import { createElectronSettingsStore } from '../../../electron/app/electron-settings-store.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';
import { electronStoreOptions, fakeElectron } from './fake-electron.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);
vi.mock('electron-store', async () => ({ default: (await import('./fake-electron.js')).FakeElectronStore }));

let userData: string;

beforeAll(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'electron-settings-'));
  fakeElectron.module.app.getPath.mockReturnValue(userData);
});

afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('createElectronSettingsStore', () => {
  test('keeps the settings under the "settings" key of <userData>/settings.json', () => {
    const settings = { ...defaultSettings, theme: 'dark' as const, spellCheckLanguages: ['en-GB', 'fr'] };
    createElectronSettingsStore().write(settings);
    expect(electronStoreOptions[0]).toEqual({ name: 'settings', clearInvalidConfig: true });
    expect(JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8'))).toEqual({ settings });
    expect(createElectronSettingsStore().read()).toEqual(settings);
  });

  test('a file that is not JSON is reset instead of stopping the app', () => {
    writeFileSync(path.join(userData, 'settings.json'), '{ not json');
    const store = createElectronSettingsStore();
    expect(store.read()).toBeUndefined();
    expect(loadSettings(store)).toEqual(defaultSettings);
  });
});
