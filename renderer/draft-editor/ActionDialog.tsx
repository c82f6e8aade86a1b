import { useId } from 'react';
import type { ContentState } from '../../shared/firstup/firstup-views.js';
import type { PreflightProblem } from '../../shared/publishing/preflight.js';
import type { WorkflowAction } from '../../shared/publishing/workflow.js';
import { actionConsequence, actionLabel } from './workflow-labels.js';
import { useModalDialog } from '../studio/use-modal-dialog.js';

interface ActionDialogProps {
  readonly action: WorkflowAction;
  readonly state: ContentState | null;
  readonly title: string;
  /** Empty: every check passed. */
  readonly problems: readonly PreflightProblem[];
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly onShowProblem: (problem: PreflightProblem) => void;
}

/**
 * The publish dialog (and the confirmation of every other workflow step):
 * what will happen to readers, and the preflight checks. With problems the
 * action cannot be confirmed; each problem leads to its field.
 */
export function ActionDialog({ action, state, title, problems, onConfirm, onCancel, onShowProblem }: ActionDialogProps) {
  const id = useId();
  const dialog = useModalDialog();

  const label = actionLabel(action, state);
  return (
    <dialog
      ref={dialog}
      className="action-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-consequence`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`} className="action-dialog-title">
        {label}: “{title.trim() === '' ? 'Untitled draft' : title}”
      </h2>
      <p id={`${id}-consequence`}>{actionConsequence(action, state)}</p>
      {problems.length > 0 && (
        <div className="preflight-problems" role="alert">
          <p className="preflight-heading">Fix these first:</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>
                <button type="button" className="link-button" onClick={() => onShowProblem(problem)}>
                  {problem.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className={action === 'archive' || action === 'draft' ? 'button button-danger' : 'button button-primary'} disabled={problems.length > 0} onClick={onConfirm} autoFocus={problems.length === 0}>
          {label}
        </button>
        <button type="button" className="button" onClick={onCancel} autoFocus={problems.length > 0}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
