import { setTimeout as delay } from 'node:timers/promises';
import type { EventPayload } from '../../../shared/ipc/contract.js';
import type { DraftStore } from '../drafts/draft-store.js';
import type { EventBus } from '../ipc/event-bus.js';
import type { Handlers } from '../ipc/router.js';
import type { Logger } from '../logging/logger.js';
import type { ProgramClients } from '../programs/program-clients.js';
import { createOutboxHandlers, type OutboxChannels } from './outbox-handlers.js';
import { createQueueGuard, type QueueGuard } from './queue-guard.js';
import { createOutboxRunner } from './runner/outbox-runner.js';
import { newLeaseOwner } from './store/outbox-lease.js';
import { openOutboxStore } from './store/outbox-store.js';

/**
 * Jobs at a time. Four keep the program's request budget busy while each round trip takes up to about 300 ms
 * (4 × 60 s ÷ 800 requests); the budget, not the job count, keeps Firstup's limit. See tests/bench (publish).
 */
export const OUTBOX_CONCURRENCY = 4;

export interface OutboxServiceOptions {
  readonly drafts: DraftStore;
  readonly clients: ProgramClients;
  readonly events: EventBus;
  readonly logger: Logger;
  /**
   * Whether this process sends: the app and browser mode do (`true`, from the start); a core made for a test reads
   * the queue only. `'later'`: the CLI, which starts sending with `startSending` once it has signed in.
   */
  readonly run: boolean | 'later';
}

/**
 * The publishing queue: its store, recovery from the last run (a crashed
 * runner's jobs come back with their step and remote ids, so they reconcile
 * instead of posting twice), the runner, and the channels. One runner per
 * process; the single-instance lock keeps it to one per app, and leases keep
 * a second process (the CLI) from taking the same job. Quitting mid-step is
 * the same as a crash, which every step is written to survive: the next start
 * takes the job back at once (its owner's process is gone).
 */
export interface OutboxService {
  readonly handlers: Pick<Handlers, OutboxChannels>;
  /** For every direct send of a draft: refuses while a queue job owns it. */
  readonly guard: QueueGuard;
  /** With `run: 'later'`: starts sending, for `onlyProgram` alone (other programs' jobs are left for their own runner). */
  startSending(onlyProgram: string): void;
  /**
   * Stops sending before the app quits: jobs in hand finish their current step and are handed back, for at most
   * `maxWaitMs`. A step still out after that is cut off like a crash, which every step survives (above).
   */
  stop(maxWaitMs: number): Promise<void>;
}

export function startOutboxService({ drafts, clients, events, logger, run }: OutboxServiceOptions): OutboxService {
  const store = openOutboxStore(drafts);
  const owner = newLeaseOwner();
  const recovery = store.recover(owner);
  logger.info(`Publishing queue opened: ${recovery.message ?? 'nothing unfinished.'}`, { reclaimed: recovery.reclaimed, stalled: recovery.stalled });
  const guard = createQueueGuard(store);
  if (run === false) return { handlers: createOutboxHandlers(store, events), guard, startSending: () => undefined, stop: () => Promise.resolve() };
  const runner = createOutboxRunner({
    store,
    drafts,
    clients,
    owner,
    concurrency: OUTBOX_CONCURRENCY,
    now: Date.now,
    random: Math.random,
    sleep: (milliseconds) => delay(milliseconds),
    onProgress: (progress) => events.emit('outbox.changed', { jobIds: [progress.jobId] }),
    onError: (error) => logger.error('Publishing queue: the runner failed a round', { error: String(error) }),
  });
  // A program signed in again: the jobs its lost sign-in paused go back in line.
  events.subscribe((event, payload) => {
    if (event !== 'programs.statusChanged') return;
    const { id, status } = payload as EventPayload<'programs.statusChanged'>;
    if (status.state === 'signed_in') runner.programSignedIn(id);
  });
  if (run === true) runner.start();
  return {
    handlers: createOutboxHandlers(store, events, runner),
    guard,
    startSending: (onlyProgram) => runner.start({ onlyProgram }),
    async stop(maxWaitMs) {
      const cutOff = new AbortController();
      const waited = delay(maxWaitMs, undefined, { signal: cutOff.signal }).catch(() => undefined);
      await Promise.race([runner.stop(), waited]);
      cutOff.abort();
    },
  };
}
