import type { Draft } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { ContentRecord } from '../firstup/content-records.js';
import type { CallOptions } from '../firstup/firstup-http.js';
import type { ContentId } from '../firstup/ids.js';
import { bodyFromFirstup } from '../publishing/video-embeds.js';
import { findLinkedDraft, findRemoteByMarker, readRemote, recordSync, remoteMoved, topicNames, type SyncClient, type SyncStore } from './draft-sync-support.js';
import { comparableOf, contentFromRemote, remoteOf, sameTopicIds, toCreateInput, toUpdateInput, type ComparableText } from './remote-draft-mapping.js';

export { findRemoteByMarker, type SyncClient, type SyncStore } from './draft-sync-support.js';

/**
 * Push, pull and conflict resolution between local drafts and one program's
 * Firstup posts. Each function takes its store and client as arguments and
 * does one step to completion, so the outbox (a later issue) can own remote
 * writes: queue a push, run it with 'bulk' priority, and retry it after an
 * ambiguous failure. A retry is safe: a first push always looks for a post
 * carrying the draft's marker (`source.post_id` = draft id) before creating
 * one, so a create whose answer was lost is adopted instead of duplicated.
 *
 * Local saves after a sync flip in_sync to changed_here (and
 * changed_remotely to conflict) inside the store itself (draft-writes.ts), so
 * the status this module reads is always current.
 *
 * Limits: there is no conditional update (no If-Match is documented), so an
 * edit made remotely between our GET and our PUT is overwritten; conflicts are
 * detected from `updated_at`, which in the sandbox has one-second resolution.
 */

export interface SyncDeps {
  store: SyncStore;
  /** The draft's program's client: `clientFor(draft.programId)`. */
  client: SyncClient;
  /** 'interactive' when a person is waiting, 'bulk' from the outbox; defaults are the client's. */
  priority?: CallOptions['priority'];
}

export type PushOutcome =
  /** The first push made the post, or (`reconciled`) found the one a lost create had made and updated it. */
  | { kind: 'created'; draft: Draft; remote: ContentRecord; reconciled: boolean }
  | { kind: 'updated'; draft: Draft; remote: ContentRecord }
  /** The remote post changed since the last sync: nothing was written remotely, the draft is marked conflict. */
  | { kind: 'conflict'; local: Draft; remote: ContentRecord }
  /**
   * The remote post is gone (404): the link is dropped and the draft is
   * local_only again. Nothing is created: the next push makes a new post,
   * which the UI must confirm (topics are chosen afresh).
   */
  | { kind: 'remote_gone'; draft: Draft };

export const TOPICS_FIRST_MESSAGE = 'Choose the topics before the first push: they cannot change afterwards.';

const options = (deps: SyncDeps): CallOptions | undefined => (deps.priority === undefined ? undefined : { priority: deps.priority });

function requireSameTopics(draft: Draft, remote: ContentRecord): void {
  if (sameTopicIds(draft, remote)) return;
  throw new StudioError(
    'invalid_request',
    'The topics of a post cannot change after its first push. Put the topics back as they were to push this draft, or make a new draft for other topics.',
    { id: draft.id, remoteTopicIds: remote.channels.map((channel) => channel.id) },
  );
}

async function markConflict(store: SyncStore, draft: Draft): Promise<Draft> {
  // The recorded remote (with its old updated_at) is kept as the baseline, so the conflict stays visible until resolved.
  return recordSync(store, draft.id, draft.revision, draft.remote, 'conflict');
}

/** Sends the draft's text over `remote` (already read and checked) and records the answer. */
async function sendUpdate(deps: SyncDeps, draft: Draft, remote: ContentRecord): Promise<{ draft: Draft; remote: ContentRecord }> {
  requireSameTopics(draft, remote);
  const updated = await deps.client.updateContent(remote.id, toUpdateInput(draft), options(deps));
  return { draft: await recordSync(deps.store, draft.id, draft.revision, remoteOf(updated), 'in_sync'), remote: updated };
}

async function firstPush(deps: SyncDeps, draft: Draft): Promise<PushOutcome> {
  if (draft.topics.length === 0) throw new StudioError('invalid_request', TOPICS_FIRST_MESSAGE, { id: draft.id });
  const [existing] = await findRemoteByMarker(deps.client, draft.id, options(deps));
  if (existing === undefined) {
    const created = await deps.client.createContent(toCreateInput(draft), options(deps));
    // Recorded at once, so a failure after this point can never lead to a second create.
    const recorded = await recordSync(deps.store, draft.id, draft.revision, remoteOf(created), 'in_sync');
    return { kind: 'created', draft: recorded, remote: created, reconciled: false };
  }
  // A previous create reached Firstup but its answer was lost: link that post first, then bring its text up to date.
  const linked = await recordSync(deps.store, draft.id, draft.revision, remoteOf(existing), 'changed_here');
  const result = await sendUpdate(deps, linked, existing);
  return { kind: 'created', ...result, reconciled: true };
}

/**
 * Sends the draft to Firstup. Takes a 'before_sync' snapshot first. No remote
 * yet: refuses without topics (they are fixed at creation), otherwise creates
 * (or adopts a post a lost create made). With a remote: reads it first and,
 * if it changed since the last sync or the draft is already in conflict,
 * marks the conflict and writes nothing remotely.
 */
