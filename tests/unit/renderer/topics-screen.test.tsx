/**
 * The Topics screen: every topic read page after page, searched, created
 * with inline validation, refused by the server with the reason in place,
 * and renamed in place.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TopicView } from '../../../shared/firstup/firstup-views.js';
import type { ChannelRequest } from '../../../shared/ipc/contract.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { TopicsScreen } from '../../../renderer/screens/TopicsScreen.js';
import { fakeStudio, pageOf, renderWithStudio, SANDBOX_ID, signedInSandbox } from './library-fake-studio.js';

const topic = (id: number, name: string, followerCount: number | null = 10, state = 'published'): TopicView => ({
  id,
  name,
  description: `Posts about ${name.toLowerCase()}.`,
  state,
  followerCount,
  autoFollow: false,
  groups: [],
});

/** 150 topics, so the list takes two pages of 100. */
const manyTopics = [topic(101, 'Company News', 5000), topic(102, 'Old Intranet', 12, 'archived'), ...Array.from({ length: 148 }, (_, index) => topic(200 + index, `Team ${String(index).padStart(3, '0')}`))];

interface Options {
  create?: (request: ChannelRequest<'topics.create'>) => TopicView;
  update?: (request: ChannelRequest<'topics.update'>) => TopicView;
}

function topicsStudio({ create, update }: Options = {}) {
  return fakeStudio({
    'programs.list': () => ({ programs: [signedInSandbox] }),
    'topics.list': ({ page }) => pageOf(manyTopics, page?.number ?? 1, page?.size ?? 20, manyTopics.length),
    ...(create === undefined ? {} : { 'topics.create': create }),
    ...(update === undefined ? {} : { 'topics.update': update }),
  });
}

const topicList = () => screen.getByRole('list', { name: 'All topics' });
const topicItem = (name: string) => within(topicList()).getByRole('listitem', { name });
const type = (container: HTMLElement, label: string, value: string) => fireEvent.change(within(container).getByLabelText(label), { target: { value } });

async function openNewTopicForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'New topic' }));
  return screen.getByRole('form', { name: 'New topic' });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/#/topics');
});

afterEach(cleanup);

