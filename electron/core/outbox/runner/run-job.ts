import { StudioError } from '../../../../shared/ipc/studio-error.js';
import { recordSync } from '../../drafts/draft-sync-support.js';
import { remoteOf } from '../../drafts/remote-draft-mapping.js';
import type { ContentRecord } from '../../firstup/content-records.js';
import type { PolicyStep } from '../policy/classify-failure.js';
import type { ProgramPause } from '../policy/program-pause.js';
import type { StepBudget } from '../policy/retry-budget.js';
import type { ClaimedJob, OutboxJob, OutboxStep } from '../store/outbox-schema.js';
import { JobLetGo, NotYet, type JobContext } from './job-context.js';
import { settleFailure } from './job-failure.js';
import { imagesStep, videosStep } from './media-steps.js';
import type { OutboxRunnerOptions, RunnerClient } from './runner-types.js';
import { sendStep } from './send-step.js';
import { transitionStep, verifyStep } from './state-steps.js';

export interface RunDeps extends Pick<OutboxRunnerOptions, 'store' | 'drafts' | 'clients' | 'now' | 'random' | 'sleep' | 'owner'> {
  readonly leaseMs: number;
  readonly pause: ProgramPause;
  readonly budgets: Map<string, StepBudget>;
  /** True once stop() was called: the job is handed back between steps. */
  readonly stopping: () => boolean;
  readonly report: (job: OutboxJob) => void;
  readonly onError: (error: unknown) => void;
}

const STEPS: Record<Exclude<OutboxStep, 'verify'>, (context: JobContext) => Promise<OutboxStep>> = {
  send: sendStep,
  images: imagesStep,
  videos: videosStep,
  transition: transitionStep,
};

/** Done: the post is in its target state. The draft then shows it as sent; a draft deleted meanwhile has nothing to show. */
async function finish(deps: RunDeps, context: JobContext, post: ContentRecord): Promise<void> {
  const answer = deps.store.complete(context.job.id, deps.owner);
  if (!answer.ok) return;
  deps.report(answer.job);
  try {
    await recordSync(deps.drafts, context.job.draftId, context.draftRevision, remoteOf(post), 'in_sync');
  } catch (error) {
    if (!(error instanceof StudioError && error.code === 'not_found')) deps.onError(error);
  }
}

/**
 * One claimed job, step by step from where it stands, each step's result
 * committed before the next begins. Between steps the lease is renewed and
 * the program's gate asked again: a 429 or a failed sign-in seen by another
 * job holds this one back too.
 */
export async function runJob(deps: RunDeps, claimed: ClaimedJob): Promise<void> {
  const { store, owner } = deps;
  let current: OutboxJob = claimed;
  let step = claimed.step;
  const fail = (error: unknown, phase: PolicyStep) => {
    const settled = settleFailure({ ...deps, owner }, current, step, phase, error);
    if (settled !== null) deps.report(settled);
    if (!(error instanceof StudioError || error instanceof JobLetGo || error instanceof NotYet)) deps.onError(error);
  };
  deps.report(claimed);
  let client: RunnerClient;
  try {
    client = deps.clients.clientFor(claimed.programId);
  } catch (error) {
    // No client for the program (it was removed): nothing was sent, and waiting will not bring it back.
    fail(error, 'probe');
    return;
  }
  const context: JobContext = {
    job: claimed,
    client,
    drafts: deps.drafts,
    sleep: deps.sleep,
    now: deps.now,
    remoteId: claimed.remoteId,
    known: null,
    phase: claimed.remoteId === null ? 'create' : 'update',
    draftRevision: claimed.draftRevision,
    record(next, post) {
      const answer = store.recordStep(claimed.id, owner, { step: next, ...(post === undefined ? {} : { remoteId: post.id, remoteUuid: post.uuid }) });
      if (!answer.ok) throw new JobLetGo(false);
      if (post !== undefined) context.remoteId = post.id;
      current = answer.job;
      deps.report(answer.job);
      if (answer.job.state !== 'running') throw new JobLetGo(true);
    },
  };
  try {
    for (;;) {
      const gate = deps.pause.gate();
      if (deps.stopping() || !gate.mayStart) {
        const at = gate.mayStart || gate.until === null ? {} : { at: gate.until };
        const answer = store.release(claimed.id, owner, at);
        if (answer.ok) deps.report(answer.job);
        return;
      }
      const renewed = store.renewLease(claimed.id, owner, deps.leaseMs);
      if (!renewed.ok) return;
      current = renewed.job;
      // Paused, cancelled or stopped for sign-in between steps: the last step is recorded, so let go before the next.
      if (renewed.job.state !== 'running') throw new JobLetGo(true);
      if (step === 'verify') {
        const post = await verifyStep(context);
        deps.pause.noteSuccess();
        await finish(deps, context, post);
        return;
      }
      step = await STEPS[step](context);
      deps.pause.noteSuccess();
    }
  } catch (error) {
    fail(error, context.phase);
  }
}
