import type { ChannelResponse } from '../../../shared/ipc/contract.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { OutboxJobView } from '../../../shared/outbox/outbox-views.js';
import type { EventBus } from '../ipc/event-bus.js';
import type { Handlers } from '../ipc/router.js';
import type { OutboxRunner } from './runner/runner-types.js';
import type { ControlAnswer, JobSelection } from './store/outbox-controls.js';
import type { OutboxJob } from './store/outbox-schema.js';
import type { OutboxStore } from './store/outbox-store.js';

export type OutboxChannels =
  | 'outbox.enqueue'
  | 'outbox.check'
  | 'outbox.list'
  | 'outbox.summary'
  | 'outbox.pause'
  | 'outbox.resume'
  | 'outbox.cancel'
  | 'outbox.retry'
  | 'outbox.events';

/** What the handlers need of the runner: a nudge when there is new work, and which programs it holds back. */
export type OutboxRunnerLink = Pick<OutboxRunner, 'wake' | 'pausedPrograms'>;

/**
 * The queue's channels over the store. Every change is announced with
 * `outbox.changed`, so each open window redraws from the store (closing and
 * reopening one shows the same state). Without a runner nothing is sent, and
 * `outbox.summary` says so rather than letting queued posts look as if they moved.
 */
export function createOutboxHandlers(store: OutboxStore, bus: EventBus, runner?: OutboxRunnerLink): Pick<Handlers, OutboxChannels> {
  const changed = (jobIds: readonly string[]) => {
    if (jobIds.length > 0) bus.emit('outbox.changed', { jobIds: [...jobIds] });
  };
  const wake = (jobIds: readonly string[]) => {
    if (jobIds.length > 0) runner?.wake();
  };
  /** `started`: the ids among these a runner ever took up, read once for the whole page. */
  function views(jobs: readonly OutboxJob[]): OutboxJobView[] {
    const started = store.startedJobs(jobs.map((job) => job.id));
    return jobs.map(({ leaseOwner: _owner, leaseExpiresAt: _expires, remoteUuid: _uuid, ...shown }) => ({ ...shown, everSent: started.has(shown.id) }));
  }
  const view = (job: OutboxJob): OutboxJobView => views([job])[0]!;

  function controlled(answer: ControlAnswer): OutboxJobView {
    if (!answer.ok) {
      const code = answer.reason === 'not_found' ? 'not_found' : 'validation';
      throw new StudioError(code, answer.message, { reason: answer.reason });
    }
    changed([answer.job.id]);
    return view(answer.job);
  }

  const selection = (request: { jobIds: string[] } | { all: true }): JobSelection => ('all' in request ? 'all' : request.jobIds);

  return {
    'outbox.enqueue': (request) => {
      const results = store.enqueue(request);
      const created = results.flatMap((result) => (result.ok && result.created ? [result.jobId] : []));
      changed(created);
      wake(created);
      return { results };
    },
    'outbox.check': (request) => ({ results: store.check(request) }),
    'outbox.list': (request): ChannelResponse<'outbox.list'> => {
      const { items, total, nextOffset, counts } = store.list(request);
      return { items: views(items), total, nextOffset, counts };
    },
    'outbox.summary': () => ({ ...store.summary(), runnerActive: runner !== undefined, pausedPrograms: runner?.pausedPrograms() ?? [] }),
    'outbox.pause': (request) => {
      const jobIds = store.pause(selection(request));
      changed(jobIds);
      return { jobIds };
    },
    'outbox.resume': (request) => {
      const jobIds = store.resume(selection(request));
      changed(jobIds);
      wake(jobIds);
      return { jobIds };
    },
    'outbox.cancel': ({ jobId }) => controlled(store.cancel(jobId)),
    'outbox.retry': ({ jobId }) => {
      const job = controlled(store.retry(jobId));
      wake([job.id]);
      return job;
    },
    'outbox.events': ({ jobId }) => {
      if (store.get(jobId) === undefined) throw new StudioError('not_found', 'There is no such job in the publishing queue. It may have been removed; reopen the queue.');
      return { events: store.events(jobId) };
    },
  };
}
