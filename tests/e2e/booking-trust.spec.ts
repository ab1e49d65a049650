/**
 * Issue 21, the booking side: a form is read when it holds still, for the resource it names; and
 * reading changes nothing in the booking system. Served at the tenant's real URL; every request the
 * tab makes to the booking system (and to a login host it might be sent to) is logged by context.route.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, collectPageErrors, serveSite } from './harness';
import {
  BOOKING_DIALOG_LATE,
  BOOKING_RISKY_LINKS,
  BOOKING_SPA_LIST,
  BOOKING_SPA_LOCKING_PAGES,
} from '../fixtures/booking/routes';
import { BOOKING_TENANT, COMPLETE_STATUSES, notice, serveBooking } from './scenario';
import { openSeededPopup } from './seed';

const resources = (page: Page) => page.getByTestId('zaa-panel').getByTestId('zaa-resource');
const resource = (page: Page, name: string) => resources(page).and(page.locator(`[data-name="${name.replace(/"/g, '\\"')}"]`));

/** Every request the tab sends to the booking system, as "METHOD /path?query" (logged before it is answered). */
async function logRequests(context: BrowserContext, origin = BOOKING_TENANT): Promise<string[]> {
  const log: string[] = [];
  await context.route(`${origin}/**`, (route) => {
    const url = new URL(route.request().url());
    log.push(`${route.request().method()} ${decodeURIComponent(url.pathname + url.search)}`);
    return route.fallback();
  });
  return log;
}

const SCENARIO_ADDRESSES: Record<string, string> = {
  'Anna Kowalska': 'anna.kowalska@salon-ania.pl',
  'Bartosz Nowak': 'bartosz.nowak@salon-ania.pl',
  'Celina Wiśniewska': 'celina.wisniewska@salon-ania.pl',
  'Dawid Wójcik': '',
};

