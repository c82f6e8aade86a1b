import type { Handlers } from '../ipc/router.js';
import type { ProgramClients } from '../programs/program-clients.js';
import { compareConflict, pullRemote, pushDraft, resolveConflict } from './draft-sync.js';
import type { DraftStore } from './draft-store.js';
import type { EventBus } from '../ipc/event-bus.js';

type SyncChannels = 'drafts.push' | 'drafts.pull' | 'drafts.resolveConflict' | 'drafts.compareConflict';

/**
 * Sync, one draft at a time while a person waits. The publish outbox (a
 * later issue) will call the same functions as steps; until it exists, a
 * push that loses its answer is made safe by pushDraft's marker lookup.
 */
export interface DraftSyncHandlerOptions {
  readonly store: DraftStore;
  readonly clients: ProgramClients;
  readonly bus: EventBus;
  readonly sanitize: (html: string) => string;
  /** Refuses a draft the publishing queue is sending (outbox/queue-guard.ts): a push could make a second post. */
  readonly beforeSending: (draftId: string) => void;
}

export function createDraftSyncHandlers({ store, clients, bus, sanitize, beforeSending }: DraftSyncHandlerOptions): Pick<Handlers, SyncChannels> {
  const clientOf = async (draftId: string) => clients.clientFor((await store.get(draftId)).programId);
  const changed = (id: string) => bus.emit('drafts.changed', { ids: [id] });
  return {
    'drafts.push': async ({ id }) => {
      beforeSending(id);
      const outcome = await pushDraft({ store, client: await clientOf(id), draftId: id, priority: 'interactive' });
      changed(id);
      return outcome.kind === 'conflict' ? { outcome: 'conflict' as const, draft: outcome.local } : { outcome: outcome.kind, draft: outcome.draft };
    },
    'drafts.pull': async ({ programId, contentId }) => {
      const draft = await pullRemote({ store, client: clients.clientFor(programId), programId, contentId, priority: 'interactive' });
      changed(draft.id);
      return draft;
    },
    'drafts.resolveConflict': async ({ id, choice }) => {
      // Keeping mine pushes it; taking theirs only changes the local draft.
      if (choice === 'keep_mine') beforeSending(id);
      const draft = await resolveConflict({ store, client: await clientOf(id), draftId: id, choice, priority: 'interactive' });
      changed(id);
      return draft;
    },
    'drafts.compareConflict': async ({ id }) => compareConflict({ store, client: await clientOf(id), draftId: id, sanitize, priority: 'interactive' }),
  };
}
