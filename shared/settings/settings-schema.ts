import { z } from 'zod';

export const themePreferences = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof themePreferences)[number];

/** A BCP 47 tag as Chromium's spell checker names its dictionaries: `en-US`, `fr`, `pt-BR`. */
export const spellCheckLanguageSchema = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Use a language tag such as en-US or fr.');

/** Preferences only: never a secret, never content. */
export const settingsSchema = z.strictObject({
  theme: z.enum(themePreferences),
  /** Dictionaries the editor checks against; empty turns spell checking off. */
  spellCheckLanguages: z.array(spellCheckLanguageSchema).max(5),
  /** Seconds of quiet after typing before a draft is saved (it is also saved at least every 5 s while typing). */
  autosaveDelaySeconds: z.number().int().min(1).max(10),
  /** The program new drafts go to; null: the Sandbox program until another is chosen. */
  defaultProgramId: z.uuid().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { theme: 'system', spellCheckLanguages: ['en-US'], autosaveDelaySeconds: 1, defaultProgramId: null };

/**
 * A change to some preferences: at least one known key with a value. Keys
 * given as undefined (structured clone keeps them) are dropped, not applied.
 */
export const settingsPatchSchema = settingsSchema
  .partial()
  .transform((patch) => Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<Settings>)
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Name at least one setting to change.' });
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
