/**
 * Arranging drafts against the core's in-process Firstup sandbox: drafts with a post there, and a post
 * changed there behind the draft's back (a conflict once the draft is edited here too).
 */
import type { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import { data } from './drafts-list-studio.js';

type Harness = Awaited<ReturnType<typeof startCoreWithSandbox>>;

export const companyNews = { id: 101, name: 'Company News' };

export async function newDraft(harness: Harness, fields: Record<string, unknown>): Promise<any> {
  return data(harness.core, 'drafts.create', { programId: SANDBOX_PROGRAM_ID, ...fields });
}

export async function pushedDraft(harness: Harness, fields: Record<string, unknown>): Promise<any> {
  const draft = await newDraft(harness, { topics: [companyNews], ...fields });
  await data(harness.core, 'drafts.push', { id: draft.id });
  return data(harness.core, 'drafts.get', { id: draft.id });
}

/** Someone edits the post on Firstup: a new text and a later updated_at (now, or a second after the last one). */
export function editRemotely(harness: Harness, draftId: string, changes: { title?: string; body?: string }): void {
  const post = harness.sandbox.runtime.state.posts.find((candidate) => candidate.source.post_id === draftId);
  if (post === undefined) throw new Error(`No post on the sandbox for draft ${draftId}`);
  Object.assign(post, changes, { updated_at: new Date(Math.max(Date.now(), Date.parse(post.updated_at) + 1_000)).toISOString() });
}

/** The draft edited here too: a local save on top of its current revision. */
export async function editLocally(harness: Harness, draftId: string, changes: Record<string, unknown>): Promise<void> {
  const { id: _id, programId: _p, remote: _r, syncStatus: _s, revision, createdAt: _c, updatedAt: _u, ...content } = await data(harness.core, 'drafts.get', { id: draftId });
  await data(harness.core, 'drafts.save', { id: draftId, baseRevision: revision, content: { ...content, ...changes } });
}

type Mine = { title: string; bodyHtml: string; summary?: string };
type Theirs = { title: string; body: string };

/** Pushed, then changed on Firstup and here: the next push finds the conflict. */
export async function changedOnBothSides(harness: Harness, mine: Mine, theirs: Theirs): Promise<any> {
  const draft = await pushedDraft(harness, { title: 'Original', bodyHtml: '<p>Original text</p>' });
  editRemotely(harness, draft.id, theirs);
  await editLocally(harness, draft.id, mine);
  return draft;
}

/** A draft the studio already knows to be in conflict (a push found it). */
export async function draftInConflict(harness: Harness, mine: Mine, theirs: Theirs): Promise<any> {
  const draft = await changedOnBothSides(harness, mine, theirs);
  const outcome = await data(harness.core, 'drafts.push', { id: draft.id });
  if (outcome.outcome !== 'conflict') throw new Error(`Expected a conflict, the push answered ${outcome.outcome}`);
  return data(harness.core, 'drafts.get', { id: draft.id });
}
