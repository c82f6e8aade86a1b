/** The chosen spell-check languages reach Chromium's checker, at start and on every change, and never break the app. */
import { describe, expect, test, vi } from 'vitest';
import { applySpellCheckLanguages, keepSpellCheckInStep, type SpellCheckSession } from '../../../electron/app/spell-check.js';
import { createEventBus } from '../../../electron/core/ipc/event-bus.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';

vi.mock('electron', async () => (await import('./fake-electron.js')).fakeElectron.module);

/** A part of what Electron 45 lists on Linux and Windows. */
const available = ['de', 'en-AU', 'en-GB', 'en-US', 'es', 'fr', 'it', 'nl', 'pt-BR', 'pt-PT'];

function fakeSession() {
  return {
    availableSpellCheckerLanguages: available,
    setSpellCheckerLanguages: vi.fn<(languages: string[]) => void>(),
    setSpellCheckerEnabled: vi.fn<(enabled: boolean) => void>(),
  } satisfies SpellCheckSession;
}

function setup(platform: NodeJS.Platform = 'linux') {
  const session = fakeSession();
  const logger = createMemoryLogger();
  return { session, logger, options: { session, platform, logger } };
}

describe('applySpellCheckLanguages', () => {
  test('turns the checker on with the chosen dictionaries', () => {
    const { session, options } = setup();
    applySpellCheckLanguages(['en-GB', 'fr'], options);
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[true]]);
    expect(session.setSpellCheckerLanguages.mock.calls).toEqual([[['en-GB', 'fr']]]);
  });

  test('turns the checker off for an empty list, instead of letting it fall back to en-US', () => {
    const { session, options } = setup();
    applySpellCheckLanguages([], options);
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[false]]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });

  test('uses the language dictionary for a regional tag Chromium lists by language only, once', () => {
    const { session, options } = setup();
    applySpellCheckLanguages(['fr-FR', 'fr', 'de-CH'], options);
    expect(session.setSpellCheckerLanguages.mock.calls).toEqual([[['fr', 'de']]]);
  });

  test('ignores and logs a language with no dictionary, keeping the others', () => {
    const { session, logger, options } = setup();
    applySpellCheckLanguages(['xx-YY', 'nl'], options);
    expect(session.setSpellCheckerLanguages.mock.calls).toEqual([[['nl']]]);
    expect(logger.lines).toEqual([{ level: 'warn', message: 'Spell check: no dictionary for some languages; they are ignored' }]);
  });

  test('turns the checker off when none of the languages has a dictionary', () => {
    const { session, options } = setup();
    applySpellCheckLanguages(['xx-YY'], options);
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[false]]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });

  test('on macOS only turns the system checker on or off: the system picks its languages', () => {
    const { session, options } = setup('darwin');
    applySpellCheckLanguages(['fr'], options);
    applySpellCheckLanguages([], options);
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[true], [false]]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });

  test('logs a refusal from Electron instead of throwing', () => {
    const { session, logger, options } = setup();
    session.setSpellCheckerLanguages.mockImplementation(() => {
      throw new Error('Invalid language code provided');
    });
    expect(() => applySpellCheckLanguages(['en-US'], options)).not.toThrow();
    expect(logger.lines).toEqual([{ level: 'error', message: 'Spell check languages could not be applied' }]);
  });
});

describe('keepSpellCheckInStep', () => {
  test('applies the stored languages at start and each changed list after', () => {
    const { session, logger, options } = setup();
    const events = createEventBus(logger);
    keepSpellCheckInStep(['en-US'], events, options);
    expect(session.setSpellCheckerLanguages.mock.calls).toEqual([[['en-US']]]);

    events.emit('settings.changed', { ...defaultSettings, spellCheckLanguages: ['en-US', 'es'] });
    events.emit('settings.changed', { ...defaultSettings, spellCheckLanguages: [] });
    expect(session.setSpellCheckerLanguages.mock.calls).toEqual([[['en-US']], [['en-US', 'es']]]);
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[true], [true], [false]]);
  });

  test('leaves the checker alone when another preference changes', () => {
    const { session, logger, options } = setup();
    const events = createEventBus(logger);
    keepSpellCheckInStep(['en-US'], events, options);
    events.emit('settings.changed', { ...defaultSettings, theme: 'dark', spellCheckLanguages: ['en-US'] });
    events.emit('programs.changed', {});
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledOnce();
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledOnce();
  });

  test('stops listening when asked', () => {
    const { session, logger, options } = setup();
    const events = createEventBus(logger);
    keepSpellCheckInStep(['en-US'], events, options)();
    events.emit('settings.changed', { ...defaultSettings, spellCheckLanguages: ['fr'] });
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledOnce();
  });
});
