import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { describeError } from '../../studio/describe-error.js';
import { checkPublicAddress } from '../link-address.js';
import { EditorDialog } from './EditorDialog.js';
import { useStillMounted } from './use-still-mounted.js';
import { DialogActions } from './DialogActions.js';

interface AddressDialogProps {
  readonly title: string;
  readonly label: string;
  readonly kind: 'image' | 'video';
  readonly hint: ReactNode;
  readonly submitLabel: string;
  readonly busyLabel: string;
  /** Given the checked https address; a rejection is shown in the dialog, which stays open with what was typed. */
  readonly onSubmit: (href: string) => Promise<void> | void;
  readonly onClose: () => void;
}

/** One public https address: an image's public URL, or a video to add. */
export function AddressDialog({ title, label, kind, hint, submitLabel, busyLabel, onSubmit, onClose }: AddressDialogProps) {
  const id = useId();
  const stillMounted = useStillMounted();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const checked = checkPublicAddress(address, kind);
    if (!checked.ok) return setError(checked.message);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(checked.href);
    } catch (caught) {
      if (!stillMounted()) return;
      setBusy(false);
      setError(describeError(caught));
    }
  }

  return (
    <EditorDialog title={title} onClose={onClose}>
      <form className="editor-dialog-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-address`}>
            {label}
          </label>
          <input
            id={`${id}-address`}
            className="field-input"
            type="url"
            inputMode="url"
            placeholder="https://"
            autoFocus
            value={address}
            aria-invalid={error !== null}
            aria-describedby={`${id}-hint${error === null ? '' : ` ${id}-error`}`}
            onChange={(event) => setAddress(event.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
          {error !== null && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <DialogActions submitLabel={submitLabel} busyLabel={busyLabel} busy={busy} onCancel={onClose} />
      </form>
    </EditorDialog>
  );
}
