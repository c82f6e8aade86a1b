import type { Draft } from '../../../shared/drafts/draft-schema.js';
import type { ContentState } from '../../../shared/firstup/firstup-views.js';
import { isOutgoing, type WorkflowAction } from '../../../shared/publishing/workflow.js';
import { attachPendingVideos } from './attach-videos-step.js';
import { sendIfNeeded } from './send-step.js';
import { moveRemote } from './transition-step.js';
import { verifyMove } from './verify-step.js';
import { checkTransition } from './workflow-checks.js';
import type { WorkflowDeps } from './workflow-deps.js';

/**
 * Moves a draft's post through Firstup's workflow (review, publish, back to
 * draft, archive) in five steps, each in its own function and each
 * committing its remote result to the draft before the next one starts:
 *
 *   1. check   (workflow-checks.ts)     preflight and allowed action; writes nothing
 *   2. send    (send-step.ts)           create or update the post, for review and publish
 *   3. videos  (attach-videos-step.ts)  attach videos added while local, then send again
 *   4. move    (transition-step.ts)     read the post, call the transition unless already there
 *   5. verify  (verify-step.ts)         read back, record the post in the draft
 *
 * The steps are written for the publish outbox (a later issue) to run one at
 * a time and retry: each starts from the draft as stored, a retried send
 * finds a post a lost create made (pushDraft's marker lookup), a video whose
 * id was committed is never added again, and a transition reads before it
 * acts. Until the outbox exists, `drafts.transition` runs them in a row while
 * the person waits.
 */

export interface TransitionResult {
  draft: Draft;
  /** What Firstup reports afterwards; `processing` means it is still working on the post. */
  state: ContentState;
}

/** Step 1 alone: the draft, once it may go ahead. Nothing is written, so a refusal needs no event. */
export async function prepareTransition(deps: Pick<WorkflowDeps, 'store'>, draftId: string, action: WorkflowAction): Promise<Draft> {
  const draft = await deps.store.get(draftId);
  checkTransition(draft, action);
  return draft;
}

/** Steps 2 to 5 for a draft `prepareTransition` let through. */
export async function runTransition(deps: WorkflowDeps, draft: Draft, action: WorkflowAction): Promise<TransitionResult> {
  let current = draft;
  if (isOutgoing(action)) {
    await deps.store.snapshot(draft.id, 'before_publish');
    current = await sendIfNeeded(deps, current);
    current = await attachPendingVideos(deps, current);
  }
  const move = await moveRemote(deps, current, action);
  return verifyMove(deps, current, move);
}
