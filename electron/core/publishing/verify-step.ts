import type { Draft, SyncStatus } from '../../../shared/drafts/draft-schema.js';
import type { ContentState } from '../../../shared/firstup/firstup-views.js';
import { recordSync, remoteMoved } from '../drafts/draft-sync-support.js';
import { remoteOf, toUpdateInput } from '../drafts/remote-draft-mapping.js';
import type { ContentRecord } from '../firstup/content-records.js';
import { waitWhileProcessing } from './processing-wait.js';
import type { Move } from './transition-step.js';
import { callOptions, remoteIdOf, type WorkflowDeps } from './workflow-deps.js';

/**
 * Does Firstup hold the text we send for this draft? Compared field by field
 * with what a push sends (players in place of placeholders). A server that
 * rewrites HTML makes this say no: the draft is then shown as changed on
 * Firstup, and refreshing it takes Firstup's form, which loses nothing.
 */
function holdsOurText(draft: Draft, record: ContentRecord): boolean {
  const sent = toUpdateInput(draft);
  return (record.title ?? '') === sent.title && (record.summary ?? '') === sent.summary && (record.body ?? '') === sent.body;
}

/**
 * The sync status to record with the post as read after the move. A draft
 * in step (just pushed, or in step before) stays so only if Firstup still
 * holds its text. A draft with unsent edits (moved to draft or archived
 * without a push) becomes a conflict if the post had changed before our
 * move. A conflict, or a remote change not yet pulled, stays as it is until
 * the person resolves or refreshes it.
 */
function statusAfter(draft: Draft, before: ContentRecord, after: ContentRecord): SyncStatus {
  if (draft.syncStatus === 'in_sync') return holdsOurText(draft, after) ? 'in_sync' : 'changed_remotely';
  if (draft.syncStatus === 'changed_here' && draft.remote !== null && remoteMoved(draft.remote, before)) return 'conflict';
  return draft.syncStatus;
}

/**
 * Step 5: reads the post back, waiting a little while Firstup is still
 * processing, records it in the draft (id, uuid, state, updated_at) and
 * answers the state Firstup reports, which may still be `processing`.
 */
export async function verifyMove(deps: WorkflowDeps, draft: Draft, move: Move): Promise<{ draft: Draft; state: ContentState }> {
  const id = remoteIdOf(draft);
  const read = () => deps.client.getContent(id, callOptions(deps));
  const after = await waitWhileProcessing(read, deps.sleep, move.called ? undefined : move.before);
  const recorded = await recordSync(deps.store, draft.id, draft.revision, remoteOf(after), statusAfter(draft, move.before, after));
  return { draft: recorded, state: after.state };
}
