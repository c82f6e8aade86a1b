import type { Draft } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { SyncClient, SyncDeps } from '../drafts/draft-sync.js';
import type { CallOptions } from '../firstup/firstup-http.js';
import type { FirstupClient } from '../firstup/firstup-client.js';

/** The client calls the workflow makes: the sync calls, plus transitions and videos. */
export type WorkflowClient = SyncClient & Pick<FirstupClient, 'transitionContent' | 'addVideo'>;

export interface WorkflowDeps extends SyncDeps {
  client: WorkflowClient;
  /** Waits between reads of a post Firstup is still processing; tests pass one that moves the sandbox's clock instead. */
  sleep: (milliseconds: number) => Promise<void>;
}

export const callOptions = (deps: Pick<SyncDeps, 'priority'>): CallOptions | undefined => (deps.priority === undefined ? undefined : { priority: deps.priority });

/** The post of a draft the earlier steps put on Firstup. */
export function remoteIdOf(draft: Pick<Draft, 'id' | 'remote'>): number {
  if (draft.remote === null) throw new StudioError('internal', 'Something went wrong inside Content Studio: the draft lost its link to Firstup. Try again.', { id: draft.id });
  return draft.remote.id;
}
