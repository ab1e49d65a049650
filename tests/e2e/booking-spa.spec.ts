/**
 * A booking panel drawn in the browser (tests/fixtures/booking/spa-shell.html): every URL answers the
 * same empty shell, the app draws the list and each edit form from an in-page API, and follows its
 * links client-side. The addresses must come from the forms (drawn in hidden frames, or opened by the
 * admin), show on the list at once and after a reload, and nothing may ever be saved.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { test, expect, collectPageErrors, serveSite } from './harness';
import { BOOKING_SPA_LIST, BOOKING_SPA_PAGES } from '../fixtures/booking/routes';
import { BOOKING_TENANT, COMPLETE_STATUSES, notice } from './scenario';
import { openSeededPopup } from './seed';

const resource = (page: Page, name: string) =>
  page
    .getByTestId('zaa-panel')
    .getByTestId('zaa-resource')
    .and(page.locator(`[data-name="${name.replace(/"/g, '\\"')}"]`));

/** Serves the app; `frames: 'fail'` answers every request made by a frame with 500 (no hidden reading). */
async function serveSpa(context: BrowserContext, frames: 'serve' | 'fail' = 'serve'): Promise<void> {
  const files: Record<string, string | ((route: Route) => Promise<void>)> = { ...BOOKING_SPA_PAGES };
  if (frames === 'fail') {
    for (const [path, file] of Object.entries(BOOKING_SPA_PAGES)) {
      files[path] = async (route: Route) => {
        if (route.request().frame().parentFrame()) return route.fulfill({ status: 500, body: 'Internal Server Error' });
        return route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: (await import('node:fs')).readFileSync(`tests/fixtures/${file}`, 'utf8'),
        });
      };
    }
  }
  await serveSite(context, BOOKING_TENANT, files);
}

async function expectStatuses(page: Page, skip: string[] = []): Promise<void> {
  for (const [name, status] of COMPLETE_STATUSES) {
    if (skip.includes(name)) continue;
    await expect(resource(page, name), name).toHaveAttribute('data-status', status);
  }
}

test.describe('a booking panel drawn in the browser', () => {
  test.setTimeout(120_000);

  test('reads every form in a hidden frame; the statuses show at once and after a reload; nothing is saved', async ({
    context,
    extensionId,
  }) => {
    const popup = await openSeededPopup(context, extensionId);
    await popup.close();
    await serveSpa(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BOOKING_TENANT}${BOOKING_SPA_LIST}`);
    await expect(page.getByTestId('zaa-panel').getByTestId('zaa-resource')).toHaveCount(11);
    // Jan Mazur's form does not exist in the app: his address stays unknown, and the panel says so.
    await expectStatuses(page, ['Jan Mazur']);
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    await expect(resource(page, 'Jan Mazur')).toHaveAttribute('data-status', 'unverified');
    await expect(notice(page, 'read-failed')).toContainText('Jan Mazur', { timeout: 20_000 });
    // The hidden frames are gone, and no form was saved.
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('spa-saves'))).toBeNull();

    // After a reload the addresses are there before any form is read again.
    await page.reload();
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active', { timeout: 3000 });
    await expectStatuses(page, ['Jan Mazur']);
    expect(await page.evaluate(() => localStorage.getItem('spa-saves'))).toBeNull();
    expect(errors).toEqual([]);
  });

  test('when forms cannot be read in frames, the ones the admin opens are recorded and kept', async ({
    context,
    extensionId,
  }) => {
    const popup = await openSeededPopup(context, extensionId);
    await popup.close();
    await serveSpa(context, 'fail');
    const page = await context.newPage();
    await page.goto(`${BOOKING_TENANT}${BOOKING_SPA_LIST}`);
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'unverified');
    await expect(notice(page, 'read-failed')).toContainText('Anna Kowalska', { timeout: 30_000 });

    // The admin opens Anna's and Dawid's forms through the app's own links (client-side routes).
    for (const [name, hintEmail] of [
      ['Anna Kowalska', 'anna.kowalska@salon-ania.pl'],
      ['Dawid Wójcik', ''],
    ] as const) {
      await page.locator('li.resource', { hasText: name }).getByRole('link', { name: 'Edytuj' }).click();
      await expect(page.getByRole('heading', { name: 'Edycja zasobu' })).toBeVisible();
      await expect(page.getByLabel('Adres e-mail')).toHaveValue(hintEmail);
      await expect(page.getByTestId('zaa-form-hint')).toHaveAttribute('data-email', hintEmail);
      await page.waitForTimeout(1200);
      await page.goBack();
      await expect(page.getByTestId('zaa-panel').getByTestId('zaa-resource')).toHaveCount(11);
    }
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');

    // A reload reads the list again and the frames fail again: the known addresses are not dropped.
    await page.reload();
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(notice(page, 'read-failed')).toContainText('Bartosz Nowak', { timeout: 30_000 });
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
    expect(await page.evaluate(() => localStorage.getItem('spa-saves'))).toBeNull();
  });
});
