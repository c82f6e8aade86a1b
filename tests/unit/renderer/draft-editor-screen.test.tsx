/**
 * The writing screen against the real core (drafts in a real SQLite store):
 * "Saved" only after the store acknowledged, a failed save keeps the text,
 * a save from another window is never overwritten silently, and the
 * preflight stops a publish before anything is sent.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { createMemorySettingsStore } from '../../../electron/core/settings/settings-store.js';
import { createStudioCore } from '../../../electron/core/studio-core.js';
import { buildStudioApi, type StudioApi } from '../../../shared/ipc/studio-api.js';
import type { ChannelName } from '../../../shared/ipc/contract.js';
import type { StudioErrorData } from '../../../shared/ipc/studio-error.js';
import { App } from '../../../renderer/App.js';
import { hashForDraft } from '../../../renderer/navigation/screen-hash.js';
import { testAppInfo, testCoreStores } from '../../support/test-core.js';
import { stubLayout } from './editor-harness.js';

interface Started {
  readonly studio: StudioApi;
  readonly calls: ChannelName[];
  /** Makes the next call to `channel` fail as the core would refuse it, without reaching the core. */
  readonly failNext: (channel: ChannelName, error: StudioErrorData) => void;
}

function startCore(settings?: unknown): Started {
  const core = createStudioCore({ appInfo: testAppInfo, settingsStore: createMemorySettingsStore(settings), logger: createMemoryLogger(), ...testCoreStores() });
  const calls: ChannelName[] = [];
  const failures = new Map<ChannelName, StudioErrorData>();
  const studio = buildStudioApi({
    invoke: (channel, request) => {
      calls.push(channel);
      const failure = failures.get(channel);
      if (failure !== undefined) {
        failures.delete(channel);
        return Promise.resolve({ ok: false, error: failure });
      }
      return core.router.invoke(channel, request);
    },
    subscribe: (event, listener) => core.events.subscribe((name, payload) => name === event && listener(payload)),
  });
  return { studio, calls, failNext: (channel, error) => failures.set(channel, error) };
}

async function addProgramAndDraft(studio: StudioApi, title: string): Promise<string> {
  const added = await studio.programs.add({ displayName: 'Test program', location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'desktop' } });
  if (!added.ok) throw new Error(added.error.message);
  const created = await studio.drafts.create({ programId: added.data.program.id, title, topics: [] });
  if (!created.ok) throw new Error(created.error.message);
  return created.data.id;
}

/** A draft that passes the preflight: a title, a topic and some text. */
async function addReadyDraft(studio: StudioApi, title: string): Promise<string> {
  const id = await addProgramAndDraft(studio, title);
  const ready = await studio.drafts.get({ id });
  if (!ready.ok) throw new Error('The draft could not be read.');
  const { id: _id, programId: _program, remote: _remote, syncStatus: _sync, revision, createdAt: _created, updatedAt: _updated, ...content } = ready.data;
  const saved = await studio.drafts.save({ id, baseRevision: revision, content: { ...content, bodyHtml: '<p>Body</p>', topics: [{ id: 101, name: 'Company News' }] } });
  if (!saved.ok) throw new Error(saved.error.message);
  return id;
}

async function openDraft(studio: StudioApi, id: string) {
  window.location.hash = hashForDraft(id);
  render(<App studio={studio} />);
  return screen.findByLabelText<HTMLInputElement>('Title');
}

const saveStatus = () => document.querySelector('.draft-save-status');

