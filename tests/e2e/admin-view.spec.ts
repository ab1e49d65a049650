/**
 * The admin's view (issue 22, contract.md's layout rule): at 1280×800 and 1366×768, in Polish and
 * English, on the booking list and on Zoom's Users and Pending tabs (hand-made and real-library pages),
 * no text of the panel is cut or pushed out of sight, collapsed or opened, and with the panel opened
 * the page's own Add Users and Resend controls are still what the pointer reaches.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { expectHitTestable, expectNothingCut } from './layout-checks';
import { BOOKING_TENANT, expandPanel, readRosterFromBooking, serveBooking, serveZoom } from './scenario';
import { serveZoomElement } from '../fixtures/zoom-element/serve';

const SCREENSHOTS = path.resolve(process.env.ZAA_SCREENSHOTS ?? 'test-results/screenshots');
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
];

async function checkPanel(page: Page, what: string): Promise<void> {
  await expect(page.getByTestId('zaa-panel')).toBeVisible();
  await expectNothingCut(page, `${what}, collapsed`);
  await expandPanel(page);
  await expect(page.locator('#zaa-panel-body, #zaa-booking-body').first()).toBeVisible();
  await expectNothingCut(page, `${what}, opened`);
}

async function collapse(page: Page): Promise<void> {
  const toggle = page.getByTestId('zaa-panel').getByRole('button', { name: /^(Collapse|Zwiń)$/ });
  if ((await toggle.count()) > 0) await toggle.click();
}

for (const lang of ['pl', 'en'] as const) {
  test.describe(`the admin's view (${lang})`, () => {
    test.use({ uiLanguage: lang === 'pl' ? 'pl' : 'en_US' });

    for (const viewport of VIEWPORTS) {
      const size = `${viewport.width}×${viewport.height}`;

      test(`${size}: whole texts on the booking list, and on Zoom's Users and Pending tabs with their controls free`, async ({
        context,
      }) => {
        await readRosterFromBooking(context);
        await serveBooking(context);
        const booking = await context.newPage();
        await booking.setViewportSize(viewport);
        await booking.goto(`${BOOKING_TENANT}/ustawienia/zasoby`);
        await expect(booking.getByTestId('zaa-resource')).toHaveCount(11);
        await checkPanel(booking, `booking list ${size}`);
        await booking.close();

        await serveZoom(context, 'users-en-table.html');
        const zoom = await context.newPage();
        await zoom.setViewportSize(viewport);
        await zoom.goto(`https://zoom.us/account/user?lang=${lang}#/`);
        await expect(zoom.getByTestId('zaa-employee')).toHaveCount(11);
        await checkPanel(zoom, `Zoom Users ${size}`);
        await expectHitTestable(zoom.getByRole('button', { name: '+ Add Users', exact: true }), 'Add Users, panel opened');
        await collapse(zoom);
        await zoom.getByRole('tab', { name: 'Pending' }).click();
        await expect(zoom.getByRole('tab', { name: 'Pending' })).toHaveAttribute('aria-selected', 'true');
        await checkPanel(zoom, `Zoom Pending ${size}`);
        const resend = zoom.locator('table.pending-table').getByRole('button', { name: 'Resend', exact: true });
        for (let i = 0; i < (await resend.count()); i++) await expectHitTestable(resend.nth(i), `Resend ${i + 1}, panel opened`);
        if (viewport.width === 1280) {
          await zoom.screenshot({ path: path.join(SCREENSHOTS, `${lang}-panel-pending-1280.png`) });
        }
      });

      test(`${size}: whole texts on the real-library Users and Pending tabs, with their controls free`, async ({ context }) => {
        await readRosterFromBooking(context);
        await serveZoomElement(context, { lang });
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        await page.goto(`https://zoom.us/account/user?lang=${lang}#/`);
        await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
        await checkPanel(page, `real-library Users ${size}`);
        await expectHitTestable(
          page.getByRole('button', { name: lang === 'pl' ? '+ Dodaj użytkowników' : '+ Add Users', exact: true }),
          'Add Users, panel opened',
        );
        await collapse(page);
        const pendingTab = page.getByRole('tab', { name: lang === 'pl' ? 'Oczekujące' : 'Pending' });
        await pendingTab.click();
        await expect(pendingTab).toHaveAttribute('aria-selected', 'true');
        await expect(page.locator('.zm-tab-pane:visible .zm-loading-mask:visible')).toHaveCount(0);
        await checkPanel(page, `real-library Pending ${size}`);
        const resend = page
          .locator('.zm-tab-pane:visible')
          .getByRole('button', { name: lang === 'pl' ? 'Prześlij ponownie' : 'Resend', exact: true });
        expect(await resend.count()).toBeGreaterThan(0);
        for (let i = 0; i < (await resend.count()); i++) await expectHitTestable(resend.nth(i), `Resend ${i + 1}, panel opened`);
        if (viewport.width === 1280) {
          await page.screenshot({ path: path.join(SCREENSHOTS, `${lang}-panel-element-pending-1280.png`) });
        }
      });
    }
  });
}
