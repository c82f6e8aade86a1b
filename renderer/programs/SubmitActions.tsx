export interface SubmitActionsProps {
  readonly busy: boolean;
  readonly label: string;
  /** Shown while the submit is under way. */
  readonly busyLabel: string;
  readonly onCancel: () => void;
}

/** A program form's submit and Cancel buttons. */
export function SubmitActions({ busy, label, busyLabel, onCancel }: SubmitActionsProps) {
  return (
    <div className="program-form-actions">
      <button type="submit" className="button-primary">
        {busy ? busyLabel : label}
      </button>
      <button type="button" className="program-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
