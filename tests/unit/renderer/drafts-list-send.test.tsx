/**
 * "Send to Firstup" on several drafts, against the core's in-process sandbox: progress while it runs, and
 * for each draft what happened (sent, refused, in conflict).
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { DraftsList } from '../../../renderer/drafts-list/DraftsList.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { changedOnBothSides, companyNews, newDraft } from './drafts-list-sandbox.js';
import { data, recordingStudio, renderWithStudio } from './drafts-list-studio.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let recorder: ReturnType<typeof recordingStudio>;
/** Pushes wait here until the test lets each one go. */
let held: (() => void)[];

const rows = () => screen.queryAllByRole('listitem').filter((item) => item.classList.contains('draft-row'));
const row = (title: string) => rows().find((candidate) => candidate.querySelector('.draft-row-title')?.textContent === title)!;
const postsFor = (draftId: string) => harness.sandbox.runtime.state.posts.filter((post) => post.source.post_id === draftId);

beforeAll(async () => {
  harness = await startCoreWithSandbox();
});

afterAll(() => harness.close());

beforeEach(async () => {
  // Each test sends only the drafts it made.
  for (const item of (await data(harness.core, 'drafts.list')).items) await data(harness.core, 'drafts.delete', { id: item.id });
  recorder = recordingStudio(harness.core);
  held = [];
  recorder.wrap('drafts.push', async (_request, real) => {
    await new Promise<void>((release) => held.push(release));
    return real();
  });
});

afterEach(cleanup);

async function selectAllAndSend(count: number) {
  renderWithStudio(recorder.studio, <DraftsList />);
  await waitFor(() => expect(rows()).toHaveLength(count));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Select all drafts shown' }));
  fireEvent.click(screen.getByRole('button', { name: 'Send to Firstup' }));
}

/** Lets the next held push go and waits for the panel to count it. */
async function releaseNext(done: number, total: number) {
  await waitFor(() => expect(held).toHaveLength(done));
  held[done - 1]!();
  if (done < total) await screen.findByRole('heading', { name: `Sending to Firstup: ${done} of ${total}` });
}

it('shows “n of N” as each draft goes, then what happened to each one', async () => {
  const fresh = await newDraft(harness, { title: 'Town hall recap', topics: [companyNews] });
  const noTopics = await newDraft(harness, { title: 'No topics yet' });
  const both = await changedOnBothSides(harness, { title: 'Mine', bodyHtml: '<p>My text</p>' }, { title: 'Theirs', body: '<p>Their text</p>' });

  await selectAllAndSend(3);
  const panel = await screen.findByRole('region', { name: 'Sending to Firstup: 0 of 3' });
  expect(within(panel).getByRole('progressbar')).toMatchObject({ value: 0, max: 3 });
  expect(screen.getByRole('button', { name: 'Send to Firstup' }).getAttribute('aria-disabled')).toBe('true');

  await releaseNext(1, 3);
  expect(within(panel).getByRole('progressbar')).toMatchObject({ value: 1 });
  expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
  await releaseNext(2, 3);
  await releaseNext(3, 3);

  await screen.findByRole('heading', { name: 'Sent 1 of 3 drafts to Firstup' });
  const result = (title: string) => within(panel).getAllByRole('listitem').find((item) => within(item).queryByRole('link', { name: title }))!.textContent;
  expect(result('Town hall recap')).toContain('Sent: it is now a draft post on Firstup.');
  expect(result('No topics yet')).toContain('Choose the topics before the first push: they cannot change afterwards.');
  expect(result('Mine')).toContain('Not sent: the post was changed on Firstup too.');
  expect(recorder.requestsTo('drafts.push')).toEqual([both, noTopics, fresh].map((draft) => ({ id: draft.id })));

  expect(postsFor(fresh.id)).toHaveLength(1);
  expect(postsFor(noTopics.id)).toHaveLength(0);
  expect(postsFor(both.id)[0]?.title).toBe('Theirs');
  await waitFor(() => expect(within(row('Town hall recap')).getByText('In sync')).toBeTruthy());
  expect(within(row('Town hall recap')).getByText('Draft').textContent).toBe('On Firstup: Draft');
  expect(within(row('Mine')).getByText('Conflict')).toBeTruthy();

  fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('region', { name: /Sent 1 of 3/ })).toBeNull();
});

it('stops after the draft in flight when asked, and says how many were not attempted', async () => {
  for (const title of ['One', 'Two', 'Three']) await newDraft(harness, { title, topics: [companyNews] });
  await selectAllAndSend(3);
  await waitFor(() => expect(held).toHaveLength(1));
  fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
  held[0]!();
  await screen.findByRole('heading', { name: 'Sent 1 of 3 drafts to Firstup' });
  expect(screen.getByText('Stopped: 2 not attempted.')).toBeTruthy();
  expect(recorder.requestsTo('drafts.push')).toHaveLength(1);
});
