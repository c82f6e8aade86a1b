import type { DraftContent } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { readRemote, remoteMoved } from '../drafts/draft-sync-support.js';
import { sanitizeVideoEmbed } from './embed-sanitizer.js';
import { recordOwnWrite } from './own-write.js';
import { REMOTE_GONE_MESSAGE } from './send-step.js';
import { callOptions, type WorkflowDeps } from './workflow-deps.js';

export const NOT_ON_FIRSTUP_MESSAGE =
  'This draft is not on Firstup yet, so the video cannot be added there now. Keep it in the draft: it is attached when the draft is first sent.';

type DraftVideo = DraftContent['videos'][number];

/**
 * Adds a video by URL to a draft's post and answers its sanitised player for
 * the editor to place. The draft's text is NOT saved here: the editor owns
 * it and saves the placeholder through autosave (a save from here would turn
 * the editor's next save into a revision conflict). Only the remote baseline
 * is recorded, which leaves the revision alone, so our own write is not taken
 * for a remote change at the next push; it is skipped when the post had
 * already changed remotely, which must still show as a conflict.
 */
export async function addVideoToPost(deps: WorkflowDeps, draftId: string, url: string): Promise<DraftVideo & { url: string }> {
  const draft = await deps.store.get(draftId);
  if (draft.remote === null) throw new StudioError('invalid_request', NOT_ON_FIRSTUP_MESSAGE, { id: draftId });
  const before = await readRemote(deps.client, draft.remote.id, callOptions(deps));
  if (before === null) throw new StudioError('not_found', REMOTE_GONE_MESSAGE, { id: draftId });
  const inStep = draft.syncStatus !== 'conflict' && draft.syncStatus !== 'changed_remotely' && !remoteMoved(draft.remote, before);
  const added = await deps.client.addVideo(draft.remote.id, { url }, callOptions(deps));
  if (inStep) await recordOwnWrite(deps, draftId, draft.remote.id);
  return { videoId: added.id, embedHtml: sanitizeVideoEmbed(added.embedHtml), url };
}
