/** Shared steps of the end-to-end story (tests/fixtures/SCENARIO.md). */
import type { BrowserContext, Locator, Page, Route } from '@playwright/test';
import { expect, serveSite } from './harness';
import { BOOKING_TENANT, BOOKING_PAGES, BOOKING_FAILING_PATHS } from '../fixtures/booking/routes';

export { BOOKING_TENANT };

export async function serveBooking(context: BrowserContext): Promise<void> {
  const failing = Object.fromEntries(
    BOOKING_FAILING_PATHS.map((p) => [p, (route: Route) => route.fulfill({ status: 500, body: 'Internal Server Error' })]),
  );
  await serveSite(context, BOOKING_TENANT, { ...BOOKING_PAGES, ...failing });
}

/** Serves one Zoom fixture as the Users page of `origin` (any hash, any query). */
export async function serveZoom(context: BrowserContext, fixtureFile: string, origin = 'https://zoom.us'): Promise<void> {
  await serveSite(context, origin, { '/account/user': `zoom/${fixtureFile}` });
}

/** Reads the roster the way an admin does: opens the booking resource list (older UI, with emails). */
export async function readRosterFromBooking(context: BrowserContext): Promise<void> {
  await serveBooking(context);
  const page = await context.newPage();
  await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
  await expect(page.getByTestId('zaa-resource')).toHaveCount(11);
  await page.close();
}

export const HTML_NAME = 'Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">';

export function employee(page: Page, name: string): Locator {
  return page
    .getByTestId('zaa-panel')
    .getByTestId('zaa-employee')
    .and(page.locator(`[data-name="${name.replace(/"/g, '\\"')}"]`));
}

export function badge(page: Page, email: string): Locator {
  return page.getByTestId('zaa-row-badge').and(page.locator(`[data-email="${email}"]`));
}

export function notice(page: Page, kind: string): Locator {
  return page.getByTestId('zaa-notice').and(page.locator(`[data-kind="${kind}"]`));
}

/** The statuses of SCENARIO.md on a complete view. */
export const COMPLETE_STATUSES: [string, string][] = [
  ['Anna Kowalska', 'active'],
  ['Bartosz Nowak', 'pending'],
  ['Celina Wiśniewska', 'missing'],
  ['Dawid Wójcik', 'no-email'],
  ['Ewa Kamińska', 'invalid-email'],
  ['Filip Lewandowski', 'expired'],
  ['Grażyna Zielińska-Łęcka', 'pending'],
  [HTML_NAME, 'active'],
  ['Hubert Szymański', 'active'],
  ['Iwona Dąbrowska', 'missing'],
  ['Jan Mazur', 'inactive'],
];

export async function expectCompleteScenario(page: Page): Promise<void> {
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
  for (const [name, status] of COMPLETE_STATUSES) {
    await expect(employee(page, name), name).toHaveAttribute('data-status', status);
  }
  await expect(employee(page, 'Bartosz Nowak')).toHaveAttribute('data-days-left', '24');
  await expect(employee(page, 'Grażyna Zielińska-Łęcka')).toHaveAttribute('data-days-left', '3');
  await expect(employee(page, 'Filip Lewandowski')).toHaveAttribute('data-days-left', '-5');
  await expect(employee(page, 'Iwona Dąbrowska')).toHaveAttribute('data-suggestion', 'iwona.dabrowska@salon-ania.pl');
  await expect(employee(page, 'Celina Wiśniewska')).not.toHaveAttribute('data-suggestion', /.*/);
  await expect(employee(page, 'Ewa Kamińska')).toHaveAttribute('data-email', 'ewa.kaminska@salon-ania');
  await expect(employee(page, 'Dawid Wójcik')).toHaveAttribute('data-email', '');
  await expect(employee(page, 'Bartosz Nowak')).toHaveAttribute('data-email', 'bartosz.nowak@salon-ania.pl');
}

/** Opens the panel's drawer (the employee list, notices in full, the report button), as an admin does. */
export async function expandPanel(page: Page): Promise<void> {
  const toggle = page.getByTestId('zaa-panel').getByRole('button', { name: /^(Expand|Rozwiń)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
