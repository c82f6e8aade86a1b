import type { Handlers } from '../ipc/router.js';
import { topicViewOf } from '../library/library-views.js';
import type { ProgramClients } from '../programs/program-clients.js';

/**
 * Topics are read straight through the client. Creating and renaming a topic
 * is a program manager's quick edit in place, not content: it does not wait
 * in the outbox, and a refusal (role, name taken) comes straight back.
 */
export function createTopicHandlers(clients: ProgramClients): Pick<Handlers, 'topics.list' | 'topics.create' | 'topics.update'> {
  return {
    'topics.list': async ({ programId, state, page }) => {
      const result = await clients.clientFor(programId).listTopics({ ...(state === undefined ? {} : { state }), ...(page === undefined ? {} : { page }) });
      return { ...result, items: result.items.map(topicViewOf) };
    },
    'topics.create': async ({ programId, name, description }) => topicViewOf(await clients.clientFor(programId).createTopic({ name, description })),
    'topics.update': async ({ programId, topicId, name, description }) =>
      topicViewOf(
        await clients.clientFor(programId).updateTopic(topicId, {
          ...(name === undefined ? {} : { name }),
          ...(description === undefined ? {} : { description }),
        }),
      ),
  };
}
