import type { Draft } from '../../../../shared/drafts/draft-schema.js';
import type { ContentCreateInput, ContentUpdateInput } from '../../firstup/content-inputs.js';
import { toCreateInput, toUpdateInput } from '../../drafts/remote-draft-mapping.js';
import type { ClaimedJob } from '../store/outbox-schema.js';

/**
 * The job's frozen snapshot dressed as a draft for the existing mapping.
 * The id is the JOB's id, not the draft's: the mapping writes `id` into
 * `source.post_id`, and for the outbox the marker must be the job id
 * (SECURITY-RESEARCH.md §3.2), so a lost create is found again by this job
 * and a second job for the same draft (a later revision) never adopts the
 * first one's post. pushDraft, used by the one-shot workflow, marks with the
 * draft id instead.
 */
function snapshotAsDraft(job: ClaimedJob, bodyHtml?: string, videos?: Draft['videos']): Draft {
  return {
    ...job.snapshot,
    ...(bodyHtml === undefined ? {} : { bodyHtml }),
    ...(videos === undefined ? {} : { videos }),
    id: job.id,
    programId: job.programId,
    remote: null,
    syncStatus: 'local_only',
    revision: job.draftRevision,
    createdAt: new Date(job.createdAt).toISOString(),
    updatedAt: new Date(job.updatedAt).toISOString(),
  };
}

export const createInputOf = (job: ClaimedJob): ContentCreateInput => toCreateInput(snapshotAsDraft(job));

/** `bodyHtml`/`videos`: the snapshot's body with pending videos filled in, after the videos step. */
export const updateInputOf = (job: ClaimedJob, bodyHtml?: string, videos?: Draft['videos']): ContentUpdateInput => toUpdateInput(snapshotAsDraft(job, bodyHtml, videos));
