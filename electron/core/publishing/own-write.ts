import type { ContentRecord } from '../firstup/content-records.js';
import type { ContentId } from '../firstup/ids.js';
import { recordSync } from '../drafts/draft-sync-support.js';
import { remoteOf } from '../drafts/remote-draft-mapping.js';
import { waitWhileProcessing } from './processing-wait.js';
import { callOptions, type WorkflowDeps } from './workflow-deps.js';

/**
 * After a write of our own that moves the post's `updated_at` without going
 * through a push (adding a video does, and so does the processing it starts),
 * waits the processing out and records the post as then read as the draft's
 * new baseline, keeping the draft's sync status. Without it the next push
 * would take our own write for someone else's and report a conflict.
 *
 * Limits: an edit made on Firstup between our write and this read is taken
 * in as ours; and when processing outlasts the waits, the end of processing
 * (which moves `updated_at` again in the sandbox; UNKNOWN on Firstup) still
 * shows as a remote change at the next push.
 */
export async function recordOwnWrite(deps: WorkflowDeps, draftId: string, remoteId: ContentId): Promise<ContentRecord> {
  const settled = await waitWhileProcessing(() => deps.client.getContent(remoteId, callOptions(deps)), deps.sleep);
  const current = await deps.store.get(draftId);
  await recordSync(deps.store, draftId, current.revision, remoteOf(settled), current.syncStatus);
  return settled;
}
