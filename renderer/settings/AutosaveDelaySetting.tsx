import { useId } from 'react';
import { useSettings } from '../studio/settings-context.js';
import { SavedStatus, SaveError } from './SaveNotice.js';
import { useSettingSave } from './use-setting-save.js';

/** The range the settings schema allows. */
const delays = Array.from({ length: 10 }, (_, index) => index + 1);

/** How long a pause in typing is before a draft is saved. */
export function AutosaveDelaySetting() {
  const { settings } = useSettings();
  const id = useId();
  const { shown, outcome, submit } = useSettingSave(settings.autosaveDelaySeconds);
  const errorId = `${id}-error`;

  return (
    <div className="writing-row" role="group" aria-labelledby={`${id}-title`}>
      <div className="writing-row-header">
        <h3 className="writing-row-title" id={`${id}-title`}>
          Autosave
        </h3>
        <SavedStatus outcome={outcome} />
      </div>
      <div className="writing-field">
        <label htmlFor={`${id}-select`}>Save a draft after a pause in typing of</label>
        <select
          id={`${id}-select`}
          className="writing-select"
          value={shown}
          aria-describedby={[`${id}-hint`, outcome.kind === 'failed' ? errorId : ''].join(' ').trim()}
          onChange={(event) => {
            const seconds = Number(event.target.value);
            submit({ autosaveDelaySeconds: seconds }, seconds);
          }}
        >
          {delays.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === 1 ? '1 second' : `${seconds} seconds`}
            </option>
          ))}
        </select>
      </div>
      <p className="writing-hint" id={`${id}-hint`}>
        While you keep typing, a draft is also saved at least every 5 seconds.
      </p>
      <SaveError outcome={outcome} what="Your autosave delay" id={errorId} />
    </div>
  );
}
