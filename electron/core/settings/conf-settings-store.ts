import Conf from 'conf';
import type { Settings } from '../../../shared/settings/settings-schema.js';
import type { SettingsStore } from './settings-store.js';

/** Preferences in `<dataDir>/settings.json` for browser mode and the CLI (plain Node, no Electron). */
export function createConfSettingsStore(dataDir: string): SettingsStore {
  const conf = new Conf<{ settings?: unknown }>({ cwd: dataDir, configName: 'settings', projectName: 'content-studio', clearInvalidConfig: true });
  return {
    read: () => conf.get('settings'),
    write: (settings: Settings) => conf.set('settings', settings),
  };
}
