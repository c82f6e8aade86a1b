import type { Draft, DraftContent, DraftRemote, SyncStatus } from '../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { ContentRecord } from '../firstup/content-records.js';
import type { FirstupClient } from '../firstup/firstup-client.js';
import type { CallOptions } from '../firstup/firstup-http.js';
import type { ContentId } from '../firstup/ids.js';
import { listAll } from '../firstup/pagination.js';
import type { DraftStore } from './draft-store.js';

/** The store methods the sync code uses; the outbox can hand in the same store or a wrapper. */
export type SyncStore = Pick<DraftStore, 'create' | 'get' | 'save' | 'list' | 'setSyncState' | 'snapshot'>;

/** The client calls the sync code makes (one program's client: `clientFor(programId)`). */
export type SyncClient = Pick<FirstupClient, 'createContent' | 'updateContent' | 'getContent' | 'listContent' | 'listTopics'>;

/** The remote post, or null when Firstup says it no longer exists (404). */
export async function readRemote(client: SyncClient, id: ContentId, options?: CallOptions): Promise<ContentRecord | null> {
  try {
    return await client.getContent(id, options);
  } catch (error) {
    if (error instanceof StudioError && error.code === 'not_found') return null;
    throw error;
  }
}

/**
 * Records the remote post and status for the text at `revision`. If the
 * person saved in the meantime (the store answers draft_conflict), the remote
 * is still recorded, on the newer revision, and a status that claimed the
 * text is in step becomes changed_here: what was pushed is not what is there now.
 */
export async function recordSync(store: SyncStore, draftId: string, revision: number, remote: DraftRemote | null, syncStatus: SyncStatus): Promise<Draft> {
  try {
    return await store.setSyncState({ id: draftId, baseRevision: revision, remote, syncStatus });
  } catch (error) {
    if (!(error instanceof StudioError) || error.code !== 'draft_conflict') throw error;
    const current = await store.get(draftId);
    const status = syncStatus === 'in_sync' ? 'changed_here' : syncStatus === 'changed_remotely' ? 'conflict' : syncStatus;
    return store.setSyncState({ id: draftId, baseRevision: current.revision, remote, syncStatus: status });
  }
}

/**
 * Has the remote post changed since the draft last synced? Compares Firstup's
 * `updated_at` with the one recorded at the last push or pull. When either is
 * missing (a server that does not send it) the answer is "yes": the studio
 * cannot prove the post is unchanged, so it asks the person rather than
 * overwriting. `updated_at` has one-second resolution in the sandbox: an edit
 * made in the same second as our own write is not seen (see the report).
 */
export function remoteMoved(recorded: DraftRemote, record: ContentRecord): boolean {
  return recorded.updatedAt === null || record.updatedAt === null || recorded.updatedAt !== record.updatedAt;
}

/**
 * Every post in the program that carries `draftId` as its `source.post_id`,
 * oldest id first. Used before any first create (and by the outbox after a
 * create whose answer was lost): no idempotency key exists (REFERENCE.md
 * §7.3), so a retry must first look for the post the lost request may have
 * made. Whether Firstup honours `filter.source.post_id` is UNKNOWN, so each
 * record's marker is compared here too; a server that ignores the filter
 * makes this a walk of the whole list (bounded by listAll, which throws
 * rather than answer from a truncated list).
 */
export async function findRemoteByMarker(client: Pick<SyncClient, 'listContent'>, draftId: string, options?: CallOptions): Promise<ContentRecord[]> {
  const found: ContentRecord[] = [];
  for await (const record of listAll((page) => client.listContent({ sourcePostId: draftId, page }, options))) {
    if (record.source?.postId === draftId) found.push(record);
  }
  return found.sort((a, b) => a.id - b.id);
}

/**
 * Topic names for a remote post's channels: the draft's cached names first,
 * then the program's topic list. Names are only a display cache, so a topic
 * list that cannot be read leaves placeholders rather than failing the pull.
 */
export async function topicNames(client: Pick<SyncClient, 'listTopics'>, record: ContentRecord, known: DraftContent['topics'], options?: CallOptions): Promise<Map<number, string>> {
  const names = new Map(known.map((topic) => [topic.id, topic.name] as const));
  if (record.channels.every((channel) => names.has(channel.id))) return names;
  try {
    for await (const topic of listAll((page) => client.listTopics({ page }, options))) {
      if (!names.has(topic.id)) names.set(topic.id, topic.name);
    }
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
  }
  return names;
}

/**
 * The live local draft of `programId` linked to remote post `remoteId`, if
 * any. The store has no index on the remote id, so this pages through the
 * program's drafts (200 a page); an index would make it one lookup.
 */
export async function findLinkedDraft(store: Pick<SyncStore, 'list' | 'get'>, programId: string, remoteId: number): Promise<Draft | undefined> {
  let offset: number | null = 0;
  while (offset !== null) {
    const page = await store.list({ programId, offset, limit: 200 });
    const hit = page.items.find((item) => item.remote?.id === remoteId);
    if (hit !== undefined) return store.get(hit.id);
    offset = page.nextOffset;
  }
  return undefined;
}
