import { events, type EventName, type EventPayload } from '../../../shared/ipc/contract.js';
import type { Logger } from '../logging/logger.js';

export type EventListener = (event: EventName, payload: unknown) => void;

/**
 * Core → renderer events. Handlers emit; each transport (Electron windows,
 * browser-mode streams) subscribes once and forwards to its renderers.
 * Payloads are checked against the contract before they leave, like responses.
 */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventBus(logger: Logger): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      const checked = events[event].payload.safeParse(payload);
      if (!checked.success) {
        logger.error(`Event ${event} does not match the contract; not sent`);
        return;
      }
      for (const listener of listeners) {
        try {
          listener(event, checked.data);
        } catch (error) {
          logger.error(`A listener of ${event} failed`, { error });
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
