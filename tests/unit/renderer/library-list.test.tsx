/**
 * The Library's list: which program it reads, what its filters ask the core
 * for, how it pages, and what it says when it cannot read.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRequest } from '../../../shared/ipc/contract.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { defaultSettings } from '../../../shared/settings/settings-schema.js';
import { LibraryScreen } from '../../../renderer/screens/LibraryScreen.js';
import { fakeStudio, pageOf, post, programView, renderWithStudio, SANDBOX_ID, signedInSandbox, STAGING_ID } from './library-fake-studio.js';

const topics = {
  items: [
    { id: 101, name: 'Company News', description: 'Everyone', state: 'published', followerCount: 5000, autoFollow: true, groups: [] },
    { id: 102, name: 'Leadership Updates', description: 'From the top', state: 'published', followerCount: 900, autoFollow: false, groups: [] },
  ],
  page: 1,
  pageSize: 100,
  totalRecords: 2,
  nextCursor: null,
};
const noDrafts = { items: [], nextOffset: null, skipped: 0 };
const posts = Array.from({ length: 45 }, (_, index) => post(5001 + index));

function libraryStudio(contentList: (request: ChannelRequest<'content.list'>) => unknown, programs = [signedInSandbox]) {
  return fakeStudio({
    'programs.list': () => ({ programs }),
    'topics.list': () => topics,
    'drafts.list': () => noDrafts,
    'content.list': contentList as never,
  });
}

const rows = () => within(screen.getByRole('list', { name: 'Posts' })).getAllByRole('listitem');

beforeEach(() => {
  window.history.replaceState(null, '', '/#/library');
});

afterEach(cleanup);

describe('the Library list', () => {
  it('reads the Sandbox program with no filter, then asks for exactly what each filter names', async () => {
    const fake = libraryStudio(({ page }) => pageOf(posts, page?.number ?? 1, page?.size ?? 20, posts.length));
    renderWithStudio(<LibraryScreen />, fake.studio);

    await waitFor(() => expect(rows()).toHaveLength(20));
    expect(fake.requestsTo('content.list')).toEqual([{ programId: SANDBOX_ID, page: { number: 1, size: 20 } }]);
    // Topic names come from topics.list, not ids.
    expect(rows()[0]!.textContent).toContain('Company News');

    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'review' } });
    await waitFor(() => expect(fake.requestsTo('content.list')).toHaveLength(2));
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'link' } });
    await waitFor(() => expect(fake.requestsTo('content.list')).toHaveLength(3));
    fireEvent.change(await screen.findByRole('combobox', { name: 'Topic' }), { target: { value: '102' } });
    await waitFor(() => expect(fake.requestsTo('content.list')).toHaveLength(4));
    fireEvent.change(screen.getByLabelText('State'), { target: { value: '' } });
    await waitFor(() => expect(fake.requestsTo('content.list')).toHaveLength(5));

    expect(fake.requestsTo('content.list').slice(1)).toEqual([
      { programId: SANDBOX_ID, state: ['review'], page: { number: 1, size: 20 } },
      { programId: SANDBOX_ID, state: ['review'], contentType: ['link'], page: { number: 1, size: 20 } },
      { programId: SANDBOX_ID, state: ['review'], contentType: ['link'], topicIds: [102], page: { number: 1, size: 20 } },
      { programId: SANDBOX_ID, contentType: ['link'], topicIds: [102], page: { number: 1, size: 20 } },
    ]);
  });

  it('reads the default program from the settings rather than the Sandbox, and another once it is picked', async () => {
    const staging = programView(STAGING_ID, 'Staging', 'signed_in');
    const fake = libraryStudio(() => pageOf([post(7001)], 1, 20, 1), [signedInSandbox, staging]);
    renderWithStudio(<LibraryScreen />, fake.studio, { ...defaultSettings, defaultProgramId: STAGING_ID });

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByLabelText<HTMLSelectElement>('Program').value).toBe(STAGING_ID);
    expect(fake.requestsTo('content.list').map((request) => request.programId)).toEqual([STAGING_ID]);

    fireEvent.change(screen.getByLabelText('Program'), { target: { value: SANDBOX_ID } });
    await waitFor(() => expect(fake.requestsTo('content.list').map((request) => request.programId)).toEqual([STAGING_ID, SANDBOX_ID]));
  });

  it('pages with "Load more" until the total is reached, saying how many of how many are shown', async () => {
    const fake = libraryStudio(({ page }) => pageOf(posts, page?.number ?? 1, page?.size ?? 20, posts.length));
    renderWithStudio(<LibraryScreen />, fake.studio);

    expect(await screen.findByText('Showing 20 of 45 posts')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 40 of 45 posts')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('45 posts')).toBeTruthy();

    expect(rows()).toHaveLength(45);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(fake.requestsTo('content.list').map((request) => request.page?.number)).toEqual([1, 2, 3]);
  });

  it('without a total, a full page means more and a short one means the end', async () => {
    const fake = libraryStudio(({ page }) => pageOf(posts, page?.number ?? 1, page?.size ?? 20, null));
    renderWithStudio(<LibraryScreen />, fake.studio);

    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(40));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(45));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('stops when a server answers the same page again (cursor paging the request cannot follow)', async () => {
    const fake = libraryStudio(() => ({ ...pageOf(posts, 1, 20, null), nextCursor: 'opaque' }));
    renderWithStudio(<LibraryScreen />, fake.studio);

    await waitFor(() => expect(rows()).toHaveLength(20));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull());
    expect(rows()).toHaveLength(20);
  });

  it('offline, says the Library needs a connection and that drafts still work, and Retry reads again', async () => {
    let failing = true;
    const fake = libraryStudio(({ page }) => {
      if (failing) throw new StudioError('offline', "Can't reach Firstup.");
      return pageOf(posts, page?.number ?? 1, 20, posts.length);
    });
    renderWithStudio(<LibraryScreen />, fake.studio);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Firstup cannot be reached; the Library needs a connection. Your drafts still work offline.');
    failing = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(rows()).toHaveLength(20));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a program that is not signed in is not read; it says so and leads to Settings → Programs', async () => {
    const fake = libraryStudio(() => pageOf(posts, 1, 20, posts.length), [programView(SANDBOX_ID, 'Sandbox Program', 'signed_out', true)]);
    renderWithStudio(<LibraryScreen />, fake.studio);

    expect(await screen.findByText(/You are not signed in to “Sandbox Program”\. The Library reads posts from Firstup, so sign in first\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open Settings → Programs to sign in' }));
    expect(window.location.hash).toBe('#/settings');
    expect(fake.requestsTo('content.list')).toEqual([]);
  });

  it('says when no post matches the filters', async () => {
    const fake = libraryStudio(({ state }) => (state === undefined ? pageOf(posts, 1, 20, posts.length) : pageOf([], 1, 20, 0)));
    renderWithStudio(<LibraryScreen />, fake.studio);
    await waitFor(() => expect(rows()).toHaveLength(20));

    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'archived' } });
    expect(await screen.findByText('No posts match these filters. Choose “Any” in a filter to see more.')).toBeTruthy();
  });
});
