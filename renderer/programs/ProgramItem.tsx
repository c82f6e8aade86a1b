import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { ProgramView } from '../../shared/ipc/contract.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { describeLocation, describeSignInMethod, signInLabel } from './describe-program.js';
import { ProgramStatus } from './ProgramStatus.js';
import { RemoveConfirm } from './RemoveConfirm.js';
import { ServerSignInForm } from './ServerSignInForm.js';
import { UserSignInPrompt } from './UserSignInPrompt.js';

type Mode = 'actions' | 'server-sign-in' | 'confirm-remove';

export interface ProgramItemProps {
  readonly view: ProgramView;
  /** Reads the list again after an action, without waiting for the core's event. */
  readonly onChanged: () => void;
  readonly onRemoved: (displayName: string) => void;
  readonly announce: (message: string) => void;
}

/** One program: what it is, its status, and the one action that fits that status. */
export function ProgramItem({ view, onChanged, onRemoved, announce }: ProgramItemProps) {
  const studio = useStudio();
  const { program, status, isSandbox } = view;
  const nameId = useId();
  const [mode, setMode] = useState<Mode>('actions');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [authorizationUrl, setAuthorizationUrl] = useState<string | null>(null);
  const primaryButton = useRef<HTMLButtonElement>(null);
  // Focus goes back to the primary action once a form or prompt closes, rather than to the page's top;
  // in a layout effect, so it never rests on <body> between the commit and the paint.
  const focusPrimaryNext = useRef(false);
  const promptWasShown = useRef(false);

  // A sign-in page is good for one attempt: once that attempt ends, however it ends, its address is dropped,
  // so a later sign-in started elsewhere never shows a stale link. (React's "adjust state on a prop change" pattern.)
  const [seenState, setSeenState] = useState(status.state);
  if (status.state !== seenState) {
    setSeenState(status.state);
    if (status.state !== 'signing_in') setAuthorizationUrl(null);
  }

  const showPrompt = authorizationUrl !== null && status.state === 'signing_in';

  useLayoutEffect(() => {
    const promptClosedUnderFocus = promptWasShown.current && !showPrompt && document.activeElement === document.body;
    promptWasShown.current = showPrompt;
    if (focusPrimaryNext.current || promptClosedUnderFocus) {
      focusPrimaryNext.current = false;
      primaryButton.current?.focus();
    }
  });

  const backToActions = () => {
    focusPrimaryNext.current = true;
    setMode('actions');
  };

  const run = (call: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    void call()
      .catch((failure: unknown) => setError(describeError(failure)))
      .finally(() => {
        setBusy(false);
        onChanged();
      });
  };

  const startUserSignIn = () =>
    run(async () => {
      const result = await unwrap(studio.programs.signIn({ programId: program.id }));
      if (result.authorizationUrl !== undefined) {
        setAuthorizationUrl(result.authorizationUrl);
        return;
      }
      // No page to open: the sign-in ended before it reached the browser (the core logged why).
      if (result.status.state !== 'signing_in') setError('The sign-in could not start. Check the program’s addresses, then try again.');
    });

  const signOut = (message: string) =>
    run(async () => {
      await unwrap(studio.programs.signOut({ programId: program.id }));
      setAuthorizationUrl(null);
      announce(message);
    });

  const primary = (() => {
    switch (status.state) {
      case 'signed_in':
        return { label: 'Sign out', act: () => signOut(`Signed out of “${program.displayName}”.`) };
      case 'signing_in':
        return { label: 'Cancel sign-in', act: () => signOut(`Sign-in to “${program.displayName}” cancelled.`) };
      case 'signed_out':
      case 'sign_in_needed':
        return {
          label: signInLabel(status.state),
          act: () => (program.signIn.kind === 'server' ? setMode('server-sign-in') : startUserSignIn()),
        };
    }
  })();

  return (
    <li className="program" data-state={status.state} aria-labelledby={nameId}>
      <h3 className="program-name" id={nameId}>
        {program.displayName}
      </h3>
      <dl className="program-facts">
        <div className="program-fact">
          <dt>Where</dt>
          <dd>{describeLocation(view)}</dd>
        </div>
        <div className="program-fact">
          <dt>Signs in</dt>
          <dd>{describeSignInMethod(program)}</dd>
        </div>
        <div className="program-fact">
          <dt>Status</dt>
          <ProgramStatus program={program} status={status} />
        </div>
      </dl>

      {mode === 'actions' && !showPrompt && (
        <div className="program-actions">
          <button ref={primaryButton} type="button" className="program-button" aria-describedby={nameId} onClick={primary.act}>
            {busy ? 'Working…' : primary.label}
          </button>
          {!isSandbox && (
            <button type="button" className="program-button program-button-danger" aria-describedby={nameId} onClick={() => setMode('confirm-remove')}>
              Remove
            </button>
          )}
        </div>
      )}

      {mode === 'actions' && showPrompt && (
        <UserSignInPrompt authorizationUrl={authorizationUrl} onCancel={() => signOut(`Sign-in to “${program.displayName}” cancelled.`)} />
      )}

      {mode === 'server-sign-in' && (
        <ServerSignInForm
          programId={program.id}
          programName={program.displayName}
          onSignedIn={() => {
            announce(`Signed in to “${program.displayName}”.`);
            onChanged();
            backToActions();
          }}
          onCancel={backToActions}
        />
      )}

      {mode === 'confirm-remove' && (
        <RemoveConfirm programId={program.id} programName={program.displayName} onRemoved={() => onRemoved(program.displayName)} onCancel={backToActions} />
      )}

      {error !== null && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
