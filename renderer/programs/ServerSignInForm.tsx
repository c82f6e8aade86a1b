import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { SubmitActions } from './SubmitActions.js';

export interface ServerSignInFormProps {
  readonly programId: string;
  readonly programName: string;
  readonly onSignedIn: () => void;
  readonly onCancel: () => void;
}

/**
 * The client secret, typed by an administrator. The field is uncontrolled so
 * the secret never enters React state: it is read once at submit and the
 * field is emptied straight away, whatever the outcome.
 */
export function ServerSignInForm({ programId, programName, onSignedIn, onCancel }: ServerSignInFormProps) {
  const studio = useStudio();
  const id = useId();
  const secretInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useLayoutEffect(() => {
    secretInput.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = secretInput.current;
    if (busy || input === null) return;
    const clientSecret = input.value;
    input.value = '';
    if (clientSecret === '') {
      setError('Enter the client secret.');
      input.focus();
      return;
    }
    setBusy(true);
    setError(null);
    void unwrap(studio.programs.signIn({ programId, clientSecret })).then(
      () => {
        setBusy(false);
        onSignedIn();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(describeError(failure));
        secretInput.current?.focus();
      },
    );
  };

  return (
    <form className="program-form program-inline-form" aria-label={`Sign in to ${programName} as a server`} noValidate onSubmit={submit}>
      <div className="program-field">
        <label className="program-label" htmlFor={`${id}-secret`}>
          Client secret
        </label>
        <input
          ref={secretInput}
          id={`${id}-secret`}
          type="password"
          className="program-input"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={error === null ? `${id}-warning` : `${id}-warning ${id}-error`}
        />
        <p className="program-warning" id={`${id}-warning`}>
          <span className="program-warning-mark" aria-hidden="true">
            !
          </span>
          Posts made this way are not attributed to a person.
        </p>
      </div>
      {error !== null && (
        <p className="panel-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <SubmitActions busy={busy} label="Sign in" busyLabel="Signing in…" onCancel={onCancel} />
    </form>
  );
}
