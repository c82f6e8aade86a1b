import type { ProgramPauseView } from '../../../../shared/outbox/outbox-views.js';
import type { SyncStore } from '../../drafts/draft-sync-support.js';
import type { FirstupClient } from '../../firstup/firstup-client.js';
import type { OutboxStore } from '../store/outbox-store.js';
import type { OutboxError, OutboxState, OutboxStep } from '../store/outbox-schema.js';

/** The client calls a job makes, for one program. */
export type RunnerClient = Pick<FirstupClient, 'createContent' | 'updateContent' | 'getContent' | 'listContent' | 'transitionContent' | 'addImage' | 'addVideo'>;

export interface RunnerClients {
  /** The program's client: its own tokens and its own request budget (programs/program-clients.ts). */
  clientFor(programId: string): RunnerClient;
}

/** The draft store as the sync code takes it: the live draft for video ids, and the sync state recorded at the end. */
export type RunnerDrafts = SyncStore;

/** What the Queue screen is told each time a job moves. */
export interface OutboxProgress {
  readonly jobId: string;
  readonly programId: string;
  readonly state: OutboxState;
  readonly step: OutboxStep;
  readonly remoteId: number | null;
  readonly error: OutboxError | null;
}

export interface OutboxRunnerOptions {
  readonly store: OutboxStore;
  readonly drafts: RunnerDrafts;
  readonly clients: RunnerClients;
  /** Epoch milliseconds, the same clock as the store's: retry times and program pauses are stored and compared with it. */
  readonly now: () => number;
  readonly random: () => number;
  /** Waits while Firstup processes a post and while nothing is due; tests pass one that moves a manual clock. */
  readonly sleep: (milliseconds: number) => Promise<void>;
  /** This runner's lease owner (newLeaseOwner()). */
  readonly owner: string;
  /** Jobs at a time; clamped to 1–4. The client's own request budget paces each program's requests. */
  readonly concurrency?: number;
  readonly leaseMs?: number;
  readonly onProgress?: (progress: OutboxProgress) => void;
  /** Where a job's unexpected crash is reported (it is also recorded on the job). */
  readonly onError?: (error: unknown) => void;
}

export interface OutboxRunner {
  /**
   * Starts claiming due jobs. Run store.recover(owner) before the first start after launch. `onlyProgram`: send
   * that program's jobs and leave every other's alone (the CLI, which is signed in to one program only).
   */
  start(options?: { readonly onlyProgram?: string }): void;
  /** Stops claiming; resolves once every job in hand has finished its current step and been released. */
  stop(): Promise<void>;
  /** New jobs were queued, resumed or retried: look now rather than at the next due time. */
  wake(): void;
  /** The person signed in to this program again: its jobs waiting for sign-in go back to the queue. */
  programSignedIn(programId: string): void;
  /** The operating system says the network is back: programs paused offline probe now. */
  networkHint(): void;
  /** Job ids in hand right now. */
  inFlight(): string[];
  /** The programs held back right now (429, offline, sign-in, an open circuit breaker), for the Queue to explain. */
  pausedPrograms(): ProgramPauseView[];
}
