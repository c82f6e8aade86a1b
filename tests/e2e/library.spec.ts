/**
 * The Library in browser mode, against the host's Sandbox program (seed 1:
 * 30 posts, 12 of them published; "Welcome to the new intranet" has five
 * comments, one of them, Priya Silva's, with one reply). Every file shares
 * the one host, so each test leaves it as it found it: no fault rules, and no
 * draft imported here left among the drafts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { expect, test } from './support/fixtures.js';
import { sandboxUrl } from './support/sandbox-admin.js';
import { goTo, openStudio } from './support/studio-page.js';

const WELCOME = 'Welcome to the new intranet';
const WELCOME_ID = 5001;
const DRAFT_HASH = /#\/drafts\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const OFFLINE = 'Firstup cannot be reached; the Library needs a connection. Your drafts still work offline.';

const posts = (page: Page) => page.getByRole('list', { name: 'Posts' });
const postButton = (page: Page, title: string) => posts(page).getByRole('button', { name: title, exact: true });
const detail = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

async function openLibrary(page: Page): Promise<void> {
  await openStudio(page);
  await goTo(page, 'Library');
  await expect(posts(page)).toBeVisible();
}

/** Drafts linked to the post this file imports. */
async function deleteImportedDrafts(page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  // Off the editor first, so no screen is holding the draft while it goes.
  await page.evaluate(() => {
    window.location.hash = '#/library';
  });
  const failures = await page.evaluate(async (postId) => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.drafts.list({ limit: 200 });
    if (!listed.ok) return [listed.error.message];
    const problems: string[] = [];
    for (const draft of listed.data.items.filter((item) => item.remote?.id === postId)) {
      const removed = await studio.drafts.delete({ id: draft.id });
      if (!removed.ok) problems.push(removed.error.message);
    }
    return problems;
  }, WELCOME_ID);
  expect(failures).toEqual([]);
}

async function clearFaults(request: APIRequestContext, page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  const response = await request.delete(`${await sandboxUrl(page)}/_sandbox/faults`);
  expect(response.ok()).toBe(true);
}

test.afterEach(async ({ page, request }) => {
  await clearFaults(request, page);
  await deleteImportedDrafts(page);
});

test.describe('Library', () => {
  test('lists the Sandbox program’s posts a page at a time, and filters them by state', async ({ page }) => {
    await openLibrary(page);
    await expect(page.getByRole('combobox', { name: 'Program' }).locator('option:checked')).toHaveText('Sandbox Program');

    await expect(posts(page).getByRole('listitem')).toHaveCount(20);
    await expect(page.getByText('Showing 20 of 30 posts')).toBeVisible();
    await page.getByRole('button', { name: 'Load more', exact: true }).click();
    await expect(posts(page).getByRole('listitem')).toHaveCount(30);
    await expect(page.getByText('30 posts', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load more', exact: true })).toHaveCount(0);

    await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Published' });
    await expect(page.getByText('12 posts', { exact: true })).toBeVisible();
    await expect(posts(page).getByRole('listitem')).toHaveCount(12);
    await expect(posts(page).locator('.post-state')).toHaveText(Array.from({ length: 12 }, () => 'Published'));

    await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Link' });
    await expect(posts(page).getByRole('listitem')).toHaveCount(2);
    await expect(postButton(page, 'Open enrolment starts Monday')).toBeVisible();
  });

  test('a published post shows its details, a safe preview, and its comments with their replies', async ({ page }) => {
    await openLibrary(page);
    await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Published' });
    await postButton(page, WELCOME).click();
    await expect(postButton(page, WELCOME)).toHaveAttribute('aria-current', 'true');

    const post = detail(page, WELCOME);
    await expect(post.locator('.library-detail-kind')).toHaveText('PublishedArticle');
    await expect(post.getByText('Office Life, Sales Wins', { exact: true })).toBeVisible();
    await expect(post.getByText('Pat Publisher', { exact: true })).toBeVisible();
    await expect(post.locator('.library-preview')).toHaveText(`${WELCOME}. This post is part of the sandbox program.`);
    const permalink = post.getByRole('link', { name: 'Open in Firstup (new tab)' });
    await expect(permalink).toHaveAttribute('target', '_blank');
    await expect(permalink).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(permalink).toHaveAttribute('href', new RegExp(`^https://.+#contents/${WELCOME_ID}$`));
    await expect(post.getByText(/^Reaches [\d,]+ people/)).toBeVisible();

    const comments = post.getByRole('list', { name: `Comments on ${WELCOME}` });
    await expect(comments.locator(':scope > li')).toHaveCount(5);
    const priya = comments.getByRole('listitem', { name: 'Priya Silva', exact: true });
    await expect(priya).toContainText('Congratulations to the team!');
    const showReplies = priya.getByRole('button', { name: 'Show 1 reply' });
    await expect(showReplies).toHaveAttribute('aria-expanded', 'false');
    await showReplies.click();
    const replies = priya.getByRole('list', { name: 'Replies to Priya Silva' });
    await expect(replies.getByRole('listitem', { name: 'Noor Smith', exact: true })).toContainText('Congratulations to the team!');
    await expect(priya.getByRole('button', { name: 'Hide replies' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('importing a post makes a linked draft and opens it; the Library then says what happened', async ({ page }) => {
    await openLibrary(page);
    await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Published' });
    await postButton(page, WELCOME).click();
    await detail(page, WELCOME).getByRole('button', { name: 'Import into drafts' }).click();

    await expect(page).toHaveURL(DRAFT_HASH);
    const draftId = DRAFT_HASH.exec(page.url())![1];

    await goTo(page, 'Library');
    await expect(page.getByRole('status').filter({ hasText: `Imported “${WELCOME}” into a new draft and opened it.` })).toBeVisible();
    await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Published' });
    await expect(posts(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: WELCOME, exact: true }) })).toContainText('Draft here');
    await postButton(page, WELCOME).click();
    await detail(page, WELCOME).getByRole('button', { name: 'Edit as draft' }).click();
    await expect(page).toHaveURL(new RegExp(`#/drafts/${draftId}$`));
  });

  test('offline, the Library says it needs a connection, and Retry reads it again', async ({ page, request }) => {
    await openStudio(page);
    const rules = [{ method: 'GET', path: '/v2/content', fault: 'reset', times: 1 }];
    const injected = await request.post(`${await sandboxUrl(page)}/_sandbox/faults`, { data: { rules } });
    expect(injected.ok()).toBe(true);

    await goTo(page, 'Library');
    const problem = page.getByRole('alert').filter({ hasText: OFFLINE });
    await expect(problem).toBeVisible();
    await problem.getByRole('button', { name: 'Retry' }).click();
    await expect(posts(page).getByRole('listitem')).toHaveCount(20);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Library, with a post and its replies open, has no serious or critical axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openLibrary(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Published' });
    await postButton(page, WELCOME).click();
    const priya = detail(page, WELCOME).getByRole('listitem', { name: 'Priya Silva', exact: true });
    await priya.getByRole('button', { name: 'Show 1 reply' }).click();
    await expect(priya.getByRole('listitem', { name: 'Noor Smith', exact: true })).toBeVisible();
    await expect(detail(page, WELCOME).getByText(/^Reaches /)).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(blocking).toEqual([]);
  });
}
