import { expect, type Page } from '@playwright/test';

export const screens = ['Drafts', 'Library', 'Queue', 'Topics', 'Settings'] as const;
export type ScreenName = (typeof screens)[number];

export async function openStudio(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Studio' })).toBeVisible();
}

export async function goTo(page: Page, screen: ScreenName): Promise<void> {
  await page.getByRole('navigation', { name: 'Studio' }).getByRole('button', { name: screen, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(screen === 'Drafts' ? 'Drafts' : screen);
}

export async function chooseTheme(page: Page, theme: 'System' | 'Light' | 'Dark'): Promise<void> {
  await goTo(page, 'Settings');
  const radio = page.getByRole('radio', { name: theme, exact: true });
  // Choosing the theme already chosen saves nothing, so there is no "Saved" to wait for.
  if (await radio.isChecked()) return;
  await radio.check();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
}
