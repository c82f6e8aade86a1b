import { useCallback, useState } from 'react';
import type { Draft } from '../../shared/drafts/draft-schema.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import type { PreflightField } from '../../shared/publishing/preflight.js';
import type { WorkflowAction } from '../../shared/publishing/workflow.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import type { DraftSession } from './use-draft-session.js';

export type WorkflowRun =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly action: WorkflowAction | 'push' }
  | { readonly status: 'done'; readonly message: string }
  /**
   * `field`: where Firstup said the problem is, when it said so. `queueable`: the action, when Firstup could not
   * be reached and the publishing queue can take it instead, to send it once Firstup answers.
   */
  | { readonly status: 'failed'; readonly message: string; readonly code: string | null; readonly field: PreflightField | null; readonly queueable?: WorkflowAction };

/** Firstup names fields in its own words (`channels`, `url`); the studio's fields are the preflight's. */
const fieldNames: Readonly<Record<string, PreflightField>> = { title: 'title', channels: 'topics', url: 'linkUrl', body: 'body', images: 'images' };

function fieldOf(error: unknown): PreflightField | null {
  if (!(error instanceof StudioError) || typeof error.details !== 'object' || error.details === null) return null;
  const field = (error.details as { field?: unknown }).field;
  return typeof field === 'string' ? (fieldNames[field.split('.')[0] ?? ''] ?? null) : null;
}

function failureMessage(error: unknown): string {
  if (error instanceof StudioError && error.code === 'forbidden') {
    return `${error.message} Publishing and review need the publisher role in this program: ask a program manager for it, or sign in as someone who has it.`;
  }
  if (error instanceof StudioError && error.code === 'offline') {
    // Only an unreachable host proves nothing arrived; after a timeout or a broken connection the step may have happened.
    const unreachable = (error.details as { reason?: unknown } | undefined)?.reason === 'unreachable';
    return unreachable
      ? `${error.message} Nothing was sent; your draft is safe here. Try again when you are back online.`
      : `${error.message} You can try again: Content Studio looks for the post first, so it is never created twice.`;
  }
  return describeError(error);
}

function doneMessage(action: WorkflowAction | 'push', state: string): string {
  if (state === 'processing') return 'Firstup is still processing the post. Its state is read again when you reopen it.';
  switch (action) {
    case 'push':
      return 'Changes sent to Firstup.';
    case 'review':
      return 'Submitted for review.';
    case 'publish':
      return state === 'scheduled' ? 'The post stays scheduled: Firstup publishes it at its time.' : 'Published.';
    case 'draft':
      return 'Moved back to draft.';
    case 'archive':
      return 'Archived.';
  }
}

/**
 * Runs one workflow step for the open draft: saves what is typed first, then
 * asks the core, and takes the draft the core answers with as the new
 * starting point (the core may have saved a revision, e.g. attaching videos).
 */
export function useWorkflow(session: DraftSession, draftId: string) {
  const studio = useStudio();
  const [run, setRun] = useState<WorkflowRun>({ status: 'idle' });

  const perform = useCallback(
    async (action: WorkflowAction | 'push') => {
      setRun({ status: 'running', action });
      try {
        await session.flush();
        let draft: Draft;
        let state: string;
        if (action === 'push') {
          const pushed = await unwrap(studio.drafts.push({ id: draftId }));
          draft = pushed.draft;
          state = pushed.draft.remote?.state ?? 'draft';
          if (pushed.outcome === 'conflict') {
            session.replace(draft);
            setRun({ status: 'failed', message: 'This post changed on Firstup since your last sync. Nothing was sent: choose which version to keep below.', code: 'draft_conflict', field: null });
            return;
          }
        } else {
          ({ draft, state } = await unwrap(studio.drafts.transition({ id: draftId, action })));
        }
        session.replace(draft);
        setRun({ status: 'done', message: doneMessage(action, state) });
      } catch (error: unknown) {
        const offline = error instanceof StudioError && error.code === 'offline' && action !== 'push';
        setRun({ status: 'failed', message: failureMessage(error), code: error instanceof StudioError ? error.code : null, field: fieldOf(error), ...(offline ? { queueable: action } : {}) });
        // A step before the failure may have recorded something (the post was made, a video attached, a conflict
        // found): show the draft as stored. Nothing can have been typed meanwhile: the screen is inert while a step runs.
        await unwrap(studio.drafts.get({ id: draftId })).then(session.replace, () => undefined);
      }
    },
    [studio, session, draftId],
  );

  /** Hands the action to the publishing queue, which sends it once Firstup answers (the draft as it is now). */
  const queueInstead = useCallback(
    async (action: WorkflowAction) => {
      setRun({ status: 'running', action });
      try {
        await session.flush();
        const { results } = await unwrap(studio.outbox.enqueue({ draftIds: [draftId], action }));
        const [answer] = results;
        if (answer?.ok === true) {
          setRun({ status: 'done', message: 'Queued: Content Studio sends it as soon as Firstup answers. You can follow it in the Queue.' });
        } else {
          setRun({ status: 'failed', message: answer?.message ?? 'The draft could not be queued.', code: null, field: answer?.problems?.[0]?.field ?? null });
        }
      } catch (error: unknown) {
        setRun({ status: 'failed', message: failureMessage(error), code: error instanceof StudioError ? error.code : null, field: null });
      }
    },
    [studio, session, draftId],
  );

  return { run, perform, queueInstead, dismiss: () => setRun({ status: 'idle' }) };
}
