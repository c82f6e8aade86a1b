import { useStudio } from '../studio/studio-context.js';
import { useNow } from '../drafts-list/use-now.js';
import { ScreenIcon } from '../navigation/ScreenIcon.js';
import { QueueItem } from '../queue/QueueItem.js';
import { QueueOverview } from '../queue/QueueOverview.js';
import { isScheduledAhead } from '../queue/queue-labels.js';
import { StatusLine } from '../studio/StatusLine.js';
import { useOutbox } from '../queue/use-outbox.js';
import { useQueueActions } from '../queue/use-queue-actions.js';
import '../queue/queue.css';

const posts = (n: number) => `${n} ${n === 1 ? 'post' : 'posts'}`;

export function QueueScreen() {
  const studio = useStudio();
  const { state, refresh } = useOutbox();
  const { busy, notice, run, dismiss } = useQueueActions();
  const now = useNow(15_000);

  return (
    <div className="screen">
      <div className="screen-header">
        <h1>Queue</h1>
        <p className="screen-lead">Articles on their way to Firstup.</p>
      </div>
      {state.status === 'loading' && <p className="queue-loading">Reading the queue…</p>}
      {state.status === 'failed' && (
        <div className="queue-problem" role="alert">
          <p>The queue could not be read. {state.message}</p>
          <button type="button" className="button" onClick={refresh}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && state.summary.total === 0 && state.items.length === 0 && (
        <div className="empty-state">
          <span className="empty-state-icon">
            <ScreenIcon screen="queue" />
          </span>
          <h2>Nothing is waiting to be published</h2>
          <p className="empty-state-text">When you send drafts to Firstup, each one waits here until Firstup has it, and you can pause, retry or cancel it.</p>
        </div>
      )}
      {state.status === 'ready' && (state.summary.total > 0 || state.items.length > 0) && (
        <>
          <QueueOverview
            summary={state.summary}
            scheduled={state.items.filter((job) => isScheduledAhead(job, now)).length}
            now={now}
            busy={busy !== null}
            onPauseAll={() => void run('all', () => studio.outbox.pause({ all: true }), ({ jobIds }) => `Paused ${posts(jobIds.length)}.`)}
            onResumeAll={() => void run('all', () => studio.outbox.resume({ all: true }), ({ jobIds }) => `Resumed ${posts(jobIds.length)}.`)}
          />
          <ul className="queue-items" aria-label="Posts in the queue">
            {state.items.map((job) => (
              <QueueItem
                key={job.id}
                job={job}
                now={now}
                busy={busy !== null}
                onPause={() => void run(job.id, () => studio.outbox.pause({ jobIds: [job.id] }), () => 'Paused.')}
                onResume={() => void run(job.id, () => studio.outbox.resume({ jobIds: [job.id] }), () => 'Resumed.')}
                onRetry={() => void run(job.id, () => studio.outbox.retry({ jobId: job.id }), () => 'Queued again, from the step it stopped at.')}
                onCancel={() => run(job.id, () => studio.outbox.cancel({ jobId: job.id }), () => 'Cancelled.')}
              />
            ))}
          </ul>
          {state.listed > state.items.length && (
            <p className="queue-more">
              Showing the first {state.items.length} of {state.listed} posts; the counts above cover all of them.
            </p>
          )}
        </>
      )}
      <StatusLine notice={notice} onDismiss={dismiss} />
    </div>
  );
}
