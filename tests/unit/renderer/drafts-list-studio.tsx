/**
 * The studio the drafts-list tests talk to: the real core behind the real `window.studio` shape, with every
 * call recorded (so a test can assert what the core received) and, where a test needs it, one channel
 * wrapped (to hold a call back and watch progress, or to answer as a damaged store would).
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { StudioCore } from '../../../electron/core/studio-core.js';
import type { ChannelName } from '../../../shared/ipc/contract.js';
import type { IpcResult } from '../../../shared/ipc/ipc-result.js';
import { buildStudioApi, type StudioApi } from '../../../shared/ipc/studio-api.js';
import { StudioContext } from '../../../renderer/studio/studio-context.js';

export interface RecordedCall {
  readonly channel: ChannelName;
  readonly request: unknown;
}

type Wrapper = (request: any, real: () => Promise<IpcResult<unknown>>) => Promise<IpcResult<unknown>>;

export function recordingStudio(core: StudioCore) {
  const calls: RecordedCall[] = [];
  const wrappers = new Map<ChannelName, Wrapper>();
  const studio: StudioApi = buildStudioApi({
    invoke: (channel, request) => {
      calls.push({ channel, request });
      const real = () => core.router.invoke(channel, request);
      return wrappers.get(channel)?.(request, real) ?? real();
    },
    subscribe: (event, listener) => core.events.subscribe((name, payload) => name === event && listener(payload)),
  });
  return {
    studio,
    calls,
    /** Requests sent on one channel, oldest first. */
    requestsTo: (channel: ChannelName) => calls.filter((call) => call.channel === channel).map((call) => call.request),
    wrap: (channel: ChannelName, wrapper: Wrapper) => wrappers.set(channel, wrapper),
  };
}

export function renderWithStudio(studio: StudioApi, ui: ReactNode) {
  return render(<StudioContext value={studio}>{ui}</StudioContext>);
}

/** Calls the core directly, for arranging a test; a failure is the test's own bug. */
export async function data<T = any>(core: StudioCore, channel: ChannelName, payload: unknown = {}): Promise<T> {
  const result = await core.router.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}
