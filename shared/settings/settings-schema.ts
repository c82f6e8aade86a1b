import { z } from 'zod';

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

/** Preferences only: never a secret, never content. */
export const settingsSchema = z.strictObject({
  theme: z.enum(themePreferences),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { theme: 'system' };

/**
 * A change to some preferences: at least one known key with a value. Keys
 * given as undefined (structured clone keeps them) are dropped, not applied.
 */
export const settingsPatchSchema = settingsSchema
  .partial()
  .transform((patch) => Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<Settings>)
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Name at least one setting to change.' });
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
