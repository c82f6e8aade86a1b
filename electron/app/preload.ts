import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { IpcResult } from '../../shared/ipc/ipc-result.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { buildStudioApi } from '../../shared/ipc/studio-api.js';
import { eventChannel } from './event-channels.js';

/**
 * Runs sandboxed before the page. The page gets `window.studio`: one named
 * function per contract channel and one subscription per event. It never
 * gets ipcRenderer, a generic invoke, or the IPC event object (which carries
 * the sender), only payloads.
 */

const unreachable: IpcResult<never> = {
  ok: false,
  error: new StudioError('core_unreachable', 'Content Studio lost contact with its core. Restart the app if this persists.').toData(),
};

const studio = buildStudioApi({
  invoke: (channel, request) =>
    (ipcRenderer.invoke(channel, request) as Promise<IpcResult<unknown>>).catch(() => unreachable),
  subscribe: (event, listener) => {
    const channel = eventChannel(event);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
});

contextBridge.exposeInMainWorld('studio', studio);
