/**
 * Issue 7's journey: select 50 drafts, check them, send them, pause, quit the
 * app in the middle of the run, start it again, resume, and find 50 published
 * posts on Firstup and no duplicates. It runs its own browser-mode host (with
 * its own data folder, where the built-in sandbox also keeps its posts), so
 * quitting does not stop the suite's shared host.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { expect, test } from './support/fixtures.js';
import { startOwnHost, type OwnHost } from './support/own-host.js';
import { sandboxPosts, sandboxUrl } from './support/sandbox-admin.js';
import { goTo } from './support/studio-page.js';

const COUNT = 50;
let dataDir: string;
let host: OwnHost | undefined;

test.beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'content-studio-resume-'));
});
test.afterEach(async () => {
  await host?.quit();
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('navigation', { name: 'Studio' })).toBeVisible();
}

/** Fifty drafts ready to publish, made the quick way: the journey is about sending them. */
async function writeDrafts(page: Page, titles: string[]) {
  await page.evaluate(async (wanted) => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.programs.list();
    if (!listed.ok) throw new Error(listed.error.message);
    const programId = listed.data.programs[0]!.program.id;
    for (const title of wanted) {
      const made = await studio.drafts.create({ programId, title, bodyHtml: `<p>${title}: the details.</p>`, topics: [{ id: 101, name: 'Company News' }] });
      if (!made.ok) throw new Error(made.error.message);
    }
  }, titles);
}

const finished = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2, name: /of \d+ posts finished/ });
const finishedCount = async (page: Page) => Number(/^(\d+) of/.exec((await finished(page).textContent()) ?? '')?.[1] ?? NaN);

test('50 drafts: check, send, pause, quit mid-run, start again, resume — 50 published posts, none twice', async ({ page, request }) => {
  test.setTimeout(240_000);
  const titles = Array.from({ length: COUNT }, (_, index) => `Site update ${String(index + 1).padStart(2, '0')}`);
  host = await startOwnHost(dataDir);
  await open(page, host.url);
  await writeDrafts(page, titles);
  // Firstup takes a second to publish each post, so the run is still going when it is paused and the app quits.
  const slow = await request.post(`${await sandboxUrl(page)}/_sandbox/faults`, {
    data: { rules: [{ method: 'PUT', path: '/v2/content/*/publish', fault: 'delay', delay_ms: 1_000 }] },
  });
  expect(slow.ok()).toBe(true);

  await goTo(page, 'Drafts');
  await expect(page.getByText(`${COUNT} drafts, last changed first`)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all drafts shown' }).check();
  await page.getByRole('button', { name: 'Publish…' }).click();
  await page.getByRole('button', { name: `Check ${COUNT} drafts` }).click();
  await expect(page.getByRole('heading', { name: `${COUNT} of ${COUNT} drafts ready` })).toBeVisible();
  await page.getByRole('button', { name: `Queue all ${COUNT} drafts` }).click();
  await expect(page.getByRole('heading', { name: `Queued ${COUNT} posts` })).toBeVisible();
  await page.getByRole('button', { name: 'Open the Queue' }).click();

  // Some are through, most are not: pause, and quit at once, while the posts in hand are mid-step.
  await expect.poll(() => finishedCount(page), { timeout: 60_000, intervals: [100] }).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Pause all' }).click();
  await expect(page.getByRole('status')).toContainText(/^Paused \d+ posts?\.$/);
  await host.quit();
  const publishedBefore = sandboxPostsOf(dataDir).filter((post) => titles.includes(post.title) && post.state === 'published').length;
  expect(publishedBefore).toBeLessThan(COUNT);

  host = await startOwnHost(dataDir);
  await open(page, `${host.url}/#/queue`);
  await expect(finished(page)).toBeVisible();
  const afterRestart = await finishedCount(page);
  expect(afterRestart).toBeLessThan(COUNT);
  await expect(page.getByText('Paused', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Resume all' }).click();
  await expect(finished(page)).toHaveText(`${COUNT} of ${COUNT} posts finished`, { timeout: 120_000 });

  const jobs = await page.evaluate(async () => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.outbox.list({ limit: 500 });
    if (!listed.ok) throw new Error(listed.error.message);
    return listed.data.items.map((job) => ({ id: job.id, state: job.state, title: job.title }));
  });
  expect(jobs).toHaveLength(COUNT);
  expect(jobs.every((job) => job.state === 'done')).toBe(true);
  const posts = await sandboxPosts(request, await sandboxUrl(page));
  for (const job of jobs) expect(posts.filter((post) => post.source.post_id === job.id)).toMatchObject([{ title: job.title, state: 'published' }]);
  for (const title of titles) expect(posts.filter((post) => post.title === title)).toHaveLength(1);
});

/** The sandbox's posts as saved in its data file while the app is not running. */
function sandboxPostsOf(folder: string): { title: string; state: string }[] {
  return (JSON.parse(readFileSync(path.join(folder, 'sandbox-program.json'), 'utf8')) as { posts: { title: string; state: string }[] }).posts;
}
