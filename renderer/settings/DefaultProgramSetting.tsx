import { useId } from 'react';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { usePrograms } from '../programs/use-programs.js';
import { useSettings } from '../studio/settings-context.js';
import { SavedStatus, SaveError } from './SaveNotice.js';
import { useSettingSave } from './use-setting-save.js';

/** The select's value for "no choice made", which the preferences keep as null: the Sandbox program. */
const SANDBOX_VALUE = '';

function optionLabel(view: ProgramView): string {
  return view.status.state === 'signed_in' ? view.program.displayName : `${view.program.displayName} (not signed in)`;
}

/** The program new drafts are made in. */
export function DefaultProgramSetting() {
  const { settings } = useSettings();
  const { state, refresh } = usePrograms();
  const id = useId();
  const { shown, outcome, submit } = useSettingSave(settings.defaultProgramId);
  const errorId = `${id}-error`;

  const programs = state.status === 'ready' ? state.programs : [];
  const sandbox = programs.find((view) => view.isSandbox);
  const others = programs.filter((view) => !view.isSandbox);
  // A program removed since it was chosen: new drafts fall back to the Sandbox program, and the person is told.
  const missing = state.status === 'ready' && shown !== null && !programs.some((view) => view.program.id === shown);
  const value = shown === null || missing || shown === sandbox?.program.id ? SANDBOX_VALUE : shown;

  return (
    <div className="writing-row" role="group" aria-labelledby={`${id}-title`}>
      <div className="writing-row-header">
        <h3 className="writing-row-title" id={`${id}-title`}>
          New drafts
        </h3>
        <SavedStatus outcome={outcome} />
      </div>
      <div className="writing-field">
        <label htmlFor={`${id}-select`}>New drafts go to</label>
        <select
          id={`${id}-select`}
          className="writing-select"
          value={state.status === 'ready' ? value : SANDBOX_VALUE}
          disabled={state.status !== 'ready'}
          aria-describedby={[`${id}-hint`, outcome.kind === 'failed' ? errorId : ''].join(' ').trim()}
          onChange={(event) => {
            const programId = event.target.value === SANDBOX_VALUE ? null : event.target.value;
            submit({ defaultProgramId: programId }, programId);
          }}
        >
          {state.status === 'loading' && <option value={SANDBOX_VALUE}>Reading your programs…</option>}
          {state.status !== 'loading' && <option value={SANDBOX_VALUE}>{sandbox === undefined ? 'Sandbox Program' : sandbox.program.displayName} (built in)</option>}
          {others.map((view) => (
            <option key={view.program.id} value={view.program.id}>
              {optionLabel(view)}
            </option>
          ))}
        </select>
      </div>
      <p className="writing-hint" id={`${id}-hint`}>
        {missing
          ? 'The program chosen before is no longer in Content Studio, so new drafts go to the Sandbox program.'
          : 'A draft can move to another program later. Programs you add under Programs appear here.'}
      </p>
      {state.status === 'failed' && (
        <div className="panel-error" role="alert">
          <p>Your programs could not be read. {state.message}</p>
          <button type="button" className="program-button" onClick={refresh}>
            Try again
          </button>
        </div>
      )}
      <SaveError outcome={outcome} what="Your choice of program" id={errorId} />
    </div>
  );
}
