import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../../shared/settings/settings-schema.js';

/**
 * Where preferences are kept: electron-store in the app (electron/app),
 * `conf` in browser mode, memory in tests. Core only sees this interface
 * because electron-store imports `electron` when it loads.
 */
export interface SettingsStore {
  read(): unknown;
  write(settings: Settings): void;
}

/** Reads through the schema so a hand-edited or damaged file falls back to defaults key by key. */
export function loadSettings(store: SettingsStore): Settings {
  const raw = store.read();
  const merged: Record<string, unknown> = { ...defaultSettings };
  if (raw !== null && typeof raw === 'object') {
    for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
      const candidate = { ...defaultSettings, [key]: (raw as Record<string, unknown>)[key] };
      if (settingsSchema.safeParse(candidate).success) merged[key] = candidate[key];
    }
  }
  return settingsSchema.parse(merged);
}

export function applySettingsPatch(store: SettingsStore, patch: SettingsPatch): Settings {
  const next = settingsSchema.parse({ ...loadSettings(store), ...patch });
  store.write(next);
  return next;
}

export function createMemorySettingsStore(initial?: unknown): SettingsStore {
  let value: unknown = initial;
  return {
    read: () => value,
    write: (settings) => {
      value = structuredClone(settings);
    },
  };
}
