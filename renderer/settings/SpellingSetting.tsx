import { useId, useState } from 'react';
import { useSettings } from '../studio/settings-context.js';
import { SavedStatus, SaveError } from './SaveNotice.js';
import { MAX_SPELLING_LANGUAGES, offeredSpellingLanguages, spellingLanguageLabel } from './spelling-languages.js';
import { useSettingSave } from './use-setting-save.js';

const FIRST_LANGUAGES = ['en-US'];

/** Spell checking on or off, and the dictionaries it checks against (an empty list is "off"). */
export function SpellingSetting() {
  const { settings } = useSettings();
  const id = useId();
  const { shown, outcome, submit } = useSettingSave<readonly string[]>(settings.spellCheckLanguages);
  // What turning checking back on restores: the last languages chosen in this window.
  const [remembered, setRemembered] = useState<readonly string[]>(settings.spellCheckLanguages.length > 0 ? settings.spellCheckLanguages : FIRST_LANGUAGES);
  const on = shown.length > 0;
  // While checking is off the boxes keep showing what turning it on will use.
  const languages = on ? shown : remembered;
  const offered = offeredSpellingLanguages(languages);
  const full = languages.length >= MAX_SPELLING_LANGUAGES;
  const errorId = `${id}-error`;

  const saveLanguages = (next: readonly string[]) => {
    if (next.length > 0) setRemembered(next);
    submit({ spellCheckLanguages: [...next] }, next);
  };

  const toggleLanguage = (tag: string, checked: boolean) =>
    saveLanguages(offered.filter((candidate) => (candidate === tag ? checked : languages.includes(candidate))));

  return (
    <div className="writing-row" role="group" aria-labelledby={`${id}-title`}>
      <div className="writing-row-header">
        <h3 className="writing-row-title" id={`${id}-title`}>
          Spelling
        </h3>
        <SavedStatus outcome={outcome} />
      </div>
      <div className="writing-switch-line">
        <input
          type="checkbox"
          role="switch"
          className="writing-switch"
          id={`${id}-switch`}
          checked={on}
          aria-describedby={outcome.kind === 'failed' ? errorId : undefined}
          onChange={(event) => saveLanguages(event.target.checked ? remembered : [])}
        />
        <label htmlFor={`${id}-switch`}>Check spelling as I write</label>
      </div>
      <fieldset className="writing-languages" disabled={!on} aria-describedby={`${id}-hint`}>
        <legend className="writing-legend">Dictionaries</legend>
        <div className="writing-language-grid">
          {offered.map((tag) => {
            const checked = languages.includes(tag);
            return (
              <div className="writing-language" key={tag}>
                <input
                  type="checkbox"
                  id={`${id}-${tag}`}
                  checked={checked}
                  disabled={!checked && full}
                  onChange={(event) => toggleLanguage(tag, event.target.checked)}
                />
                <label htmlFor={`${id}-${tag}`}>{spellingLanguageLabel(tag)}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <p className="writing-hint" id={`${id}-hint`}>
        Up to {MAX_SPELLING_LANGUAGES} at once. On a Mac, and in a web browser, the spelling languages chosen for the system or the browser are used.
      </p>
      <SaveError outcome={outcome} what="Your spelling choice" id={errorId} />
    </div>
  );
}
