/**
 * The writing screen from the keyboard, and its accessibility with the
 * dialogs open, in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { goTo, openStudio } from './support/studio-page.js';

const DRAFT_HASH = /#\/drafts\/([0-9a-f-]{36})$/;

async function blockingViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('every action is reachable from the keyboard, and the help sheet lists the shortcuts', async ({ page }) => {
  await openStudio(page);
  await page.keyboard.press('Control+/');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /Open the publish dialog Ctrl\+Shift\+P/ })).toBeVisible();
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await page.keyboard.press('Control+Alt+n');
  await expect(page).toHaveURL(DRAFT_HASH);
  const first = DRAFT_HASH.exec(page.url())![1]!;
  await page.getByLabel('Title', { exact: true }).fill('Written with the keyboard');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.draft-save-status')).toHaveText('Saved');

  await page.keyboard.press('Control+Shift+p');
  const publish = page.getByRole('dialog', { name: /Publish: “Written with the keyboard”/ });
  await expect(publish.getByRole('button', { name: 'Choose at least one topic. Topics are fixed when the post is first sent to Firstup.' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(publish).toHaveCount(0);

  await page.keyboard.press('Control+Shift+h');
  await expect(page.getByRole('button', { name: 'History' })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Control+Alt+n');
  await expect(page).not.toHaveURL(new RegExp(first));
  await page.keyboard.press('Alt+PageDown');
  await expect(page).toHaveURL(DRAFT_HASH);

  await page.keyboard.press('Control+Shift+f');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect(page).toHaveURL(/#\/drafts$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the writing screen and its dialogs have no serious or critical axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openStudio(page);
    await goTo(page, 'Drafts');
    await page.getByRole('button', { name: 'New draft', exact: true }).click();
    await page.getByLabel('Title', { exact: true }).fill('Accessible in both themes');
    const topics = page.getByRole('combobox', { name: 'Topics' });
    await topics.fill('Office');
    await expect(page.getByRole('listbox', { name: 'Topics' }).getByRole('option').first()).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);

    await topics.press('Escape');
    await page.getByRole('button', { name: 'Publish…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Image', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Add an image' })).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
  });
}
