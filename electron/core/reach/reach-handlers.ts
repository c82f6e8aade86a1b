import type { Handlers } from '../ipc/router.js';
import type { ProgramClients } from '../programs/program-clients.js';
import { createTopicReachCounter, type TopicReachOptions } from './topic-reach-counter.js';

/** Reach while topics are being chosen: counted by the studio, read straight through the program's client and cached. */
export function createReachHandlers(clients: ProgramClients, options?: TopicReachOptions): Pick<Handlers, 'reach.forTopics'> {
  const counter = createTopicReachCounter(clients, options);
  return { 'reach.forTopics': ({ programId, topicIds }) => counter.count(programId, topicIds) };
}
