import { expect, test } from './support/fixtures.js';
import { fileURLToPath } from 'node:url';
import { chooseTheme, goTo, openStudio, screens } from './support/studio-page.js';

test.describe('the studio shell in browser mode', () => {
  test('every screen is one click away and survives a reload', async ({ page }) => {
    await openStudio(page);
    for (const screen of screens) {
      await goTo(page, screen);
      await expect(page.getByRole('button', { name: screen, exact: true })).toHaveAttribute('aria-current', 'page');
    }
    await goTo(page, 'Queue');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Queue');
  });

  test('the Queue shows what the outbox holds, and browser mode sends', async ({ page }) => {
    await openStudio(page);
    await goTo(page, 'Queue');
    const main = page.getByRole('main');
    // Other files share this host and may have left finished or cancelled jobs in its outbox.
    await expect(main.getByRole('heading', { level: 2, name: /Nothing is waiting to be published|posts? finished/ })).toBeVisible();
    if ((await main.getByRole('listitem').count()) === 0) await expect(main.getByText(/each one waits here until Firstup has it/)).toBeVisible();
    await expect(main.getByText(/Sending is switched off/)).toHaveCount(0);
    await expect(main).not.toContainText('undefined');
  });

  test('the theme choice is applied, stored by the core and kept after a reload', async ({ page }) => {
    await openStudio(page);
    await chooseTheme(page, 'Dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await chooseTheme(page, 'Light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await chooseTheme(page, 'System');
  });

  test('System follows the operating system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openStudio(page);
    await chooseTheme(page, 'System');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('a change in one window reaches the other through the event stream', async ({ page, context }) => {
    const other = await context.newPage();
    await openStudio(page);
    await openStudio(other);
    await page.waitForTimeout(300);
    await chooseTheme(page, 'Dark');
    await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
    await chooseTheme(page, 'System');
  });

  test('the About panel shows what the core reports', async ({ page }) => {
    await openStudio(page);
    await goTo(page, 'Settings');
    const about = page.getByRole('region', { name: 'About Content Studio' });
    await expect(about).toContainText('Browser mode');
    await expect(about).toContainText('0.1.0');
    await expect(about).toContainText('content-studio-e2e-');
  });

  test('README screenshot', async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.emulateMedia({ colorScheme: 'light' });
    await openStudio(page);
    await goTo(page, 'Settings');
    await page.screenshot({ path: fileURLToPath(new URL('../../docs/studio-settings.png', import.meta.url)) });
  });
});
