import type { Handlers } from '../ipc/router.js';
import type { ProgramClients } from '../programs/program-clients.js';
import { commentViewOf, contentDetailOf, contentSummaryOf, reachViewOf } from './library-views.js';

/** Reads go straight through the program's client; writes belong to the outbox (a later issue). */
export function createLibraryHandlers(
  clients: ProgramClients,
  now: () => Date = () => new Date(),
): Pick<Handlers, 'content.list' | 'content.get' | 'reach.get' | 'comments.list'> {
  return {
    'content.list': async ({ programId, state, contentType, topicIds, page }) => {
      const result = await clients.clientFor(programId).listContent({
        ...(state === undefined ? {} : { state }),
        ...(contentType === undefined ? {} : { contentType }),
        ...(topicIds === undefined ? {} : { channelIds: topicIds }),
        ...(page === undefined ? {} : { page }),
      });
      return { ...result, items: result.items.map(contentSummaryOf) };
    },
    'content.get': async ({ programId, contentId }) => contentDetailOf(await clients.clientFor(programId).getContent(contentId)),
    'reach.get': async ({ programId, contentId }) => {
      const client = clients.clientFor(programId);
      const counts = await client.reach(contentId);
      const id = typeof contentId === 'number' ? contentId : (await client.getContent(contentId)).id;
      return reachViewOf(id, counts, now());
    },
    'comments.list': async ({ programId, contentId, commentId, page }) => {
      const client = clients.clientFor(programId);
      const result = commentId === undefined ? await client.comments(contentId, page) : await client.replies(contentId, commentId, page);
      return { ...result, items: result.items.map(commentViewOf) };
    },
  };
}
