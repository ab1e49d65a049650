/**
 * The demo's pages (the same fixtures the tests use) served at their real addresses, for `npm run demo`
 * and `npm run screenshots:toolbar`, and the steps through them that both take. Nothing else is reached.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { serveSite } from '../tests/support/serve';
import { BOOKING_TENANT, BOOKING_PAGES, BOOKING_FAILING_PATHS } from '../tests/fixtures/booking/routes';

export const ZOOM = 'https://zoom.us';
/** The booking settings' resource list (its edit forms are served too, one of them broken). */
export const DEMO_BOOKING_LIST = `${BOOKING_TENANT}/ustawienia/zasoby`;

/** Zoom's User Management → Users page, in the page's own language. */
export function demoZoomUsers(lang: 'pl' | 'en'): string {
  return `${ZOOM}/account/user?lang=${lang}#/`;
}

export async function serveDemo(context: BrowserContext): Promise<void> {
  const failing = (route: Route) => route.fulfill({ status: 500, body: 'Internal Server Error' });
  await serveSite(context, BOOKING_TENANT, {
    ...BOOKING_PAGES,
    ...Object.fromEntries(BOOKING_FAILING_PATHS.map((p) => [p, failing])),
  });
  await serveSite(context, ZOOM, { '/account/user': 'zoom/vue-users.html' });
}

/** Waits until Zoom's list shows page `n`, loaded. */
export async function waitForPage(page: Page, n: number): Promise<void> {
  await page.locator('.zm-pagination li.number.active', { hasText: String(n) }).waitFor();
  await page.locator('.zm-loading-mask').waitFor({ state: 'detached' });
  await page.waitForTimeout(150);
}

/** From page 1 of the Users tab: the other Users pages, then every Pending page, until the panel's view is complete. */
export async function seeEveryZoomPage(zoom: Page, lang: 'pl' | 'en'): Promise<void> {
  for (const n of [2, 3]) {
    await zoom.locator('.zm-pagination .btn-next').click();
    await waitForPage(zoom, n);
  }
  await zoom.getByRole('tab', { name: lang === 'pl' ? /Oczekujące/ : /Pending/ }).click();
  await waitForPage(zoom, 1);
  await zoom.locator('.zm-pagination .btn-next').click();
  await waitForPage(zoom, 2);
  await zoom.locator('.zm-pagination .btn-prev').click();
  await waitForPage(zoom, 1);
  await zoom.locator('[data-testid="zaa-panel"][data-coverage="complete"]').waitFor();
}
