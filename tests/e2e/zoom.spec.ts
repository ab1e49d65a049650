import { test, expect, collectPageErrors } from './harness';
import { readRosterFromBooking, serveZoom, employee, badge, notice, expectCompleteScenario, COMPLETE_STATUSES } from './scenario';
import type { Page } from '@playwright/test';

async function openTab(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

test.describe('Zoom overlay, plain table (English, tab switch without URL change)', () => {
  test('a partial view claims nobody missing; the Pending tab completes it', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-en-table.html');
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user#/');
    const panel = page.getByTestId('zaa-panel');
    await expect(panel).toHaveCount(1);
    await expect(panel.getByTestId('zaa-employee')).toHaveCount(11);
    // Users list seen whole, Pending not yet: partial.
    await expect(panel).toHaveAttribute('data-coverage', 'partial');
    await expect(employee(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(employee(page, 'Jan Mazur')).toHaveAttribute('data-status', 'inactive');
    await expect(employee(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'unverified');
    await expect(notice(page, 'partial-view')).toHaveCount(1);
    await expect(page.locator('[data-testid="zaa-employee"][data-status="missing"]')).toHaveCount(0);
    // Row badges on the Users tab: one per row, employees' statuses or not-in-booking.
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
    await expect(badge(page, 'admin@salon-ania.pl')).toHaveAttribute('data-status', 'not-in-booking');
    await expect(badge(page, 'iwona.dabrowska@salon-ania.pl')).toHaveAttribute('data-status', 'not-in-booking');
    await expect(badge(page, 'anna.kowalska@salon-ania.pl')).toHaveAttribute('data-status', 'active');
    await expect(badge(page, 'recepcja@salon-ania.pl')).toHaveCount(1);

    const urlBefore = page.url();
    await openTab(page, /Pending/);
    expect(page.url()).toBe(urlBefore);
    await expectCompleteScenario(page);
    await expect(badge(page, 'bartosz.nowak@salon-ania.pl')).toHaveAttribute('data-status', 'pending');
    await expect(badge(page, 'grazyna.zielinska@salon-ania.pl')).toHaveAttribute('data-days-left', '3');
    await expect(badge(page, 'filip.lewandowski@salon-ania.pl')).toHaveAttribute('data-status', 'expired');
    await expect(notice(page, 'resend-soon')).toHaveCount(1);
    await expect(notice(page, 'partial-view')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('without a roster the panel says where to read it', async ({ context }) => {
    await serveZoom(context, 'users-en-table.html');
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user#/');
    await expect(notice(page, 'no-roster')).toHaveCount(1);
    await expect(notice(page, 'no-roster')).toContainText('Kategorie zasobów i zasoby');
    await expect(page.getByTestId('zaa-employee')).toHaveCount(0);
    await expect(badge(page, 'anna.kowalska@salon-ania.pl')).toHaveAttribute('data-status', 'not-in-booking');
  });

  test('regional and vanity hosts are separate accounts', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-en-table.html');
    await serveZoom(context, 'users-en-table.html', 'https://us02web.zoom.us');
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user#/');
    await openTab(page, /Pending/);
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
    await page.goto('https://us02web.zoom.us/account/user#/');
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
    await expect(employee(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(employee(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'unverified');
  });
});

test.describe('Zoom overlay, ARIA grid (Polish, late rows, two pages)', () => {
  test.use({ uiLanguage: 'pl' });

  test('pages through the users to a complete view, in Polish', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-pl-grid.html');
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user#/');
    // Rows arrive 800 ms after load.
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(3);
    await expect(page.getByTestId('zaa-panel')).toContainText('Pracownicy na Zoomie');
    // Each tab shows 3 rows: a count alone may still be the tab just left (the hash changes a task later),
    // so the Pending rows are told by their days left, and the Users rows by having none.
    const invitationBadges = page.getByTestId('zaa-row-badge').and(page.locator('[data-days-left]'));
    await page.getByRole('link', { name: 'Oczekujące' }).click();
    await expect(invitationBadges.first()).toBeAttached();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(3);
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
    await expect(employee(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'unverified');
    await page.getByRole('link', { name: 'Użytkownicy' }).click();
    await expect(invitationBadges).toHaveCount(0);
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(3);
    await page.getByRole('button', { name: 'Następna strona' }).click();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(2);
    await expectCompleteScenario(page);
    await expect(employee(page, 'Celina Wiśniewska')).toContainText('Nie ma na Zoomie');
    expect(errors).toEqual([]);
  });
});

test.describe('pages that cannot be read', () => {
  test('an unrecognised layout claims no status and says so', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'unrecognised.html');
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user#/');
    await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
    await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
    for (const status of ['active', 'missing', 'inactive', 'pending', 'expired']) {
      await expect(page.locator(`[data-testid="zaa-employee"][data-status="${status}"]`)).toHaveCount(0);
    }
    await expect(employee(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'unverified');
    await expect(employee(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
  });

  test('a page without any table or tabs still gets the panel with the notice', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'unrecognised-no-table.html');
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user#/');
    await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
    await expect(page.locator('[data-testid="zaa-employee"][data-status="active"]')).toHaveCount(0);
  });

  for (const [file, language, text] of [
    ['payment-required.html', 'en_US', 'payment method'],
    ['payment-required-pl.html', 'pl', 'metodę płatności'],
  ] as const) {
    test(`the payment-method notice is explained (${language} page)`, async ({ context }) => {
      await readRosterFromBooking(context);
      await serveZoom(context, file);
      const page = await context.newPage();
      await page.goto('https://zoom.us/account/user#/');
      await expect(notice(page, 'payment-required')).toHaveCount(1);
      await expect(notice(page, 'payment-required')).toContainText('PayPal');
      if (language === 'en_US') await expect(notice(page, 'payment-required')).toContainText(text);
      await expect(page.locator('[data-testid="zaa-employee"][data-status="active"]')).toHaveCount(0);
    });
  }
});

test.describe('lifecycle', () => {
  test('an extension reload or removal takes the overlay away cleanly', async ({ context }) => {
    // Chromium does not bring back an extension loaded from the command line after
    // runtime.reload(), so this checks the orphaned copy's teardown; a second copy is covered
    // by the unit test of the content script context.
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-en-table.html');
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user#/');
    await expect(page.getByTestId('zaa-panel')).toHaveCount(1);
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
    const [worker] = context.serviceWorkers();
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await expect(page.getByTestId('zaa-panel')).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
    // The page keeps working: its own tab switch still works and nothing is added back.
    await page.getByRole('tab', { name: /Pending/ }).click();
    await expect(page.getByRole('tab', { name: /Pending/ })).toHaveAttribute('aria-selected', 'true');
    await page.waitForTimeout(500);
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the panel lists exactly the roster (11 employees, names as read)', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-en-table.html');
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user#/');
    await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
    const names = await page.getByTestId('zaa-employee').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(names).toEqual(COMPLETE_STATUSES.map(([name]) => name));
  });
});
