/**
 * Settings → Programs in browser mode, against the host's real Sandbox
 * program, which the host signs in to as a server at start. Every file shares
 * that one host, so each test leaves it as it found it: the Sandbox signed in
 * and no other program listed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { expect, test } from './support/fixtures.js';
import { sandboxUrl } from './support/sandbox-admin.js';
import { goTo, openStudio } from './support/studio-page.js';

const SANDBOX = 'Sandbox Program';
const SANDBOX_SECRET = 'sandbox-secret';
/** Before any API call the identity is unknown and the program id comes from the token; after one, the user is named too. */
const SANDBOX_SIGNED_IN = /^Signed in (to program 4242|as .+ in program 4242)$/;
const SESSION_NOTE = 'Your sign-in is kept only until Content Studio closes (no secure storage on this computer).';

const programsSection = (page: Page) => page.getByRole('region', { name: 'Programs' });
const programItem = (page: Page, name: string) => programsSection(page).getByRole('listitem', { name, exact: true });
const statusOf = (item: Locator) => item.locator('.program-status-text');

async function openPrograms(page: Page): Promise<Locator> {
  await openStudio(page);
  await goTo(page, 'Settings');
  const section = programsSection(page);
  await expect(programItem(page, SANDBOX)).toBeVisible();
  return section;
}

/**
 * Puts the shared host back through the page's own bridge, whatever a test
 * left behind: programs it added are removed, and the Sandbox is signed in.
 */
async function restoreHost(page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  const failures = await page.evaluate(async (secret) => {
    const { studio } = window as unknown as { studio: StudioApi };
    const listed = await studio.programs.list();
    if (!listed.ok) return [listed.error.message];
    const problems: string[] = [];
    for (const view of listed.data.programs) {
      const result = view.isSandbox
        ? view.status.state === 'signed_in'
          ? null
          : await studio.programs.signIn({ programId: view.program.id, clientSecret: secret })
        : await studio.programs.remove({ programId: view.program.id });
      if (result !== null && !result.ok) problems.push(result.error.message);
    }
    return problems;
  }, SANDBOX_SECRET);
  expect(failures).toEqual([]);
}

