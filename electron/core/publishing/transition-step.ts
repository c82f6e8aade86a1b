import type { Draft } from '../../../shared/drafts/draft-schema.js';
import type { ContentState } from '../../../shared/firstup/firstup-views.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { WorkflowAction } from '../../../shared/publishing/workflow.js';
import { readRemote, recordSync } from '../drafts/draft-sync-support.js';
import type { ContentRecord } from '../firstup/content-records.js';
import { waitWhileProcessing } from './processing-wait.js';
import { REMOTE_GONE_MESSAGE } from './send-step.js';
import { callOptions, remoteIdOf, type WorkflowDeps } from './workflow-deps.js';

/** Where each action leaves a post (REFERENCE.md §5.6). */
const TARGET: Record<WorkflowAction, ContentState> = { review: 'review', publish: 'published', draft: 'draft', archive: 'archived' };

export interface Move {
  /** The post as read just before the transition. */
  before: ContentRecord;
  /** Whether the transition endpoint was called at all. */
  called: boolean;
}

/** Publish leaves a scheduled post scheduled (§5.6), so asking again would change nothing either. */
function alreadyThere(state: ContentState, action: WorkflowAction): boolean {
  return state === TARGET[action] || (action === 'publish' && state === 'scheduled');
}

/**
 * Step 4: reads the post first, waits out processing (publishing while
 * processing is UNKNOWN in §5.7; the sandbox refuses it), and calls the
 * transition only when the post is not already where the action leads, so a
 * retry after a lost answer is a no-op. When processing outlasts the waits
 * the call is made anyway and Firstup's answer (a 400 keeps its message)
 * tells the person. A post deleted remotely leaves the draft local again.
 */
export async function moveRemote(deps: WorkflowDeps, draft: Draft, action: WorkflowAction): Promise<Move> {
  const id = remoteIdOf(draft);
  const first = await readRemote(deps.client, id, callOptions(deps));
  if (first === null) {
    await recordSync(deps.store, draft.id, draft.revision, null, 'local_only');
    throw new StudioError('not_found', REMOTE_GONE_MESSAGE, { id: draft.id });
  }
  const before = await waitWhileProcessing(() => deps.client.getContent(id, callOptions(deps)), deps.sleep, first);
  if (alreadyThere(before.state, action)) return { before, called: false };
  await deps.client.transitionContent(id, action, callOptions(deps));
  return { before, called: true };
}
