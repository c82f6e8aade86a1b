import { ipcMain } from 'electron';
import type { WebContents } from 'electron';
import { channelNames } from '../../shared/ipc/contract.js';
import type { IpcResult } from '../../shared/ipc/ipc-result.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import type { EventBus } from '../core/ipc/event-bus.js';
import type { Router } from '../core/ipc/router.js';
import type { Logger } from '../core/logging/logger.js';
import { eventChannel } from './event-channels.js';
import { originOf } from './renderer-location.js';

/** The parts of an IPC event the sender check reads; Electron's IpcMainInvokeEvent has them. */
export interface SenderFacts {
  readonly senderFrame: { readonly url: string } | null;
  readonly sender: { readonly mainFrame: unknown };
}

/**
 * A call is trusted only from the top frame of a page served from the
 * trusted origin. `senderFrame` is null when the frame navigated away or was
 * destroyed mid-call, and a sub-frame could hold anything, so both are refused.
 */
export function isTrustedSender(event: SenderFacts, trustedOrigin: string): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame !== event.sender.mainFrame) return false;
    return originOf(frame.url) === trustedOrigin;
  } catch {
    // Reading a disposed frame throws; such a caller is gone anyway.
    return false;
  }
}

export interface IpcTransportOptions {
  readonly router: Router;
  readonly trustedOrigin: string;
  readonly logger: Logger;
}

const forbidden: IpcResult<never> = {
  ok: false,
  error: new StudioError('forbidden_sender', 'Only the Content Studio window may call the studio.').toData(),
};

/**
 * Registers every contract channel, and nothing else, through this one
 * wrapper, so no handler can skip the sender check. The router validates
 * the payload and never rejects.
 */
export function registerIpcHandlers({ router, trustedOrigin, logger }: IpcTransportOptions): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, request: unknown) => {
      if (!isTrustedSender(event, trustedOrigin)) {
        logger.warn(`Refused a call to ${channel} from an untrusted sender`);
        return forbidden;
      }
      return router.invoke(channel, request);
    });
  }
}

/**
 * Forwards core events to the studio window only, and only while it still
 * shows the trusted page, so a payload never reaches anything else.
 */
export function forwardEvents(events: EventBus, target: () => WebContents | null, trustedOrigin: string): () => void {
  return events.subscribe((event, payload) => {
    const contents = target();
    if (contents === null || contents.isDestroyed()) return;
    if (originOf(contents.getURL()) !== trustedOrigin) return;
    contents.send(eventChannel(event), payload);
  });
}