beforeEach(() => {
  stubLayout();
  vi.stubGlobal('matchMedia', (query: string) => ({ media: query, matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

it('says Saved only once the store has the new text', async () => {
  const { studio, calls } = startCore();
  const id = await addProgramAndDraft(studio, 'Before');
  const title = await openDraft(studio, id);
  expect(title.value).toBe('Before');

  fireEvent.change(title, { target: { value: 'After' } });
  expect(saveStatus()?.textContent).toBe('Unsaved changes');
  await waitFor(() => expect(saveStatus()?.textContent).toBe('Saved'), { timeout: 3_000 });
  expect(calls.filter((channel) => channel === 'drafts.save')).toHaveLength(1);
  const stored = await studio.drafts.get({ id });
  expect(stored.ok && stored.data.title).toBe('After');
  expect(stored.ok && stored.data.revision).toBe(2);
});

it('saves at once when the field loses focus, without waiting for the pause after typing', async () => {
  const { studio } = startCore({ theme: 'system', autosaveDelaySeconds: 10 });
  const id = await addProgramAndDraft(studio, 'Before');
  const title = await openDraft(studio, id);

  fireEvent.change(title, { target: { value: 'Left the field' } });
  fireEvent.blur(title);
  await waitFor(() => expect(saveStatus()?.textContent).toBe('Saved'), { timeout: 1_000 });
  const stored = await studio.drafts.get({ id });
  expect(stored.ok && stored.data.title).toBe('Left the field');
});

it('keeps the text and says so when a save fails, then saves it at the next try', async () => {
  const { studio, failNext } = startCore();
  const id = await addProgramAndDraft(studio, 'Draft');
  const title = await openDraft(studio, id);

  failNext('drafts.save', { code: 'internal', message: 'The disk is full.' });
  fireEvent.change(title, { target: { value: 'Kept through a failure' } });
  const alert = await screen.findByText(/^Not saved: /, {}, { timeout: 3_000 });
  expect(alert.textContent).toContain('Not saved: The disk is full.');
  expect(alert.textContent).toContain('Your text is kept here');
  expect(title.value).toBe('Kept through a failure');

  fireEvent.change(title, { target: { value: 'Kept through a failure!' } });
  await waitFor(() => expect(saveStatus()?.textContent).toBe('Saved'), { timeout: 3_000 });
  const stored = await studio.drafts.get({ id });
  expect(stored.ok && stored.data.title).toBe('Kept through a failure!');
});

it('never overwrites a save made in another window without asking, and keeps this text when asked to', async () => {
  const { studio } = startCore();
  const id = await addProgramAndDraft(studio, 'Shared');
  const title = await openDraft(studio, id);

  const other = await studio.drafts.get({ id });
  if (!other.ok) throw new Error('The draft could not be read.');
  const { contentType, summary, bodyHtml, linkUrl, topics, images, videos, author, visibility, featured } = other.data;
  const content = { contentType, title: 'From the other window', summary, bodyHtml, linkUrl, topics, images, videos, author, visibility, featured };
  expect((await studio.drafts.save({ id, baseRevision: other.data.revision, content })).ok).toBe(true);

  fireEvent.change(title, { target: { value: 'From this window' } });
  const alert = (await screen.findByText('This draft was saved in another window. Your text is still here.', {}, { timeout: 3_000 })).parentElement!;
  expect(alert.getAttribute('role')).toBe('alert');
  const before = await studio.drafts.get({ id });
  expect(before.ok && before.data.title).toBe('From the other window');

  fireEvent.click(within(alert).getByRole('button', { name: 'Keep my text' }));
  await waitFor(() => expect(saveStatus()?.textContent).toBe('Saved'), { timeout: 3_000 });
  const after = await studio.drafts.get({ id });
  expect(after.ok && after.data.title).toBe('From this window');
});

it('lists what stops a publish, leads to the field, and sends nothing', async () => {
  const { studio, calls } = startCore();
  const id = await addProgramAndDraft(studio, '');
  await openDraft(studio, id);

  fireEvent.click(within(screen.getByRole('group', { name: 'Workflow' })).getByRole('button', { name: 'Publish…' }));
  const dialog = await screen.findByRole('dialog');
  const problems = within(dialog).getByRole('alert');
  expect(within(problems).getAllByRole('button').map((item) => item.textContent)).toEqual([
    'Give the post a title.',
    'Choose at least one topic. Topics are fixed when the post is first sent to Firstup.',
    'The article is empty. Write something before sending it.',
  ]);
  expect(within(dialog).getByRole('button', { name: 'Publish' })).toHaveProperty('disabled', true);

  await act(async () => {
    fireEvent.click(within(problems).getByRole('button', { name: 'Give the post a title.' }));
    await Promise.resolve();
  });
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(document.activeElement).toBe(screen.getByLabelText('Title'));
  expect(calls).not.toContain('drafts.transition');
  expect(calls).not.toContain('drafts.push');
});

it("shows Firstup's own refusal, and leads to the field it names", async () => {
  const { studio, failNext } = startCore();
  const id = await addReadyDraft(studio, 'Ready to go');
  await openDraft(studio, id);

  failNext('drafts.transition', { code: 'validation', message: 'A title is required to publish.', details: { status: 400, field: 'title' } });
  fireEvent.click(within(screen.getByRole('group', { name: 'Workflow' })).getByRole('button', { name: 'Publish…' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish' }));

  const refusal = await screen.findByText(/A title is required to publish\./);
  expect(refusal.getAttribute('role')).toBe('alert');
  fireEvent.click(within(refusal).getByRole('button', { name: 'Show me' }));
  expect(document.activeElement).toBe(screen.getByLabelText('Title'));
});

it('offers to queue a publish Firstup could not take, and the queue holds it for when Firstup answers', async () => {
  const { studio, failNext } = startCore();
  const id = await addReadyDraft(studio, 'Written on the train');
  await openDraft(studio, id);

  failNext('drafts.transition', { code: 'offline', message: 'Firstup could not be reached.', details: { reason: 'unreachable' } });
  fireEvent.click(within(screen.getByRole('group', { name: 'Workflow' })).getByRole('button', { name: 'Publish…' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish' }));
  const refusal = await screen.findByText(/Nothing was sent; your draft is safe here\./);
  fireEvent.click(within(refusal).getByRole('button', { name: 'Send it when Firstup answers' }));

  expect(await screen.findByText(/^Queued: Content Studio sends it as soon as Firstup answers\./)).toBeTruthy();
  const listed = await studio.outbox.list({});
  if (!listed.ok) throw new Error(listed.error.message);
  expect(listed.data.items).toMatchObject([{ draftId: id, action: 'publish', state: 'queued', title: 'Written on the train' }]);
});
