/**
 * The studio as a new user takes it, in browser mode against the built-in
 * Sandbox program: what they see, and what Firstup (the sandbox) receives.
 */
import type { Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { bringSandboxBack, editPostElsewhere, sandboxPosts, sandboxUrl, takeSandboxDown } from './support/sandbox-admin.js';
import { expect, test } from './support/fixtures.js';
import { goTo, openStudio } from './support/studio-page.js';

const DRAFT_HASH = /#\/drafts\/([0-9a-f-]{36})$/;

async function newDraft(page: Page): Promise<string> {
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: 'New draft', exact: true }).click();
  await expect(page).toHaveURL(DRAFT_HASH);
  await expect(page.getByLabel('Title', { exact: true })).toBeVisible();
  return DRAFT_HASH.exec(page.url())![1]!;
}

const editor = (page: Page) => page.getByRole('textbox', { name: 'Article text' });
const saveStatus = (page: Page) => page.locator('.draft-save-status');
const workflow = (page: Page) => page.getByRole('group', { name: 'Workflow' });
const reachFor = (page: Page, row: string) => page.getByRole('region', { name: 'Reach' }).locator('div', { hasText: row }).locator('dd');

async function pickTopic(page: Page, search: string, name: string): Promise<number | null> {
  const picker = page.getByRole('combobox', { name: 'Topics' });
  await picker.fill(search);
  const option = page.getByRole('option', { name: new RegExp(`^.?${name}`) });
  const followers = /([\d,]+) followers/.exec((await option.textContent()) ?? '')?.[1];
  await option.click();
  await picker.fill('');
  await picker.press('Escape');
  return followers === undefined ? null : Number(followers.replaceAll(',', ''));
}

