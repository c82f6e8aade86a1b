import type { EventBus } from '../ipc/event-bus.js';
import type { Handlers } from '../ipc/router.js';
import { applySettingsPatch, loadSettings, type SettingsStore } from './settings-store.js';

export function createSettingsHandlers(
  store: SettingsStore,
  bus: EventBus,
): Pick<Handlers, 'settings.get' | 'settings.set'> {
  return {
    'settings.get': () => loadSettings(store),
    'settings.set': (patch) => {
      const next = applySettingsPatch(store, patch);
      bus.emit('settings.changed', next);
      return next;
    },
  };
}
