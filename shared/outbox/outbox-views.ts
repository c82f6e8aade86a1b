/**
 * The publishing queue as the renderer sees it: the shapes of the `outbox.*`
 * channels, and the queue's vocabulary (actions, states, steps), which the
 * core's store (electron/core/outbox/store/outbox-schema.ts) takes from here.
 */
import { z } from 'zod';
import { preflightFields } from '../publishing/preflight.js';
import { workflowActions } from '../publishing/workflow.js';

/** The workflow actions, plus publishing at a chosen time (the app's own scheduler: the API has no schedule field). */
export const outboxActions = [...workflowActions, 'schedule'] as const;
export type OutboxAction = (typeof outboxActions)[number];

export const outboxStates = ['queued', 'running', 'waiting_retry', 'needs_attention', 'auth_required', 'paused', 'cancelled', 'done'] as const;
export type OutboxState = (typeof outboxStates)[number];

/** In order: create or update the post, its images, its videos, the workflow move, then read it back. */
export const outboxSteps = ['send', 'images', 'videos', 'transition', 'verify'] as const;
export type OutboxStep = (typeof outboxSteps)[number];

const epochMs = z.number().int().nonnegative();
const uint = z.number().int().nonnegative();

export const outboxErrorViewSchema = z.strictObject({ code: z.string().min(1).max(64), message: z.string().max(2_000) });

export const outboxJobViewSchema = z.strictObject({
  id: z.uuid(),
  draftId: z.uuid(),
  draftRevision: z.number().int().min(1),
  programId: z.uuid(),
  action: z.enum(outboxActions),
  scheduledAt: epochMs.nullable(),
  /** null when the frozen copy could not be read. */
  title: z.string().max(1_000).nullable(),
  state: z.enum(outboxStates),
  step: z.enum(outboxSteps),
  /** The post on Firstup, once one exists: a cancel leaves it there. */
  remoteId: uint.nullable(),
  stepAttempts: uint,
  nextAttemptAt: epochMs.nullable(),
  lastError: outboxErrorViewSchema.nullable(),
  /** Whether sending ever started: a job cancelled after that may have left a post on Firstup. */
  everSent: z.boolean(),
  createdAt: epochMs,
  updatedAt: epochMs,
  finishedAt: epochMs.nullable(),
});
export type OutboxJobView = z.output<typeof outboxJobViewSchema>;

export const stateCountsSchema = z.strictObject(
  Object.fromEntries(outboxStates.map((state) => [state, uint])) as Record<OutboxState, typeof uint>,
);
export type StateCounts = z.output<typeof stateCountsSchema>;

export const outboxEnqueueRequestSchema = z
  .strictObject({
    draftIds: z.array(z.uuid()).min(1).max(200),
    action: z.enum(outboxActions),
    scheduledAt: epochMs.optional(),
  })
  .refine((request) => (request.action === 'schedule') === (request.scheduledAt !== undefined), {
    message: 'A publishing time is needed for "schedule", and only for it.',
    path: ['scheduledAt'],
  });

export const preflightProblemSchema = z.strictObject({ field: z.enum(preflightFields), message: z.string().max(500) });

/** Why one draft cannot be queued; the others of the same request can. `jobId`: the unfinished job in the way. */
export const enqueueRefusalSchema = z.strictObject({
  draftId: z.uuid(),
  ok: z.literal(false),
  problem: z.enum(['not_found', 'unreadable', 'busy', 'not_on_firstup', 'preflight']),
  message: z.string().max(2_000),
  jobId: z.uuid().optional(),
  /** With `preflight`: what to fix, field by field; the draft stays as it is, unqueued. */
  problems: z.array(preflightProblemSchema).max(20).optional(),
});

/** One answer per requested draft, in request order. `created` is false when the same job was already queued. */
export const enqueueAnswerSchema = z.discriminatedUnion('ok', [
  z.strictObject({ draftId: z.uuid(), ok: z.literal(true), jobId: z.uuid(), created: z.boolean(), revision: z.number().int().min(1), state: z.enum(outboxStates) }),
  enqueueRefusalSchema,
]);

/** What enqueueing would answer for one draft, without queueing anything: the preflight of "Publish selected". */
export const enqueueCheckSchema = z.discriminatedUnion('ok', [z.strictObject({ draftId: z.uuid(), ok: z.literal(true) }), enqueueRefusalSchema]);
export type EnqueueCheck = z.output<typeof enqueueCheckSchema>;

export const outboxListRequestSchema = z.strictObject({
  states: z.array(z.enum(outboxStates)).min(1).max(outboxStates.length).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

export const outboxListPageSchema = z.strictObject({
  items: z.array(outboxJobViewSchema).max(500),
  /** Jobs matching `states`. */
  total: uint,
  nextOffset: uint.nullable(),
  /** Every job in the queue, per state. */
  counts: stateCountsSchema,
});
export type OutboxListPage = z.output<typeof outboxListPageSchema>;

/** Why a whole program stopped sending for a while (the runner's per-program pause). */
export const pauseReasons = ['sign_in_needed', 'offline', 'rate_limited', 'unavailable'] as const;

export const programPauseViewSchema = z.strictObject({
  programId: z.uuid(),
  reason: z.enum(pauseReasons),
  /** Epoch ms: when the pause ends or the next check is due; null when only a sign-in or the check running now ends it. */
  until: epochMs.nullable(),
  /** A check of the connection is due now. */
  probeDue: z.boolean(),
  /** rate_limited: Firstup asked for longer than the cap, so the pause was shortened and may be asked for again. */
  capped: z.boolean(),
});
export type ProgramPauseView = z.output<typeof programPauseViewSchema>;

export const outboxSummarySchema = z.strictObject({
  counts: stateCountsSchema,
  total: uint,
  /** The earliest waiting retry, for "retrying at …". */
  nextRetryAt: epochMs.nullable(),
  /** Whether this app is sending: without a runner, queued posts wait, and the queue must say so. */
  runnerActive: z.boolean(),
  /** Programs whose sending is held right now, each for one reason the Queue says in a sentence. */
  pausedPrograms: z.array(programPauseViewSchema).max(100),
});
export type OutboxSummary = z.output<typeof outboxSummarySchema>;

/** Some jobs by id, or every job the control applies to. */
export const outboxSelectionSchema = z.union([z.strictObject({ jobIds: z.array(z.uuid()).min(1).max(500) }), z.strictObject({ all: z.literal(true) })]);

export const outboxEventViewSchema = z.strictObject({
  at: epochMs,
  fromState: z.enum(outboxStates).nullable(),
  toState: z.enum(outboxStates),
  step: z.enum(outboxSteps),
  note: z.string().max(2_000),
});
export type OutboxEventView = z.output<typeof outboxEventViewSchema>;
