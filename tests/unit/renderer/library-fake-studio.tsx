/**
 * A studio whose core is a handful of test functions, for the Library and
 * Topics screens. Calls go through the real router, so every request the
 * screens make is checked against the contract (a request the core would
 * refuse fails the test) and so are the answers the tests give.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createRouter, type Handler, type Handlers } from '../../../electron/core/ipc/router.js';
import type { ContentSummary } from '../../../shared/firstup/firstup-views.js';
import { channelNames, type ChannelName, type ChannelRequest, type EventName, type EventPayload, type ProgramView } from '../../../shared/ipc/contract.js';
import { buildStudioApi, type StudioApi } from '../../../shared/ipc/studio-api.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { defaultSettings, type Settings } from '../../../shared/settings/settings-schema.js';
import { SettingsContext } from '../../../renderer/studio/settings-context.js';
import { StudioContext } from '../../../renderer/studio/studio-context.js';

export interface FakeStudio {
  readonly studio: StudioApi;
  /** The requests one channel received, in order, as the router parsed them. */
  requestsTo<C extends ChannelName>(channel: C): ChannelRequest<C>[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export function fakeStudio(handlers: Partial<Handlers>): FakeStudio {
  const calls: { channel: ChannelName; request: unknown }[] = [];
  const recorded = (name: ChannelName): Handler<ChannelName> => async (request) => {
    calls.push({ channel: name, request });
    const handler = handlers[name] as ((request: unknown) => unknown) | undefined;
    if (handler === undefined) throw new StudioError('internal', `This test gives no answer for ${name}.`);
    return (await handler(request)) as never;
  };
  const router = createRouter(Object.fromEntries(channelNames.map((name) => [name, recorded(name)])) as unknown as Handlers, createMemoryLogger());
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const studio = buildStudioApi({
    invoke: (channel, request) => router.invoke(channel, request),
    subscribe: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  });
  return {
    studio,
    requestsTo: <C extends ChannelName>(channel: C) => calls.filter((call) => call.channel === channel).map((call) => call.request as ChannelRequest<C>),
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}

export function renderWithStudio(ui: ReactNode, studio: StudioApi, settings: Settings = defaultSettings) {
  return render(
    <StudioContext value={studio}>
      <SettingsContext value={{ settings, save: () => Promise.resolve(settings) }}>{ui}</SettingsContext>
    </StudioContext>,
  );
}

export const SANDBOX_ID = '5a4db0c5-0000-4000-8000-00000000c0de';
export const STAGING_ID = '0b6f1c2e-1111-4aaa-8bbb-222222222222';

export function programView(id: string, displayName: string, state: ProgramView['status']['state'], isSandbox = false): ProgramView {
  return {
    program: {
      id,
      displayName,
      location: { kind: 'custom', apiBaseUrl: 'http://127.0.0.1:4010', authBaseUrl: 'http://127.0.0.1:4010' },
      signIn: { kind: 'server', clientId: 'sandbox-client' },
    },
    status: { state, secretPersistence: 'session-only' },
    isSandbox,
  };
}

export const signedInSandbox = programView(SANDBOX_ID, 'Sandbox Program', 'signed_in', true);

export function post(id: number, overrides: Partial<ContentSummary> = {}): ContentSummary {
  return {
    id,
    uuid: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    contentType: 'article',
    state: 'published',
    title: `Post ${id}`,
    summary: `What post ${id} is about.`,
    channels: [{ id: 101, hidden: false }],
    authorName: 'Pat Publisher',
    permalinkUrl: `https://acme.onfirstup.com/sc4#contents/${id}`,
    createdAt: '2026-03-02T09:30:00Z',
    updatedAt: '2026-03-03T10:00:00Z',
    publishedAt: '2026-03-03T10:00:00Z',
    ...overrides,
  };
}

/** A page as content.list or comments.list answer it. */
export function pageOf<T>(items: T[], number: number, size: number, totalRecords: number | null) {
  return { items: items.slice((number - 1) * size, number * size), page: number, pageSize: size, totalRecords, nextCursor: null };
}
