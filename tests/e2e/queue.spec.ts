/**
 * The Queue screen in browser mode, against the host's real core, which sends. Every file shares that
 * host, so this file marks its drafts with a word of its own, and at the end cancels the jobs it left
 * unfinished and puts its drafts in the trash. Posts scheduled far ahead stay in the queue, which is
 * what the controls are tried on; posts to publish now go all the way to the sandbox.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { expect, test } from './support/fixtures.js';
import { sandboxPosts, sandboxUrl } from './support/sandbox-admin.js';
import { goTo, openStudio } from './support/studio-page.js';

const item = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

const SCHEDULED_AT = new Date(2099, 0, 15, 9, 0).getTime();

/** Drafts in the Sandbox program, ready to publish (a topic and some text), queued; answers their draft and job ids. */
async function queueDrafts(page: Page, titles: string[], when: 'now' | 'later'): Promise<{ draftIds: string[]; jobIds: string[] }> {
  return page.evaluate(
    async ({ wanted, scheduledAt }) => {
      const { studio } = window as unknown as { studio: StudioApi };
      const listed = await studio.programs.list();
      if (!listed.ok) throw new Error(listed.error.message);
      const programId = listed.data.programs[0]!.program.id;
      const draftIds: string[] = [];
      for (const title of wanted) {
        const made = await studio.drafts.create({ programId, title, bodyHtml: `<p>${title}</p>`, topics: [{ id: 101, name: 'Company News' }] });
        if (!made.ok) throw new Error(made.error.message);
        draftIds.push(made.data.id);
      }
      const queued = await studio.outbox.enqueue({ draftIds, ...(scheduledAt === null ? { action: 'publish' } : { action: 'schedule', scheduledAt }) });
      if (!queued.ok) throw new Error(queued.error.message);
      const jobIds = queued.data.results.map((result) => {
        if (!result.ok) throw new Error(`Not queued: ${result.message}`);
        return result.jobId;
      });
      return { draftIds, jobIds };
    },
    { wanted: titles, scheduledAt: when === 'later' ? SCHEDULED_AT : null },
  );
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

test('queued posts are published on Firstup once each, and each can be found there from the Queue', async ({ page, request }) => {
  const word = `egret${Date.now()}`;
  const titles = [`Canteen menu ${word}`, `Parking rules ${word}`];
  await openStudio(page);
  const queued = await queueDrafts(page, titles, 'now');
  made = queued.draftIds;
  await goTo(page, 'Queue');

  for (const [index, title] of titles.entries()) {
    await expect(item(page, title)).toContainText(/Done — post \d+ on Firstup/, { timeout: 15_000 });
    const posts = (await sandboxPosts(request, await sandboxUrl(page))).filter((post) => post.source.post_id === queued.jobIds[index]);
    expect(posts).toMatchObject([{ title, state: 'published', channels: [101] }]);
  }
  await item(page, titles[0]!).getByRole('button', { name: 'Find the post on Firstup' }).click();
  await expect(item(page, titles[0]!).getByRole('link', { name: /Open post \d+ in Firstup/ })).toHaveAttribute('href', /^https:/);
});

test('scheduled posts are made on Firstup at once and wait for their time; they can be paused, resumed and cancelled, and the state survives a reload', async ({ page }) => {
  const word = `heron${Date.now()}`;
  const [first, second] = [`Canteen menu ${word}`, `Parking rules ${word}`];
  await openStudio(page);
  made = (await queueDrafts(page, [first, second], 'later')).draftIds;
  await goTo(page, 'Queue');

  // The post is made on Firstup (as a draft) at once, so a problem shows now rather than at publishing time.
  for (const title of [first, second]) await expect(item(page, title).getByRole('button', { name: 'Find the post on Firstup' })).toBeVisible({ timeout: 15_000 });
  await expect(item(page, first)).toContainText('Scheduled — Content Studio publishes it at');
  await expect(item(page, second)).toContainText(/Publish at .+ · revision 1/);
  await expect(page.getByText(/scheduled\. Content Studio publishes them itself, so it\s+must be running at that time/)).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();

  await item(page, first).getByRole('button', { name: 'Pause' }).click();
  await expect(item(page, first)).toContainText('Paused — next: publishing it');
  await page.reload();
  await expect(item(page, first)).toContainText('Paused — next: publishing it');
  await expect(item(page, second)).toContainText('Scheduled — Content Studio publishes it at');

  await page.getByRole('button', { name: 'Resume all' }).click();
  await expect(item(page, first)).toContainText('Scheduled — Content Studio publishes it at');

  await item(page, second).getByRole('button', { name: 'Cancel…' }).click();
  await expect(item(page, second).getByRole('group')).toContainText(/Post \d+ already exists on Firstup\. Cancelling stops the queue here and leaves that post as it is\./);
  await expect(item(page, second).getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
  await item(page, second).getByRole('button', { name: 'Cancel sending' }).click();
  await expect(item(page, second)).toContainText(/Cancelled — post \d+ is on Firstup and was left as it is/);
  await expect(item(page, second).getByRole('button', { name: 'Retry' })).toBeVisible();

  await item(page, first).getByRole('link', { name: first }).click();
  await expect(page).toHaveURL(new RegExp(`#/drafts/${made[0]}$`));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Queue with posts in it has no serious or critical axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openStudio(page);
    made = (await queueDrafts(page, [`Axe check ${colorScheme} ${Date.now()}`], 'later')).draftIds;
    await goTo(page, 'Queue');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expect(page.getByRole('progressbar')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel…' }).last().click();
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