test.describe('forms read when they hold still, for the resource they name', () => {
  test.setTimeout(90_000);

  test('a dialog filled 0.6 s after it opens: two resources one after another, closed by Anuluj and by ×', async ({
    context,
    extensionId,
  }) => {
    await (await openSeededPopup(context, extensionId)).close();
    await serveBooking(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BOOKING_TENANT}${BOOKING_DIALOG_LATE}`);
    await expect(resources(page)).toHaveCount(11);
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'unverified');
    const row = (name: string) => page.locator('li.resource', { hasText: name });
    const dialog = page.getByRole('dialog', { name: 'Edycja zasobu' });

    // Bartosz's dialog closed before the panel's server answered: its empty field says nothing.
    await row('Bartosz Nowak').getByRole('button', { name: 'Edytuj' }).click();
    await expect(dialog).toBeVisible();
    await page.waitForTimeout(300);
    await dialog.getByRole('button', { name: 'Anuluj' }).click();
    await expect(dialog).toBeHidden();

    // Anna's: opened, filled 0.6 s later, read once it held still, closed by "Anuluj".
    await row('Anna Kowalska').getByRole('button', { name: 'Edytuj' }).click();
    await expect(dialog.locator('input[name="email"]')).toHaveValue('anna.kowalska@salon-ania.pl');
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    await dialog.getByRole('button', { name: 'Anuluj' }).click();

    // Celina's right after, in the same dialog, closed by "×".
    await row('Celina Wiśniewska').getByRole('button', { name: 'Edytuj' }).click();
    await expect(dialog.locator('input[name="email"]')).toHaveValue('celina.wisniewska@salon-ania.pl');
    await expect(resource(page, 'Celina Wiśniewska')).toHaveAttribute('data-email', 'celina.wisniewska@salon-ania.pl');
    await dialog.getByRole('button', { name: 'Zamknij' }).click();

    // Dawid's form has no address: once it held still under his name, that is his "no email".
    await row('Dawid Wójcik').getByRole('button', { name: 'Edytuj' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Nazwa' })).toHaveValue('Dawid Wójcik');
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
    await dialog.getByRole('button', { name: 'Zamknij' }).click();
    await page.waitForTimeout(1000);

    // Each resource has exactly its own form's address, and one whose form never held still has none.
    const expectOwnAddresses = async () => {
      await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
      await expect(resource(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'missing');
      await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
      await expect(resource(page, 'Bartosz Nowak')).toHaveAttribute('data-status', 'unverified');
      await expect(resource(page, 'Bartosz Nowak')).toHaveAttribute('data-email', '');
      const shown = await resources(page).evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-name'), item.getAttribute('data-email')]),
      );
      for (const [name, email] of shown) {
        expect(email, `${name}`).toBe(
          name && name in SCENARIO_ADDRESSES && name !== 'Bartosz Nowak' ? SCENARIO_ADDRESSES[name] : '',
        );
      }
    };
    await expectOwnAddresses();
    // Stored for each resource, so a reload (which reads the list again) keeps them.
    await page.reload();
    await expect(resources(page)).toHaveCount(11);
    await expectOwnAddresses();
    expect(errors).toEqual([]);
  });
});

test.describe('nothing changed by reading', () => {
  test.setTimeout(90_000);

  test('a panel whose editor locks, autosaves and keeps drafts: only GETs reach it, the tab’s storage is untouched, the admin is told to open the forms', async ({
    context,
    extensionId,
  }) => {
    await (await openSeededPopup(context, extensionId)).close();
    await serveSite(context, BOOKING_TENANT, BOOKING_SPA_LOCKING_PAGES);
    const requests = await logRequests(context);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BOOKING_TENANT}${BOOKING_SPA_LIST}`);
    await expect(resources(page)).toHaveCount(11);
    const toOpen = notice(page, 'forms-need-opening');
    await expect(toOpen).toContainText('Anna Kowalska', { timeout: 20_000 });
    await expect(toOpen).toContainText('Jan Mazur');
    await expect(toOpen).toContainText('“Edytuj”');
    await page.waitForTimeout(2000);

    // Every resource stays unverified: nothing was drawn in the background, so nothing was read.
    for (const [name] of COMPLETE_STATUSES) await expect(resource(page, name), name).toHaveAttribute('data-status', 'unverified');
    await expect(notice(page, 'read-failed')).toHaveCount(0);
    await expect(page.locator('iframe')).toHaveCount(0);
    // The booking system saw GETs only: the list, then each edit page fetched as text (never run).
    expect(
      requests.filter((r) => !r.startsWith('GET ')),
      requests.join('\n'),
    ).toEqual([]);
    expect(requests.filter((r) => r.includes('/api/'))).toEqual([]);
    expect(requests.filter((r) => /\/edycja$/.test(r))).toHaveLength(11);
    // The tab's storage is as the page left it: no draft, no save.
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);

    // The way the notice says: the admin opens Anna's form (the app's own link); it is read when it holds still.
    await page.locator('li.resource', { hasText: 'Anna Kowalska' }).getByRole('link', { name: 'Edytuj' }).click();
    await expect(page.getByLabel('Adres e-mail')).toHaveValue('anna.kowalska@salon-ania.pl');
    await page.waitForTimeout(1200);
    await page.goBack();
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(toOpen).not.toContainText('Anna Kowalska');
    await expect(toOpen).toContainText('Bartosz Nowak');
    expect(errors).toEqual([]);
  });

  test('delete, archive and logout links are never requested, and a redirect to another site is not followed', async ({
    context,
  }) => {
    await serveBooking(context);
    // Filip's edit page answers with a redirect to a login on another site.
    await context.route(`${BOOKING_TENANT}/ustawienia/zasoby/17/edycja`, (route) =>
      route.fulfill({ status: 302, headers: { location: 'https://login.example/sso?next=/ustawienia/zasoby/17/edycja' } }),
    );
    const requests = await logRequests(context);
    const elsewhere: string[] = [];
    await context.route('https://login.example/**', (route) => {
      elsewhere.push(route.request().url());
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<label>Adres e-mail <input value="x@login.example"></label>',
      });
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BOOKING_TENANT}${BOOKING_RISKY_LINKS}`);
    await expect(resources(page)).toHaveCount(11);
    const failed = notice(page, 'read-failed');
    await expect(failed).toContainText('Filip Lewandowski', { timeout: 20_000 });
    await expect(failed).toContainText('Jan Mazur');

    // Beside a delete or logout link (even one shaped like an edit link and first in the row), the edit page is read.
    await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-email', 'anna.kowalska@salon-ania.pl');
    await expect(resource(page, 'Bartosz Nowak')).toHaveAttribute('data-email', 'bartosz.nowak@salon-ania.pl');
    await expect(resource(page, 'Celina Wiśniewska')).toHaveAttribute('data-email', 'celina.wisniewska@salon-ania.pl');
    // A row whose only link deletes has no form to read: unverified, not "no email".
    await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'unverified');
    await expect(resource(page, 'Ewa Kamińska')).toHaveAttribute('data-status', 'unverified');
    // The redirected one is reported not read, and nothing of the other site was asked for.
    await expect(resource(page, 'Filip Lewandowski')).toHaveAttribute('data-status', 'unverified');
    await expect(resource(page, 'Filip Lewandowski')).toHaveAttribute('data-email', '');
    await page.waitForTimeout(1000);
    expect(elsewhere).toEqual([]);
    expect(requests).toContain('GET /ustawienia/zasoby/17/edycja');

    expect(
      requests.filter((r) => !r.startsWith('GET ')),
      requests.join('\n'),
    ).toEqual([]);
    expect(
      requests.filter((r) => /usun|usuń|delete|remove|logout|wyloguj|archiw/i.test(r)),
      requests.join('\n'),
    ).toEqual([]);
    // Exactly the list and the edit pages of the rows that have one (9 of 11).
    expect(requests.filter((r) => r.endsWith('/edycja'))).toHaveLength(9);
    expect(errors).toEqual([]);
  });
});
