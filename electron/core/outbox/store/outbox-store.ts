import { z } from 'zod';
import { StudioError } from '../../../../shared/ipc/studio-error.js';
import type { EnqueueCheck } from '../../../../shared/outbox/outbox-views.js';
import { toStudioError } from '../../drafts/draft-errors.js';
import { sharedDatabaseOf, type DraftStore } from '../../drafts/draft-store.js';
import { createClaims, type ClaimRequest, type ReleaseOptions } from './outbox-claims.js';
import { createControls, type ControlAnswer, type JobSelection } from './outbox-controls.js';
import { createEnqueue } from './outbox-enqueue.js';
import { createJobWriter } from './outbox-job-writes.js';
import { createLeaseGuard, type LeaseAnswer } from './outbox-lease.js';
import { createOutcomes, type StepRecord } from './outbox-outcomes.js';
import { createReads, type OutboxJobDetail, type OutboxListPage, type OutboxListRequest, type OutboxSummary, type UnfinishedJob } from './outbox-reads.js';
import { createRecovery, type RecoverySummary } from './outbox-recovery.js';
import { createJobReader } from './outbox-rows.js';
import type { ClaimedJob, EnqueueAnswer, EnqueueRequest, OutboxError, OutboxEvent } from './outbox-schema.js';

/** As many tries as §3.3 of the security research gives a step; a job that stalls this often stops for a person. */
export const DEFAULT_MAX_STEP_ATTEMPTS = 8;

export interface OutboxStoreOptions {
  /** Epoch milliseconds; defaults to the draft store's clock. */
  readonly now?: () => number;
  /** Tries per step before a job that keeps stalling (its runner dying mid-step) needs attention. */
  readonly maxStepAttempts?: number;
}

/**
 * The publish outbox, in the drafts' own database so that "publish selected"
 * freezes the drafts and queues their jobs in one transaction. Every write is
 * committed (WAL, synchronous=FULL, set by draft-database.ts) before the
 * method returns. Failures throw StudioErrors; expected refusals (a lost
 * lease, a job that cannot be cancelled) are answered as values instead.
 * Synchronous, like the engine: the runner's claim-then-act needs no awaits.
 */
export interface OutboxStore {
  enqueue(request: EnqueueRequest): EnqueueAnswer[];
  /** What enqueue would answer for each draft, queueing nothing: the preflight a person sees before sending. */
  check(request: EnqueueRequest): EnqueueCheck[];
  /** null when nothing is due (or `maxRunning` jobs already run). */
  claimNext(request: ClaimRequest): ClaimedJob | null;
  renewLease(jobId: string, owner: string, leaseMs: number): LeaseAnswer;
  release(jobId: string, owner: string, options?: ReleaseOptions): LeaseAnswer;
  /** Commit a step's remote result before starting the next step. */
  recordStep(jobId: string, owner: string, record: StepRecord): LeaseAnswer;
  scheduleRetry(jobId: string, owner: string, retry: { readonly at: number; readonly error: OutboxError }): LeaseAnswer;
  needsAttention(jobId: string, owner: string, error: OutboxError): LeaseAnswer;
  complete(jobId: string, owner: string): LeaseAnswer;
  /** Every queued, running or waiting job of the program waits for sign-in; answers their ids. */
  authRequired(programId: string): string[];
  resumeProgram(programId: string): string[];
  pause(selection: JobSelection): string[];
  resume(selection: JobSelection): string[];
  cancel(jobId: string): ControlAnswer;
  retry(jobId: string): ControlAnswer;
  get(jobId: string): OutboxJobDetail | undefined;
  list(request?: OutboxListRequest): OutboxListPage;
  /** Open jobs plus those finished at or after `since` (epoch ms; default all). */
  summary(since?: number): OutboxSummary;
  events(jobId: string): OutboxEvent[];
  /** The draft's job that has not finished (not done, not cancelled), if any: until it ends, it alone sends that draft. */
  unfinishedJobOf(draftId: string): UnfinishedJob | null;
  /** Which of these jobs a runner ever took up: after that, a post may exist on Firstup. */
  startedJobs(jobIds: readonly string[]): Set<string>;
  /** At start-up, before the runner claims: `owner` is the new runner's. */
  recover(owner: string): RecoverySummary;
}

