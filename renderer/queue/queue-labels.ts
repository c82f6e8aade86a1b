import type { OutboxAction, OutboxJobView, OutboxState, OutboxStep } from '../../shared/outbox/outbox-views.js';

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayAndClock = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "14:05" today, "23 Nov 2026, 14:05" any other day. */
export function formatWhen(at: number, now: number): string {
  return new Date(at).toDateString() === new Date(now).toDateString() ? clock.format(at) : dayAndClock.format(at);
}

/** The counts under the progress bar, in the order a person reads the queue. */
export const countLabels: readonly (readonly [OutboxState, string])[] = [
  ['queued', 'Queued'],
  ['running', 'Sending'],
  ['waiting_retry', 'Waiting to retry'],
  ['needs_attention', 'Needs attention'],
  ['auth_required', 'Waiting for sign-in'],
  ['paused', 'Paused'],
  ['done', 'Done'],
  ['cancelled', 'Cancelled'],
];

export const stateLabels: Record<OutboxState, string> = Object.fromEntries(countLabels) as Record<OutboxState, string>;

export function actionLabel(job: Pick<OutboxJobView, 'action' | 'scheduledAt'>, now: number): string {
  const labels: Record<OutboxAction, string> = {
    review: 'Send for review',
    publish: 'Publish',
    schedule: job.scheduledAt === null ? 'Publish later' : `Publish at ${formatWhen(job.scheduledAt, now)}`,
    archive: 'Archive',
    draft: 'Move back to draft',
  };
  return labels[job.action];
}

export function stepLabel(job: Pick<OutboxJobView, 'step' | 'action' | 'remoteId'>): string {
  const labels: Record<OutboxStep, string> = {
    send: job.remoteId === null ? 'creating the post' : `updating post ${job.remoteId}`,
    images: 'adding its images',
    videos: 'adding its videos',
    transition: job.action === 'review' ? 'sending it for review' : job.action === 'archive' ? 'archiving it' : job.action === 'draft' ? 'moving it back to draft' : 'publishing it',
    verify: 'checking the result on Firstup',
  };
  return labels[job.step];
}

/** A scheduled post still waiting for its time (its job has not started). */
export const isScheduledAhead = (job: Pick<OutboxJobView, 'action' | 'scheduledAt' | 'state'>, now: number) =>
  job.action === 'schedule' && job.scheduledAt !== null && job.scheduledAt > now && (job.state === 'queued' || job.state === 'paused');

const withError = (text: string, job: OutboxJobView) => (job.lastError === null ? text : `${text} — ${job.lastError.message}`);

/** Where a job stands, in one sentence: "Waiting to retry at 14:05 — Firstup answered 503". */
export function describeJob(job: OutboxJobView, now: number): string {
  switch (job.state) {
    case 'queued':
      if (isScheduledAhead(job, now)) return `Scheduled — Content Studio publishes it at ${formatWhen(job.scheduledAt!, now)} if it is running then, or as soon as it starts after that`;
      return job.nextAttemptAt !== null && job.nextAttemptAt > now
        ? `Queued until ${formatWhen(job.nextAttemptAt, now)}, then ${stepLabel(job)}`
        : `Queued — next: ${stepLabel(job)}`;
    case 'running':
      return `Sending — ${stepLabel(job)}`;
    case 'waiting_retry':
      return withError(job.nextAttemptAt === null ? 'Waiting to retry' : `Waiting to retry at ${formatWhen(job.nextAttemptAt, now)}`, job);
    case 'needs_attention':
      return withError(`Needs attention while ${stepLabel(job)}`, job);
    case 'auth_required':
      return 'Waiting for you to sign in to this program again (Settings → Programs)';
    case 'paused':
      return `Paused — next: ${stepLabel(job)}`;
    case 'cancelled':
      return job.remoteId !== null
        ? `Cancelled — post ${job.remoteId} is on Firstup and was left as it is`
        : job.everSent
          ? 'Cancelled after sending had started — the post may already be on Firstup; check there before sending again'
          : 'Cancelled before anything was sent';
    case 'done':
      return job.remoteId === null ? 'Done' : `Done — post ${job.remoteId} on Firstup`;
  }
}

/** What a cancel will leave behind, said before the person confirms it. */
export function cancelWarning(job: OutboxJobView): string {
  if (job.remoteId !== null) return `Post ${job.remoteId} already exists on Firstup. Cancelling stops the queue here and leaves that post as it is.`;
  if (job.everSent) return 'Sending has started, so the post may already exist on Firstup. Cancelling stops here; check Firstup before sending this draft again.';
  return 'Nothing has been sent yet. The draft stays as it is.';
}

export const canPause = (state: OutboxState) => state === 'queued' || state === 'running' || state === 'waiting_retry';
export const canRetry = (state: OutboxState) => state === 'needs_attention' || state === 'cancelled';
export const canCancel = (state: OutboxState) => state !== 'done' && state !== 'cancelled';
