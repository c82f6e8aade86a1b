import { randomUUID } from 'node:crypto';
import type { Draft } from '../../shared/drafts/draft-schema.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import type { CliSession } from './cli-session.js';
import type { FileLedger } from './file-ledger.js';
import { contentHash, type FileContent } from './file-draft.js';

export type DraftChange = 'created' | 'saved' | 'unchanged' | 'restored';

async function liveDraft(session: CliSession, id: string): Promise<{ draft: Draft; restored: boolean } | null> {
  const missing = (error: unknown) => error instanceof StudioError && error.code === 'not_found';
  try {
    return { draft: await session.call('drafts.get', { id }), restored: false };
  } catch (error) {
    if (!missing(error)) throw error;
  }
  // Deleted in the studio: bringing it back keeps its link to the post, so the post is updated, not made again.
  try {
    return { draft: await session.call('drafts.restoreFromTrash', { id }), restored: true };
  } catch (error) {
    if (!missing(error)) throw error;
    return null;
  }
}

/**
 * Makes sure the file has its one draft, holding the file's current
 * content, and answers its id. The order of writes is what keeps a file
 * from ever having two drafts (and so two posts), whenever the process dies:
 *
 * - A new file gets its draft id in the ledger, durably, BEFORE the draft
 *   is created. Dying in between leaves an id with no draft; the next run
 *   finds the id and creates the draft under it. No run can pick a second id.
 * - A changed file is saved as a new revision FIRST, then recorded. Dying in
 *   between leaves the ledger's old hash, so the next run saves once more
 *   (one spare revision, never queued) and records that.
 * - Enqueueing comes after both (publish-command.ts), so whatever is queued
 *   is a draft the ledger already names; and enqueueing the same draft,
 *   revision and action again answers the same job.
 */
export async function ensureFileDraft(
  session: CliSession,
  ledger: FileLedger,
  target: { readonly programId: string; readonly path: string },
  content: FileContent,
): Promise<{ draftId: string; change: DraftChange }> {
  const hash = contentHash(content);
  const entry = ledger.find(target.programId, target.path);
  const create = async (draftId: string): Promise<{ draftId: string; change: DraftChange }> => {
    ledger.record({ ...target, draftId, contentHash: hash, revision: 1 });
    await session.call('drafts.create', { id: draftId, programId: target.programId, ...content });
    return { draftId, change: 'created' };
  };
  if (entry === undefined) return create(randomUUID());

  const live = await liveDraft(session, entry.draftId);
  if (live === null) return create(entry.draftId);
  const { draft, restored } = live;
  if (entry.contentHash === hash && draft.revision === entry.revision) return { draftId: draft.id, change: restored ? 'restored' : 'unchanged' };

  // The file changed, or the draft was edited in the studio since: the file is what this command publishes.
  const { id, programId: _program, remote: _remote, syncStatus: _sync, revision, createdAt: _created, updatedAt: _updated, ...kept } = draft;
  const ack = await session.call('drafts.save', { id, baseRevision: revision, content: { ...kept, ...content } });
  ledger.record({ ...target, draftId: id, contentHash: hash, revision: ack.revision });
  return { draftId: id, change: 'saved' };
}
