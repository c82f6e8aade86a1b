import Store from 'electron-store';
import type { SettingsStore } from '../core/settings/settings-store.js';

/**
 * Preferences in `<userData>/settings.json`. Core validates what it reads,
 * and a file that is not JSON at all is reset rather than stopping the app.
 */
export function createElectronSettingsStore(): SettingsStore {
  const store = new Store<{ settings?: unknown }>({ name: 'settings', clearInvalidConfig: true });
  return {
    read: () => store.get('settings'),
    write: (settings) => store.set('settings', settings),
  };
}
