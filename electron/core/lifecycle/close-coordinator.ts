/**
 * Closing the window or quitting must not lose the last second of typing:
 * the core tells the renderer `app.closing`, the renderer flushes its
 * autosaves and answers `app.readyToClose`, and only then does the window
 * go. A renderer that never answers (hung, crashed) does not hold the app
 * hostage: after a grace period the close goes ahead.
 */
import type { EventBus } from '../ipc/event-bus.js';

export const CLOSE_GRACE_MS = 5_000;

export interface CloseCoordinator {
  /** Resolves when the renderer has flushed, or when the grace period is over. */
  prepareToClose(): Promise<'flushed' | 'timed_out'>;
  /** The renderer's answer. */
  readyToClose(): void;
}

export function createCloseCoordinator(bus: EventBus, graceMs = CLOSE_GRACE_MS): CloseCoordinator {
  let waiting: ((outcome: 'flushed') => void) | null = null;
  let current: Promise<'flushed' | 'timed_out'> | null = null;
  return {
    prepareToClose() {
      current ??= new Promise<'flushed' | 'timed_out'>((resolve) => {
        const timer = setTimeout(() => resolve('timed_out'), graceMs);
        waiting = (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        };
        bus.emit('app.closing', {});
      }).finally(() => {
        waiting = null;
        current = null;
      });
      return current;
    },
    readyToClose() {
      waiting?.('flushed');
    },
  };
}
