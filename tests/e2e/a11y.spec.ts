/**
 * The overlays are usable by everyone: axe finds no serious or critical problem in them, they work
 * by keyboard, and screenshots of them in both languages are kept with the test results.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './harness';
import { readRosterFromBooking, serveZoom, serveBooking, BOOKING_TENANT } from './scenario';
import type { Page } from '@playwright/test';

async function seriousViolations(page: Page, selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  for (const selector of selectors) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

for (const uiLanguage of ['en_US', 'pl'] as const) {
  test.describe(`overlays in ${uiLanguage}`, () => {
    test.use({ uiLanguage });

    test('the Zoom panel, row badges and dialog button pass axe and work by keyboard', async ({ context }, testInfo) => {
      await readRosterFromBooking(context);
      await serveZoom(context, 'vue-users.html');
      const page = await context.newPage();
      const lang = uiLanguage === 'pl' ? 'pl' : 'en';
      await page.goto(`https://zoom.us/account/user?lang=${lang}#/`);
      await expect(page.getByTestId('zaa-row-badge').first()).toBeVisible();
      await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
      await page.screenshot({ path: testInfo.outputPath(`zoom-users-${lang}.png`) });
      expect(await seriousViolations(page, ['zaa-zoom-panel', '.zaa-badge-host'])).toEqual([]);

      // Keyboard: the expand button is reachable and works with Enter; the open drawer passes axe too;
      // Escape closes it again (it lies over the page, which is the admin's by default).
      const expand = page.getByTestId('zaa-panel').getByRole('button', { name: lang === 'pl' ? 'Rozwiń' : 'Expand' });
      await expect(expand).toHaveAttribute('aria-expanded', 'false');
      await expand.focus();
      await page.keyboard.press('Enter');
      await expect(
        page.getByTestId('zaa-panel').getByRole('button', { name: lang === 'pl' ? 'Zwiń' : 'Collapse' }),
      ).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByTestId('zaa-employee').first()).toBeVisible();
      expect(await seriousViolations(page, ['zaa-zoom-panel'])).toEqual([]);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      await expect(expand).toHaveAttribute('aria-expanded', 'false');
      await expect(expand).toBeFocused();
      await expect(page.getByTestId('zaa-employee').first()).toBeHidden();

      await page.getByRole('button', { name: lang === 'pl' ? '+ Dodaj użytkowników' : '+ Add Users' }).click();
      const dialogButton = page.getByRole('dialog').getByTestId('zaa-prefill');
      await expect(dialogButton).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`zoom-dialog-${lang}.png`) });
      expect(await seriousViolations(page, ['zaa-zoom-prefill'])).toEqual([]);
      // The Prefill button in the dialog is a real button: focus + Enter runs it.
      await dialogButton.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('zaa-prefill-result')).toHaveCount(1);
    });

    test('the booking panel and form hint pass axe', async ({ context }, testInfo) => {
      await serveBooking(context);
      const page = await context.newPage();
      await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
      await expect(page.getByTestId('zaa-resource')).toHaveCount(11);
      await page.screenshot({ path: testInfo.outputPath(`booking-${uiLanguage}.png`), fullPage: true });
      expect(await seriousViolations(page, ['zaa-booking-panel', '.zaa-badge-host'])).toEqual([]);
      await page.goto(`${BOOKING_TENANT}/ustawienia/zasoby/12/edycja`);
      await expect(page.getByTestId('zaa-form-hint')).toBeVisible();
      expect(await seriousViolations(page, ['zaa-form-hint'])).toEqual([]);
    });
  });
}

test('the panel stays as the admin left it on the next visit', async ({ context }) => {
  await readRosterFromBooking(context);
  await serveZoom(context, 'users-en-table.html');
  const page = await context.newPage();
  await page.goto('https://zoom.us/account/user#/');
  await page.getByTestId('zaa-panel').getByRole('button', { name: 'Expand' }).click();
  await expect(page.getByTestId('zaa-employee').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('zaa-panel').getByRole('button', { name: 'Collapse' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('zaa-employee').first()).toBeVisible();
  await page.getByTestId('zaa-panel').getByRole('button', { name: 'Collapse' }).click();
  await expect(page.getByTestId('zaa-employee').first()).toBeHidden();
  await page.reload();
  const expand = page.getByTestId('zaa-panel').getByRole('button', { name: 'Expand' });
  await expect(expand).toHaveAttribute('aria-expanded', 'false');
  // Collapsed is only hidden: the statuses are still there for whoever reads the page.
  await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
  await expand.click();
  await expect(page.getByTestId('zaa-employee').first()).toBeVisible();
});
