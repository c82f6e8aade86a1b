import { StudioError } from '../../../../shared/ipc/studio-error.js';
import { findRemoteByMarker, recordSync } from '../../drafts/draft-sync-support.js';
import { remoteOf } from '../../drafts/remote-draft-mapping.js';
import type { ContentRecord } from '../../firstup/content-records.js';
import type { OutboxStep } from '../store/outbox-schema.js';
import { BULK, type JobContext } from './job-context.js';
import { createInputOf, updateInputOf } from './snapshot-input.js';

/**
 * The draft learns its post as soon as the post exists, not only when the job
 * ends: a job cancelled or stopped after this point must leave a draft that
 * updates this post when it is sent again, rather than one that makes a
 * second. "Changed here" until the job finishes and records it in sync. Done
 * before the job records the step, so a job paused meanwhile still links it.
 */
async function linkDraft(context: JobContext, post: ContentRecord): Promise<void> {
  try {
    const draft = await context.drafts.get(context.job.draftId);
    if (draft.remote === null) await recordSync(context.drafts, draft.id, draft.revision, remoteOf(post), 'changed_here');
  } catch (error) {
    // A draft deleted meanwhile has nothing to link; the job carries on with the post it made.
    if (!(error instanceof StudioError && error.code === 'not_found')) throw error;
  }
}

/** Moving a post back to draft or archiving it sends no text (as in the one-shot workflow). */
const sendsText = (action: string) => action === 'review' || action === 'publish' || action === 'schedule';

/**
 * Create (or update) the post from the frozen snapshot. Before any create,
 * the post is looked up by its marker (`source.post_id` = job id): the API
 * has no idempotency key (§3.2), and after a reset, a 5xx, an unreadable
 * 200 or a crash the create may have gone through. The look-up runs before
 * every create, not only after a failure the runner saw, because a person's
 * retry and start-up recovery both reset the attempt count, and one read per
 * post is cheap next to a duplicate. The post's id is committed in the same
 * write that moves the job on, straight after the answer.
 */
export async function sendStep(context: JobContext): Promise<OutboxStep> {
  const { job, client } = context;
  if (!sendsText(job.action)) {
    context.record('transition');
    return 'transition';
  }
  if (context.remoteId === null) {
    context.phase = 'reconcile';
    // Several posts with our marker means a duplicate already exists (made before this code ran); the oldest is ours.
    const [found] = await findRemoteByMarker(client, job.id, BULK);
    if (found !== undefined) {
      // A lost create carried this very snapshot: nothing more to send.
      await linkDraft(context, found);
      context.record('images', found);
      return 'images';
    }
    // Topics are fixed when a post is created (REFERENCE.md §5.6): one made without any could never be published.
    // Enqueue refuses such a draft; this guards a job queued before that check existed, or a damaged snapshot.
    if (job.snapshot.topics.length === 0) {
      throw new StudioError('validation', 'This post has no topic, and topics are fixed when a post is first sent. Open the draft, choose a topic, and send it again.');
    }
    context.phase = 'create';
    const created = await client.createContent(createInputOf(job), BULK);
    context.known = created;
    await linkDraft(context, created);
    context.record('images', created);
    return 'images';
  }
  context.phase = 'update';
  await client.updateContent(context.remoteId, updateInputOf(job), BULK);
  context.record('images');
  return 'images';
}
