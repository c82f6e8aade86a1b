/** The conflict view against the real core and sandbox: both texts side by side, and each way out. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../shared/drafts/draft-schema.js';
import { ConflictView } from '../../../renderer/drafts-list/ConflictView.js';
import { startCoreWithSandbox } from '../../support/sandbox-core.js';
import { draftInConflict } from './drafts-list-sandbox.js';
import { data, recordingStudio, renderWithStudio } from './drafts-list-studio.js';

let harness: Awaited<ReturnType<typeof startCoreWithSandbox>>;
let recorder: ReturnType<typeof recordingStudio>;

const mine = { title: 'Mine', bodyHtml: '<p>My <em>own</em> text</p>' };
const theirs = { title: 'Theirs', body: '<p>Their <strong>text</strong></p>' };
const postFor = (draftId: string) => harness.sandbox.runtime.state.posts.find((post) => post.source.post_id === draftId)!;
const side = (name: string) => screen.getByRole('article', { name });

beforeAll(async () => {
  harness = await startCoreWithSandbox();
});

afterAll(() => harness.close());

beforeEach(() => {
  recorder = recordingStudio(harness.core);
});

afterEach(cleanup);

async function showConflict(onResolved: (draft: Draft) => void = () => undefined) {
  const draft = await draftInConflict(harness, mine, theirs);
  renderWithStudio(recorder.studio, <ConflictView draftId={draft.id} onResolved={onResolved} />);
  await waitFor(() => expect(screen.queryByText('Reading both versions…')).toBeNull());
  return draft;
}

describe('Compare', () => {
  it('shows both versions side by side, says when Firstup’s changed, and marks what differs', async () => {
    await showConflict();
    expect(screen.getByText(/while its post was changed on Firstup/).textContent).toContain('just now');
    const compare = screen.getByRole('button', { name: 'Compare' });
    expect(compare.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('article')).toBeNull();

    fireEvent.click(compare);
    expect(compare.getAttribute('aria-expanded')).toBe('true');
    const yours = side('Yours, on this computer');
    const remote = side('Theirs, on Firstup');
    expect(yours.querySelector('.conflict-title')?.textContent).toBe('Mine');
    expect(yours.querySelector('.conflict-body')?.innerHTML).toBe('<p>My <em>own</em> text</p>');
    expect(remote.querySelector('.conflict-title')?.textContent).toBe('Theirs');
    expect(remote.querySelector('.conflict-body')?.innerHTML).toBe('<p>Their <strong>text</strong></p>');
    expect(within(remote).getByText(/^Changed/).textContent).toBe('Changed just now');
    expect([...yours.querySelectorAll('h4')].map((heading) => heading.textContent)).toEqual(['Title ≠ differs', 'Summary ', 'Text ≠ differs']);
  });

  it('keeps only formatting from either text: no links, media, scripts, styles or handlers reach the page', async () => {
    const draft = await draftInConflict(harness, mine, theirs);
    const hostile =
      '<p style="color:red" onclick="steal()">Hello <a href="javascript:steal()">there</a><img src="https://evil.example/x.png" onerror="steal()"></p><iframe src="https://evil.example"></iframe><script>steal()</script><h2 class="x">Heading</h2>';
    recorder.wrap('drafts.compareConflict', async (_request, real) => {
      const answer: any = await real();
      return { ok: true, data: { ...answer.data, remote: { ...answer.data.remote, bodyHtml: hostile } } };
    });
    renderWithStudio(recorder.studio, <ConflictView draftId={draft.id} onResolved={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await waitFor(() => expect(side('Theirs, on Firstup').querySelector('.conflict-body')?.innerHTML).toBe('<p>Hello there</p><h2>Heading</h2>'));
  });
});

describe('choosing', () => {
  it('Keep mine: after a confirmation, sends your text over Firstup’s and hands back the draft in sync', async () => {
    const onResolved = vi.fn<(draft: Draft) => void>();
    const draft = await showConflict(onResolved);

    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    const confirm = screen.getByRole('group', { name: 'Keep your text and send it to Firstup?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep mine and send' }));

    await waitFor(() => expect(onResolved).toHaveBeenCalledTimes(1));
    expect(recorder.requestsTo('drafts.resolveConflict')).toEqual([{ id: draft.id, choice: 'keep_mine' }]);
    expect(onResolved.mock.calls[0]![0]).toMatchObject({ id: draft.id, title: 'Mine', syncStatus: 'in_sync' });
    expect(postFor(draft.id)).toMatchObject({ title: 'Mine', body: '<p>My <em>own</em> text</p>' });
  });

  it('Take theirs: after a confirmation, the draft gets Firstup’s text and yours stays in the revisions', async () => {
    const onResolved = vi.fn<(draft: Draft) => void>();
    const draft = await showConflict(onResolved);

    fireEvent.click(screen.getByRole('button', { name: 'Take theirs' }));
    const confirm = screen.getByRole('group', { name: 'Take the text from Firstup?' });
    expect(confirm.textContent).toContain('Your text stays in the revision history');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Take theirs' }));

    await waitFor(() => expect(onResolved).toHaveBeenCalledTimes(1));
    expect(recorder.requestsTo('drafts.resolveConflict')).toEqual([{ id: draft.id, choice: 'take_theirs' }]);
    expect(onResolved.mock.calls[0]![0]).toMatchObject({ title: 'Theirs', bodyHtml: '<p>Their <strong>text</strong></p>', syncStatus: 'in_sync' });
    const revisions = (await data(harness.core, 'drafts.revisions', { id: draft.id })).revisions;
    expect(revisions.map((revision: any) => revision.title)).toContain('Mine');
  });

  it('Cancel sends nothing and puts focus back on the choice', async () => {
    await showConflict();
    fireEvent.click(screen.getByRole('button', { name: 'Take theirs' }));
    const confirm = screen.getByRole('group', { name: 'Take the text from Firstup?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take theirs' }));
    expect(recorder.requestsTo('drafts.resolveConflict')).toEqual([]);
  });

  it('says what happened when the post was deleted on Firstup meanwhile', async () => {
    const onResolved = vi.fn();
    const draft = await draftInConflict(harness, mine, theirs);
    const posts = harness.sandbox.runtime.state.posts;
    posts.splice(posts.indexOf(postFor(draft.id)), 1);
    renderWithStudio(recorder.studio, <ConflictView draftId={draft.id} onResolved={onResolved} />);
    expect((await screen.findByRole('alert')).textContent).toContain('The version on Firstup could not be read. The post was deleted in Firstup.');

    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine and send' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain('The conflict is not resolved yet. The post was deleted in Firstup. The draft is kept here; pushing it again makes a new post.'));
    expect(onResolved).not.toHaveBeenCalled();
  });
});
