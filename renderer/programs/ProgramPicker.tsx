import { useId } from 'react';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { navigateTo } from '../navigation/screen-hash.js';
import './program-picker.css';

export interface ProgramPickerProps {
  readonly programs: readonly ProgramView[];
  readonly chosen: ProgramView;
  readonly onChoose: (programId: string) => void;
  /** What the screen reads from Firstup, for the sign-in notice: "The Library reads posts". */
  readonly reads: string;
}

const notSignedIn = (view: ProgramView) => view.status.state !== 'signed_in';

/**
 * Which program a screen works on. Only a signed-in program can be read, so
 * a program that is not says so, with the way to Settings → Programs where
 * the sign-in happens.
 */
export function ProgramPicker({ programs, chosen, onChoose, reads }: ProgramPickerProps) {
  const id = useId();
  const { program, status } = chosen;
  return (
    <div className="program-picker">
      <div className="program-picker-field">
        <label className="program-label" htmlFor={id}>
          Program
        </label>
        <select id={id} className="picker-select" value={program.id} onChange={(event) => onChoose(event.target.value)}>
          {programs.map((view) => (
            <option key={view.program.id} value={view.program.id}>
              {notSignedIn(view) ? `${view.program.displayName} (not signed in)` : view.program.displayName}
            </option>
          ))}
        </select>
      </div>
      {status.state === 'signing_in' && (
        <p className="program-picker-notice" role="status">
          Signing in to “{program.displayName}”… This screen fills in by itself once the sign-in is done.
        </p>
      )}
      {(status.state === 'signed_out' || status.state === 'sign_in_needed') && (
        <div className="program-picker-notice">
          <p>
            {status.state === 'signed_out' ? `You are not signed in to “${program.displayName}”.` : `Your sign-in to “${program.displayName}” stopped working.`} {reads} from
            Firstup, so sign in first.
          </p>
          <button type="button" className="program-button" onClick={() => navigateTo('settings')}>
            Open Settings → Programs to sign in
          </button>
        </div>
      )}
    </div>
  );
}
