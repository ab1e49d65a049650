/**
 * Two tabs at once (issue 15, part 6): two Zoom tabs of the same host paged at the same time, and a
 * booking tab reading its roster while the Zoom tabs save. Nothing seen may be lost (every page's
 * rows stored, coverage completed), and every panel shows the same statuses within a second of
 * the last save. Run many rounds in one test: a race that loses a page one time in ten shows up.
 */
import type { Page } from '@playwright/test';
import { test, expect, collectPageErrors } from './harness';
import { askStoreFrom } from './seed';
import { BOOKING_TENANT, COMPLETE_STATUSES, readRosterFromBooking, serveBooking, serveZoom } from './scenario';
import { fromWire } from '../../utils/store/wire';

const ROUNDS = 10;
const ZOOM_URL = 'https://zoom.us/account/user#/';
/** Every address the fixture's Users (two pages of 3 + 2) and Pending (one page of 3) lists hold. */
const ZOOM_USERS = [
  'admin@salon-ania.pl active',
  'anna.kowalska@salon-ania.pl active',
  'bartosz.nowak@salon-ania.pl pending',
  'filip.lewandowski@salon-ania.pl pending',
  'grazyna.zielinska@salon-ania.pl pending',
  'iwona.dabrowska@salon-ania.pl active',
  'jan.mazur@salon-ania.pl inactive',
  'recepcja@salon-ania.pl active',
];
const EXPECTED = Object.fromEntries(COMPLETE_STATUSES);

test.use({ uiLanguage: 'pl' });

async function statusesIn(page: Page, testId: 'zaa-employee' | 'zaa-resource'): Promise<Record<string, string>> {
  const pairs = await page
    .getByTestId('zaa-panel')
    .getByTestId(testId)
    .evaluateAll((elements) => elements.map((e) => [e.getAttribute('data-name') ?? '', e.getAttribute('data-status') ?? '']));
  return Object.fromEntries(pairs);
}

/** The fixture's rows arrive after a delay; its pager says "1-3 z 5" once they are there. */
async function onUsersPage(page: Page, pageNumber: 1 | 2): Promise<void> {
  await expect(page.locator('#range')).toHaveText(pageNumber === 1 ? '1-3 z 5' : '4-5 z 5');
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(pageNumber === 1 ? 3 : 2);
}

async function onPending(page: Page): Promise<void> {
  await expect(page.locator('#range')).toHaveText('1-3 z 3');
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(3);
}

test('two Zoom tabs paged at once and a booking tab reading meanwhile lose nothing and agree within a second', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(ROUNDS * 20_000 + 30_000);
  await readRosterFromBooking(context);
  await serveBooking(context);
  await serveZoom(context, 'users-pl-grid.html');
  const store = await context.newPage();
  await store.goto(`chrome-extension://${extensionId}/popup.html`);
  const [first, second, booking] = [await context.newPage(), await context.newPage(), await context.newPage()];
  const errors = [first, second, booking].flatMap((page) => collectPageErrors(page));
  await booking.goto(`${BOOKING_TENANT}/admin/zasoby`);

  for (let round = 1; round <= ROUNDS; round++) {
    await test.step(`round ${round}`, async () => {
      // Start from nothing known of the host, so every round must gather both lists again.
      await askStoreFrom(store, 'forgetZoomHost', { host: 'zoom.us' });
      await Promise.all([first.goto(ZOOM_URL), second.goto(ZOOM_URL)]);
      // Both tabs save the same first page at the same moment.
      await Promise.all([onUsersPage(first, 1), onUsersPage(second, 1)]);
      // At once: one tab pages on, the other opens Pending, and the booking list is read again.
      const [pager, other] = round % 2 ? [first, second] : [second, first];
      await Promise.all([
        pager.getByRole('button', { name: 'Następna strona' }).click(),
        other.getByRole('link', { name: 'Oczekujące' }).click(),
        booking.reload(),
      ]);
      await Promise.all([onUsersPage(pager, 2), onPending(other)]);
      // And the other way round, both at once again.
      await Promise.all([
        pager.getByRole('link', { name: 'Oczekujące' }).click(),
        other.getByRole('link', { name: 'Użytkownicy' }).click(),
      ]);
      await Promise.all([onPending(pager), onUsersPage(other, 1)]);

      // Nothing seen was lost: every row of every page is stored and the view is complete.
      const context = fromWire('getZoomContext', await askStoreFrom(store, 'getZoomContext', { host: 'zoom.us' }));
      expect(context.zoomUsers.map((user) => `${user.email} ${user.state}`)).toEqual(ZOOM_USERS);
      expect(context.zoomHost?.users.complete, 'Users list complete').toBe(true);
      expect(context.zoomHost?.pending.complete, 'Pending list complete').toBe(true);
      expect(context.employees).toHaveLength(11);

      // Every panel agrees within a second of the last save.
      for (const page of [first, second]) {
        await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete', { timeout: 1000 });
        await expect.poll(() => statusesIn(page, 'zaa-employee'), { timeout: 1000 }).toEqual(EXPECTED);
      }
      await expect.poll(() => statusesIn(booking, 'zaa-resource'), { timeout: 1000 }).toEqual(EXPECTED);
    });
  }
  expect(errors).toEqual([]);
});
