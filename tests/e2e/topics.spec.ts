/**
 * Topics in browser mode, against the host's Sandbox program (seed 1: 40
 * topics, 3 archived; "Company News" is followed by all 5,000 people). The
 * host signs in to it as the sandbox's client, a program manager, so topics
 * can be created and renamed. Every file shares the one host, so each test
 * puts the sandbox back to its seeded program afterwards.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { sandboxUrl } from './support/sandbox-admin.js';
import { goTo, openStudio } from './support/studio-page.js';

const SEED = 1;

const topicList = (page: Page) => page.getByRole('list', { name: 'All topics' });
const topicItem = (page: Page, name: string) => topicList(page).getByRole('listitem', { name, exact: true });

async function openTopics(page: Page): Promise<void> {
  await openStudio(page);
  await goTo(page, 'Topics');
  await expect(topicList(page)).toBeVisible();
}

test.afterEach(async ({ page, request }) => {
  if (page.url() === 'about:blank') await page.goto('/');
  const reset = await request.post(`${await sandboxUrl(page)}/_sandbox/reset`, { data: { seed: SEED } });
  expect(reset.ok()).toBe(true);
});

test.describe('Topics', () => {
  test('lists the Sandbox program’s 40 topics with their state and follower counts', async ({ page }) => {
    await openTopics(page);

    await expect(page.getByText('40 topics', { exact: true })).toBeVisible();
    await expect(topicList(page).getByRole('listitem')).toHaveCount(40);
    await expect(topicItem(page, 'Company News')).toContainText('5,000 followers');
    await expect(topicItem(page, 'Company News')).toContainText('Published');
    await expect(topicItem(page, 'Archive 2019')).toContainText('Archived');
    await expect(topicList(page).locator('.topic-followers')).toHaveText(Array.from({ length: 40 }, () => /^[\d,]+ followers?$/));

    await page.getByLabel('Search topics').fill('region');
    await expect(page.getByText('3 of 40 topics match “region”')).toBeVisible();
    await expect(topicList(page).getByRole('heading')).toHaveText(['Americas Region', 'APAC Region', 'Europe Region']);
  });

  test('creates a topic after checking it, refuses a taken name next to the field, and finds the new one', async ({ page }) => {
    await openTopics(page);
    await page.getByRole('button', { name: 'New topic' }).click();
    const form = page.getByRole('form', { name: 'New topic' });
    await expect(form.getByLabel('Name')).toBeFocused();

    await form.getByRole('button', { name: 'Create topic' }).click();
    await expect(form.getByText('Enter a name for the topic.')).toBeVisible();
    await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

    await form.getByLabel('Name').fill('company news');
    await form.getByLabel('Description').fill('A second Company News.');
    await form.getByRole('button', { name: 'Create topic' }).click();
    await expect(form.getByRole('alert')).toContainText('already called "Company News"');
    await expect(form.getByLabel('Name')).toBeFocused();

    await form.getByLabel('Name').fill('Launch Week');
    await form.getByLabel('Description').fill('Everything about the launch week.');
    await form.getByRole('button', { name: 'Create topic' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByText('41 topics', { exact: true })).toBeVisible();

    await page.getByLabel('Search topics').fill('launch week');
    await expect(topicList(page).getByRole('listitem')).toHaveCount(1);
    await expect(topicItem(page, 'Launch Week')).toContainText('Everything about the launch week.');
    await expect(topicItem(page, 'Launch Week')).toContainText('0 followers');

    // Read again from Firstup, not only from the screen's memory.
    await page.reload();
    await expect(topicList(page)).toBeVisible();
    await page.getByLabel('Search topics').fill('launch week');
    await expect(topicItem(page, 'Launch Week')).toBeVisible();
  });

  test('renames a topic in place', async ({ page }) => {
    await openTopics(page);
    await topicItem(page, 'Hackathon').getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit “Hackathon”' });
    await expect(form.getByLabel('Name')).toHaveValue('Hackathon');
    await form.getByLabel('Name').fill('Hack Week');
    await form.getByRole('button', { name: 'Save topic' }).click();

    await expect(topicItem(page, 'Hack Week')).toBeVisible();
    await expect(topicItem(page, 'Hackathon')).toHaveCount(0);
    await expect(topicItem(page, 'Hack Week').getByRole('button', { name: 'Edit' })).toBeFocused();

    await page.reload();
    await expect(topicItem(page, 'Hack Week')).toContainText('Posts about hackathon.');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Topics, with the new-topic form refused and a topic being edited, has no serious or critical axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openTopics(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await page.getByRole('button', { name: 'New topic' }).click();
    const form = page.getByRole('form', { name: 'New topic' });
    await form.getByLabel('Description').fill('x'.repeat(501));
    await form.getByRole('button', { name: 'Create topic' }).click();
    await expect(form.getByText('Enter a name for the topic.')).toBeVisible();
    await topicItem(page, 'Events').getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('form', { name: 'Edit “Events”' })).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(blocking).toEqual([]);
  });
}
