import { test, expect, collectPageErrors } from './harness';
import { BOOKING_TENANT, HTML_NAME, serveBooking } from './scenario';
import type { Page } from '@playwright/test';

const resources = (page: Page) => page.getByTestId('zaa-panel').getByTestId('zaa-resource');
const resource = (page: Page, name: string) =>
  page.getByTestId('zaa-resource').and(page.locator(`[data-name="${name.replace(/"/g, '\\"')}"]`));

test.describe('booking resource list', () => {
  test('old UI: reads names and emails from the table and shows statuses without Zoom data', async ({ context }) => {
    await serveBooking(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
    await expect(resources(page)).toHaveCount(11);
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'unverified');
    await expect(resource(page, 'Bartosz Nowak')).toHaveAttribute('data-email', 'bartosz.nowak@salon-ania.pl');
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-email', '');
    await expect(resource(page, 'Ewa Kamińska')).toHaveAttribute('data-status', 'invalid-email');
    await expect(resource(page, 'Ewa Kamińska')).toHaveAttribute('data-email', 'ewa.kaminska@salon-ania');
    await expect(resource(page, 'Grażyna Zielińska-Łęcka')).toHaveCount(1);
    await expect(resource(page, 'Hubert Szymański')).toHaveAttribute('data-email', 'recepcja@salon-ania.pl');
    // Row badges: one per resource row, carrying the name and status.
    const badges = page.getByTestId('zaa-row-badge');
    await expect(badges).toHaveCount(11);
    await expect(badges.and(page.locator('[data-name="Dawid Wójcik"]'))).toHaveAttribute('data-status', 'no-email');
    expect(errors).toEqual([]);
  });

  test('a name carrying HTML is shown as text and runs no script', async ({ context }) => {
    await serveBooking(context);
    const page = await context.newPage();
    await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
    const item = resource(page, HTML_NAME);
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('<img src=x onerror=');
    await expect(item.locator('img, b')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('new UI without emails: reads every edit form, reports the one that fails', async ({ context }) => {
    await serveBooking(context);
    const page = await context.newPage();
    await page.goto(`${BOOKING_TENANT}/ustawienia/zasoby`);
    await expect(resources(page)).toHaveCount(11);
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    await expect(resource(page, 'Celina Wiśniewska')).toHaveAttribute('data-email', 'celina.wisniewska@salon-ania.pl');
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
    await expect(resource(page, 'Ewa Kamińska')).toHaveAttribute('data-status', 'invalid-email');
    // Jan Mazur's edit page answers 500: his address stays unread (unverified, empty), and the panel says so.
    await expect(resource(page, 'Jan Mazur')).toHaveAttribute('data-status', 'unverified');
    await expect(resource(page, 'Jan Mazur')).toHaveAttribute('data-email', '');
    const failure = page.getByTestId('zaa-notice').and(page.locator('[data-kind="read-failed"]'));
    await expect(failure).toContainText('Jan Mazur');
  });

  test('in-place dialog: the edit form is read when the admin opens it, with a hint under the email field', async ({
    context,
  }) => {
    await serveBooking(context);
    const page = await context.newPage();
    await page.goto(`${BOOKING_TENANT}/panel/ustawienia/zasoby`);
    await expect(resources(page)).toHaveCount(11);
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'unverified');
    await page.getByRole('button', { name: 'Edytuj' }).first().click();
    const hint = page.getByTestId('zaa-form-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    // The same dialog reopened for another resource is read for that one.
    await page.keyboard.press('Escape');
    await expect(hint).toHaveCount(0);
    await page.getByRole('button', { name: 'Edytuj' }).nth(2).click();
    await expect(page.getByTestId('zaa-form-hint')).toHaveAttribute('data-email', 'celina.wisniewska@salon-ania.pl');
    await expect(resource(page, 'Celina Wiśniewska')).toHaveAttribute('data-email', 'celina.wisniewska@salon-ania.pl');
  });

  test('stays asleep on other pages of the booking system', async ({ context }) => {
    await serveBooking(context);
    const page = await context.newPage();
    for (const path of ['/kalendarz', '/klienci', '/klienci/301/edycja', '/ustawienia/uslugi', '/ustawienia']) {
      await page.goto(`${BOOKING_TENANT}${path}`);
      await page.waitForTimeout(700);
      await expect(page.getByTestId('zaa-panel'), path).toHaveCount(0);
      await expect(page.getByTestId('zaa-row-badge'), path).toHaveCount(0);
      await expect(page.getByTestId('zaa-form-hint'), path).toHaveCount(0);
    }
  });

  test('a separate edit page shows the address status without changing the field or adding to the page', async ({ context }) => {
    await serveBooking(context);
    const page = await context.newPage();
    await page.goto(`${BOOKING_TENANT}/ustawienia/zasoby/16/edycja`);
    const hint = page.getByTestId('zaa-form-hint');
    await expect(hint).toHaveAttribute('data-status', 'invalid-email');
    const field = page.getByLabel('Adres e-mail', { exact: true });
    await expect(field).toHaveValue('ewa.kaminska@salon-ania');
    // No list of Zoom addresses is added to the booking page's own DOM (issue 21).
    await expect(field).not.toHaveAttribute('list', /.*/);
    await expect(page.locator('datalist')).toHaveCount(0);
    await field.fill('ewa.kaminska@salon-ania.pl');
    await expect(hint).toHaveAttribute('data-status', 'unverified');
  });
});
