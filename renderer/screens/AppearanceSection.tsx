import { useId } from 'react';
import type { ThemePreference } from '../../shared/settings/settings-schema.js';
import { useSettingSave } from '../settings/use-setting-save.js';
import { useSettings } from '../studio/settings-context.js';

const themeOptions: readonly { value: ThemePreference; label: string; hint: string }[] = [
  { value: 'system', label: 'System', hint: 'Matches your computer' },
  { value: 'light', label: 'Light', hint: 'Always light' },
  { value: 'dark', label: 'Dark', hint: 'Always dark' },
];

export function AppearanceSection() {
  const { settings } = useSettings();
  const baseId = useId();
  const { shown, outcome, submit } = useSettingSave(settings.theme);
  const choose = (theme: ThemePreference) => submit({ theme }, theme);

  return (
    <section className="panel" aria-labelledby={`${baseId}-heading`}>
      <div className="panel-header">
        <h2 id={`${baseId}-heading`}>Appearance</h2>
        <p className="save-status" role="status">
          {outcome.kind === 'saved' ? 'Saved' : ''}
        </p>
      </div>
      <fieldset className="theme-picker">
        <legend className="theme-picker-legend">Theme</legend>
        <div className="theme-options">
          {themeOptions.map((option) => {
            const inputId = `${baseId}-${option.value}`;
            return (
              <div className="theme-option" key={option.value}>
                <span className="theme-swatch" data-swatch={option.value} aria-hidden="true" />
                <div className="theme-option-choice">
                  <input
                    type="radio"
                    className="theme-option-input"
                    id={inputId}
                    name={`${baseId}-theme`}
                    value={option.value}
                    checked={shown === option.value}
                    aria-describedby={`${inputId}-hint`}
                    onChange={() => choose(option.value)}
                  />
                  <label className="theme-option-label" htmlFor={inputId}>
                    {option.label}
                  </label>
                </div>
                <p className="theme-option-hint" id={`${inputId}-hint`}>
                  {option.hint}
                </p>
              </div>
            );
          })}
        </div>
      </fieldset>
      {outcome.kind === 'failed' && (
        <p className="save-error" role="alert">
          Your theme could not be saved. {outcome.message}
        </p>
      )}
    </section>
  );
}
