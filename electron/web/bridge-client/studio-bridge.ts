/**
 * Browser mode's preload: defines `window.studio` over loopback HTTP with the
 * same shape the Electron preload gives, built from the same contract by
 * `buildStudioApi`. Bundled for the browser into dist/web/studio-bridge.js.
 */
import type { EventName } from '../../../shared/ipc/contract.js';
import type { IpcResult } from '../../../shared/ipc/ipc-result.js';
import { buildStudioApi } from '../../../shared/ipc/studio-api.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { BRIDGE_PREFIX, SECRET_HEADER } from '../bridge-protocol.js';
import { createEventSubscriptions } from './event-subscriptions.js';

const secret = document.querySelector<HTMLMetaElement>(`meta[name="${SECRET_HEADER}"]`)?.content ?? '';
const headers = { 'Content-Type': 'application/json', [SECRET_HEADER]: secret };

const unreachable = (): IpcResult<never> => ({
  ok: false,
  error: new StudioError('core_unreachable', 'Content Studio lost contact with its core. Is the browser-mode host still running?').toData(),
});

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function invoke(channel: string, request: unknown): Promise<IpcResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`${BRIDGE_PREFIX}${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(request),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return unreachable();
  }
  const body: unknown = await response.json().catch(() => undefined);
  return isIpcResult(body) ? body : unreachable();
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child as object);
  return Object.freeze(value);
}

const events = createEventSubscriptions(headers);
const studio = buildStudioApi({
  invoke,
  subscribe: (event: EventName, listener) => events.subscribe(event, listener),
});

Object.defineProperty(window, 'studio', { value: deepFreeze(studio), enumerable: true, configurable: false, writable: false });
