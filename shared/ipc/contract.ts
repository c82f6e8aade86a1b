/**
 * The one contract between the studio (renderer) and its core (main process or
 * browser-mode host). Each channel is declared once, here, with the schema of
 * its request and of its response; each event (core → renderer) with the
 * schema of its payload. The router, the Electron preload and the browser-mode
 * bridge are all generated from these two tables, so adding a channel means
 * adding one entry below and one handler in electron/core.
 *
 * Requests are strict objects: unknown keys are refused, strings and arrays are
 * bounded. Responses are validated too, so a bug in a handler becomes a typed
 * error instead of surprising data.
 */
import { z } from 'zod';
import { accountStatusChangeSchema, accountStatusSchema } from '../accounts/account-status.js';
import { addProgramInputSchema, programSchema } from '../accounts/program-schema.js';
import {
  commentViewSchema,
  contentDetailSchema,
  contentStates,
  contentSummarySchema,
  contentTypes,
  pageOf,
  pageRequestSchema,
  reachViewSchema,
  topicReachSchema,
  topicViewSchema,
} from '../firstup/firstup-views.js';
import {
  createDraftInputSchema,
  draftListPageSchema,
  draftListRequestSchema,
  draftSaveAckSchema,
  draftSchema,
  draftSearchRequestSchema,
  draftSearchResultSchema,
  moveDraftInputSchema,
  restoreRevisionInputSchema,
  revisionInfoSchema,
  saveDraftInputSchema,
  storeOpenReportSchema,
} from '../drafts/draft-schema.js';
import { addLocalImageInputSchema, localImageContentSchema, localImageRefSchema, localImageSchema } from '../media/local-image-schema.js';
import {
  enqueueAnswerSchema,
  enqueueCheckSchema,
  outboxEnqueueRequestSchema,
  outboxEventViewSchema,
  outboxJobViewSchema,
  outboxListPageSchema,
  outboxListRequestSchema,
  outboxSelectionSchema,
  outboxSummarySchema,
} from '../outbox/outbox-views.js';
import { workflowActions } from '../publishing/workflow.js';
import { settingsPatchSchema, settingsSchema } from '../settings/settings-schema.js';

const noRequest = z.strictObject({});

export const appInfoSchema = z.strictObject({
  name: z.string().max(100),
  version: z.string().max(50),
  platform: z.string().max(50),
  /** Which transport carries this contract: the Electron app or browser mode. */
  transport: z.enum(['electron', 'web']),
  /** Where drafts, the outbox and preferences live on this machine. */
  dataDir: z.string().max(4_096),
  versions: z.strictObject({
    node: z.string().max(50),
    electron: z.string().max(50).optional(),
    chrome: z.string().max(50).optional(),
  }),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** A program as the renderer sees it: where it is, how it signs in, and whether it is signed in. Never a secret. */
export const programViewSchema = z.strictObject({
  program: programSchema,
  status: accountStatusSchema,
  /** The built-in Sandbox program (the emulator started with the app): it cannot be removed. */
  isSandbox: z.boolean(),
});
export type ProgramView = z.infer<typeof programViewSchema>;

const programRef = z.strictObject({ programId: z.uuid() });
const contentRef = { programId: z.uuid(), contentId: z.union([z.number().int().positive(), z.uuid()]) };
const topicFields = {
  name: z.string().trim().min(1).max(30),
  description: z.string().trim().min(1).max(500),
};

const draftRef = z.strictObject({ id: z.uuid() });
const comparableTextSchema = z.strictObject({ title: z.string().max(1_000), summary: z.string().max(5_000), bodyHtml: z.string().max(5_000_000) });

/** Files picked in the studio, read as bytes (base64) so main can tell UTF-8 from anything else. */
const importFilesSchema = z.strictObject({
  programId: z.uuid(),
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(255), contentBase64: z.base64().max(8 * 1024 * 1024) }))
    .min(1)
    .max(50),
});

const importResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ name: z.string().max(255), ok: z.literal(true), draftId: z.uuid() }),
  z.strictObject({ name: z.string().max(255), ok: z.literal(false), message: z.string().max(2_000) }),
]);

interface ChannelSpec<Req extends z.ZodType, Res extends z.ZodType> {
  readonly request: Req;
  readonly response: Res;
}

const channel = <Req extends z.ZodType, Res extends z.ZodType>(spec: ChannelSpec<Req, Res>) => spec;

export const channels = {
  /** Version, platform, transport and data folder, for the About panel. */
  'app.info': channel({ request: noRequest, response: appInfoSchema }),
  /** The renderer has saved everything after `app.closing`; the window may go. */
  'app.readyToClose': channel({ request: noRequest, response: z.strictObject({}) }),
  /** All preferences. */
  'settings.get': channel({ request: noRequest, response: settingsSchema }),
  /** Change some preferences; answers with all of them, and emits `settings.changed`. */
  'settings.set': channel({ request: settingsPatchSchema, response: settingsSchema }),

  /** Every program, the Sandbox program first. */
  'programs.list': channel({ request: noRequest, response: z.strictObject({ programs: z.array(programViewSchema).max(100) }) }),
  /** Add a region or custom program (no secret: a server's client secret is given at sign-in). */
  'programs.add': channel({ request: addProgramInputSchema, response: programViewSchema }),
  /** Remove a program and forget its tokens and secrets. */
  'programs.remove': channel({ request: programRef, response: z.strictObject({}) }),
  /**
   * Sign in. A user sign-in answers at once with the page to open in the browser and completes in the
   * background (watch `programs.statusChanged`); a server sign-in needs the client secret and answers when done.
   */
  'programs.signIn': channel({
    request: z.strictObject({ programId: z.uuid(), clientSecret: z.string().min(1).max(2_000).optional() }),
    response: z.strictObject({ status: accountStatusSchema, authorizationUrl: z.url().max(8_000).optional() }),
  }),
  'programs.signOut': channel({ request: programRef, response: accountStatusSchema }),
  'programs.status': channel({ request: programRef, response: accountStatusSchema }),

  /** Topics of a program (the API calls them channels). */
  'topics.list': channel({
    request: z.strictObject({ programId: z.uuid(), state: z.array(z.enum(['active', 'published', 'hidden', 'available', 'archived'])).max(5).optional(), page: pageRequestSchema.optional() }),
    response: pageOf(topicViewSchema),
  }),
  'topics.create': channel({ request: z.strictObject({ programId: z.uuid(), ...topicFields }), response: topicViewSchema }),
  'topics.update': channel({
    request: z.strictObject({ programId: z.uuid(), topicId: z.number().int().positive(), name: topicFields.name.optional(), description: topicFields.description.optional() }),
    response: topicViewSchema,
  }),

  /** Local drafts: every one of these works offline. A new draft (the remote link is set only by sync). */
  'drafts.create': channel({ request: createDraftInputSchema.omit({ remote: true }), response: draftSchema }),
  'drafts.get': channel({ request: draftRef, response: draftSchema }),
  /** Autosave. Answers only after the store committed: that answer is the "Saved" the editor shows. */
  'drafts.save': channel({ request: saveDraftInputSchema, response: draftSaveAckSchema }),
  /** To the trash (kept 30 days). */
  'drafts.delete': channel({ request: draftRef, response: z.strictObject({}) }),
  'drafts.restoreFromTrash': channel({ request: draftRef, response: draftSchema }),
  'drafts.list': channel({ request: draftListRequestSchema, response: draftListPageSchema }),
  /** Full-text search over title, summary and body text. */
  'drafts.search': channel({ request: draftSearchRequestSchema, response: draftSearchResultSchema }),
  /** A copy in another program, without the remote link; the original goes to the trash. */
  'drafts.moveToProgram': channel({ request: moveDraftInputSchema, response: draftSchema }),
  'drafts.revisions': channel({ request: draftRef, response: z.strictObject({ revisions: z.array(revisionInfoSchema).max(1_000) }) }),
  'drafts.restoreRevision': channel({ request: restoreRevisionInputSchema, response: draftSaveAckSchema }),
  /** How the drafts database opened; a `message` (a damaged file was set aside) must be shown. */
  'drafts.storeStatus': channel({ request: noRequest, response: storeOpenReportSchema }),
  /** Markdown and HTML files into new drafts; one bad file never stops the others. */
  'drafts.import': channel({ request: importFilesSchema, response: z.strictObject({ results: z.array(importResultSchema).max(50) }) }),
  'drafts.export': channel({
    request: z.strictObject({ id: z.uuid(), format: z.enum(['markdown', 'html']) }),
    response: z.strictObject({ fileName: z.string().max(255), content: z.string().max(20_000_000) }),
  }),

  /**
   * Send a draft to its program: the first push creates the post with its topics (which cannot change
   * afterwards), later pushes update it. `conflict`: the post changed on Firstup since the last sync; nothing
   * was written there. `remote_gone`: the post was deleted there; the draft is local again.
   */
  'drafts.push': channel({
    request: draftRef,
    response: z.strictObject({ outcome: z.enum(['created', 'updated', 'conflict', 'remote_gone']), draft: draftSchema }),
  }),
  /** Bring a post from the Library into a local draft (or refresh the one linked to it, never over local edits). */
  'drafts.pull': channel({ request: z.strictObject(contentRef), response: draftSchema }),
  /**
   * Move a draft's post through the workflow: send the draft first (creating the post with its topics, or
   * updating it), attach videos added while it was local, then ask Firstup for the new state and read it back.
   * Refused before anything is sent when the preflight finds problems (`validation`, with `details.problems`).
   * `state` is what Firstup reports afterwards: `processing` means it is still working on the post.
   */
  'drafts.transition': channel({
    request: z.strictObject({ id: z.uuid(), action: z.enum(workflowActions) }),
    response: z.strictObject({ draft: draftSchema, state: z.enum(contentStates) }),
  }),
  'drafts.resolveConflict': channel({ request: z.strictObject({ id: z.uuid(), choice: z.enum(['keep_mine', 'take_theirs']) }), response: draftSchema }),
  /** Both texts of a conflict, for the side-by-side view (the remote HTML already sanitised). */
  'drafts.compareConflict': channel({
    request: draftRef,
    response: z.strictObject({ local: comparableTextSchema, remote: comparableTextSchema, remoteUpdatedAt: z.string().max(40).nullable() }),
  }),

  /**
   * Add a video by URL through Firstup's video endpoint (the draft's post must exist there: for a local draft
   * the editor keeps the URL and the first push attaches it). `embedHtml` is the player markup, sanitised.
   */
  'videos.add': channel({
    request: z.strictObject({ draftId: z.uuid(), url: z.url({ protocol: /^https$/ }).max(2_048) }),
    response: z.strictObject({ videoId: z.number().int().nonnegative(), embedHtml: z.string().max(100_000), url: z.string().max(2_048) }),
  }),

  /** Keep an image from this computer in the data folder until it has a public URL; answers with its `studio-local:` reference. */
  'media.addLocalImage': channel({ request: addLocalImageInputSchema, response: localImageSchema }),
  /** The bytes of a local image, for showing it in the editor. */
  'media.readLocalImage': channel({ request: z.strictObject({ ref: localImageRefSchema }), response: localImageContentSchema }),

  /**
   * The publishing queue. Enqueue freezes each draft as it is now and queues one job per draft, revision and
   * action (asking twice answers the same job, `created: false`); a draft that cannot be queued is answered with
   * its problem and does not stop the others. Every change emits `outbox.changed`.
   */
  'outbox.enqueue': channel({ request: outboxEnqueueRequestSchema, response: z.strictObject({ results: z.array(enqueueAnswerSchema).max(200) }) }),
  /** The same checks as enqueue, the preflight included, answered per draft without queueing anything. */
  'outbox.check': channel({ request: outboxEnqueueRequestSchema, response: z.strictObject({ results: z.array(enqueueCheckSchema).max(200) }) }),
  /** Jobs in queue order, with the count of every state. */
  'outbox.list': channel({ request: outboxListRequestSchema, response: outboxListPageSchema }),
  /** Counts for the progress bar, and whether this app is sending at all. */
  'outbox.summary': channel({ request: noRequest, response: outboxSummarySchema }),
  /** Pause or resume some jobs, or all; answers the ids that changed (a job already in that state is left alone). */
  'outbox.pause': channel({ request: outboxSelectionSchema, response: z.strictObject({ jobIds: z.array(z.uuid()).max(10_000) }) }),
  'outbox.resume': channel({ request: outboxSelectionSchema, response: z.strictObject({ jobIds: z.array(z.uuid()).max(10_000) }) }),
  /** Stop a job for good. A post already on Firstup stays there: the job keeps its id, and its history says so. */
  'outbox.cancel': channel({ request: z.strictObject({ jobId: z.uuid() }), response: outboxJobViewSchema }),
  /** Try a job that needs attention (or was cancelled) again, from the step it stopped at. */
  'outbox.retry': channel({ request: z.strictObject({ jobId: z.uuid() }), response: outboxJobViewSchema }),
  /** A job's history, oldest first. */
  'outbox.events': channel({ request: z.strictObject({ jobId: z.uuid() }), response: z.strictObject({ events: z.array(outboxEventViewSchema).max(10_000) }) }),

  /** The Library: a program's remote content. */
  'content.list': channel({
    request: z.strictObject({
      programId: z.uuid(),
      state: z.array(z.enum(contentStates)).max(7).optional(),
      contentType: z.array(z.enum(contentTypes)).max(5).optional(),
      topicIds: z.array(z.number().int().positive()).max(50).optional(),
      page: pageRequestSchema.optional(),
    }),
    response: pageOf(contentSummarySchema),
  }),
  'content.get': channel({ request: z.strictObject(contentRef), response: contentDetailSchema }),
  /** How many unique people a post reaches, measured now. */
  'reach.get': channel({ request: z.strictObject(contentRef), response: reachViewSchema }),
  /** Unique followers of some topics, counted now: the reach of a post that does not exist yet. */
  'reach.forTopics': channel({
    request: z.strictObject({ programId: z.uuid(), topicIds: z.array(z.number().int().positive()).min(1).max(50) }),
    response: topicReachSchema,
  }),
  /** Top-level comments, or the replies to one when `commentId` is given. */
  'comments.list': channel({
    request: z.strictObject({ ...contentRef, commentId: z.string().max(100).optional(), page: pageRequestSchema.optional() }),
    response: pageOf(commentViewSchema),
  }),
} as const;

export const events = {
  /** The window is about to close or the app to quit: save what is unsaved, then call `app.readyToClose`. */
  'app.closing': { payload: z.strictObject({}) },
  /** Preferences changed (from this window or any other). */
  'settings.changed': { payload: settingsSchema },
  /** A program signed in, out, or needs signing in again. */
  'programs.statusChanged': { payload: accountStatusChangeSchema },
  /** The program list changed (added, removed, or the sandbox moved to a new port). */
  'programs.changed': { payload: z.strictObject({}) },
  /** Drafts were created, saved, moved or deleted (from this window or another). */
  'drafts.changed': { payload: z.strictObject({ ids: z.array(z.uuid()).max(100) }) },
  /** Jobs of the publishing queue were queued, moved on a step, paused, resumed, cancelled or retried. */
  'outbox.changed': { payload: z.strictObject({ jobIds: z.array(z.uuid()).max(10_000) }) },
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelRequest<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ChannelResponse<C extends ChannelName> = z.output<Channels[C]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(channels, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}