/** Runs a workflow action through its dialog and waits for the outcome line. */
async function runAction(page: Page, action: string, outcome: string | RegExp): Promise<void> {
  await workflow(page).getByRole('button', { name: `${action}…` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(page.locator('.workflow-status')).toHaveText(outcome, { timeout: 20_000 });
}

test.describe.configure({ mode: 'serial' });

test('write an article with formatting, an image and a video; pick topics; review; publish; find it in the Library; archive it', async ({ page, request }) => {
  test.setTimeout(120_000);
  await openStudio(page);
  const url = await sandboxUrl(page);
  const draftId = await newDraft(page);

  await page.getByLabel('Title', { exact: true }).fill('Town hall: what we heard');
  await page.getByLabel('Summary').fill('Questions and answers from Thursday.');
  await editor(page).click();
  await page.keyboard.type('Thank you all for coming. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Next town hall is in March.');
  await page.keyboard.press('Control+b');
  await expect(editor(page).locator('strong')).toHaveText('Next town hall is in March.');

  await page.getByRole('button', { name: 'Image', exact: true }).click();
  const imageDialog = page.getByRole('dialog', { name: 'Add an image' });
  await imageDialog.getByLabel('At a public web address').check();
  await imageDialog.getByLabel('Image address').fill('https://images.example.com/town-hall.jpg');
  await imageDialog.getByLabel('Alt text', { exact: true }).fill('The audience in the main hall');
  await imageDialog.getByRole('button', { name: 'Add image' }).click();
  // This machine has no network, so the image shows as its address: the editor says why instead of a broken icon.
  await expect(editor(page).getByText('images.example.com/town-hall.jpg')).toBeVisible();

  await page.getByRole('button', { name: 'Video', exact: true }).click();
  const videoDialog = page.getByRole('dialog', { name: 'Add a video' });
  await videoDialog.getByLabel('Video address').fill('https://videos.example.com/town-hall.mp4');
  await videoDialog.getByRole('button', { name: 'Add video' }).click();
  await expect(editor(page).getByText('Will be attached when the post is first sent to Firstup')).toBeVisible();

  // Reach follows the topics: one topic's followers, then the union with a second.
  const first = await pickTopic(page, 'Legal', 'Legal & Compliance');
  await expect(reachFor(page, 'Through topics')).toHaveText((first ?? 0).toLocaleString('en-US'));
  const second = await pickTopic(page, 'Engineering', 'Engineering');
  await expect(reachFor(page, 'Through topics')).not.toHaveText((first ?? 0).toLocaleString('en-US'));
  const both = Number((await reachFor(page, 'Through topics').textContent())!.replaceAll(',', ''));
  expect(both).toBeGreaterThanOrEqual(Math.max(first ?? 0, second ?? 0));
  expect(both).toBeLessThanOrEqual((first ?? 0) + (second ?? 0));
  await expect(saveStatus(page)).toHaveText('Saved');

  await runAction(page, 'Submit for review', 'Submitted for review.');
  await expect(page.locator('.state-badge')).toHaveText('In review');
  await expect(editor(page).getByText(/Attached on Firstup \(video \d+\)/)).toBeVisible();
  await runAction(page, 'Publish', 'Published.');
  await expect(page.locator('.state-badge')).toHaveText('Published');

  const [post, ...duplicates] = (await sandboxPosts(request, url)).filter((item) => item.source.post_id === draftId);
  expect(duplicates).toEqual([]);
  expect(post).toMatchObject({ title: 'Town hall: what we heard', state: 'published', videos: 1 });

  await goTo(page, 'Library');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Published' });
  await page.getByRole('button', { name: /Town hall: what we heard/ }).click();
  await expect(page.getByRole('link', { name: 'Open in Firstup (new tab)' })).toHaveAttribute('href', new RegExp(`#contents/${post!.id}$`));
  await page.getByRole('button', { name: 'Edit as draft' }).click();
  await expect(page).toHaveURL(new RegExp(`#/drafts/${draftId}$`));

  await runAction(page, 'Archive', 'Archived.');
  await expect(page.locator('.state-badge')).toHaveText('Archived');
  expect((await sandboxPosts(request, url)).find((item) => item.id === post!.id)?.state).toBe('archived');
});

test('offline: with Firstup down, drafts are written and edited; when it is back, they are sent once each', async ({ page, request }) => {
  test.setTimeout(90_000);
  await openStudio(page);
  const url = await sandboxUrl(page);
  // The topics are read once while online, as a communicator's studio would have done before the train left.
  await newDraft(page);
  await expect(page.getByRole('combobox', { name: 'Topics' })).toHaveAttribute('placeholder', /Search \d+ topics/);

  await takeSandboxDown(request, url);
  try {
    const written: string[] = [];
    for (const title of ['Written offline', 'Also written offline']) {
      const id = await newDraft(page);
      written.push(id);
      await page.getByLabel('Title', { exact: true }).fill(title);
      await editor(page).click();
      await page.keyboard.type('Drafted with no connection.');
      await pickTopic(page, 'Company', 'Company News');
      // One topic's count may come from the list read earlier; the union of two needs Firstup.
      await pickTopic(page, 'Sales', 'Sales Wins');
      await expect(page.getByText('Reach is not available offline.', { exact: false })).toBeVisible();
      await expect(saveStatus(page)).toHaveText('Saved');
    }
    // Edit the first one again.
    await page.goto(`/#/drafts/${written[0]}`);
    await editor(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited later.');
    await expect(saveStatus(page)).toHaveText('Saved');
    // The sandbox resets every connection, so the studio cannot know whether the create arrived: it says so.
    await runAction(page, 'Publish', /may or may not have been made there\. .*never created twice/);
    await expect(page.locator('.state-badge')).toHaveText('Not on Firstup yet');

    await bringSandboxBack(request, url);
    await goTo(page, 'Drafts');
    for (const title of ['Written offline', 'Also written offline']) await page.getByRole('checkbox', { name: `Select “${title}”` }).check();
    await page.getByRole('button', { name: /Send to Firstup/ }).click();
    await expect(page.getByText('Sent 2 of 2 drafts to Firstup', { exact: false })).toBeVisible({ timeout: 20_000 });

    const posts = await sandboxPosts(request, url);
    for (const id of written) expect(posts.filter((post) => post.source.post_id === id)).toHaveLength(1);
    expect(posts.find((post) => post.source.post_id === written[0])?.title).toBe('Written offline');
  } finally {
    await bringSandboxBack(request, url);
  }
});

test('conflict: a post changed on Firstup and edited here is not overwritten; the author compares and chooses', async ({ page, request }) => {
  test.setTimeout(90_000);
  await openStudio(page);
  const url = await sandboxUrl(page);
  await goTo(page, 'Library');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Draft' });
  await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Article' });
  const first = page.getByRole('list', { name: 'Posts' }).getByRole('button').first();
  const title = ((await first.getAttribute('aria-label')) ?? (await first.innerText()).split('\n')[0] ?? '').trim();
  await first.click();
  await page.getByRole('button', { name: /Import into drafts|Edit as draft/ }).click();
  await expect(page).toHaveURL(DRAFT_HASH);
  const draftId = DRAFT_HASH.exec(page.url())![1]!;
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  const postId = (await sandboxPosts(request, url)).find((post) => post.title === title)!.id;

  await editPostElsewhere(request, url, postId, { title: `${title} (edited on Firstup)` });
  await page.getByLabel('Title', { exact: true }).fill(`${title} (edited here)`);
  await expect(saveStatus(page)).toHaveText('Saved');
  await workflow(page).getByRole('button', { name: 'Send changes' }).click();
  await expect(page.locator('.workflow-status')).toHaveText(/changed on Firstup since your last sync/);
  expect((await sandboxPosts(request, url)).find((post) => post.id === postId)?.title).toBe(`${title} (edited on Firstup)`);

  const conflict = page.getByRole('region', { name: 'Changed here and on Firstup' });
  await conflict.getByRole('button', { name: 'Compare' }).click();
  await expect(conflict.getByText(`${title} (edited on Firstup)`)).toBeVisible();
  await expect(conflict.getByText(`${title} (edited here)`)).toBeVisible();
  await conflict.getByRole('button', { name: 'Keep mine', exact: true }).click();
  await conflict.getByRole('button', { name: 'Keep mine and send' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.locator('.sync-note')).toHaveCount(0);
  expect((await sandboxPosts(request, url)).find((post) => post.id === postId)?.title).toBe(`${title} (edited here)`);
  expect((await sandboxPosts(request, url)).filter((post) => post.source.post_id === draftId).length).toBeLessThanOrEqual(1);
});

test('a member is told plainly that publishing needs the publisher role', async ({ page, context }) => {
  test.setTimeout(90_000);
  await openStudio(page);
  const url = await sandboxUrl(page);
  await goTo(page, 'Settings');
  await page.getByRole('button', { name: 'Add a program' }).click();
  const form = page.getByRole('form', { name: 'Add a program' });
  await form.getByLabel('Display name').fill('Sandbox as a member');
  await form.getByRole('radio', { name: 'Custom addresses' }).check();
  await form.getByLabel('API base URL').fill(url);
  await form.getByLabel('Auth base URL').fill(url);
  await form.getByLabel('Client id').fill('sandbox-desktop');
  await form.getByRole('button', { name: 'Add program', exact: true }).click();
  const program = page.getByRole('listitem', { name: 'Sandbox as a member' });
  await program.getByRole('button', { name: 'Sign in', exact: true }).click();
  const signInUrl = await program.getByRole('link', { name: /Open the sign-in page/ }).getAttribute('href');

  const signIn = await context.newPage();
  await signIn.goto(signInUrl!);
  await signIn.getByLabel(/Max Member/).check();
  await signIn.getByRole('button', { name: 'Allow' }).click();
  await expect(program.getByText('Signed in', { exact: false })).toBeVisible({ timeout: 15_000 });
  await signIn.close();

  await page.getByLabel('New drafts go to').selectOption({ label: 'Sandbox as a member' });
  await expect(page.getByText('Saved').first()).toBeVisible();
  await newDraft(page);
  await page.getByLabel('Title', { exact: true }).fill('Members cannot publish');
  await editor(page).click();
  await page.keyboard.type('A short note.');
  await pickTopic(page, 'Company', 'Company News');
  await runAction(page, 'Publish', /needs the publisher role/);
  await expect(page.locator('.workflow-status')).toHaveText(/ask a program manager for it, or sign in as someone who has it/);
  await expect(page.locator('.state-badge')).toHaveText('Not on Firstup yet');
});

// The member program must not outlive its test: later specs read the default program (the Sandbox).
test.afterEach(async ({ page }) => {
  await page.evaluate(async () => {
    const { studio } = window as unknown as { studio: StudioApi };
    await studio.settings.set({ defaultProgramId: null });
    const listed = await studio.programs.list();
    for (const view of listed.ok ? listed.data.programs : []) {
      if (view.program.displayName === 'Sandbox as a member') await studio.programs.remove({ programId: view.program.id });
    }
  });
});
