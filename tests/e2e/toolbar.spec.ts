/**
 * The toolbar count in a real Chromium: the background sets it on the tab that reported it only, in the
 * browser's language, and clears it at 0. An extension page open in a tab reports here (like a content
 * script, it has a sender tab), since Playwright cannot run code in a content script's world.
 * The booking-tab / Zoom-tab counts follow once the page sessions call reportToolbarCount (see toolbar.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { BOOKING_TENANT, COMPLETE_STATUSES, readRosterFromBooking, serveBooking, serveZoom } from './scenario';
import { toolbarOf, type ChromeApi } from './toolbar';

async function report(page: Page, count: number, breakdown: Record<string, number>, idle = false): Promise<unknown> {
  return page.evaluate(
    ({ payload, idle }) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        channel: 'zaa-toolbar',
        name: 'setToolbarCount',
        payload,
        ...(idle ? { idle } : {}),
      }),
    { payload: { count, breakdown }, idle },
  );
}

const EVERY_KIND = { missing: 1, typo: 1, expired: 1, expiring: 1, 'no-email': 1, 'invalid-email': 1 };

for (const [uiLanguage, title, everyKind] of [
  [
    'en_US',
    '3 employees need you: 2 not on Zoom, 1 invitation expiring',
    '6 employees need you: 1 not on Zoom, 1 probable typo, 1 invitation expired, 1 invitation expiring, 1 without an email, 1 with an invalid email',
  ],
  [
    'pl',
    '3 pracowników wymaga Twojej uwagi: 2 bez konta na Zoomie, 1 zaproszenie wkrótce wygaśnie',
    '6 pracowników wymaga Twojej uwagi: 1 bez konta na Zoomie, 1 prawdopodobna literówka, 1 zaproszenie wygasło, 1 zaproszenie wkrótce wygaśnie, 1 bez adresu e-mail, 1 z błędnym adresem e-mail',
  ],
] as const) {
  test.describe(`toolbar count in ${uiLanguage}`, () => {
    test.use({ uiLanguage });

    test('is set on the reporting tab only, and cleared at 0', async ({ context, extensionId }) => {
      const first = await context.newPage();
      const second = await context.newPage();
      await first.goto(`chrome-extension://${extensionId}/options.html`);
      await second.goto(`chrome-extension://${extensionId}/welcome.html?second`);

      expect(await report(first, 3, { missing: 2, expiring: 1 })).toEqual({ ok: true });
      expect(await toolbarOf(context, first)).toEqual({ text: '3', title });
      expect((await toolbarOf(context, second)).text).toBe('');

      // Every kind named in the browser's language (served by browser.i18n, as in the built extension).
      expect(await report(second, 6, EVERY_KIND)).toEqual({ ok: true });
      expect(await toolbarOf(context, second)).toEqual({ text: '6', title: everyKind });

      expect(await report(first, 0, {})).toEqual({ ok: true });
      expect(await toolbarOf(context, first)).toEqual({ text: '', title: 'Roster Assistant for Zoom' });
      // The page's features stopped: the grey icon again (an icon file the browser cannot load would fail the reply).
      expect(await report(first, 0, {}, true)).toEqual({ ok: true });
      expect((await toolbarOf(context, first)).text).toBe('');

      // A count that does not add up is refused and changes nothing.
      expect(await report(second, 5, { missing: 1 })).toMatchObject({ ok: false });
      expect((await toolbarOf(context, second)).text).toBe('6');
    });
  });
}

/**
 * The page features report after every change of the statuses (features/toolbar/count.ts). The
 * expected count is worked out from the Zoom panel's own attributes, not written in.
 */
test('a booking tab and a Zoom tab show their count; an unrelated page of those hosts shows none', async ({ context }) => {
  await readRosterFromBooking(context);
  await serveZoom(context, 'users-en-table.html');
  const zoom = await context.newPage();
  await zoom.goto('https://zoom.us/account/user#/');
  await zoom.getByRole('tab', { name: /Pending/ }).click();
  await expect(zoom.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');

  // The list is the panel's opened part, which loads just after the first paint.
  await expect(zoom.getByTestId('zaa-employee')).toHaveCount(COMPLETE_STATUSES.length);
  const warnDays = 5; // DEFAULT_SETTINGS.warnDaysBeforeExpiry
  const expected = await zoom.getByTestId('zaa-employee').evaluateAll(
    (items, warn) =>
      items.filter((item) => {
        const status = item.getAttribute('data-status');
        const days = item.getAttribute('data-days-left');
        if (status === 'pending') return days !== null && Number(days) <= warn;
        return status === 'missing' || status === 'expired' || status === 'no-email' || status === 'invalid-email';
      }).length,
    warnDays,
  );
  expect(expected).toBeGreaterThan(0);
  await expect.poll(async () => (await toolbarOf(context, zoom)).text).toBe(String(expected));
  expect((await toolbarOf(context, zoom)).title).toMatch(new RegExp(`^${expected} employees need you: `));

  await serveBooking(context);
  const booking = await context.newPage();
  await booking.goto(`${BOOKING_TENANT}/admin/zasoby`);
  await expect(booking.getByTestId('zaa-resource')).toHaveCount(11);
  await expect.poll(async () => (await toolbarOf(context, booking)).text).toBe(String(expected));

  // A page of the booking host that is not the resource list: nothing to count there.
  await booking.goto(`${BOOKING_TENANT}/kalendarz`);
  await expect.poll(async () => (await toolbarOf(context, booking)).text).toBe('');
});