const jobIdSchema = z.uuid();
const draftIdSchema = z.uuid();
const selectionSchema = z.union([z.literal('all'), z.array(z.uuid()).max(10_000)]);
const programIdSchema = z.uuid();

/** The outbox over an open draft store; it lives and closes with it. */
export function openOutboxStore(drafts: DraftStore, options: OutboxStoreOptions = {}): OutboxStore {
  const shared = sharedDatabaseOf(drafts);
  const { db, logger } = shared;
  const now = options.now ?? shared.now;
  const maxStepAttempts = options.maxStepAttempts ?? DEFAULT_MAX_STEP_ATTEMPTS;
  const jobs = createJobWriter(db);
  const reader = createJobReader(logger);
  const withLease = createLeaseGuard(db, jobs, reader);
  const enqueue = createEnqueue(db, jobs, logger);
  const claims = createClaims(db, jobs, reader, withLease, maxStepAttempts);
  const outcomes = createOutcomes(jobs, withLease);
  const controls = createControls(db, jobs, reader);
  const reads = createReads(db, jobs, reader, logger);
  const recover = createRecovery(db, jobs, maxStepAttempts, () => reads.summary().counts);

  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const changes = () => totalChanges.all()[0] as number;

  /** Housekeeping only after a write that changed rows: the runner polls, and an idle poll should cost no disk sync. */
  function run<T>(action: string, work: () => T): T {
    if (!shared.isOpen()) throw new StudioError('internal', 'The publishing queue is closed because Content Studio is shutting down. Start it again to continue.');
    try {
      const before = changes();
      const result = work();
      if (changes() !== before) shared.wrote();
      return result;
    } catch (error) {
      throw toStudioError(error, action, logger);
    }
  }

  return {
    enqueue: (request) => run('queue posts for sending', () => enqueue.enqueue(request, now())),
    check: (request) => run('check posts before sending', () => enqueue.check(request, now())),
    claimNext: (request) => run('take the next post to send', () => claims.claimNext(request, now())),
    renewLease: (jobId, owner, leaseMs) => run('keep a post being sent', () => claims.renewLease(jobId, owner, leaseMs, now())),
    release: (jobId, owner, releaseOptions = {}) => run('hand a post back to the queue', () => claims.release(jobId, owner, releaseOptions, now())),
    recordStep: (jobId, owner, record) => run('record a sending step', () => outcomes.recordStep(jobId, owner, record, now())),
    scheduleRetry: (jobId, owner, retry) => run('schedule a retry', () => outcomes.scheduleRetry(jobId, owner, retry, now())),
    needsAttention: (jobId, owner, error) => run('stop a post for attention', () => outcomes.needsAttention(jobId, owner, error, now())),
    complete: (jobId, owner) => run('record a post as sent', () => outcomes.complete(jobId, owner, now())),
    authRequired: (programId) => run('pause a program for sign-in', () => controls.authRequired(programIdSchema.parse(programId), now())),
    resumeProgram: (programId) => run('resume a program', () => controls.resumeProgram(programIdSchema.parse(programId), now())),
    pause: (selection) => run('pause sending', () => controls.pause(selectionSchema.parse(selection), now())),
    resume: (selection) => run('resume sending', () => controls.resume(selectionSchema.parse(selection), now())),
    cancel: (jobId) => run('cancel a post', () => controls.cancel(jobIdSchema.parse(jobId), now())),
    retry: (jobId) => run('retry a post', () => controls.retry(jobIdSchema.parse(jobId), now())),
    get: (jobId) => run('read a queued post', () => reads.get(jobIdSchema.parse(jobId))),
    list: (request) => run('list the queue', () => reads.list(request)),
    summary: (since) => run('count the queue', () => reads.summary(since)),
    events: (jobId) => run("read a post's history", () => reads.events(jobIdSchema.parse(jobId))),
    unfinishedJobOf: (draftId) => run('read the queue', () => reads.unfinishedJobOf(draftIdSchema.parse(draftId))),
    startedJobs: (jobIds) => run('read the queue', () => reads.startedJobs(jobIds)),
    recover: (owner) => run('resume the queue after a restart', () => recover(owner, now())),
  };
}
