/**
 * Working with drafts in the list, against the real core offline: the keyboard, selection, the trash and
 * its Undo, moving, exporting, a new draft and importing files.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftsList } from '../../../renderer/drafts-list/DraftsList.js';
import { createTestCore } from '../../support/test-core.js';
import { data, recordingStudio, renderWithStudio } from './drafts-list-studio.js';

let harness: ReturnType<typeof createTestCore>;
let recorder: ReturnType<typeof recordingStudio>;
let eu: string;
let staging: string;
const ids: Record<string, string> = {};

const core = () => harness.core;
const rows = () => screen.queryAllByRole('listitem').filter((item) => item.classList.contains('draft-row'));
const rowTitles = () => rows().map((row) => row.querySelector('.draft-row-title')?.textContent);
const row = (title: string) => rows().find((candidate) => candidate.querySelector('.draft-row-title')?.textContent === title)!;
const checkbox = (title: string) => screen.getByRole<HTMLInputElement>('checkbox', { name: `Select “${title}”` });
const titleLink = (title: string) => within(row(title)).getByRole('link', { name: title });
const status = () => document.querySelector('.status-line-text')!.textContent;

async function renderList() {
  renderWithStudio(recorder.studio, <DraftsList />);
  await waitFor(() => expect(rows()).not.toHaveLength(0));
}

beforeEach(async () => {
  window.location.hash = '#/drafts';
  harness = createTestCore();
  recorder = recordingStudio(harness.core);
  const add = (displayName: string) =>
    data(core(), 'programs.add', { displayName, location: { kind: 'region', region: 'eu' }, signIn: { kind: 'user', clientId: 'studio' } });
  eu = (await add('Acme EU')).program.id;
  staging = (await add('Acme staging')).program.id;
  for (const title of ['Staging notes', 'Office move', 'Benefits enrolment']) {
    ids[title] = (await data(core(), 'drafts.create', { programId: eu, title, bodyHtml: `<p>${title} in full.</p>` })).id;
  }
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the keyboard', () => {
  it('makes the list one Tab stop; arrows, Home and End move, Space selects', async () => {
    await renderList();
    const links = rows().map((item) => within(item).getByRole('link'));
    expect(links.map((link) => link.tabIndex)).toEqual([0, -1, -1]);

    links[0]!.focus();
    fireEvent.keyDown(links[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(titleLink('Office move'));
    expect(titleLink('Office move').tabIndex).toBe(0);

    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(checkbox('Office move').checked).toBe(true);
    expect(screen.getByText('1 selected')).toBeTruthy();

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(titleLink('Staging notes'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(titleLink('Staging notes'));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(titleLink('Benefits enrolment'));
    fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(screen.getByText('2 selected')).toBeTruthy();
  });

  it('opens a draft from its title (#/drafts/<id>)', async () => {
    await renderList();
    fireEvent.click(titleLink('Office move'));
    expect(window.location.hash).toBe(`#/drafts/${ids['Office move']}`);
  });
});

describe('the trash', () => {
  it('does nothing while nothing is selected', async () => {
    await renderList();
    const trash = screen.getByRole('button', { name: 'Move to trash' });
    expect(trash.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(trash);
    expect(recorder.requestsTo('drafts.delete')).toEqual([]);
  });

  it('moves every selected draft to the trash, and Undo brings exactly those back', async () => {
    await renderList();
    fireEvent.click(checkbox('Office move'));
    fireEvent.click(checkbox('Staging notes'));
    fireEvent.click(screen.getByRole('button', { name: 'Move to trash' }));

    await waitFor(() => expect(rowTitles()).toEqual(['Benefits enrolment']));
    expect(status()).toBe('Moved 2 drafts to the trash.');
    expect(recorder.requestsTo('drafts.delete')).toEqual([{ id: ids['Office move'] }, { id: ids['Staging notes'] }]);
    expect((await data(core(), 'drafts.list', { trashed: true })).items.map((item: any) => item.title).sort()).toEqual(['Office move', 'Staging notes']);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(status()).toBe('Restored 2 drafts from the trash.');
    expect(recorder.requestsTo('drafts.restoreFromTrash')).toEqual([{ id: ids['Office move'] }, { id: ids['Staging notes'] }]);
    expect((await data(core(), 'drafts.list', { trashed: true })).items).toEqual([]);
  });

  it('selects every draft shown with one checkbox', async () => {
    await renderList();
    const all = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all drafts shown' });
    fireEvent.click(checkbox('Office move'));
    expect(all.indeterminate).toBe(true);
    fireEvent.click(all);
    expect(screen.getByText('3 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Move to trash' }));
    await screen.findByRole('heading', { name: 'No drafts yet' });
    expect(status()).toBe('Moved 3 drafts to the trash.');
  });

  it('lists trashed drafts in the Trash view, each with Restore', async () => {
    await data(core(), 'drafts.delete', { id: ids['Office move'] });
    await renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Trash' }));
    await waitFor(() => expect(rowTitles()).toEqual(['Office move']));
    expect(recorder.requestsTo('drafts.list').at(-1)).toEqual({ offset: 0, limit: 50, trashed: true });
    expect(screen.queryByRole('searchbox')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Restore “Office move”' }));
    await screen.findByRole('heading', { name: 'The trash is empty' });
    expect(status()).toBe('Restored “Office move” from the trash.');

    fireEvent.click(screen.getByRole('button', { name: 'Back to drafts' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
  });
});

describe('moving to another program', () => {
  it('explains that copies lose their Firstup link, then moves each selected draft', async () => {
    await renderList();
    fireEvent.click(checkbox('Office move'));
    fireEvent.click(await screen.findByRole('button', { name: 'Move to program…' }));
    const panel = screen.getByRole('region', { name: 'Move 1 draft to another program' });
    expect(panel.textContent).toContain('The copies lose their link to Firstup');

    fireEvent.click(within(panel).getByRole('button', { name: 'Move' }));
    expect(recorder.requestsTo('drafts.moveToProgram')).toEqual([]);

    fireEvent.click(within(panel).getByRole('radio', { name: 'Acme staging' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Move' }));
    await screen.findByRole('heading', { name: 'Moved 1 of 1 draft' });
    expect(recorder.requestsTo('drafts.moveToProgram')).toEqual([{ id: ids['Office move'], programId: staging }]);
    await waitFor(() => expect(row('Office move').querySelector('.draft-row-facts')?.textContent).toBe('ArticleAcme staging'));
    expect(screen.getByText('3 drafts, last changed first')).toBeTruthy();
  });
});

describe('exporting', () => {
  it('downloads one file per selected draft in the format chosen', async () => {
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => `blob:studio/${blobs.push(blob)}`, revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    await renderList();
    fireEvent.click(checkbox('Office move'));
    fireEvent.click(checkbox('Benefits enrolment'));
    fireEvent.click(screen.getByRole('button', { name: 'Export…' }));
    fireEvent.click(screen.getByRole('radio', { name: /HTML/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));

    await screen.findByRole('heading', { name: 'Exported 2 of 2 drafts' });
    expect(recorder.requestsTo('drafts.export')).toEqual([
      { id: ids['Benefits enrolment'], format: 'html' },
      { id: ids['Office move'], format: 'html' },
    ]);
    expect(downloads).toEqual([expect.stringMatching(/\.html blob:studio\/1$/), expect.stringMatching(/\.html blob:studio\/2$/)]);
    expect(blobs[0]!.type).toBe('text/html;charset=utf-8');
    expect(await blobs[1]!.text()).toContain('Office move in full.');
  });
});

describe('a new draft', () => {
  it('is made in the default program and opened', async () => {
    await data(core(), 'settings.set', { defaultProgramId: staging });
    await renderList();
    fireEvent.click(screen.getByRole('button', { name: 'New draft' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/drafts\/[0-9a-f-]{36}$/));
    expect(recorder.requestsTo('drafts.create')).toEqual([{ programId: staging }]);
    const created = await data(core(), 'drafts.get', { id: window.location.hash.slice('#/drafts/'.length) });
    expect(created).toMatchObject({ programId: staging, title: '', contentType: 'article' });
  });

  it('says what to do when there is no program to put it in', async () => {
    harness = createTestCore();
    recorder = recordingStudio(harness.core);
    renderWithStudio(recorder.studio, <DraftsList />);
    await screen.findByRole('heading', { name: 'No drafts yet' });
    fireEvent.click(screen.getByRole('button', { name: 'New draft' }));
    await waitFor(() => expect(status()).toBe('The new draft could not be created. There is no program to write for. Add one in Settings → Programs.'));
    expect(recorder.requestsTo('drafts.create')).toEqual([]);
    expect(window.location.hash).toBe('#/drafts');
  });
});

describe('importing', () => {
  it('turns each file into a draft and says why the others did not', async () => {
    await data(core(), 'settings.set', { defaultProgramId: eu });
    await renderList();
    const files = [
      new File(['# Quarterly plan\n\nWe will **grow**.'], 'plan.md', { type: 'text/markdown' }),
      new File(['just text'], 'notes.txt', { type: 'text/plain' }),
      new File(['<h1>Town hall</h1><p>Questions welcome.</p>'], 'town-hall.html', { type: 'text/html' }),
    ];
    fireEvent.change(screen.getByLabelText('Markdown or HTML files to import'), { target: { files } });

    const results = await screen.findByRole('region', { name: 'Imported 2 of 3 files' });
    const items = within(results).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/plan\.mdBecame a draft\./),
      expect.stringMatching(/notes\.txtNot imported: "\.txt" files cannot be imported/),
      expect.stringMatching(/town-hall\.htmlBecame a draft\./),
    ]);
    const [request] = recorder.requestsTo('drafts.import') as any[];
    expect(request.programId).toBe(eu);
    expect(request.files.map((file: any) => [file.name, atob(file.contentBase64)])).toEqual([
      ['plan.md', '# Quarterly plan\n\nWe will **grow**.'],
      ['notes.txt', 'just text'],
      ['town-hall.html', '<h1>Town hall</h1><p>Questions welcome.</p>'],
    ]);
    await waitFor(() => expect(rowTitles()).toEqual(expect.arrayContaining(['Quarterly plan', 'Town hall'])));

    fireEvent.click(within(results).getByRole('link', { name: 'plan.md' }));
    expect(window.location.hash).toMatch(/^#\/drafts\/[0-9a-f-]{36}$/);
  });

  it('refuses a file too big to be a draft without sending it', async () => {
    await data(core(), 'settings.set', { defaultProgramId: eu });
    await renderList();
    const big = new File(['x'.repeat(5 * 1024 * 1024 + 1)], 'huge.md');
    fireEvent.change(screen.getByLabelText('Markdown or HTML files to import'), { target: { files: [big] } });
    const results = await screen.findByRole('region', { name: 'Imported 0 of 1 file' });
    expect(results.textContent).toContain('huge.mdNot imported: The file is 5.0 MB; drafts can hold at most 5 MB.');
    expect(recorder.requestsTo('drafts.import')).toEqual([]);
  });
});
