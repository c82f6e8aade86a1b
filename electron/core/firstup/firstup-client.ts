import { createContentEndpoints, type ContentEndpoints } from './content-endpoints.js';
import { createFirstupHttp, type FirstupHttpOptions } from './firstup-http.js';
import { createTopicEndpoints, type TopicEndpoints } from './topic-endpoints.js';

export type FirstupClientOptions = FirstupHttpOptions;

/** Every typed call the studio makes to one program's partner API. */
export type FirstupClient = ContentEndpoints & TopicEndpoints;

/**
 * One client per program connection: its token provider and request budget
 * are that program's. Throws at construction for a base URL that is not
 * https: (or http: on loopback, for the sandbox).
 */
export function createFirstupClient(options: FirstupClientOptions): FirstupClient {
  const send = createFirstupHttp(options);
  return { ...createContentEndpoints(send), ...createTopicEndpoints(send) };
}