describe('the Topics screen', () => {
  it('reads every page of topics and lists them with their state and follower count', async () => {
    const fake = topicsStudio();
    renderWithStudio(<TopicsScreen />, fake.studio);

    expect(await screen.findByText('150 topics')).toBeTruthy();
    expect(within(topicList()).getAllByRole('listitem')).toHaveLength(150);
    expect(fake.requestsTo('topics.list')).toEqual([
      { programId: SANDBOX_ID, page: { number: 1, size: 100 } },
      { programId: SANDBOX_ID, page: { number: 2, size: 100 } },
    ]);
    expect(topicItem('Company News').textContent).toContain('5,000 followers');
    expect(topicItem('Old Intranet').textContent).toContain('Archived');
  });

  it('search narrows the list by name or description, and says how many match', async () => {
    renderWithStudio(<TopicsScreen />, topicsStudio().studio);
    await screen.findByText('150 topics');

    fireEvent.change(screen.getByLabelText('Search topics'), { target: { value: 'company' } });
    expect(screen.getByText('1 of 150 topics match “company”')).toBeTruthy();
    expect(within(topicList()).getAllByRole('listitem').map((item) => item.querySelector('h3')?.textContent)).toEqual(['Company News']);

    // Every word must match, in the name or the description ("Posts about team 147.").
    fireEvent.change(screen.getByLabelText('Search topics'), { target: { value: 'ABOUT team 147' } });
    expect(within(topicList()).getAllByRole('listitem').map((item) => item.querySelector('h3')?.textContent)).toEqual(['Team 147']);

    fireEvent.change(screen.getByLabelText('Search topics'), { target: { value: 'nothing like this' } });
    expect(screen.getByText('No topic matches this search.')).toBeTruthy();
  });

  it('checks a new topic before sending it: both fields required, name ≤ 30, description ≤ 500', async () => {
    const fake = topicsStudio({ create: ({ name, description }) => ({ ...topic(900, name), description }) });
    renderWithStudio(<TopicsScreen />, fake.studio);
    await screen.findByText('150 topics');
    const form = await openNewTopicForm();
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));

    fireEvent.click(within(form).getByRole('button', { name: 'Create topic' }));
    expect(form.textContent).toContain('Enter a name for the topic.');
    expect(form.textContent).toContain('Enter a description: it tells people what the topic is for.');
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));

    type(form, 'Name', 'A name that is far too long for a topic');
    type(form, 'Description', 'x'.repeat(501));
    expect(form.textContent).toContain('Use at most 30 characters for the name (this one has 39).');
    expect(form.textContent).toContain('Use at most 500 characters for the description (this one has 501).');
    expect(form.textContent).toContain('501 of 500 characters');
    fireEvent.click(within(form).getByRole('button', { name: 'Create topic' }));
    expect(fake.requestsTo('topics.create')).toEqual([]);

    type(form, 'Name', '  Launch Week  ');
    type(form, 'Description', 'Everything about launch week.');
    expect(within(form).getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Create topic' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'New topic' })).toBeNull());
    expect(fake.requestsTo('topics.create')).toEqual([{ programId: SANDBOX_ID, name: 'Launch Week', description: 'Everything about launch week.' }]);
    expect(topicItem('Launch Week')).toBeTruthy();
    expect(screen.getByText('151 topics')).toBeTruthy();
    expect(screen.getByText('Created the topic “Launch Week”.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New topic' }));
  });

  it('says plainly that managing topics needs the program manager role when Firstup refuses with 403', async () => {
    const fake = topicsStudio({
      create: () => {
        throw new StudioError('forbidden', 'Firstup refused: this action needs the publisher role or higher in this program.', { status: 403 });
      },
    });
    renderWithStudio(<TopicsScreen />, fake.studio);
    await screen.findByText('150 topics');
    const form = await openNewTopicForm();
    type(form, 'Name', 'Launch Week');
    type(form, 'Description', 'Everything about launch week.');
    fireEvent.click(within(form).getByRole('button', { name: 'Create topic' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(
      'Managing topics needs the program manager role in this program. Ask a program manager to make this change, or sign in as one under Settings → Programs.',
    );
    // What was typed stays, to try again as someone else.
    expect(within(form).getByLabelText<HTMLInputElement>('Name').value).toBe('Launch Week');
  });

  it('shows a name Firstup refuses (already taken) next to the name field', async () => {
    const refusal = 'name: topic 101 is already called "Company News"; names are unique among topics that are not archived.';
    const fake = topicsStudio({
      create: () => {
        throw new StudioError('validation', refusal, { status: 400, field: 'name' });
      },
    });
    renderWithStudio(<TopicsScreen />, fake.studio);
    await screen.findByText('150 topics');
    const form = await openNewTopicForm();
    type(form, 'Name', 'company news');
    type(form, 'Description', 'Duplicate.');
    fireEvent.click(within(form).getByRole('button', { name: 'Create topic' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toBe(`Firstup refused: ${refusal}`);
    const name = within(form).getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.activeElement).toBe(name);

    type(form, 'Name', 'Company News 2');
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('renames a topic in place, sending only what changed', async () => {
    const fake = topicsStudio({ update: ({ topicId, name }) => ({ ...topic(topicId, name ?? 'unchanged', 5000) }) });
    renderWithStudio(<TopicsScreen />, fake.studio);
    await screen.findByText('150 topics');

    fireEvent.click(within(topicItem('Company News')).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit “Company News”' });
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Description').value).toBe('Posts about company news.');
    type(form, 'Name', 'Company Newsroom');
    fireEvent.click(within(form).getByRole('button', { name: 'Save topic' }));

    await waitFor(() => expect(within(topicList()).queryByRole('listitem', { name: 'Company News' })).toBeNull());
    expect(fake.requestsTo('topics.update')).toEqual([{ programId: SANDBOX_ID, topicId: 101, name: 'Company Newsroom' }]);
    expect(document.activeElement).toBe(within(topicItem('Company Newsroom')).getByRole('button', { name: 'Edit' }));
    expect(screen.getByText('Renamed “Company News” to “Company Newsroom”.')).toBeTruthy();
  });

  it('says when the topics cannot be read, and reads them again on Retry', async () => {
    let failing = true;
    const fake = fakeStudio({
      'programs.list': () => ({ programs: [signedInSandbox] }),
      'topics.list': ({ page }) => {
        if (failing) throw new StudioError('offline', "Can't reach Firstup.");
        return pageOf(manyTopics, page?.number ?? 1, page?.size ?? 20, manyTopics.length);
      },
    });
    renderWithStudio(<TopicsScreen />, fake.studio);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Firstup cannot be reached; topics need a connection. Your drafts still work offline.');
    failing = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('150 topics')).toBeTruthy();
  });
});
