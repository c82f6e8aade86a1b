import { createContext, use } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings/settings-schema.js';

export interface SettingsContextValue {
  readonly settings: Settings;
  readonly save: (patch: SettingsPatch) => Promise<Settings>;
}

export const SettingsContext = createContext<SettingsContextValue | null>(null);

/** The loaded preferences and the way to change them; <App> provides them once they have loaded. */
export function useSettings(): SettingsContextValue {
  const value = use(SettingsContext);
  if (value === null) throw new Error('useSettings() was called before the settings loaded.');
  return value;
}
