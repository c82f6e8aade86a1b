import { useId, useLayoutEffect, useRef, useState } from 'react';

type CopyOutcome = 'none' | 'copied' | 'failed';

export interface UserSignInPromptProps {
  readonly authorizationUrl: string;
  readonly onCancel: () => void;
}

/**
 * A person's sign-in finishes on Firstup's page in the browser. The address
 * is shown as text as well as a link, so it can be checked (it names the
 * auth host) or pasted into another browser where the person is signed in.
 */
export function UserSignInPrompt({ authorizationUrl, onCancel }: UserSignInPromptProps) {
  const id = useId();
  const link = useRef<HTMLAnchorElement>(null);
  const [copy, setCopy] = useState<CopyOutcome>('none');

  useLayoutEffect(() => {
    link.current?.focus();
  }, []);

  const copyAddress = () => {
    setCopy('none');
    // Missing outside a secure context, and refused when the page lacks focus or permission.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (clipboard === undefined) {
      setCopy('failed');
      return;
    }
    void clipboard.writeText(authorizationUrl).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <div className="program-continue" role="group" aria-labelledby={`${id}-title`}>
      <p className="program-continue-title" id={`${id}-title`}>
        Continue in your browser
      </p>
      <p className="program-hint">Sign in on Firstup’s page. This list updates by itself once you are done.</p>
      <p>
        <a ref={link} className="program-link" href={authorizationUrl} target="_blank" rel="noopener noreferrer">
          Open the sign-in page (new tab)
        </a>
      </p>
      <div className="program-field">
        <p className="program-label">Sign-in page address</p>
        <code className="program-url">{authorizationUrl}</code>
      </div>
      <div className="program-form-actions">
        <button type="button" className="program-button" onClick={copyAddress}>
          Copy address
        </button>
        <button type="button" className="program-button" onClick={onCancel}>
          Cancel sign-in
        </button>
        <span className="program-copy-status" aria-live="polite">
          {copy === 'copied' ? 'Copied' : ''}
        </span>
      </div>
      {copy === 'failed' && (
        <p className="panel-error" role="alert">
          The address could not be copied. Select it above and copy it yourself.
        </p>
      )}
    </div>
  );
}
