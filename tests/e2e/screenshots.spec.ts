/**
 * The README's pictures of the main screens, taken by the suite so they show
 * the studio as it is: a draft being written, the drafts list, the check
 * before publishing several drafts, the Library with a post open, and the topics.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { expect, test } from './support/fixtures.js';
import { goTo, openStudio } from './support/studio-page.js';

const shot = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

test.use({ viewport: { width: 1360, height: 860 }, colorScheme: 'light' });

async function writeDraft(page: Page): Promise<void> {
  await goTo(page, 'Drafts');
  await page.getByRole('button', { name: 'New draft', exact: true }).click();
  await page.getByLabel('Title', { exact: true }).fill('Our new hybrid work guidelines');
  await page.getByLabel('Summary').fill('What changes on 1 March, and where to ask questions.');
  const text = page.getByRole('textbox', { name: 'Article text' });
  await text.click();
  await page.keyboard.type('From March, teams agree their office days together. ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Core days are Tuesday and Thursday.');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Book a desk the day before');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Ask your manager about exceptions');
  const topics = page.getByRole('combobox', { name: 'Topics' });
  await topics.fill('Office');
  await page.getByRole('option', { name: /Office Life/ }).click();
  await topics.press('Escape');
  await expect(page.getByRole('region', { name: 'Reach' }).getByText(/Measured at/)).toBeVisible();
  await expect(page.locator('.draft-save-status')).toHaveText('Saved');
}

async function addDrafts(page: Page, drafts: { title: string; topics: { id: number; name: string }[] }[]): Promise<void> {
  await page.evaluate(async (wanted) => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.programs.list();
    if (!listed.ok) throw new Error(listed.error.message);
    const programId = listed.data.programs[0]!.program.id;
    for (const { title, topics } of wanted) {
      const made = await studio.drafts.create({ programId, title, topics, bodyHtml: `<p>${title}.</p>` });
      if (!made.ok) throw new Error(made.error.message);
    }
  }, drafts);
}

test('screenshots of the main screens for the README', async ({ page }) => {
  await openStudio(page);
  await writeDraft(page);
  await page.screenshot({ path: shot('editor') });

  await goTo(page, 'Drafts');
  await expect(page.getByRole('checkbox', { name: 'Select “Our new hybrid work guidelines”' })).toBeVisible();
  await page.screenshot({ path: shot('drafts') });

  await addDrafts(page, [
    { title: 'The canteen reopens on Monday', topics: [{ id: 101, name: 'Company News' }] },
    { title: 'Parking during the works', topics: [] },
  ]);
  await goTo(page, 'Drafts');
  for (const title of ['Our new hybrid work guidelines', 'The canteen reopens on Monday', 'Parking during the works']) {
    await page.getByRole('checkbox', { name: `Select “${title}”` }).check();
  }
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByRole('button', { name: 'Check 3 drafts' }).click();
  await expect(page.getByRole('heading', { name: '2 of 3 drafts ready' })).toBeVisible();
  await page.screenshot({ path: shot('publish') });
  // Only the picture: nothing is queued.
  await page.getByRole('button', { name: 'Cancel' }).click();

  await goTo(page, 'Library');
  await page.getByRole('combobox', { name: 'State' }).selectOption({ label: 'Published' });
  await page.getByRole('list', { name: 'Posts' }).getByRole('button').first().click();
  await expect(page.getByRole('link', { name: 'Open in Firstup (new tab)' })).toBeVisible();
  await page.screenshot({ path: shot('library') });

  await goTo(page, 'Topics');
  await expect(page.getByText(/followers/).first()).toBeVisible();
  await page.screenshot({ path: shot('topics') });
});
