/**
 * The shape of `window.studio`, derived from the contract: one namespace per
 * channel prefix with one function per channel (`studio.settings.set(patch)`),
 * and one `onX(callback)` per event (`studio.onSettingsChanged(cb)`), which
 * returns a function that unsubscribes.
 *
 * `buildStudioApi` builds that object from two transport primitives. The
 * Electron preload and the browser-mode bridge both call it, which is why the
 * renderer cannot tell them apart.
 */
import {
  channelNames,
  eventNames,
  type ChannelName,
  type ChannelRequest,
  type ChannelResponse,
  type EventName,
  type EventPayload,
} from './contract.js';
import type { IpcResult } from './ipc-result.js';

type NamespaceOf<C extends string> = C extends `${infer N}.${string}` ? N : never;

/** Channels whose request is the empty object (zod types it `Record<string, never>`) can be called with no argument. */
type ChannelFunction<C extends ChannelName> = string extends keyof ChannelRequest<C>
  ? (request?: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>
  : (request: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>;

type PascalCase<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

export type Unsubscribe = () => void;

export type StudioApi = {
  readonly [N in NamespaceOf<ChannelName>]: {
    readonly [C in ChannelName as C extends `${N}.${infer M}` ? M : never]: ChannelFunction<C>;
  };
} & {
  readonly [E in EventName as `on${PascalCase<E>}`]: (listener: (payload: EventPayload<E>) => void) => Unsubscribe;
};

export interface StudioTransport {
  invoke(channel: ChannelName, request: unknown): Promise<IpcResult<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

export function subscriptionName(event: EventName): string {
  return `on${event
    .split('.')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')}`;
}

export function buildStudioApi(transport: StudioTransport): StudioApi {
  const api: Record<string, Record<string, unknown> | ((listener: (payload: unknown) => void) => Unsubscribe)> = {};
  for (const name of channelNames) {
    const [namespace = '', method = ''] = name.split('.');
    const group = (api[namespace] ??= {}) as Record<string, unknown>;
    group[method] = (request: unknown = {}) => transport.invoke(name, request);
  }
  for (const name of eventNames) {
    api[subscriptionName(name)] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') throw new TypeError(`${subscriptionName(name)} needs a function`);
      return transport.subscribe(name, (payload) => listener(payload));
    };
  }
  return api as unknown as StudioApi;
}
