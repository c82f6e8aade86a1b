import type { DraftContent } from '../../../../shared/drafts/draft-schema.js';
import { bodyVideos } from '../../../../shared/publishing/body-media.js';
import { sanitizeVideoEmbed } from '../../publishing/embed-sanitizer.js';
import { waitWhileProcessing } from '../../publishing/processing-wait.js';
import { fillPendingVideo } from '../../publishing/video-embeds.js';
import type { OutboxStep } from '../store/outbox-schema.js';
import { BULK, postIdOf, type JobContext } from './job-context.js';
import { updateInputOf } from './snapshot-input.js';

type DraftVideo = DraftContent['videos'][number];

/**
 * The snapshot's images that have a public address (a local file has none;
 * preflight says so before enqueue). The post's images are read first and
 * only missing addresses are added, so a repeat after a lost answer never
 * attaches an image twice.
 */
export async function imagesStep(context: JobContext): Promise<OutboxStep> {
  const wanted = context.job.snapshot.images.filter((image): image is typeof image & { url: string } => image.url !== null);
  if (wanted.length > 0) {
    context.known = null;
    const id = postIdOf(context);
    context.phase = 'verify';
    const attached = new Set((await context.client.getContent(id, BULK)).images.map((image) => image.url));
    for (const image of wanted) {
      if (attached.has(image.url)) continue;
      context.phase = 'images';
      await context.client.addImage(id, { url: image.url, ...(image.altText === '' ? {} : { altText: image.altText }) }, BULK);
      attached.add(image.url);
    }
  }
  context.record('videos');
  return 'videos';
}

/**
 * Commits an added video's id into the live draft before the next call, as
 * the one-shot workflow does: the content record does not list a post's
 * videos, so the draft is where a repeat learns the video is already on the
 * post and does not add it again.
 */
async function commitVideo(context: JobContext, video: DraftVideo & { url: string }): Promise<void> {
  const { id, programId, remote, syncStatus, revision, createdAt, updatedAt, ...content } = await context.drafts.get(context.job.draftId);
  const next: DraftContent = {
    ...content,
    bodyHtml: fillPendingVideo(content.bodyHtml, video.url, video.videoId),
    videos: [...content.videos.filter((known) => known.videoId !== video.videoId), video],
  };
  const ack = await context.drafts.save({ id, baseRevision: revision, content: next });
  if (revision === context.draftRevision) context.draftRevision = ack.revision;
}

/**
 * Videos added while the draft was local (a placeholder with an address and
 * no id): each is added to the post unless the live draft already holds its
 * id, then the body is sent again with the players in place.
 */
export async function videosStep(context: JobContext): Promise<OutboxStep> {
  const pending = bodyVideos(context.job.snapshot.bodyHtml).flatMap((video) => (video.videoId === null && video.url !== null ? [video.url] : []));
  if (pending.length > 0) {
    context.known = null;
    const id = postIdOf(context);
    const read = () => context.client.getContent(id, BULK);
    let bodyHtml = context.job.snapshot.bodyHtml;
    const videos = [...context.job.snapshot.videos];
    const known = (await context.drafts.get(context.job.draftId)).videos;
    for (const url of pending) {
      let video = known.find((candidate) => candidate.url === url);
      if (video === undefined) {
        context.phase = 'verify';
        // Firstup may refuse a video while the previous one processes (the sandbox does).
        await waitWhileProcessing(read, context.sleep);
        context.phase = 'videos';
        const added = await context.client.addVideo(id, { url }, BULK);
        video = { videoId: added.id, embedHtml: sanitizeVideoEmbed(added.embedHtml), url };
        await commitVideo(context, { ...video, url });
      }
      bodyHtml = fillPendingVideo(bodyHtml, url, video.videoId);
      videos.push(video);
    }
    context.phase = 'update';
    await context.client.updateContent(id, updateInputOf(context.job, bodyHtml, videos), BULK);
  }
  context.record('transition');
  return 'transition';
}
