import type { Draft } from '../../../shared/drafts/draft-schema.js';
import type { ContentState } from '../../../shared/firstup/firstup-views.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { preflight } from '../../../shared/publishing/preflight.js';
import { allowedActions, type WorkflowAction } from '../../../shared/publishing/workflow.js';

const DONE: Record<WorkflowAction, string> = {
  review: 'sent for review',
  publish: 'published',
  draft: 'moved back to draft',
  archive: 'archived',
};

const AS: Record<ContentState, string> = {
  draft: 'as a draft',
  review: 'in review',
  published: 'as published',
  scheduled: 'as scheduled',
  archived: 'as archived',
  processing: 'as processing',
  processing_error: 'as failed processing',
};

function refusal(action: WorkflowAction, state: ContentState | null): string {
  if (state === null) return 'This draft is not on Firstup yet, so it cannot be moved back to draft or archived there. Send it for review or publish it first.';
  if (state === 'processing') return 'Firstup is still processing this post, usually a video. Wait a moment, refresh the post and try again.';
  if (state === 'processing_error') return "Firstup couldn't process this post's media, so it can only be archived. Archive it, then send the draft again as a new post.";
  return `Firstup has this post ${AS[state]}, so it can't be ${DONE[action]} from there. Refresh the post if that is out of date.`;
}

/**
 * Step 1, before anything is sent: the preflight for review and publish
 * (problems refuse the action as `validation`, with every problem in
 * `details.problems` for the form), then whether the action makes sense from
 * the state the post was last seen in. Writes nothing.
 */
export function checkTransition(draft: Draft, action: WorkflowAction): void {
  const problems = preflight({ ...draft, onFirstup: draft.remote !== null }, action);
  const first = problems[0];
  if (first !== undefined) throw new StudioError('validation', first.message, { id: draft.id, problems });
  const state = draft.remote?.state ?? null;
  if (!allowedActions(state).includes(action)) throw new StudioError('invalid_request', refusal(action, state), { id: draft.id, action, state });
}
