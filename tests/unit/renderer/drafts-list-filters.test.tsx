/**
 * The Drafts list against the real core, offline: two programs that are not signed in (so topics come from
 * the drafts themselves), drafts made through the channels. What the core receives for each filter, search
 * and page, and what the person sees.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftsList } from '../../../renderer/drafts-list/DraftsList.js';
import { createTestCore } from '../../support/test-core.js';
import { data, recordingStudio, renderWithStudio } from './drafts-list-studio.js';

let harness: ReturnType<typeof createTestCore>;
let recorder: ReturnType<typeof recordingStudio>;
let eu: string;
let staging: string;

const core = () => harness.core;
const select = (label: string) => screen.getByLabelText<HTMLSelectElement>(label);
const choose = (label: string, option: string) => {
  const field = select(label);
  const value = [...field.options].find((candidate) => candidate.text === option)?.value;
  if (value === undefined) throw new Error(`“${label}” has no option “${option}”: ${[...field.options].map((o) => o.text).join(', ')}`);
  fireEvent.change(field, { target: { value } });
};
const rows = () => screen.queryAllByRole('listitem').filter((item) => item.classList.contains('draft-row'));
const rowTitles = () => rows().map((row) => row.querySelector('.draft-row-title')?.textContent);
const lastListRequest = () => recorder.requestsTo('drafts.list').at(-1);

async function renderList() {
  renderWithStudio(recorder.studio, <DraftsList />);
  await waitFor(() => expect(screen.queryByText('Reading your drafts…')).toBeNull());
}

beforeEach(async () => {
  harness = createTestCore();
  recorder = recordingStudio(harness.core);
  const add = (displayName: string) =>
    data(core(), 'programs.add', { displayName, location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'studio' } });
  eu = (await add('Acme EU')).program.id;
  staging = (await add('Acme staging')).program.id;
  await data(core(), 'drafts.create', { programId: staging, title: 'Staging notes', contentType: 'image' });
  await data(core(), 'drafts.create', { programId: eu, title: 'Office move', contentType: 'link', summary: 'We move to the fourth floor in May.' });
  await data(core(), 'drafts.create', { programId: eu, title: 'Benefits enrolment', bodyHtml: '<p>Open enrolment starts Monday.</p>', topics: [{ id: 7, name: 'HR' }] });
});

afterEach(cleanup);

describe('the list', () => {
  it('shows drafts last changed first, each with its type, topics, program, time and where it stands', async () => {
    await renderList();
    expect(rowTitles()).toEqual(['Benefits enrolment', 'Office move', 'Staging notes']);
    expect(lastListRequest()).toEqual({ offset: 0, limit: 50 });

    const [benefits, office] = rows();
    expect(within(benefits!).getByRole('link', { name: 'Benefits enrolment' }).getAttribute('href')).toMatch(/^#\/drafts\/[0-9a-f-]{36}$/);
    await waitFor(() => expect(benefits!.querySelector('.draft-row-facts')?.textContent).toBe('ArticleHRAcme EU'));
    expect(within(benefits!).getByText('Local only').getAttribute('title')).toBe('Only on this computer: it has never been sent to Firstup.');
    const time = benefits!.querySelector('time')!;
    expect(time.textContent).toBe('just now');
    expect(time.getAttribute('title')).toMatch(/\d/);
    expect(within(office!).getByText('We move to the fourth floor in May.')).toBeTruthy();
    expect(screen.getByText('3 drafts, last changed first')).toBeTruthy();
  });

  it('says “Untitled draft” for a draft with no title yet', async () => {
    await data(core(), 'drafts.create', { programId: eu });
    await renderList();
    expect(rowTitles()[0]).toBe('Untitled draft');
  });

  it('shows a draft made elsewhere without being asked (drafts.changed)', async () => {
    await renderList();
    await data(core(), 'drafts.create', { programId: eu, title: 'Made in another window' });
    await waitFor(() => expect(rowTitles()[0]).toBe('Made in another window'));
  });

  it('teaches what to do when there are no drafts at all', async () => {
    harness = createTestCore();
    recorder = recordingStudio(harness.core);
    await renderList();
    expect(screen.getByRole('heading', { name: 'No drafts yet' })).toBeTruthy();
    expect(screen.getByText(/Start one with/).textContent).toContain('Import…');
  });
});

describe('filters', () => {
  it('sends each chosen filter to drafts.list, and only the ones chosen', async () => {
    await renderList();

    choose('Type', 'Link');
    await waitFor(() => expect(rowTitles()).toEqual(['Office move']));
    expect(lastListRequest()).toEqual({ offset: 0, limit: 50, contentType: 'link' });

    choose('Type', 'Any type');
    choose('State on Firstup', 'Not sent yet');
    await waitFor(() => expect(lastListRequest()).toEqual({ offset: 0, limit: 50, remoteState: 'none' }));
    await waitFor(() => expect(rows()).toHaveLength(3));

    choose('State on Firstup', 'Published');
    await waitFor(() => expect(lastListRequest()).toEqual({ offset: 0, limit: 50, remoteState: 'published' }));
    await screen.findByRole('heading', { name: 'No drafts match' });

    choose('State on Firstup', 'Any state');
    choose('Sync', 'Changed on Firstup');
    await waitFor(() => expect(lastListRequest()).toEqual({ offset: 0, limit: 50, syncStatus: 'changed_remotely' }));
    choose('Sync', 'Local only');
    await waitFor(() => expect(lastListRequest()).toEqual({ offset: 0, limit: 50, syncStatus: 'local_only' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
  });

  it('asks for a program before a topic (topic ids belong to a program), then filters by it, offline from the drafts’ own topic names', async () => {
    await renderList();
    expect(select('Topic').disabled).toBe(true);

    await screen.findByLabelText('Program');
    choose('Program', 'Acme EU');
    await waitFor(() => expect(lastListRequest()).toEqual({ offset: 0, limit: 50, programId: eu }));
    await waitFor(() => expect(rowTitles()).toEqual(['Benefits enrolment', 'Office move']));
    expect(select('Topic').disabled).toBe(false);

    choose('Topic', 'HR');
    await waitFor(() => expect(lastListRequest()).toEqual({ offset: 0, limit: 50, programId: eu, topicId: 7 }));
    await waitFor(() => expect(rowTitles()).toEqual(['Benefits enrolment']));

    choose('Program', 'Acme staging');
    await waitFor(() => expect(lastListRequest()).toEqual({ offset: 0, limit: 50, programId: staging }));
    await waitFor(() => expect(rowTitles()).toEqual(['Staging notes']));
  });

  it('clears every filter from the empty state', async () => {
    await renderList();
    choose('Sync', 'Conflict');
    fireEvent.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(lastListRequest()).toEqual({ offset: 0, limit: 50 });
    expect(select('Sync').value).toBe('');
  });
});

describe('search', () => {
  it('waits for typing to pause, asks drafts.search once, and shows the matches', async () => {
    await renderList();
    const field = screen.getByRole('searchbox', { name: 'Search drafts' });
    for (const text of ['e', 'en', 'enr', 'enrol']) fireEvent.change(field, { target: { value: text } });
    await waitFor(() => expect(rowTitles()).toEqual(['Benefits enrolment']));
    expect(recorder.requestsTo('drafts.search')).toEqual([{ query: 'enrol', limit: 100 }]);
    expect(screen.getByRole('region', { name: 'Search results' })).toBeTruthy();
  });

  it('finds words in the text and summary, narrows by the filters, and offers to clear when nothing matches', async () => {
    await renderList();
    const field = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search drafts' });
    fireEvent.change(field, { target: { value: 'floor ' } });
    await waitFor(() => expect(rowTitles()).toEqual(['Office move']));

    choose('Type', 'Article');
    await screen.findByRole('heading', { name: 'No drafts match' });
    expect(recorder.requestsTo('drafts.search').at(-1)).toEqual({ query: 'floor ', limit: 100 });

    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(field.value).toBe('');
  });

  it('clears the search with Escape', async () => {
    await renderList();
    const field = screen.getByRole('searchbox', { name: 'Search drafts' });
    fireEvent.change(field, { target: { value: 'zzzz ' } });
    await screen.findByRole('heading', { name: 'No drafts match' });
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(rows()).toHaveLength(3));
  });
});

describe('paging', () => {
  it('shows 50 drafts, then the next ones with Load more', async () => {
    for (let index = 0; index < 52; index += 1) await data(core(), 'drafts.create', { programId: eu, title: `Note ${index}` });
    await renderList();
    expect(rows()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(55));
    expect(lastListRequest()).toEqual({ offset: 50, limit: 50 });
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(rowTitles().at(-1)).toBe('Staging notes');
  });
});

describe('the drafts database', () => {
  it('says once, prominently, when a damaged database was set aside', async () => {
    const message = 'The drafts database was damaged; it was set aside and the backup from this morning restored.';
    recorder.wrap('drafts.storeStatus', () => Promise.resolve({ ok: true, data: { restoredFromBackup: true, movedAsideTo: '/tmp/x', message } }));
    await renderList();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    fireEvent.click(within(alert).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByText(message)).toBeNull();

    cleanup();
    await renderList();
    expect(screen.queryByText(message)).toBeNull();
  });

  it('says how many drafts could not be read', async () => {
    recorder.wrap('drafts.list', async (_request, real) => {
      const answer = await real();
      return answer.ok ? { ok: true, data: { ...(answer.data as object), skipped: 2 } } : answer;
    });
    await renderList();
    expect(screen.getByText(/2 drafts could not be read and are not shown/)).toBeTruthy();
  });
});
