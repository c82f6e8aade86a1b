/** Revision history: the versions the core kept of a draft, and restoring one, against the real core and sandbox. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import type { DraftSaveAck } from '../../../shared/drafts/draft-schema.js';
import { RevisionHistory } from '../../../renderer/drafts-list/RevisionHistory.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { editLocally, newDraft, pushedDraft } from './drafts-list-sandbox.js';
import { data, recordingStudio, renderWithStudio } from './drafts-list-studio.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let recorder: ReturnType<typeof recordingStudio>;

const versions = () => screen.queryAllByRole('radio');

beforeAll(async () => {
  harness = await startCoreWithSandbox();
});

afterAll(() => harness.close());

beforeEach(() => {
  recorder = recordingStudio(harness.core);
});

afterEach(cleanup);

/** Sent to Firstup as “Original” (the push keeps that text as a version), then rewritten here. */
async function rewrittenDraft() {
  const draft = await pushedDraft(harness, { title: 'Original', bodyHtml: '<p>First words</p>' });
  await editLocally(harness, draft.id, { title: 'Rewritten', bodyHtml: '<p>Second thoughts</p>' });
  return draft;
}

it('lists each kept version with its number, time, reason in words and title', async () => {
  const draft = await rewrittenDraft();
  renderWithStudio(recorder.studio, <RevisionHistory draftId={draft.id} onRestored={() => undefined} />);
  await waitFor(() => expect(versions()).toHaveLength(1));
  const version = versions()[0]!.closest('label')!;
  expect(version.textContent).toBe('Version 1 · just nowBefore sending to FirstupOriginal');
  expect(version.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  expect(screen.queryByRole('button', { name: 'Restore this version' })).toBeNull();
});

it('restores a chosen version after a confirmation, then reports the new revision', async () => {
  const draft = await rewrittenDraft();
  const onRestored = vi.fn<(ack: DraftSaveAck) => void>();
  renderWithStudio(recorder.studio, <RevisionHistory draftId={draft.id} onRestored={onRestored} />);
  await waitFor(() => expect(versions()).toHaveLength(1));

  fireEvent.click(versions()[0]!);
  const restore = screen.getByRole('button', { name: 'Restore this version' });
  fireEvent.click(restore);
  const confirm = screen.getByRole('group', { name: 'Replace the draft’s text with version 1?' });
  expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
  fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore this version' }));
  expect(recorder.requestsTo('drafts.restoreRevision')).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: 'Restore this version' }));
  fireEvent.click(screen.getByRole('button', { name: 'Restore version 1' }));
  await waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));

  const [revision] = (await data(harness.core, 'drafts.revisions', { id: draft.id })).revisions.filter((kept: any) => kept.reason === 'before_sync');
  expect(recorder.requestsTo('drafts.restoreRevision')).toEqual([{ id: draft.id, revisionId: revision.id, baseRevision: 2 }]);
  expect(onRestored.mock.calls[0]![0]).toMatchObject({ id: draft.id, revision: 3 });
  expect(await data(harness.core, 'drafts.get', { id: draft.id })).toMatchObject({ title: 'Original', bodyHtml: '<p>First words</p>' });

  // The text the restore replaced is kept too, so the restore can itself be undone.
  await waitFor(() => expect(versions()).toHaveLength(2));
  expect(versions()[0]!.closest('label')!.textContent).toBe('Version 2 · just nowBefore a restoreRewritten');
});

it('says when a draft has no earlier versions yet', async () => {
  const draft = await newDraft(harness, { title: 'Brand new' });
  renderWithStudio(recorder.studio, <RevisionHistory draftId={draft.id} onRestored={() => undefined} />);
  expect(await screen.findByText(/No earlier versions yet/)).toBeTruthy();
});

it('says why a restore failed and leaves the draft as it was', async () => {
  const draft = await rewrittenDraft();
  const onRestored = vi.fn();
  renderWithStudio(recorder.studio, <RevisionHistory draftId={draft.id} onRestored={onRestored} />);
  await waitFor(() => expect(versions()).toHaveLength(1));
  fireEvent.click(versions()[0]!);
  fireEvent.click(screen.getByRole('button', { name: 'Restore this version' }));
  // Saved in another window meanwhile: the restore must be based on the text as it is now.
  await editLocally(harness, draft.id, { title: 'Saved elsewhere' });
  recorder.wrap('drafts.get', () => Promise.resolve({ ok: true, data: { ...draft, revision: 2 } }));
  fireEvent.click(screen.getByRole('button', { name: 'Restore version 1' }));

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/^Version 1 could not be restored\. \S/);
  expect(onRestored).not.toHaveBeenCalled();
  expect((await data(harness.core, 'drafts.get', { id: draft.id })).title).toBe('Saved elsewhere');
});
