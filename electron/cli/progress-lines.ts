import type { OutboxJobView, OutboxStep } from '../../shared/outbox/outbox-views.js';

const STEP: Record<OutboxStep, (action: string) => string> = {
  send: () => 'sending the post',
  images: () => 'attaching images',
  videos: () => 'adding videos',
  transition: (action) => (action === 'review' ? 'submitting for review' : 'publishing'),
  verify: () => 'checking the result',
};

export const clock = (epochMs: number) => new Date(epochMs).toLocaleTimeString('en-GB', { hour12: false });

/** One job's state in words, for a progress line on stderr. */
export function describeJob(job: OutboxJobView): string {
  const error = job.lastError?.message ?? '';
  switch (job.state) {
    case 'queued':
      return job.nextAttemptAt !== null && job.nextAttemptAt > Date.now() ? `queued, not before ${clock(job.nextAttemptAt)}` : 'queued';
    case 'running':
      return `${STEP[job.step](job.action)}…`;
    case 'waiting_retry':
      return `waiting to retry${job.nextAttemptAt === null ? '' : ` at ${clock(job.nextAttemptAt)}`}${error === '' ? '' : `: ${error}`}`;
    case 'needs_attention':
      return `needs attention: ${error}`;
    case 'auth_required':
      return 'waiting for sign-in';
    case 'paused':
      return 'paused';
    case 'cancelled':
      return 'cancelled';
    case 'done':
      return job.remoteId === null ? 'done' : `done (post ${job.remoteId})`;
  }
}

/** The line printed every so often while posts wait, so a long pause is visibly a wait and not a hang. */
export function waitingLine(open: readonly OutboxJobView[], total: number): string {
  const retrying = open.filter((job) => job.state === 'waiting_retry' || (job.state === 'queued' && job.nextAttemptAt !== null));
  const next = retrying.flatMap((job) => (job.nextAttemptAt === null ? [] : [job.nextAttemptAt])).toSorted((a, b) => a - b)[0];
  const waits = retrying.length === 0 ? '' : ` (${retrying.length} waiting to retry${next === undefined ? '' : `, next at ${clock(next)}`})`;
  return `Still sending: ${open.length} of ${total} ${total === 1 ? 'post' : 'posts'} not finished${waits}. Ctrl+C stops; running the same command again resumes.`;
}
