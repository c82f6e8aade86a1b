import type { Draft, DraftContent } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { bodyVideos } from '../../../shared/publishing/body-media.js';
import { sanitizeVideoEmbed } from './embed-sanitizer.js';
import { recordOwnWrite } from './own-write.js';
import { waitWhileProcessing } from './processing-wait.js';
import { sendDraft } from './send-step.js';
import { fillPendingVideo } from './video-embeds.js';
import { callOptions, remoteIdOf, type WorkflowDeps } from './workflow-deps.js';

type DraftVideo = DraftContent['videos'][number];

const SAVE_ATTEMPTS = 3;

/**
 * Writes the video's id into its placeholder and the video into
 * `draft.videos`, as a new revision on top of the current one. The person
 * may save while Firstup works; a save that lost that race is tried again on
 * a fresh read, so their text is kept and the id still lands.
 */
async function commitVideo(deps: WorkflowDeps, draftId: string, video: DraftVideo & { url: string }): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const { id, programId, remote, syncStatus, revision, createdAt, updatedAt, ...content } = await deps.store.get(draftId);
    const next: DraftContent = {
      ...content,
      bodyHtml: fillPendingVideo(content.bodyHtml, video.url, video.videoId),
      videos: [...content.videos.filter((known) => known.videoId !== video.videoId), video],
    };
    try {
      await deps.store.save({ id, baseRevision: revision, content: next });
      return;
    } catch (error) {
      if (attempt >= SAVE_ATTEMPTS || !(error instanceof StudioError && error.code === 'draft_conflict')) throw error;
    }
  }
}

/** The player to keep, or '' and the refusal: the id is committed either way, so a retry never uploads the video twice. */
function checkedEmbed(embedHtml: string): { embedHtml: string; refusal: StudioError | null } {
  try {
    return { embedHtml: sanitizeVideoEmbed(embedHtml), refusal: null };
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    return { embedHtml: '', refusal: error };
  }
}

/**
 * Step 3, for review and publish: each video added while the draft was local
 * (a placeholder with a URL and no id) is added to the post, one at a time
 * since Firstup may refuse a video while the previous one processes (the
 * sandbox does). Each answer is committed before the next call: the id into
 * the body, the post as read after processing as the new baseline. Then the
 * draft is pushed again, so Firstup's body carries the players.
 */
export async function attachPendingVideos(deps: WorkflowDeps, draft: Draft): Promise<Draft> {
  const pending = bodyVideos(draft.bodyHtml).flatMap((video) => (video.videoId === null && video.url !== null ? [video.url] : []));
  if (pending.length === 0) return draft;
  const remoteId = remoteIdOf(draft);
  await waitWhileProcessing(() => deps.client.getContent(remoteId, callOptions(deps)), deps.sleep);
  for (const url of pending) {
    const added = await deps.client.addVideo(remoteId, { url }, callOptions(deps));
    const embed = checkedEmbed(added.embedHtml);
    await commitVideo(deps, draft.id, { videoId: added.id, embedHtml: embed.embedHtml, url });
    await recordOwnWrite(deps, draft.id, remoteId);
    if (embed.refusal !== null) throw embed.refusal;
  }
  return sendDraft(deps, draft.id);
}
