import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures.js';
import { goTo, openStudio, screens } from './support/studio-page.js';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in the ${colorScheme} theme`, () => {
    for (const screen of screens) {
      test(`${screen} has no serious or critical axe violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await openStudio(page);
        await goTo(page, screen);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(
          blocking.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    }
  });
}
