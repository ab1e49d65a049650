/**
 * A Users list whose pager shows only ranges ("1 - 30 of 45", then "31 - 45 of 45": the last page's
 * range alone fits several page sizes), and a Pending tab: visiting every page ends with a complete
 * view and the right missing employees; before the last page, nobody is called missing.
 * Fixture: tests/fixtures/zoom/users-ranges.html (?lang=pl for the booking tutorial's Polish words).
 */
import { test, expect, collectPageErrors } from './harness';
import { readRosterFromBooking, serveZoom, employee, badge, notice, expectCompleteScenario } from './scenario';
import type { Page } from '@playwright/test';

async function expectNobodyMissing(page: Page): Promise<void> {
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
  await expect(page.locator('[data-testid="zaa-employee"][data-status="missing"]')).toHaveCount(0);
  await expect(employee(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'unverified');
}

test.describe('Zoom overlay, a pager of ranges only (45 users, 30 a page)', () => {
  test('Users page 1, Pending, then the last page: complete, with the right missing employees', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-ranges.html');
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user#/');
    await expect(page.getByText('1 - 30 of 45')).toBeVisible();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(30);
    await expect(employee(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expectNobodyMissing(page);
    await expect(notice(page, 'partial-view')).toHaveCount(1);

    await page.getByRole('tab', { name: 'Pending' }).click();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(3);
    await expect(badge(page, 'bartosz.nowak@salon-ania.pl')).toHaveAttribute('data-status', 'pending');
    // Pending whole, Users only its first page: still nobody missing.
    await expectNobodyMissing(page);

    await page.getByRole('tab', { name: 'Users' }).click();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(30);
    await expectNobodyMissing(page);
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByText('31 - 45 of 45')).toBeVisible();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(15);
    await expectCompleteScenario(page);
    await expect(badge(page, 'jan.mazur@salon-ania.pl')).toHaveAttribute('data-status', 'inactive');
    await expect(badge(page, 'stylistka40@salon-ania.pl')).toHaveAttribute('data-status', 'not-in-booking');
    await expect(notice(page, 'partial-view')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the last page seen first, then Pending, then page 1: complete (pages never overwrite each other)', async ({
    context,
  }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-ranges.html');
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user?page=2#/');
    await expect(page.getByText('31 - 45 of 45')).toBeVisible();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(15);
    await expect(employee(page, 'Jan Mazur')).toHaveAttribute('data-status', 'inactive');
    await page.getByRole('tab', { name: 'Pending' }).click();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(3);
    await expectNobodyMissing(page);
    await page.getByRole('tab', { name: 'Users' }).click();
    await expect(page.getByText('1 - 30 of 45')).toBeVisible();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(30);
    await expectCompleteScenario(page);
    // And a reload keeps the complete view.
    await page.reload();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(15);
    await expectCompleteScenario(page);
  });
});

test.describe('Zoom overlay, a pager of ranges only, in the booking tutorial’s Polish words', () => {
  test.use({ uiLanguage: 'pl' });

  test('"1 - 30 z 45", "W oczekiwaniu", then "31 - 45 z 45": complete', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-ranges.html');
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user?lang=pl#/');
    await expect(page.getByText('1 - 30 z 45')).toBeVisible();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(30);
    await page.getByRole('tab', { name: 'W oczekiwaniu' }).click();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(3);
    await expectNobodyMissing(page);
    await page.getByRole('tab', { name: 'Użytkownicy' }).click();
    await page.getByRole('button', { name: 'Następna strona' }).click();
    await expect(page.getByText('31 - 45 z 45')).toBeVisible();
    await expectCompleteScenario(page);
    await expect(employee(page, 'Celina Wiśniewska')).toContainText('Nie ma na Zoomie');
  });
});
