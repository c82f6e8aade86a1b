/**
 * A post chosen in the Library: its facts, the sanitised preview, comments
 * and their replies, and bringing it into the drafts.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft, DraftListItem } from '../../../shared/drafts/draft-schema.js';
import type { CommentView, ContentDetail } from '../../../shared/firstup/firstup-views.js';
import type { ChannelRequest } from '../../../shared/ipc/contract.js';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { LibraryScreen } from '../../../renderer/screens/LibraryScreen.js';
import { fakeStudio, pageOf, post, renderWithStudio, SANDBOX_ID, signedInSandbox } from './library-fake-studio.js';

const DRAFT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const town = post(5007, { title: 'Town hall recap', channels: [{ id: 101, hidden: false }, { id: 999, hidden: false }] });
const draftPost = post(5011, { title: 'Benefits FAQ', state: 'draft', publishedAt: null });

function detailOf(summary = town, body: string | null = '<p>Recap</p>'): ContentDetail {
  return { ...summary, body, url: null, visibility: 'private', featured: false, featuredLabel: null, publicLinkUrl: null, images: [], sourcePostId: null };
}

const comment = (id: string, authorName: string, text: string, replyCount: number | null): CommentView => ({ id, text, authorName, createdAt: '2026-03-04T08:00:00Z', replyCount });

function draftOf(revision: number, syncStatus: Draft['syncStatus']): Draft {
  return {
    id: DRAFT_ID,
    programId: SANDBOX_ID,
    remote: { id: town.id, uuid: town.uuid, state: 'published', updatedAt: town.updatedAt },
    syncStatus,
    revision,
    createdAt: '2026-03-05T08:00:00Z',
    updatedAt: '2026-03-05T08:00:00Z',
    contentType: 'article',
    title: 'Town hall recap',
    summary: '',
    bodyHtml: '<p>Recap</p>',
    linkUrl: null,
    topics: [],
    images: [],
    videos: [],
    author: { userId: null, displayName: null },
    visibility: null,
    featured: false,
  };
}

function listItemOf(draft: Draft): DraftListItem {
  const { id, programId, remote, syncStatus, revision, createdAt, updatedAt, contentType, title, summary, topics } = draft;
  return { id, programId, remote, syncStatus, revision, createdAt, updatedAt, contentType, title, summary, topics };
}

interface Options {
  body?: string | null;
  linked?: Draft[];
  pull?: () => Draft;
  comments?: (request: ChannelRequest<'comments.list'>) => CommentView[];
}

function libraryStudio({ body = '<p>Recap</p>', linked = [], pull = () => draftOf(1, 'in_sync'), comments = () => [] }: Options = {}) {
  return fakeStudio({
    'programs.list': () => ({ programs: [signedInSandbox] }),
    'topics.list': () => ({
      items: [{ id: 101, name: 'Company News', description: null, state: 'published', followerCount: 5000, autoFollow: true, groups: [] }],
      page: 1,
      pageSize: 100,
      totalRecords: 1,
      nextCursor: null,
    }),
    'drafts.list': () => ({ items: linked.map(listItemOf), nextOffset: null, skipped: 0 }),
    'content.list': () => pageOf([town, draftPost], 1, 20, 2),
    'content.get': ({ contentId }) => detailOf(contentId === draftPost.id ? draftPost : town, body),
    'reach.get': ({ contentId }) => ({ contentId: Number(contentId), channels: 4200, audiences: 1300, total: 5000, measuredAt: '2026-03-05T09:00:00Z' }),
    'comments.list': (request) => pageOf(comments(request), 1, 20, comments(request).length),
    'drafts.pull': pull,
  });
}

const postItem = (title: string) => screen.getByRole('button', { name: title }).closest('li')!;

async function choose(title: string) {
  fireEvent.click(await screen.findByRole('button', { name: title }));
  return screen.getByRole('region', { name: title });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/#/library');
});

afterEach(cleanup);

describe('a post in the Library', () => {
  it('shows its state, topics by name (or id when unknown), author, links and reach', async () => {
    const fake = libraryStudio();
    renderWithStudio(<LibraryScreen />, fake.studio);
    const region = await choose('Town hall recap');

    expect(screen.getByRole('button', { name: 'Town hall recap' }).getAttribute('aria-current')).toBe('true');
    expect(within(region).getByText('Company News, Topic 999')).toBeTruthy();
    expect(within(region).getByText('Pat Publisher')).toBeTruthy();
    const permalink = within(region).getByRole('link', { name: 'Open in Firstup (new tab)' });
    expect([permalink.getAttribute('href'), permalink.getAttribute('target'), permalink.getAttribute('rel')]).toEqual([
      'https://acme.onfirstup.com/sc4#contents/5007',
      '_blank',
      'noopener noreferrer',
    ]);
    expect((await within(region).findByText(/^Reaches 5,000 people/)).textContent).toContain('4,200 people through its topics, 1,300 people through audiences');
    expect(fake.requestsTo('content.get')).toEqual([{ programId: SANDBOX_ID, contentId: 5007 }]);
  });

  it('previews the body without anything that could run or load from elsewhere', async () => {
    const fake = libraryStudio({
      body: '<h2>Agenda</h2><p onmouseover="steal()">Hi</p><script>window.pwned=1</script><iframe src="https://evil.example"></iframe><img src="data:image/png;base64,AAAA" alt="x"><a href="javascript:steal()">go</a>',
    });
    renderWithStudio(<LibraryScreen />, fake.studio);
    const region = await choose('Town hall recap');

    const preview = await waitFor(() => {
      const found = region.querySelector('.library-preview');
      if (found === null) throw new Error('No preview yet.');
      return found;
    });
    expect(preview.innerHTML).toBe('<h4>Agenda</h4><p>Hi</p><a>go</a>');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('shows comments with mentions, and a comment’s replies when asked for', async () => {
    const fake = libraryStudio({
      comments: ({ commentId }) =>
        commentId === undefined
          ? [comment('70003', 'Priya Silva', 'Well done {ref:user:77}!', 1), comment('70009', 'Lena Kim', 'Thanks', 0)]
          : [comment('70004', 'Noor Smith', 'Agreed', 0)],
    });
    renderWithStudio(<LibraryScreen />, fake.studio);
    const region = await choose('Town hall recap');

    const comments = await within(region).findByRole('list', { name: 'Comments on Town hall recap' });
    const priya = within(comments).getByRole('listitem', { name: 'Priya Silva' });
    expect(priya.textContent).toContain('Well done @user 77!');
    expect(within(within(comments).getByRole('listitem', { name: 'Lena Kim' })).queryByRole('button')).toBeNull();

    fireEvent.click(within(priya).getByRole('button', { name: 'Show 1 reply' }));
    const replies = await within(priya).findByRole('list', { name: 'Replies to Priya Silva' });
    expect(within(replies).getByRole('listitem', { name: 'Noor Smith' }).textContent).toContain('Agreed');
    expect(fake.requestsTo('comments.list')).toContainEqual({ programId: SANDBOX_ID, contentId: 5007, commentId: '70003', page: { number: 1, size: 20 } });
  });

  it('a post that is not published has neither comments nor reach', async () => {
    const fake = libraryStudio();
    renderWithStudio(<LibraryScreen />, fake.studio);
    const region = await choose('Benefits FAQ');

    await within(region).findByText('Recap');
    expect(within(region).queryByRole('heading', { name: 'Comments' })).toBeNull();
    expect(fake.requestsTo('comments.list')).toEqual([]);
    expect(fake.requestsTo('reach.get')).toEqual([]);
  });

  it('"Import into drafts" pulls the post, opens the new draft, and the Library says so on return', async () => {
    const fake = libraryStudio();
    const { unmount } = renderWithStudio(<LibraryScreen />, fake.studio);
    const region = await choose('Town hall recap');

    fireEvent.click(within(region).getByRole('button', { name: 'Import into drafts' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/drafts/${DRAFT_ID}`));
    expect(fake.requestsTo('drafts.pull')).toEqual([{ programId: SANDBOX_ID, contentId: 5007 }]);

    unmount();
    renderWithStudio(<LibraryScreen />, fake.studio);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Imported “Town hall recap” into a new draft and opened it.');
  });

  it('with a draft already linked, offers "Edit as draft", and says the pull refreshed it', async () => {
    const fake = libraryStudio({ linked: [draftOf(3, 'changed_remotely')], pull: () => draftOf(4, 'in_sync') });
    const { unmount } = renderWithStudio(<LibraryScreen />, fake.studio);
    await waitFor(() => expect(postItem('Town hall recap').textContent).toContain('Draft here'));
    const region = await choose('Town hall recap');

    fireEvent.click(within(region).getByRole('button', { name: 'Edit as draft' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/drafts/${DRAFT_ID}`));

    unmount();
    renderWithStudio(<LibraryScreen />, fake.studio);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Refreshed your draft of “Town hall recap” from Firstup and opened it.');
  });

  it('a draft with local edits is opened as it is, and the Library says it was not refreshed', async () => {
    const fake = libraryStudio({ linked: [draftOf(5, 'changed_here')], pull: () => draftOf(5, 'changed_here') });
    const { unmount } = renderWithStudio(<LibraryScreen />, fake.studio);
    await waitFor(() => expect(postItem('Town hall recap').textContent).toContain('Draft here'));
    fireEvent.click(within(await choose('Town hall recap')).getByRole('button', { name: 'Edit as draft' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/drafts/${DRAFT_ID}`));

    unmount();
    renderWithStudio(<LibraryScreen />, fake.studio);
    expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain('Opened your draft of “Town hall recap” as it is: it has changes made here, so it was not refreshed.');
  });

  it('an import that fails says why and stays on the Library', async () => {
    const fake = libraryStudio({
      pull: () => {
        throw new StudioError('offline', "Can't reach Firstup.");
      },
    });
    renderWithStudio(<LibraryScreen />, fake.studio);
    const region = await choose('Town hall recap');

    fireEvent.click(within(region).getByRole('button', { name: 'Import into drafts' }));
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toBe('Firstup cannot be reached, so the post could not be brought into your drafts. Try again once you are back online.');
    expect(window.location.hash).toBe('#/library');
  });
});
