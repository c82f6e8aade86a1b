import type { EventName } from '../../shared/ipc/contract.js';

/**
 * The Electron IPC channel that carries one contract event to the window.
 * Prefixed so an event name can never collide with a request channel, and
 * shared by main (which sends) and the preload (which listens).
 */
export function eventChannel(event: EventName): string {
  return `studio:event:${event}`;
}
