/**
 * A booking panel drawn in the browser (tests/fixtures/booking/spa-shell.html): every URL answers the
 * same empty shell, the app draws the list and each edit form from an in-page API, and follows its
 * links client-side. The app is never run in the background (that would run its own code): the
 * resources stay unverified and the panel says how to read them; the forms the admin opens are read
 * once they hold still, show on the list at once and after a reload, and nothing is ever saved.
 */
import type { Page } from '@playwright/test';
import { test, expect, collectPageErrors, serveSite } from './harness';
import { BOOKING_SPA_LIST, BOOKING_SPA_PAGES } from '../fixtures/booking/routes';
import { BOOKING_TENANT, COMPLETE_STATUSES, notice } from './scenario';
import { openSeededPopup } from './seed';

const resource = (page: Page, name: string) =>
  page
    .getByTestId('zaa-panel')
    .getByTestId('zaa-resource')
    .and(page.locator(`[data-name="${name.replace(/"/g, '\\"')}"]`));

/** Each scenario resource, in order, has the status given. */
async function expectStatuses(page: Page, statuses: string[]): Promise<void> {
  for (const [index, [name]] of COMPLETE_STATUSES.entries()) {
    await expect(resource(page, name), name).toHaveAttribute('data-status', statuses[index]);
  }
}

test.describe('a booking panel drawn in the browser', () => {
  test.setTimeout(120_000);

  test('draws nothing in the background: every resource stays unverified and the panel says to open the forms', async ({
    context,
    extensionId,
  }) => {
    const popup = await openSeededPopup(context, extensionId);
    await popup.close();
    await serveSite(context, BOOKING_TENANT, BOOKING_SPA_PAGES);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BOOKING_TENANT}${BOOKING_SPA_LIST}`);
    await expect(page.getByTestId('zaa-panel').getByTestId('zaa-resource')).toHaveCount(11);
    const toOpen = notice(page, 'forms-need-opening');
    await expect(toOpen).toContainText('Jan Mazur', { timeout: 20_000 });
    await expect(toOpen).toContainText('Anna Kowalska');
    await expectStatuses(
      page,
      COMPLETE_STATUSES.map(() => 'unverified'),
    );
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('spa-saves'))).toBeNull();

    // A reload reads the list again and says the same; still nothing drawn, nothing saved.
    await page.reload();
    await expect(toOpen).toContainText('Anna Kowalska', { timeout: 20_000 });
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'unverified');
    expect(await page.evaluate(() => localStorage.getItem('spa-saves'))).toBeNull();
    expect(errors).toEqual([]);
  });

  test('the forms the admin opens are read once they hold still, and kept', async ({ context, extensionId }) => {
    const popup = await openSeededPopup(context, extensionId);
    await popup.close();
    await serveSite(context, BOOKING_TENANT, BOOKING_SPA_PAGES);
    const page = await context.newPage();
    await page.goto(`${BOOKING_TENANT}${BOOKING_SPA_LIST}`);
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'unverified');
    await expect(notice(page, 'forms-need-opening')).toContainText('Anna Kowalska', { timeout: 30_000 });

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

    await expect(notice(page, 'forms-need-opening')).not.toContainText('Anna Kowalska');

    // A reload reads the list again: the known addresses are not dropped, the others still to open.
    await page.reload();
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(notice(page, 'forms-need-opening')).toContainText('Bartosz Nowak', { timeout: 30_000 });
    await expect(notice(page, 'forms-need-opening')).not.toContainText('Dawid Wójcik');
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
    expect(await page.evaluate(() => localStorage.getItem('spa-saves'))).toBeNull();
  });
});
