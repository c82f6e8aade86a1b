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
} as const;

export const events = {
  /** Preferences changed (from this window or any other). */
  'settings.changed': { payload: settingsSchema },
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
