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
  topicViewSchema,
} from '../firstup/firstup-views.js';
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

interface ChannelSpec<Req extends z.ZodType, Res extends z.ZodType> {
  readonly request: Req;
  readonly response: Res;
}

const channel = <Req extends z.ZodType, Res extends z.ZodType>(spec: ChannelSpec<Req, Res>) => spec;

export const channels = {
  /** Version, platform, transport and data folder, for the About panel. */
  'app.info': channel({ request: noRequest, response: appInfoSchema }),
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
  /** Top-level comments, or the replies to one when `commentId` is given. */
  'comments.list': channel({
    request: z.strictObject({ ...contentRef, commentId: z.string().max(100).optional(), page: pageRequestSchema.optional() }),
    response: pageOf(commentViewSchema),
  }),
} as const;

export const events = {
  /** Preferences changed (from this window or any other). */
  'settings.changed': { payload: settingsSchema },
  /** A program signed in, out, or needs signing in again. */
  'programs.statusChanged': { payload: accountStatusChangeSchema },
  /** The program list changed (added, removed, or the sandbox moved to a new port). */
  'programs.changed': { payload: z.strictObject({}) },
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
