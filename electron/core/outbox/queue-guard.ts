import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { OutboxStore } from './store/outbox-store.js';

/** Throws when the draft must not be sent from anywhere but its queue job. */
export type QueueGuard = (draftId: string) => void;

const actionWords: Readonly<Record<string, string>> = {
  publish: 'publish it',
  review: 'send it for review',
  schedule: 'publish it at its time',
  archive: 'archive it',
  draft: 'move it back to draft',
};

/**
 * Sending a draft directly (the workflow bar, "Send to Firstup", keeping mine
 * in a conflict) while a queue job for it is unfinished would race that job:
 * the queue marks the post it creates with the job's id, a direct push with
 * the draft's, so each would miss the other's post and make a second one. So
 * until the job ends (done or cancelled), the queue alone sends the draft.
 */
export function createQueueGuard(store: OutboxStore): QueueGuard {
  return (draftId) => {
    const job = store.unfinishedJobOf(draftId);
    if (job === null) return;
    const waiting = job.state === 'needs_attention' ? 'It needs your attention there' : 'It is on its way';
    throw new StudioError(
      'validation',
      `This draft is in the publishing queue, which will ${actionWords[job.action] ?? 'send it'}. ${waiting}: open the Queue to follow it, or cancel it there before sending the draft from here.`,
      { reason: 'in_queue', jobId: job.id },
    );
  };
}
