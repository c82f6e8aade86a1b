/**
 * The Queue screen in browser mode, against the host's real core. Every file shares that host, so this
 * file marks its drafts with a word of its own, and at the end cancels the jobs it queued and puts its
 * drafts in the trash. The runner is not plugged in yet, so queued posts stay queued and the screen says so.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { expect, test } from './support/fixtures.js';
import { goTo, openStudio } from './support/studio-page.js';

const item = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

/** Drafts in the Sandbox program, queued for publishing; answers their draft ids. */
async function queueDrafts(page: Page, titles: string[]): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.programs.list();
    if (!listed.ok) throw new Error(listed.error.message);
    const programId = listed.data.programs[0]!.program.id;
    const ids: string[] = [];
    for (const title of wanted) {
      const made = await studio.drafts.create({ programId, title });
      if (!made.ok) throw new Error(made.error.message);
      ids.push(made.data.id);
    }
    const queued = await studio.outbox.enqueue({ draftIds: ids, action: 'publish' });
    if (!queued.ok || queued.data.results.some((result) => !result.ok)) throw new Error('Not queued');
    return ids;
  }, titles);
}

let made: string[] = [];

test.afterEach(async ({ page }) => {
  if (page.url() === 'about:blank') await page.goto('/');
  const failures = await page.evaluate(async (draftIds) => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.outbox.list({ limit: 500 });
    if (!listed.ok) return [listed.error.message];
    const open = listed.data.items.filter((job) => draftIds.includes(job.draftId) && job.state !== 'cancelled' && job.state !== 'done');
    const results = [...(await Promise.all(open.map((job) => studio.outbox.cancel({ jobId: job.id })))), ...(await Promise.all(draftIds.map((id) => studio.drafts.delete({ id }))))];
    return results.flatMap((result) => (result.ok ? [] : [result.error.message]));
  }, made);
  made = [];
  expect(failures).toEqual([]);
});

test('queued drafts are listed with their step, can be paused, resumed and cancelled, and the state survives a reload', async ({ page }) => {
  const word = `heron${Date.now()}`;
  const [first, second] = [`Canteen menu ${word}`, `Parking rules ${word}`];
  await openStudio(page);
  made = await queueDrafts(page, [first, second]);
  await goTo(page, 'Queue');

  await expect(item(page, first)).toContainText('Queued — next: creating the post');
  await expect(item(page, second)).toContainText('Publish · revision 1');
  await expect(page.getByText(/Sending is not running yet/)).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();

  await item(page, first).getByRole('button', { name: 'Pause' }).click();
  await expect(item(page, first)).toContainText('Paused — next: creating the post');
  await page.reload();
  await expect(item(page, first)).toContainText('Paused — next: creating the post');
  await expect(item(page, second)).toContainText('Queued — next: creating the post');

  await page.getByRole('button', { name: 'Resume all' }).click();
  await expect(item(page, first)).toContainText('Queued — next: creating the post');

  await item(page, second).getByRole('button', { name: 'Cancel…' }).click();
  await expect(item(page, second).getByRole('group')).toContainText('Nothing has been sent yet.');
  await expect(item(page, second).getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
  await item(page, second).getByRole('button', { name: 'Cancel sending' }).click();
  await expect(item(page, second)).toContainText('Cancelled before anything was sent');
  await expect(item(page, second).getByRole('button', { name: 'Retry' })).toBeVisible();

  await item(page, first).getByRole('link', { name: first }).click();
  await expect(page).toHaveURL(new RegExp(`#/drafts/${made[0]}$`));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Queue with posts in it has no serious or critical axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openStudio(page);
    made = await queueDrafts(page, [`Axe check ${colorScheme} ${Date.now()}`]);
    await goTo(page, 'Queue');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel…' }).last().click();
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
