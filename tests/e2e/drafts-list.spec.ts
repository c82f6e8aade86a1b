/**
 * The Drafts list in browser mode, against the host's real core and Sandbox program. Every file shares
 * that host, so each test marks its drafts with a word of its own, and puts every draft it made in the
 * trash at the end, leaving the list as it found it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { expect, test } from './support/fixtures.js';
import { goTo, openStudio } from './support/studio-page.js';

const DRAFT_HASH = /#\/drafts\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const rows = (page: Page) => page.locator('.draft-row');
const row = (page: Page, title: string) => rows(page).filter({ has: page.getByRole('link', { name: title, exact: true }) });

async function liveDraftIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.drafts.list({ limit: 200 });
    return listed.ok ? listed.data.items.map((item) => item.id) : [];
  });
}

let before: string[] = [];

test.beforeEach(async ({ page }) => {
  await openStudio(page);
  await goTo(page, 'Drafts');
  before = await liveDraftIds(page);
});

test.afterEach(async ({ page }) => {
  if (page.url() === 'about:blank') await page.goto('/');
  const made = (await liveDraftIds(page)).filter((id) => !before.includes(id));
  const failures = await page.evaluate(async (ids) => {
    const { studio } = window as unknown as { studio: StudioApi };
    const results = await Promise.all(ids.map((id) => studio.drafts.delete({ id })));
    return results.flatMap((result) => (result.ok ? [] : [result.error.message]));
  }, made);
  expect(failures).toEqual([]);
});

async function importMarkdown(page: Page, name: string, markdown: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(markdown, 'utf8') });
  await expect(page.getByRole('heading', { name: 'Imported 1 of 1 file' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Imported 1 of 1 file' })).toContainText(`${name}Became a draft.`);
}

test('New draft creates a draft and opens it; it is listed afterwards', async ({ page }) => {
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page).toHaveURL(DRAFT_HASH);
  const first = new URL(page.url()).hash.slice('#/drafts/'.length);

  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page).toHaveURL(DRAFT_HASH);
  const second = new URL(page.url()).hash.slice('#/drafts/'.length);
  expect(second).not.toBe(first);

  await goTo(page, 'Drafts');
  await expect(page.locator(`[data-draft-id="${first}"]`)).toContainText('Untitled draft');
  await expect(page.locator(`[data-draft-id="${second}"]`)).toContainText('Local only');
  // The newest first: the second draft heads the list.
  await expect(rows(page).first()).toHaveAttribute('data-draft-id', second);
});

test('an imported Markdown file becomes a draft that search finds, the sync filter keeps, and Enter opens', async ({ page }) => {
  const word = `zebra${Date.now()}`;
  const title = `Quarterly plan ${word}`;
  await importMarkdown(page, `${word}.md`, `# ${title}\n\nThe plan, in **three** steps.\n`);
  await expect(row(page, title)).toContainText('Article');

  const search = page.getByRole('searchbox', { name: 'Search drafts' });
  await search.fill(word);
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, title)).toBeVisible();
  await search.fill(`${word}nothing`);
  await expect(page.getByRole('heading', { name: 'No drafts match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(search).toHaveValue('');

  await page.getByLabel('Sync').selectOption({ label: 'In sync' });
  await expect(row(page, title)).toHaveCount(0);
  await page.getByLabel('Sync').selectOption({ label: 'Local only' });
  await expect(row(page, title)).toBeVisible();
  await page.getByLabel('State on Firstup').selectOption({ label: 'Not sent yet' });
  await expect(row(page, title)).toBeVisible();

  await row(page, title).getByRole('link', { name: title }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(DRAFT_HASH);
});

test('drafts moved to the trash come back with Undo, and from the Trash view', async ({ page }) => {
  const word = `okapi${Date.now()}`;
  const title = `Office move ${word}`;
  await importMarkdown(page, `${word}.md`, `# ${title}\n\nWe move in May.\n`);

  await row(page, title).getByRole('link', { name: title }).focus();
  await page.keyboard.press('Space');
  await expect(row(page, title).getByRole('checkbox')).toBeChecked();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(row(page, title)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Moved 1 draft to the trash.' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(row(page, title)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Restored “' })).toBeVisible();

  await row(page, title).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(row(page, title)).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: `Restore “${title}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Restored “${title}” from the trash.` })).toBeVisible();
  await page.getByRole('button', { name: 'Back to drafts' }).click();
  await expect(row(page, title)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the list with a notice, import results and a bulk panel has no serious or critical axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const word = `axe${Date.now()}`;
    await importMarkdown(page, `${word}-a.md`, `# Trashed ${word}\n\nText.\n`);
    await importMarkdown(page, `${word}-b.md`, `# Kept ${word}\n\nText.\n`);
    await row(page, `Trashed ${word}`).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await row(page, `Kept ${word}`).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(page.getByRole('region', { name: 'Export 1 draft' })).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
