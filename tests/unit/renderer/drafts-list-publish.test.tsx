/**
 * "Publish…" on selected drafts, over a core that sends to its in-process
 * sandbox: every draft is checked first, the person sees what each refused
 * one needs, only the ready ones are queued, and the queue publishes them.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { DraftsList } from '../../../renderer/drafts-list/DraftsList.js';
import { SANDBOX_PROGRAM_ID } from '../../../electron/core/sandbox-program/sandbox-program.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { data, recordingStudio, renderWithStudio } from './drafts-list-studio.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let recorder: ReturnType<typeof recordingStudio>;

const rows = () => screen.queryAllByRole('listitem').filter((item) => item.classList.contains('draft-row'));
const NEWS = [{ id: 101, name: 'Company News' }];

beforeAll(async () => {
  harness = await startCoreWithSandbox({ runOutbox: true });
});
afterAll(() => harness.close());
beforeEach(async () => {
  for (const item of (await data(harness.core, 'drafts.list')).items) await data(harness.core, 'drafts.delete', { id: item.id });
  recorder = recordingStudio(harness.core);
});
afterEach(cleanup);

async function openPublish(count: number) {
  renderWithStudio(recorder.studio, <DraftsList />);
  await waitFor(() => expect(rows()).toHaveLength(count));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Select all drafts shown' }));
  fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
  return screen.getByRole('region', { name: `Publish ${count} drafts` });
}

it('checks every draft, lists what the others need, queues only the ready ones, and the queue publishes each once', async () => {
  const ready = await Promise.all(
    ['Canteen menu', 'Parking rules'].map((title) => data(harness.core, 'drafts.create', { programId: SANDBOX_PROGRAM_ID, title, bodyHtml: `<p>${title}</p>`, topics: NEWS })),
  );
  const unfinished = await data(harness.core, 'drafts.create', { programId: SANDBOX_PROGRAM_ID, title: 'Half an idea', bodyHtml: '' });

  const panel = await openPublish(3);
  fireEvent.click(within(panel).getByRole('button', { name: 'Check 3 drafts' }));
  const checked = await screen.findByRole('region', { name: '2 of 3 drafts ready' });
  expect(document.activeElement).toBe(within(checked).getByRole('heading', { name: '2 of 3 drafts ready' }));
  const refusals = within(checked).getByRole('list', { name: 'Drafts that need work first' });
  expect(within(refusals).getByRole('link', { name: 'Half an idea' })).toBeTruthy();
  expect(refusals.textContent).toContain('Choose at least one topic.');
  expect(refusals.textContent).toContain('The article is empty.');
  // The check queued nothing.
  expect((await data(harness.core, 'outbox.summary')).total).toBe(0);

  fireEvent.click(within(checked).getByRole('button', { name: 'Queue the 2 drafts that are ready' }));
  const queued = await screen.findByRole('region', { name: 'Queued 2 posts' });
  expect(within(queued).getByRole('button', { name: 'Open the Queue' })).toBeTruthy();
  const enqueued = recorder.requestsTo('outbox.enqueue') as { draftIds: string[]; action: string }[];
  expect(enqueued).toHaveLength(1);
  expect(enqueued[0]!.action).toBe('publish');
  expect([...enqueued[0]!.draftIds].sort()).toEqual(ready.map((draft) => draft.id).sort());

  await waitFor(async () => expect((await data(harness.core, 'outbox.summary')).counts.done).toBe(2), { timeout: 15_000 });
  const { items } = await data(harness.core, 'outbox.list', {});
  for (const draft of ready) {
    const job = items.find((candidate: { draftId: string }) => candidate.draftId === draft.id);
    expect(harness.sandbox.runtime.state.posts.filter((post) => post.source.post_id === job.id)).toMatchObject([{ title: draft.title, state: 'published' }]);
  }
  expect(items.some((job: { draftId: string }) => job.draftId === unfinished.id)).toBe(false);
});

it('schedules only for a time to come, and says the app must be running then', async () => {
  await data(harness.core, 'drafts.create', { programId: SANDBOX_PROGRAM_ID, title: 'Monday memo', bodyHtml: '<p>Memo</p>', topics: NEWS });
  renderWithStudio(recorder.studio, <DraftsList />);
  await waitFor(() => expect(rows()).toHaveLength(1));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Select all drafts shown' }));
  fireEvent.click(screen.getByRole('button', { name: 'Publish…' }));
  const panel = screen.getByRole('region', { name: 'Publish 1 draft' });
  fireEvent.click(within(panel).getByRole('radio', { name: /Publish at a time/ }));
  const time = within(panel).getByLabelText('Publish at');
  fireEvent.change(time, { target: { value: '2020-01-01T09:00' } });
  expect(within(panel).getByText('Choose a time in the future.')).toBeTruthy();
  expect(within(panel).getByRole('button', { name: 'Check 1 draft' }).getAttribute('aria-disabled')).toBe('true');

  fireEvent.change(time, { target: { value: '2099-06-01T09:30' } });
  fireEvent.click(within(panel).getByRole('button', { name: 'Check 1 draft' }));
  const checked = await screen.findByRole('region', { name: '1 of 1 draft ready' });
  expect(checked.textContent).toContain('It must be running then');
  fireEvent.click(within(checked).getByRole('button', { name: 'Queue all 1 draft' }));
  await screen.findByRole('region', { name: 'Queued 1 post' });
  expect(recorder.requestsTo('outbox.enqueue')).toEqual([{ draftIds: [expect.any(String)], action: 'schedule', scheduledAt: new Date('2099-06-01T09:30').getTime() }]);
});
