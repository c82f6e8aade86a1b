/** Languages offered as checkboxes: the common ones, under the tags Chromium's spell checker knows them by. */
export const commonSpellingLanguages: readonly { readonly tag: string; readonly label: string }[] = [
  { tag: 'en-US', label: 'English (US)' },
  { tag: 'en-GB', label: 'English (UK)' },
  { tag: 'fr', label: 'French' },
  { tag: 'de', label: 'German' },
  { tag: 'es', label: 'Spanish' },
  { tag: 'pt-BR', label: 'Portuguese (Brazil)' },
  { tag: 'nl', label: 'Dutch' },
  { tag: 'it', label: 'Italian' },
];

/** The schema's limit: dictionaries take memory, and more than a few slow the checker down. */
export const MAX_SPELLING_LANGUAGES = 5;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language kept in the preferences but not in the common list (set in another version, or by hand) still gets a name. */
export function spellingLanguageLabel(tag: string): string {
  const common = commonSpellingLanguages.find((language) => language.tag === tag);
  if (common !== undefined) return common.label;
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Every language to offer: the common ones, then any other the preferences hold. */
export function offeredSpellingLanguages(stored: readonly string[]): string[] {
  const common = commonSpellingLanguages.map((language) => language.tag);
  return [...common, ...stored.filter((tag) => !common.includes(tag))];
}
