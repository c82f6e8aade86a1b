import { useId, useLayoutEffect, useRef, useState } from 'react';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export interface RemoveConfirmProps {
  readonly programId: string;
  readonly programName: string;
  readonly onRemoved: () => void;
  readonly onCancel: () => void;
}

/** The second step of Remove. Focus starts on "Keep it", so a stray Enter keeps the program. */
export function RemoveConfirm({ programId, programName, onRemoved, onCancel }: RemoveConfirmProps) {
  const studio = useStudio();
  const id = useId();
  const keepButton = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useLayoutEffect(() => {
    keepButton.current?.focus();
  }, []);

  const remove = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    void unwrap(studio.programs.remove({ programId })).then(
      () => onRemoved(),
      (failure: unknown) => {
        setBusy(false);
        setError(describeError(failure));
      },
    );
  };

  return (
    <div className="program-confirm" role="group" aria-labelledby={`${id}-question`}>
      <p className="program-confirm-question" id={`${id}-question`}>
        Remove “{programName}” from Content Studio?
      </p>
      <p className="program-hint">Its sign-in is forgotten on this computer. You can add it again later.</p>
      {error !== null && (
        <p className="panel-error" role="alert">
          The program could not be removed. {error}
        </p>
      )}
      <div className="program-form-actions">
        <button type="button" className="program-button program-button-danger" onClick={remove}>
          {busy ? 'Removing…' : 'Remove program'}
        </button>
        <button ref={keepButton} type="button" className="program-button" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}
