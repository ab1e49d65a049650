/**
 * Issue 25: the first paint carries only what it draws. The panels' opened part (zoom-drawer.js,
 * booking-drawer.js) is asked for only once the badges are on the page, and still fills the list
 * (`zaa-employee`, `zaa-resource`) without a click, the panel staying collapsed.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, collectPageErrors } from './harness';
import { BOOKING_TENANT, expandPanel, serveBooking, serveZoom } from './scenario';
import { SCENARIO_TYPO, scenarioBackup, seedStore } from './seed';

/** Wall-clock ms (page side) at which the first row badge was put on the page. */
async function recordFirstBadge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const scope = window as unknown as { __zaaFirstBadge?: number };
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('.zaa-badge-host')) return;
      scope.__zaaFirstBadge = performance.timeOrigin + performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Wall-clock ms at which the page asked for each extension file (Chrome's own record of the request). */
async function recordRequests(context: BrowserContext, page: Page): Promise<Map<string, number>> {
  const asked = new Map<string, number>();
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event) => {
    const file = /^chrome-extension:\/\/[^/]+\/(.+)$/.exec(event.request.url)?.[1];
    if (file && !asked.has(file)) asked.set(file, event.wallTime * 1000);
  });
  await cdp.send('Network.enable');
  return asked;
}

const firstBadgeAt = (page: Page) => page.evaluate(() => (window as unknown as { __zaaFirstBadge?: number }).__zaaFirstBadge);

test('Zoom: the opened part loads after the badges are shown, and lists the employees without a click', async ({
  context,
  extensionId,
}) => {
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  await seedStore(extensionPage, scenarioBackup({ zoom: 'complete' }));
  await extensionPage.close();
  await serveZoom(context, 'users-en-table.html');
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await recordFirstBadge(page);
  const asked = await recordRequests(context, page);
  await page.goto('https://zoom.us/account/user#/');

  await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
  const toggle = page.getByTestId('zaa-panel').getByRole('button', { name: 'Expand' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const badge = await firstBadgeAt(page);
  expect(badge, 'a row badge was shown').toBeDefined();
  expect(asked.get('zoom-overlay.js')).toBeDefined();
  expect(asked.get('zoom-drawer.js'), 'the opened part was asked for').toBeDefined();
  expect(asked.get('zoom-drawer.js') as number).toBeGreaterThan(badge as number);
  // The typo matcher came with the store's copy: the suggestion and the notice are there (contract.md → Prefill).
  const [name, , suggestion] = SCENARIO_TYPO;
  await expect(page.getByTestId('zaa-employee').and(page.locator(`[data-name="${name}"]`))).toHaveAttribute(
    'data-suggestion',
    suggestion,
  );
  await expect(page.getByTestId('zaa-notice').and(page.locator('[data-kind="probable-typo"]'))).toHaveCount(1);
  expect(asked.has('zoom-near-matches.js')).toBe(true);
  expect(errors).toEqual([]);
});

test('booking: the opened part loads after the badges are shown, and lists the resources without a click', async ({
  context,
}) => {
  await serveBooking(context);
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await recordFirstBadge(page);
  const asked = await recordRequests(context, page);
  await page.goto(`${BOOKING_TENANT}/admin/zasoby`);

  await expect(page.getByTestId('zaa-resource')).toHaveCount(11);
  await expect(page.getByTestId('zaa-panel').getByRole('button', { name: 'Expand' })).toHaveAttribute('aria-expanded', 'false');
  const badge = await firstBadgeAt(page);
  expect(badge, 'a row badge was shown').toBeDefined();
  expect(asked.get('booking-drawer.js'), 'the opened part was asked for').toBeDefined();
  expect(asked.get('booking-drawer.js') as number).toBeGreaterThan(badge as number);
  // The booking page is given its suggestions: it never asks for the matcher.
  expect(asked.has('zoom-near-matches.js')).toBe(false);
  // No resource form is open: the hint under its address and its recording are not asked for.
  expect(asked.has('booking-open-form.js')).toBe(false);
  expect(errors).toEqual([]);
});

test('Zoom, nobody to list yet: the opened part comes when the panel is opened, and at once when it was left open', async ({
  context,
}) => {
  await serveZoom(context, 'users-en-table.html');
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  const asked = await recordRequests(context, page);
  await page.goto('https://zoom.us/account/user#/');
  await expect(page.getByTestId('zaa-notice').and(page.locator('[data-kind="no-roster"]'))).toHaveCount(1);
  await page.waitForTimeout(500);
  expect(asked.has('zoom-drawer.js'), 'no list to show, nothing opened: not asked for').toBe(false);
  await expandPanel(page);
  await expect(page.getByTestId('zaa-steps')).toBeVisible();
  expect(asked.has('zoom-drawer.js')).toBe(true);

  // Left open: after a reload, what to do is there without a click.
  await page.reload();
  await expect(page.getByTestId('zaa-panel').getByRole('button', { name: 'Collapse' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('zaa-steps')).toBeVisible();
  expect(errors).toEqual([]);
});
