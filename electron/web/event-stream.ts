import type { ServerResponse } from 'node:http';
import type { EventBus } from '../core/ipc/event-bus.js';

const HEARTBEAT_MS = 25_000;

/**
 * Streams core events to one browser tab as server-sent events. Each message
 * is `{event, payload}`; comment lines keep idle connections from timing out.
 */
export function streamEvents(response: ServerResponse, bus: EventBus): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = bus.subscribe((event, payload) => {
    response.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  response.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
