import type { Session } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract.js';
import type { EventBus } from '../core/ipc/event-bus.js';
import type { Logger } from '../core/logging/logger.js';

export type SpellCheckSession = Pick<Session, 'availableSpellCheckerLanguages' | 'setSpellCheckerLanguages' | 'setSpellCheckerEnabled'>;

export interface SpellCheckOptions {
  readonly session: SpellCheckSession;
  readonly platform: NodeJS.Platform;
  readonly logger: Logger;
}

/** Chromium names some dictionaries by language alone (`fr`, `de`), so `fr-FR` falls back to `fr`. */
function dictionaryFor(language: string, available: ReadonlySet<string>): string | null {
  if (available.has(language)) return language;
  const base = language.split('-')[0] ?? language;
  return available.has(base) ? base : null;
}

/**
 * Points Chromium's spell checker at the chosen languages; an empty list
 * turns it off. A failure is logged and never stops the app: spelling help
 * is not worth a broken start.
 */
export function applySpellCheckLanguages(languages: readonly string[], { session, platform, logger }: SpellCheckOptions): void {
  try {
    if (platform === 'darwin') {
      // macOS checks with the system's own checker, whose languages are chosen in System Settings; Electron ignores a list there.
      session.setSpellCheckerEnabled(languages.length > 0);
      return;
    }
    const available = new Set(session.availableSpellCheckerLanguages);
    const dictionaries = [...new Set(languages.flatMap((language) => dictionaryFor(language, available) ?? []))];
    const ignored = languages.filter((language) => dictionaryFor(language, available) === null);
    if (ignored.length > 0) logger.warn('Spell check: no dictionary for some languages; they are ignored', { languages: ignored });
    // Off when no language is left: with an empty list Electron would check everything as en-US.
    session.setSpellCheckerEnabled(dictionaries.length > 0);
    if (dictionaries.length > 0) session.setSpellCheckerLanguages(dictionaries);
  } catch (error) {
    logger.error('Spell check languages could not be applied', { error: String(error) });
  }
}

/** Applies the languages at start, then again whenever the preference changes (from any window). */
export function keepSpellCheckInStep(initial: readonly string[], events: EventBus, options: SpellCheckOptions): () => void {
  let applied = initial.join(',');
  applySpellCheckLanguages(initial, options);
  return events.subscribe((event, payload) => {
    if (event !== 'settings.changed') return;
    const { spellCheckLanguages } = payload as EventPayload<'settings.changed'>;
    // settings.changed also carries theme and other changes, which leave the dictionaries alone.
    if (spellCheckLanguages.join(',') === applied) return;
    applied = spellCheckLanguages.join(',');
    applySpellCheckLanguages(spellCheckLanguages, options);
  });
}
