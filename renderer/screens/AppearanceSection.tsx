import { useId, useRef, useState } from 'react';
import type { ThemePreference } from '../../shared/settings/settings-schema.js';
import { describeError } from '../studio/describe-error.js';
import { useSettings } from '../studio/settings-context.js';

const themeOptions: readonly { value: ThemePreference; label: string; hint: string }[] = [
  { value: 'system', label: 'System', hint: 'Matches your computer' },
  { value: 'light', label: 'Light', hint: 'Always light' },
  { value: 'dark', label: 'Dark', hint: 'Always dark' },
];

type SaveOutcome = { readonly kind: 'none' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly message: string };

export function AppearanceSection() {
  const { settings, save } = useSettings();
  const baseId = useId();
  // The choice being saved, shown at once so the radio does not lag behind the click.
  const [pending, setPending] = useState<ThemePreference | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome>({ kind: 'none' });
  // Only the latest click may report back: an earlier, slower save must not overwrite its result.
  const latestSave = useRef(0);

  const choose = (theme: ThemePreference) => {
    const saveNumber = ++latestSave.current;
    setPending(theme);
    setOutcome({ kind: 'none' });
    void save({ theme }).then(
      () => {
        if (saveNumber !== latestSave.current) return;
        setPending(null);
        setOutcome({ kind: 'saved' });
      },
      (error: unknown) => {
        if (saveNumber !== latestSave.current) return;
        setPending(null);
        setOutcome({ kind: 'failed', message: describeError(error) });
      },
    );
  };

  const shown = pending ?? settings.theme;

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
