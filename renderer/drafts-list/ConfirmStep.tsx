import { useId, useLayoutEffect, useRef } from 'react';

export interface ConfirmStepProps {
  readonly question: string;
  readonly hint: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** The second step of an action that replaces text. Focus starts on Cancel, so a stray Enter changes nothing. */
export function ConfirmStep({ question, hint, confirmLabel, busy, onConfirm, onCancel }: ConfirmStepProps) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    cancel.current?.focus();
  }, []);
  return (
    <div className="program-confirm" role="group" aria-labelledby={`${id}-question`} aria-describedby={`${id}-hint`}>
      <p className="program-confirm-question" id={`${id}-question`}>
        {question}
      </p>
      <p className="program-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="drafts-panel-actions">
        <button type="button" className="button-primary" aria-disabled={busy} onClick={() => !busy && onConfirm()}>
          {busy ? 'Working…' : confirmLabel}
        </button>
        <button ref={cancel} type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
