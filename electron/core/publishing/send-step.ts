import type { Draft } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { bodyVideos } from '../../../shared/publishing/body-media.js';
import { pushDraft } from '../drafts/draft-sync.js';
import type { WorkflowDeps } from './workflow-deps.js';

export const REMOTE_CHANGED_MESSAGE =
  'This post changed on Firstup since your last sync, so nothing was sent. Compare the two versions and choose which to keep, then try again.';

export const REMOTE_GONE_MESSAGE =
  'The post was deleted on Firstup. The draft is kept here as a local draft: choose its topics and send it again to make a new post.';

export function hasPendingVideos(draft: Pick<Draft, 'bodyHtml'>): boolean {
  return bodyVideos(draft.bodyHtml).some((video) => video.videoId === null && video.url !== null);
}

/**
 * A push is needed when the draft is not on Firstup, differs from it, or
 * waits for a remote change to be resolved (the push then reports the
 * conflict). A draft in step is pushed anyway when it holds pending videos:
 * the push checks that the post did not change remotely just before the
 * videos are added, which is the last check before we write over its body.
 */
function needsPush(draft: Draft): boolean {
  return draft.remote === null || draft.syncStatus !== 'in_sync' || hasPendingVideos(draft);
}

/**
 * Sends the draft (create or update) with pushDraft and answers the draft
 * as recorded afterwards. A conflict refuses the whole action before any
 * remote write; a post deleted remotely leaves the draft local again.
 */
export async function sendDraft(deps: WorkflowDeps, draftId: string): Promise<Draft> {
  const outcome = await pushDraft({ ...deps, draftId });
  switch (outcome.kind) {
    case 'created':
    case 'updated':
      return outcome.draft;
    case 'conflict':
      throw new StudioError('draft_conflict', REMOTE_CHANGED_MESSAGE, { id: draftId, remoteUpdatedAt: outcome.remote.updatedAt, syncStatus: outcome.local.syncStatus });
    case 'remote_gone':
      throw new StudioError('not_found', REMOTE_GONE_MESSAGE, { id: draftId });
  }
}

/** Step 2, for review and publish: send the draft first when Firstup does not have this text yet. */
export async function sendIfNeeded(deps: WorkflowDeps, draft: Draft): Promise<Draft> {
  return needsPush(draft) ? sendDraft(deps, draft.id) : draft;
}
