import { useEffect, useRef, useState } from 'react';
import type { OutboxJobView } from '../../shared/outbox/outbox-views.js';
import { ConfirmStep } from '../drafts-list/ConfirmStep.js';
import { DraftLink } from '../drafts-list/DraftLink.js';
import { PostLink } from './PostLink.js';
import { actionLabel, canCancel, canPause, canRetry, cancelWarning, describeJob, isScheduledAhead, stateLabels } from './queue-labels.js';

export interface QueueItemProps {
  readonly job: OutboxJobView;
  readonly now: number;
  readonly busy: boolean;
  readonly onPause: () => void;
  readonly onResume: () => void;
  readonly onRetry: () => void;
  /** Resolves once the cancel was answered; true when it went through. */
  readonly onCancel: () => Promise<boolean>;
}

const untitled = 'Untitled draft';

/** One post in the queue: what it is, where it stands, what went wrong last, and what can be done about it. */
export function QueueItem({ job, now, busy, onPause, onResume, onRetry, onCancel }: QueueItemProps) {
  const [confirming, setConfirming] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  // Closing the question removes the focused button: focus goes back to this post's controls, not to the page.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) actions.current?.querySelector('button')?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  const title = job.title === null || job.title.trim() === '' ? untitled : job.title;
  const act = (action: () => void) => () => !busy && action();
  return (
    <li className="queue-item" data-state={job.state}>
      <div className="queue-item-main">
        <DraftLink draftId={job.draftId} className="queue-item-title">
          {title}
        </DraftLink>
        <span className="queue-item-state">{job.state === 'queued' && isScheduledAhead(job, now) ? 'Scheduled' : stateLabels[job.state]}</span>
      </div>
      <p className="queue-item-action">
        {actionLabel(job, now)} · revision {job.draftRevision}
      </p>
      <p className="queue-item-status">{describeJob(job, now)}</p>
      {confirming ? (
        <ConfirmStep
          question={`Cancel sending “${title}”?`}
          hint={cancelWarning(job)}
          confirmLabel="Cancel sending"
          busy={busy}
          onConfirm={() => void onCancel().then((ok) => ok && setConfirming(false))}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div ref={actions} className="queue-item-actions" role="group" aria-label={`Actions for ${title}`}>
          {canPause(job.state) && (
            <button type="button" className="button" aria-disabled={busy} onClick={act(onPause)}>
              Pause
            </button>
          )}
          {job.state === 'paused' && (
            <button type="button" className="button" aria-disabled={busy} onClick={act(onResume)}>
              Resume
            </button>
          )}
          {canRetry(job.state) && (
            <button type="button" className="button" aria-disabled={busy} onClick={act(onRetry)}>
              Retry
            </button>
          )}
          {canCancel(job.state) && (
            <button type="button" className="button button-quiet" aria-disabled={busy} onClick={act(() => setConfirming(true))}>
              Cancel…
            </button>
          )}
          {job.remoteId !== null && job.remoteId > 0 && <PostLink programId={job.programId} remoteId={job.remoteId} />}
        </div>
      )}
    </li>
  );
}
