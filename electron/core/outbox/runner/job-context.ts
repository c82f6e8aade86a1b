import { StudioError } from '../../../../shared/ipc/studio-error.js';
import type { ContentRecord } from '../../firstup/content-records.js';
import type { CallOptions } from '../../firstup/firstup-http.js';
import type { PolicyStep } from '../policy/classify-failure.js';
import type { ClaimedJob, OutboxStep } from '../store/outbox-schema.js';
import type { RunnerClient, RunnerDrafts } from './runner-types.js';

/** The outbox sends in the background: its requests yield to a person's. */
export const BULK: CallOptions = { priority: 'bulk' };

/**
 * The job is no longer this runner's to work on: its lease lapsed (another
 * runner may hold it and will reconcile), or a person paused, cancelled or
 * signed out meanwhile (`release`: hand the lease back).
 */
export class JobLetGo extends Error {
  constructor(readonly release: boolean) {
    super(release ? 'The job was paused, cancelled or stopped for sign-in.' : 'The lease on the job was lost.');
  }
}

/** Not a failure: try this step again at `at` (a post still processing, a scheduled time not yet come). */
export class NotYet extends Error {
  constructor(
    readonly at: number | 'backoff',
    readonly code: string,
    message: string,
    /** A scheduled job waits without spending attempts; a post stuck in processing spends them. */
    readonly spendsAttempt: boolean,
    /** With spendsAttempt: after this many tries the job stops for a person, with this message. */
    readonly giveUpAfter?: { readonly attempts: number; readonly message: string },
  ) {
    super(message);
  }
}

export interface JobContext {
  readonly job: ClaimedJob;
  readonly client: RunnerClient;
  readonly drafts: RunnerDrafts;
  readonly sleep: (milliseconds: number) => Promise<void>;
  readonly now: () => number;
  /** The post, once the send step made or found it. */
  remoteId: number | null;
  /**
   * The post as Firstup last answered it in this claim, while nothing sent since can have changed it (the create's
   * own answer): the transition step then needs no read first. Null once anything else is sent, and after a re-claim.
   */
  known: ContentRecord | null;
  /** What the next remote call is, for classifyFailure; steps set it before each call. */
  phase: PolicyStep;
  /** The draft revision our own video commits left, so the final sync state does not mistake them for the person's edits. */
  draftRevision: number;
  /** Commits the step's result (and the post's id) before the next step; throws JobLetGo when the job is no longer ours. */
  record(next: OutboxStep, post?: Pick<ContentRecord, 'id' | 'uuid'>): void;
}

/** The post the send step made or found; the later steps act on it. */
export function postIdOf(context: Pick<JobContext, 'job' | 'remoteId'>): number {
  if (context.remoteId === null) throw new StudioError('internal', 'Something went wrong inside Content Studio: the job lost its post on Firstup. Retry it.', { jobId: context.job.id });
  return context.remoteId;
}
