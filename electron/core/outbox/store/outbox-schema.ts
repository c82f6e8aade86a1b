/**
 * The outbox's vocabulary and the shapes its rows are read back into. Rows are
 * validated on the way out (as drafts are), so a damaged row is reported
 * instead of steering the runner.
 */
import { z } from 'zod';
import type { DraftContent } from '../../../../shared/drafts/draft-schema.js';
import type {
  enqueueAnswerSchema} from '../../../../shared/outbox/outbox-views.js';
import {
  outboxActions,
  outboxErrorViewSchema,
  outboxEventViewSchema,
  outboxJobViewSchema,
  outboxStates,
  outboxSteps,
  type OutboxAction,
  type OutboxState,
  type OutboxStep,
} from '../../../../shared/outbox/outbox-views.js';

/*
 * The vocabulary is declared once, in shared/outbox/outbox-views.ts, where the
 * studio reads it too: queued waits its turn (or until `nextAttemptAt`),
 * running is held under a lease, waiting_retry follows a transient failure,
 * needs_attention waits for a person, auth_required for a sign-in; done and
 * cancelled are final. Steps run in order from `send` (create, or update once
 * `remoteId` is known).
 */
export { outboxActions, outboxStates, outboxSteps, type OutboxAction, type OutboxState, type OutboxStep };

const epochMs = z.number().int().nonnegative();

/** What went wrong, as recorded on the job: `code` is the runner's classification, `message` a sentence for a person. */
export const outboxErrorSchema = outboxErrorViewSchema;
export type OutboxError = z.output<typeof outboxErrorSchema>;

/**
 * A job as stored: what the studio sees of it (shared/outbox/outbox-views.ts),
 * less what the channels add, plus what only the store and runner use.
 */
export const outboxJobSchema = outboxJobViewSchema.omit({ everSent: true }).extend({
  remoteUuid: z.string().max(64).nullable(),
  leaseOwner: z.string().max(200).nullable(),
  leaseExpiresAt: epochMs.nullable(),
});
export type OutboxJob = z.output<typeof outboxJobSchema>;

/** A job with the text frozen at enqueue time: what the runner sends. */
export interface ClaimedJob extends OutboxJob {
  readonly snapshot: DraftContent;
}

export const outboxEventSchema = outboxEventViewSchema;
export type OutboxEvent = z.output<typeof outboxEventSchema>;

export const enqueueRequestSchema = z
  .strictObject({
    draftIds: z.array(z.uuid()).min(1).max(1_000),
    action: z.enum(outboxActions),
    scheduledAt: epochMs.optional(),
  })
  .refine((request) => (request.action === 'schedule') === (request.scheduledAt !== undefined), {
    message: 'A publishing time is needed for "schedule", and only for it.',
    path: ['scheduledAt'],
  });
export type EnqueueRequest = z.input<typeof enqueueRequestSchema>;

/** One answer per requested draft, in request order: the channel's own shape. */
export type EnqueueAnswer = z.output<typeof enqueueAnswerSchema>;

export type StateCounts = Record<OutboxState, number>;
