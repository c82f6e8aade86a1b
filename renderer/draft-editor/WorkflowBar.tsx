import { useState } from 'react';
import type { Draft } from '../../shared/drafts/draft-schema.js';
import { preflight, type PreflightProblem } from '../../shared/publishing/preflight.js';
import { allowedActions, type WorkflowAction } from '../../shared/publishing/workflow.js';
import { ActionDialog } from './ActionDialog.js';
import type { DraftSession } from './use-draft-session.js';
import type { useWorkflow } from './use-workflow.js';
import { actionLabel, actionProgress, stateLabel } from './workflow-labels.js';

interface WorkflowBarProps {
  readonly draft: Draft;
  readonly session: DraftSession;
  readonly workflow: ReturnType<typeof useWorkflow>;
  /** Opened from elsewhere (the publish shortcut): the action to ask about. */
  readonly requested: WorkflowAction | null;
  readonly onRequestHandled: () => void;
  readonly onShowProblem: (problem: PreflightProblem) => void;
}

const syncNote: Partial<Record<Draft['syncStatus'], string>> = {
  changed_here: 'Changes not sent yet',
  changed_remotely: 'Changed on Firstup',
  conflict: 'Conflict with Firstup',
};

/** The remote state as a badge and only the actions that state allows, each through the action dialog. */
export function WorkflowBar({ draft, session, workflow, requested, onRequestHandled, onShowProblem }: WorkflowBarProps) {
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const state = draft.remote?.state ?? null;
  const actions = allowedActions(state);
  const dialogAction = asking ?? (requested !== null && actions.includes(requested) ? requested : null);
  const running = workflow.run.status === 'running';
  const field = workflow.run.status === 'failed' ? workflow.run.field : null;
  const queueable = workflow.run.status === 'failed' ? workflow.run.queueable : undefined;
  const current = session.current();
  const problems = dialogAction === null || current === null ? [] : preflight({ ...current, onFirstup: draft.remote !== null }, dialogAction);
  const close = () => {
    setAsking(null);
    onRequestHandled();
  };

  return (
    <div className="workflow-bar">
      <span className={`state-badge state-badge-${state ?? 'local'}`}>{stateLabel(state)}</span>
      {syncNote[draft.syncStatus] !== undefined && <span className="sync-note">{syncNote[draft.syncStatus]}</span>}
      <div className="workflow-actions" role="group" aria-label="Workflow">
        {draft.remote !== null && draft.syncStatus === 'changed_here' && (
          <button type="button" className="button" disabled={running} onClick={() => void workflow.perform('push')}>
            Send changes
          </button>
        )}
        {actions.map((action) => (
          <button key={action} type="button" className={action === 'publish' ? 'button button-primary' : 'button'} disabled={running} onClick={() => setAsking(action)}>
            {actionLabel(action, state)}…
          </button>
        ))}
      </div>
      <p className={`workflow-status workflow-status-${workflow.run.status}`} role={workflow.run.status === 'failed' ? 'alert' : 'status'}>
        {workflow.run.status === 'running' && (workflow.run.action === 'push' ? 'Sending changes…' : actionProgress(workflow.run.action))}
        {(workflow.run.status === 'done' || workflow.run.status === 'failed') && workflow.run.message}
        {workflow.run.status === 'failed' && workflow.run.queueable !== undefined && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => queueable !== undefined && void workflow.queueInstead(queueable)}>
              Send it when Firstup answers
            </button>
          </>
        )}
        {workflow.run.status === 'failed' && workflow.run.field !== null && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => field !== null && onShowProblem({ field, message: '' })}>
              Show me
            </button>
          </>
        )}
      </p>
      {dialogAction !== null && (
        <ActionDialog
          action={dialogAction}
          state={state}
          title={current?.title ?? draft.title}
          problems={problems}
          onCancel={close}
          onShowProblem={(problem) => {
            close();
            onShowProblem(problem);
          }}
          onConfirm={() => {
            close();
            void workflow.perform(dialogAction);
          }}
        />
      )}
    </div>
  );
}
