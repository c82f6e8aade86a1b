import type { EventName } from '../../../shared/ipc/contract.js';
import { isEventName } from '../../../shared/ipc/contract.js';
import type { Unsubscribe } from '../../../shared/ipc/studio-api.js';
import { EVENTS_PATH } from '../bridge-protocol.js';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 10_000;

type Listener = (payload: unknown) => void;

/**
 * One server-sent-events stream for the whole page, opened with the first
 * subscription and reopened (with growing pauses) whenever it drops. It is
 * read with fetch rather than EventSource because EventSource cannot send the
 * secret header.
 */
export function createEventSubscriptions(headers: Record<string, string>) {
  const listeners = new Map<EventName, Set<Listener>>();
  let started = false;

  function dispatch(line: string): void {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    const { event, payload } = (message ?? {}) as { event?: unknown; payload?: unknown };
    if (!isEventName(event)) return;
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  async function readStream(): Promise<void> {
    const response = await fetch(EVENTS_PATH, { headers, cache: 'no-store' });
    if (!response.ok || response.body === null) throw new Error(`events answered ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const messages = buffer.split('\n\n');
      buffer = messages.pop() ?? '';
      for (const message of messages) {
        for (const line of message.split('\n')) if (line.startsWith('data: ')) dispatch(line.slice(6));
      }
    }
  }

  async function keepStreaming(): Promise<void> {
    let pause = RECONNECT_MIN_MS;
    for (;;) {
      const opened = Date.now();
      await readStream().catch(() => undefined);
      if (Date.now() - opened > RECONNECT_MAX_MS) pause = RECONNECT_MIN_MS;
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, RECONNECT_MAX_MS);
    }
  }

  return {
    subscribe(event: EventName, listener: Listener): Unsubscribe {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      if (!started) {
        started = true;
        void keepStreaming();
      }
      return () => set.delete(listener);
    },
  };
}
