import type { ContentState } from '../../../../shared/firstup/firstup-views.js';
import { StudioError } from '../../../../shared/ipc/studio-error.js';
import type { ContentRecord } from '../../firstup/content-records.js';
import type { TransitionAction } from '../../firstup/content-endpoints.js';
import { waitWhileProcessing } from '../../publishing/processing-wait.js';
import type { OutboxAction, OutboxStep } from '../store/outbox-schema.js';
import { BULK, NotYet, postIdOf, type JobContext } from './job-context.js';

/** A scheduled job publishes when due: the API has no schedule field, so our own scheduler is the one that waits. */
const CALL: Record<OutboxAction, TransitionAction> = { review: 'review', publish: 'publish', schedule: 'publish', draft: 'draft', archive: 'archive' };
const TARGET: Record<OutboxAction, ContentState> = { review: 'review', publish: 'published', schedule: 'published', draft: 'draft', archive: 'archived' };

/** Publish leaves a post Firstup scheduled itself scheduled (§5.6), so asking again would change nothing. */
function reached(state: ContentState, action: OutboxAction): boolean {
  const publishes = action === 'publish' || action === 'schedule';
  return state === TARGET[action] || (publishes && state === 'scheduled');
}

/**
 * Reads the state first (or takes it from the create's answer, in the same
 * claim) and calls the transition only when the post is not already there, so
 * a repeat after a lost answer is a no-op. A post still
 * processing is waited out first (the sandbox refuses to publish it).
 */
export async function transitionStep(context: JobContext): Promise<OutboxStep> {
  const { job } = context;
  if (job.action === 'schedule' && job.scheduledAt !== null && context.now() < job.scheduledAt) {
    throw new NotYet(job.scheduledAt, 'scheduled', `Waiting to publish at ${new Date(job.scheduledAt).toISOString()}; Content Studio must be running then.`, false);
  }
  const id = postIdOf(context);
  context.phase = 'verify';
  // Straight after the create, its answer is the state: one request fewer per post, which is a fifth of a bulk run.
  const before = context.known !== null && context.known.state !== 'processing' ? context.known : await waitWhileProcessing(() => context.client.getContent(id, BULK), context.sleep);
  context.known = null;
  if (!reached(before.state, job.action)) {
    context.phase = 'transition';
    await context.client.transitionContent(id, CALL[job.action], BULK);
  }
  context.record('verify');
  return 'verify';
}

/**
 * How often verify finds the post still processing before a person is asked to look: with the reads inside each
 * check and the capped backoff between them, about twenty minutes. How long Firstup may take is UNKNOWN (§5.9).
 */
export const MAX_PROCESSING_CHECKS = 20;

function sameTopics(expected: readonly number[], record: ContentRecord): boolean {
  const remote = new Set(record.channels.map((channel) => channel.id));
  return expected.length === remote.size && expected.every((id) => remote.has(id));
}

/**
 * Reads the post back: its state, title and topics must be what the job
 * sent. Topics are compared for updates too, because preflight refuses a
 * topic change on a post already sent (update cannot change channels, §5.5).
 * A post still processing is checked again later. Answers the record for the
 * draft's sync state.
 */
export async function verifyStep(context: JobContext): Promise<ContentRecord> {
  const { job } = context;
  const id = postIdOf(context);
  context.phase = 'verify';
  const after = await waitWhileProcessing(() => context.client.getContent(id, BULK), context.sleep);
  if (after.state === 'processing') {
    throw new NotYet('backoff', 'processing', 'Firstup is still processing the post; Content Studio checks again shortly.', true, {
      attempts: MAX_PROCESSING_CHECKS,
      message: 'Firstup has been processing this post for a long time (often a large video). Check the post on Firstup, then retry to check again, or cancel it here.',
    });
  }
  if (after.state === 'processing_error') {
    throw new StudioError('validation', 'Firstup could not process this post (often a video it cannot read). Check the post on Firstup, then retry or cancel it here.');
  }
  if (!reached(after.state, job.action)) {
    throw new StudioError('validation', `Firstup shows the post as “${after.state}”, not “${TARGET[job.action]}”. Someone may have moved it meanwhile: check it on Firstup, then retry.`);
  }
  const textSent = job.action !== 'draft' && job.action !== 'archive';
  if (textSent && (after.title ?? '') !== job.snapshot.title) {
    throw new StudioError('validation', 'The post on Firstup does not carry the title that was sent. Check the post on Firstup, then retry to send it again.');
  }
  if (textSent && !sameTopics(job.snapshot.topics.map((topic) => topic.id), after)) {
    throw new StudioError('validation', "The post's topics on Firstup are not the ones chosen here. Topics can only be set when a post is first sent: fix them on Firstup.");
  }
  return after;
}
