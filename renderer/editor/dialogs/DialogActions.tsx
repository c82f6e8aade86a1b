export interface DialogActionsProps {
  /** The submit button's label, and what it says while the dialog works. */
  readonly submitLabel: string;
  readonly busyLabel?: string;
  readonly busy?: boolean;
  readonly onCancel: () => void;
}

/** The editor dialogs' footer: the form's submit button, then Cancel. */
export function DialogActions({ submitLabel, busyLabel = submitLabel, busy = false, onCancel }: DialogActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
