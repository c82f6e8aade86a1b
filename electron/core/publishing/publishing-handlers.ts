import { setTimeout as delay } from 'node:timers/promises';
import type { DraftStore } from '../drafts/draft-store.js';
import type { EventBus } from '../ipc/event-bus.js';
import type { Handlers } from '../ipc/router.js';
import type { ProgramClients } from '../programs/program-clients.js';
import { addVideoToPost } from './add-video.js';
import { prepareTransition, runTransition } from './draft-workflow.js';
import type { WorkflowDeps } from './workflow-deps.js';

export interface PublishingHandlerOptions {
  drafts: DraftStore;
  clients: ProgramClients;
  events: EventBus;
  /** Refuses a draft the publishing queue is sending (outbox/queue-guard.ts). */
  beforeSending?: (draftId: string) => void;
  /** Waits while Firstup processes a post; real time unless a test moves a clock instead. */
  sleep?: (milliseconds: number) => Promise<void>;
}

/**
 * The workflow while a person waits ('interactive' priority). Once the run
 * is past its checks, `drafts.changed` is emitted whether it succeeds or
 * not: a step that failed may already have recorded a push, a video id or a
 * conflict, and the studio must show the draft as it now is.
 */
export function createPublishingHandlers({ drafts, clients, events, beforeSending = () => undefined, sleep = (ms) => delay(ms) }: PublishingHandlerOptions): Pick<Handlers, 'drafts.transition' | 'videos.add'> {
  const depsFor = (programId: string): WorkflowDeps => ({ store: drafts, client: clients.clientFor(programId), priority: 'interactive', sleep });
  return {
    'drafts.transition': async ({ id, action }) => {
      beforeSending(id);
      const draft = await prepareTransition({ store: drafts }, id, action);
      try {
        return await runTransition(depsFor(draft.programId), draft, action);
      } finally {
        events.emit('drafts.changed', { ids: [id] });
      }
    },
    // No event: the draft's text and status are unchanged (only its remote baseline moves), and the editor saves the placeholder itself.
    'videos.add': async ({ draftId, url }) => addVideoToPost(depsFor((await drafts.get(draftId)).programId), draftId, url),
  };
}