export async function pushDraft(deps: SyncDeps & { draftId: string }): Promise<PushOutcome> {
  const { store, client, draftId } = deps;
  const draft = await store.get(draftId);
  // Refused before the snapshot, so a refusal leaves no trace in the revisions.
  if (draft.remote === null && draft.topics.length === 0) throw new StudioError('invalid_request', TOPICS_FIRST_MESSAGE, { id: draft.id });
  await store.snapshot(draftId, 'before_sync');
  if (draft.remote === null) return firstPush(deps, draft);
  const remote = await readRemote(client, draft.remote.id, options(deps));
  if (remote === null) return { kind: 'remote_gone', draft: await recordSync(store, draft.id, draft.revision, null, 'local_only') };
  if (draft.syncStatus === 'conflict' || draft.syncStatus === 'changed_remotely' || remoteMoved(draft.remote, remote)) {
    return { kind: 'conflict', local: await markConflict(store, draft), remote };
  }
  return { kind: 'updated', ...(await sendUpdate(deps, draft, remote)) };
}

/**
 * The remote text replaces the local one as a new revision (after a
 * 'before_sync' snapshot, so the old text stays in the revisions). Images and
 * videos stay the local ones: media sync is a separate step.
 */
async function replaceWithRemote(deps: SyncDeps, draft: Draft, remote: ContentRecord): Promise<Draft> {
  const { store } = deps;
  await store.snapshot(draft.id, 'before_sync');
  const names = await topicNames(deps.client, remote, draft.topics, options(deps));
  const content = contentFromRemote(remote, names, { images: draft.images, videos: draft.videos });
  const ack = await store.save({ id: draft.id, baseRevision: draft.revision, content });
  return recordSync(store, draft.id, ack.revision, remoteOf(remote), 'in_sync');
}

/**
 * Imports remote post `contentId` (id or uuid) into `programId`'s drafts,
 * keeping the remote link. A draft already linked to it is refreshed when it
 * has no local changes; when it has, it is never overwritten: if the remote
 * changed too it is marked conflict (the recorded remote stays the baseline),
 * otherwise it is left as it is. Bodies go through the store's sanitiser.
 */
export async function pullRemote(deps: SyncDeps & { programId: string; contentId: ContentId }): Promise<Draft> {
  const { store, client, programId } = deps;
  const remote = await client.getContent(deps.contentId, options(deps));
  const linked = await findLinkedDraft(store, programId, remote.id);
  if (linked === undefined) {
    const names = await topicNames(client, remote, [], options(deps));
    return store.create({ programId, ...contentFromRemote(remote, names), remote: remoteOf(remote) });
  }
  const baseline = linked.remote ?? remoteOf(remote);
  const moved = remoteMoved(baseline, remote);
  if (linked.syncStatus === 'in_sync' || linked.syncStatus === 'changed_remotely') {
    return moved ? replaceWithRemote(deps, linked, remote) : recordSync(store, linked.id, linked.revision, remoteOf(remote), 'in_sync');
  }
  if (!moved) return linked;
  return markConflict(store, linked);
}

export type ConflictChoice = 'keep_mine' | 'take_theirs';

/**
 * Ends a conflict. keep_mine: the local text is pushed over the remote post
 * (topics must still match). take_theirs: the remote text becomes a new local
 * revision. Both end in_sync. If the remote post is gone, the draft becomes
 * local_only and not_found is thrown.
 */
export async function resolveConflict(deps: SyncDeps & { draftId: string; choice: ConflictChoice }): Promise<Draft> {
  const { store, client, draftId } = deps;
  const draft = await store.get(draftId);
  if (draft.remote === null) throw new StudioError('invalid_request', 'This draft has not been pushed, so there is nothing to resolve.', { id: draftId });
  const remote = await readRemote(client, draft.remote.id, options(deps));
  if (remote === null) {
    await recordSync(store, draft.id, draft.revision, null, 'local_only');
    throw new StudioError('not_found', 'The post was deleted in Firstup. The draft is kept here; pushing it again makes a new post.', { id: draftId });
  }
  if (deps.choice === 'take_theirs') return replaceWithRemote(deps, draft, remote);
  await store.snapshot(draftId, 'before_sync');
  return (await sendUpdate(deps, draft, remote)).draft;
}

export interface ConflictComparison {
  local: ComparableText;
  /** The remote body already sanitised, safe for the side-by-side view. */
  remote: ComparableText;
  /** The remote post's updated_at, so the view can say when it changed. */
  remoteUpdatedAt: string | null;
}

/** Both texts for the side-by-side view; writes nothing. The remote HTML is untrusted, so `sanitize` (the store's) runs on it. */
export async function compareConflict(deps: SyncDeps & { draftId: string; sanitize: (html: string) => string }): Promise<ConflictComparison> {
  const draft = await deps.store.get(deps.draftId);
  if (draft.remote === null) throw new StudioError('invalid_request', 'This draft has not been pushed, so there is nothing to compare.', { id: draft.id });
  const remote = await readRemote(deps.client, draft.remote.id, options(deps));
  if (remote === null) throw new StudioError('not_found', 'The post was deleted in Firstup.', { id: draft.id });
  // Players of the draft's own videos read as their placeholders, as on a refresh, so they do not show as a difference.
  const body = deps.sanitize(bodyFromFirstup(remote.body ?? '', draft.videos));
  const theirs = comparableOf({ title: remote.title ?? '', summary: remote.summary ?? '', bodyHtml: body });
  return { local: comparableOf(draft), remote: theirs, remoteUpdatedAt: remote.updatedAt };
}