async function openAddForm(page: Page): Promise<Locator> {
  await programsSection(page).getByRole('button', { name: 'Add a program', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add a program' });
  await expect(form.getByLabel('Display name')).toBeFocused();
  return form;
}

async function axeBlocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.afterEach(async ({ page }) => {
  await restoreHost(page);
});

test.describe('Settings → Programs', () => {
  test('a new user finds the Sandbox program signed in, kept for this session only', async ({ page }) => {
    const section = await openPrograms(page);
    const sandbox = programItem(page, SANDBOX);

    await expect(statusOf(sandbox)).toHaveText(SANDBOX_SIGNED_IN);
    await expect(sandbox).toContainText('Sandbox on this computer');
    await expect(sandbox).toContainText('As a server');
    await expect(section.getByText(SESSION_NOTE)).toBeVisible();
    await expect(sandbox.getByRole('button', { name: 'Sign out', exact: true })).toBeVisible();
    // Built in: it cannot be removed.
    await expect(sandbox.getByRole('button', { name: 'Remove', exact: true })).toHaveCount(0);
  });

  test('signing out of the Sandbox, then in again as a server with the client secret', async ({ page }) => {
    await openPrograms(page);
    const sandbox = programItem(page, SANDBOX);

    await sandbox.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(statusOf(sandbox)).toHaveText('Not signed in');

    await sandbox.getByRole('button', { name: 'Sign in', exact: true }).click();
    const secret = sandbox.getByLabel('Client secret');
    await expect(secret).toBeFocused();
    await expect(secret).toHaveAttribute('type', 'password');
    await expect(sandbox.getByText('Posts made this way are not attributed to a person.')).toBeVisible();

    await secret.fill('not-the-secret');
    await sandbox.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(sandbox.getByRole('alert')).toBeVisible();
    await expect(secret).toHaveValue('');
    await expect(statusOf(sandbox)).toHaveText('Not signed in');

    await secret.fill(SANDBOX_SECRET);
    await sandbox.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(statusOf(sandbox)).toHaveText(SANDBOX_SIGNED_IN);
    await expect(sandbox.getByLabel('Client secret')).toHaveCount(0);
    await expect(sandbox.getByRole('button', { name: 'Sign out', exact: true })).toBeFocused();
  });

  test('a custom program with an http:// address is refused, with the reason next to the form', async ({ page }) => {
    await openPrograms(page);
    const form = await openAddForm(page);

    await form.getByLabel('Display name').fill('Insecure staging');
    await form.getByRole('radio', { name: 'Custom addresses' }).check();
    await form.getByLabel('API base URL').fill('http://example.com');
    await form.getByLabel('Auth base URL').fill('https://auth.example.com');
    await form.getByLabel('Client id').fill('staging-desktop');
    await form.getByRole('button', { name: 'Add program', exact: true }).click();

    await expect(form.getByRole('alert')).toContainText('API base URL: Use an https:// address, or http://127.0.0.1 for a local sandbox.');
    await expect(form.getByLabel('API base URL')).toHaveAttribute('aria-invalid', 'true');
    await expect(programItem(page, 'Insecure staging')).toHaveCount(0);
  });

  test('adding a region program, then removing it after confirming', async ({ page }) => {
    await openPrograms(page);
    const form = await openAddForm(page);
    await form.getByLabel('Display name').fill('E2E Region Program');
    await form.getByRole('radio', { name: 'US1' }).check();
    await form.getByRole('radio', { name: 'As a person (recommended)' }).check();
    await form.getByLabel('Client id').fill('e2e-desktop');
    await form.getByRole('button', { name: 'Add program', exact: true }).click();

    await expect(form).toHaveCount(0);
    const added = programItem(page, 'E2E Region Program');
    await expect(added).toContainText('US1 (partner.socialchorus.com)');
    await expect(added).toContainText('As a person');
    await expect(statusOf(added)).toHaveText('Not signed in');

    await added.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(added.getByRole('button', { name: 'Keep it', exact: true })).toBeFocused();
    await added.getByRole('button', { name: 'Remove program', exact: true }).click();
    await expect(added).toHaveCount(0);
    await expect(programsSection(page).getByRole('heading', { name: 'Programs' })).toBeFocused();
  });

  test('a person’s sign-in shows the page to continue in, as a link and as text', async ({ page }) => {
    await openPrograms(page);
    const url = await sandboxUrl(page);
    const form = await openAddForm(page);
    await form.getByLabel('Display name').fill('E2E Person Program');
    await form.getByRole('radio', { name: 'Custom addresses' }).check();
    await form.getByLabel('API base URL').fill(url);
    await form.getByLabel('Auth base URL').fill(url);
    await form.getByLabel('Client id').fill('sandbox-desktop');
    await form.getByRole('button', { name: 'Add program', exact: true }).click();
    const person = programItem(page, 'E2E Person Program');

    await person.getByRole('button', { name: 'Sign in', exact: true }).click();

    const prompt = person.getByRole('group', { name: 'Continue in your browser' });
    const link = prompt.getByRole('link', { name: /Open the sign-in page/ });
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const href = await link.getAttribute('href');
    expect(href?.startsWith(`${url}/oauth/authorize?`)).toBe(true);
    await expect(prompt.getByText(href!, { exact: true })).toBeVisible();
    await expect(statusOf(person)).toHaveText('Signing in…');

    await prompt.getByRole('button', { name: 'Cancel sign-in', exact: true }).click();
    await expect(statusOf(person)).toHaveText('Not signed in');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Programs, with every form open, has no serious or critical axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openPrograms(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const url = await sandboxUrl(page);

    // A program waiting for the browser, one being removed, the Sandbox's secret form, and the add form with an error.
    const form = await openAddForm(page);
    await form.getByLabel('Display name').fill('Axe Person Program');
    await form.getByRole('radio', { name: 'Custom addresses' }).check();
    await form.getByLabel('API base URL').fill(url);
    await form.getByLabel('Auth base URL').fill(url);
    await form.getByLabel('Client id').fill('sandbox-desktop');
    await form.getByRole('button', { name: 'Add program', exact: true }).click();
    await programItem(page, 'Axe Person Program').getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(programItem(page, 'Axe Person Program').getByRole('group', { name: 'Continue in your browser' })).toBeVisible();

    const removing = await openAddForm(page);
    await removing.getByLabel('Display name').fill('Axe EU Program');
    await removing.getByRole('radio', { name: 'EU' }).check();
    await removing.getByLabel('Client id').fill('axe-desktop');
    await removing.getByRole('button', { name: 'Add program', exact: true }).click();
    await programItem(page, 'Axe EU Program').getByRole('button', { name: 'Remove', exact: true }).click();

    const sandbox = programItem(page, SANDBOX);
    await sandbox.getByRole('button', { name: 'Sign out', exact: true }).click();
    await sandbox.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(sandbox.getByLabel('Client secret')).toBeVisible();

    const failing = await openAddForm(page);
    await failing.getByRole('radio', { name: 'Custom addresses' }).check();
    await failing.getByRole('radio', { name: 'As a server' }).check();
    await failing.getByLabel('API base URL').fill('http://example.com');
    await failing.getByRole('button', { name: 'Add program', exact: true }).click();
    await expect(failing.getByRole('alert')).toBeVisible();

    expect(await axeBlocking(page)).toEqual([]);
  });
}
