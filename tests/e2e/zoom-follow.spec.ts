/**
 * Following a real app (issue 12): the Users page rendered as the real Element UI table renders it
 * (tests/fixtures/zoom/vue-users.html?render=inplace: rows patched in place, a loading mask that
 * fades out while the new rows are already in, an empty "No Data" pane for a moment after a tab
 * switch, a dialog that fades in), and the whole story run twenty times in a row.
 */
import { test, expect, collectPageErrors } from './harness';
import { BOOKING_TENANT, COMPLETE_STATUSES, readRosterFromBooking, serveBooking, serveZoom } from './scenario';
import { askStoreFrom, scenarioBackup, seedStore } from './seed';
import type { BrowserContext, Page } from '@playwright/test';
import { mulberry32 } from '../support/seeded-random';
import { fromWire } from '../../utils/store/wire';

const bodyRows = (page: Page) => page.locator('.zm-table__body-wrapper tbody tr');
const visibleBadges = (page: Page) => page.locator('[data-testid="zaa-row-badge"]:visible');

async function onPage(page: Page, n: number, rows: number): Promise<void> {
  await expect(page.locator('.zm-pagination li.number.active')).toHaveText(String(n));
  await expect(page.locator('.zm-loading-mask:visible')).toHaveCount(0);
  await expect(bodyRows(page)).toHaveCount(rows);
  await expect(visibleBadges(page)).toHaveCount(rows);
}

async function pageThroughEverything(page: Page): Promise<void> {
  await onPage(page, 1, 2);
  for (const [n, rows] of [
    [2, 2],
    [3, 1],
  ]) {
    await page.locator('.zm-pagination .btn-next').click();
    await onPage(page, n, rows);
  }
  await page.getByRole('tab', { name: /Pending|Oczekujące/ }).click();
  await onPage(page, 1, 2);
  await page.locator('.zm-pagination .btn-next').click();
  await onPage(page, 2, 1);
}

/**
 * Watches, from the page itself, after every task: each visible badge's `data-email` against the
 * address its row shows, and every status the panel shows per employee. A mismatch seen between
 * two tasks is one the admin could see: the badge did not change in the frame its row did.
 */
async function recordWhatIsShown(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, string[]> = {};
    const mismatches: string[] = [];
    const w = window as unknown as { __shown: { seen: typeof seen; mismatches: string[]; checks: number } };
    w.__shown = { seen, mismatches, checks: 0 };
    const check = () => {
      w.__shown.checks++;
      for (const row of document.querySelectorAll('.zm-table__body-wrapper tbody tr')) {
        const shown = row.querySelector('.user-email-text')?.textContent?.trim().toLowerCase() ?? '';
        for (const host of row.querySelectorAll('.zaa-badge-host:not(.zaa-badge-spacer)')) {
          const email = host.shadowRoot?.querySelector('[data-testid="zaa-row-badge"]')?.getAttribute('data-email');
          if (email !== shown && mismatches.length < 20) mismatches.push(`${email} on the row of ${shown}`);
        }
      }
      const panel = document.querySelector('zaa-zoom-panel')?.shadowRoot;
      for (const item of panel?.querySelectorAll('[data-testid="zaa-employee"]') ?? []) {
        const name = item.getAttribute('data-name') ?? '';
        const status = item.getAttribute('data-status') ?? '';
        seen[name] ??= [];
        const list = seen[name];
        if (!list.includes(status)) list.push(status);
      }
    };
    setInterval(check, 4);
    new MutationObserver(() => setTimeout(check, 0)).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const shown = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __shown: { seen: Record<string, string[]>; mismatches: string[]; checks: number } }).__shown,
  );

for (const lang of ['en', 'pl'] as const) {
  // Pending page 1's rows arrive under a mask that then fades out for 300 ms; an admin who clicks
  // "next" during that fade cancels it (the mask comes back for page 2). The fading mask used to count
  // as loading, so page 1 was never taken and the view stayed partial about one run in two: a mask
  // fading out (or left transparent) is not loading (utils/dom/visibility.ts → isLoadingMaskShown).
  test(`switching tabs, pages and search quickly: every badge is its row's, nothing stored empty while loading (${lang})`, async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    await readRosterFromBooking(context);
    await serveZoom(context, 'vue-users.html');
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`https://zoom.us/account/user?lang=${lang}&render=inplace#/`);
    await recordWhatIsShown(page);
    await pageThroughEverything(page);
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
    // From here on the view is complete: the statuses seen before (unverified) are not the point.
    await page.evaluate(() => {
      const record = (window as unknown as { __shown: { seen: Record<string, string[]> } }).__shown;
      for (const name of Object.keys(record.seen)) delete record.seen[name];
    });

    // An admin in a hurry: tabs, pages and searches without waiting for the list to load.
    const random = mulberry32(lang === 'en' ? 12 : 13);
    const search = page.locator('.toolbar input');
    const actions: (() => Promise<void>)[] = [
      () => page.getByRole('tab', { name: /Pending|Oczekujące/ }).click(),
      () => page.getByRole('tab', { name: /^(Users|Użytkownicy)$/ }).click(),
      () => page.locator('.zm-pagination .btn-next').dispatchEvent('click'),
      () => page.locator('.zm-pagination .btn-prev').dispatchEvent('click'),
      () => search.fill(random() < 0.5 ? 'a' : 'salon'),
      () => search.fill(''),
    ];
    for (let i = 0; i < 60; i++) {
      await actions[Math.floor(random() * actions.length)]();
      await page.waitForTimeout(10 + Math.floor(random() * 200));
    }
    await search.fill('');
    await page.getByRole('tab', { name: /^(Users|Użytkownicy)$/ }).click();
    await page.getByRole('tab', { name: /Pending|Oczekujące/ }).click();
    await onPage(page, 1, 2);
    await page.waitForTimeout(1_200);

    const { seen, mismatches, checks } = await shown(page);
    expect(checks).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
    // The view was complete all along: each employee only ever showed its own status, never a
    // "missing" taken from a Pending list that was still loading.
    for (const [name, status] of COMPLETE_STATUSES) expect(seen[name], name).toEqual([status]);
    // The stored Pending list still holds every invitation.
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    // Users travel as columns on the wire (utils/store/wire.ts): back into objects as askStore does.
    const stored = fromWire(
      'getZoomContext',
      await askStoreFrom<unknown>(extensionPage, 'getZoomContext', { host: 'zoom.us' }),
    ) as unknown as { zoomUsers: { email: string; state: string }[]; zoomHost: { pending: { complete: boolean } } };
    expect(
      stored.zoomUsers
        .filter((u) => u.state === 'pending')
        .map((u) => u.email)
        .sort(),
    ).toEqual(['bartosz.nowak@salon-ania.pl', 'filip.lewandowski@salon-ania.pl', 'grazyna.zielinska@salon-ania.pl']);
    expect(stored.zoomHost.pending.complete).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('an empty Pending pane shown for a moment after the tab switch is not stored as an empty list', async ({
  context,
  extensionId,
}) => {
  await readRosterFromBooking(context);
  await serveZoom(context, 'vue-users.html');
  const page = await context.newPage();
  await page.goto('https://zoom.us/account/user?lang=en&render=inplace#/');
  await onPage(page, 1, 2);
  await recordWhatIsShown(page);
  await page.getByRole('tab', { name: /Pending/ }).click();
  await onPage(page, 1, 2);
  await page.waitForTimeout(1_200);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
  const stored = await askStoreFrom<{ zoomHost: { pending: { complete: boolean; pass?: { pages: Record<string, string[]> } } } }>(
    extensionPage,
    'getZoomContext',
    { host: 'zoom.us' },
  );
  // Page 1 of 2 seen: the pass holds its two invitations, and the list is not complete.
  expect(stored.zoomHost.pending.complete).toBe(false);
  expect(stored.zoomHost.pending.pass?.pages['1']).toHaveLength(2);
  expect((await shown(page)).mismatches).toEqual([]);
});

test('the Add Users dialog that fades in gets its Prefill button once the fade ends', async ({ context }) => {
  await readRosterFromBooking(context);
  await serveZoom(context, 'vue-users.html');
  const page = await context.newPage();
  await page.goto('https://zoom.us/account/user?lang=en&render=inplace#/');
  await onPage(page, 1, 2);
  await page.getByRole('button', { name: '+ Add Users' }).click();
  await expect(page.getByRole('dialog').getByTestId('zaa-prefill')).toBeVisible({ timeout: 3_000 });
});

test('a pressed pointer never sees the tabs move: the panel waits for the pointerup', async ({ context }) => {
  await readRosterFromBooking(context);
  await serveZoom(context, 'vue-users.html');
  const page = await context.newPage();
  await page.goto('https://zoom.us/account/user?lang=en&render=inplace#/');
  await onPage(page, 1, 2);
  const tab = page.getByRole('tab', { name: /Pending/ });
  await tab.hover();
  const before = await tab.boundingBox();
  await page.mouse.down();
  // The panel's content changes while the button is down (a message of the panel's own).
  await page.evaluate(() => {
    const host = document.querySelector('zaa-zoom-panel') as HTMLElement;
    const filler = document.createElement('div');
    filler.style.height = '80px';
    host.shadowRoot?.querySelector('body div')?.append(filler);
  });
  await page.waitForTimeout(100);
  const during = await tab.boundingBox();
  await page.mouse.up();
  expect(during?.y).toBeCloseTo(before!.y, 0);
  await expect(page).toHaveURL(/#\/pending$/);
});

/** One run of the story: the roster from the booking list without addresses (forms read), the Zoom pages, back to booking. */
async function story(context: BrowserContext, extensionPage: Page): Promise<{ outcome: string; revisitMs: number }> {
  await seedStore(extensionPage, {
    ...scenarioBackup(),
    tenants: [],
    employees: [],
    zoomHosts: [],
    zoomUsers: [],
    invitations: [],
  });
  const booking = await context.newPage();
  await booking.goto(`${BOOKING_TENANT}/ustawienia/zasoby`);
  const resources = booking.getByTestId('zaa-resource');
  await expect(resources).toHaveCount(11);
  await expect(resources.and(booking.locator('[data-name="Celina Wiśniewska"]'))).toHaveAttribute('data-email', /celina/);
  // The admin lets the reading of the edit forms finish (closing the page earlier is another story).
  await expect(booking.getByTestId('zaa-panel').locator('progress')).toHaveCount(0, { timeout: 15_000 });
  await booking.close();

  const zoom = await context.newPage();
  await zoom.goto('https://zoom.us/account/user?lang=en#/');
  await pageThroughEverything(zoom);
  await expect(zoom.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
  const zoomStatuses = await zoom
    .getByTestId('zaa-employee')
    .evaluateAll((items) => items.map((i) => `${i.getAttribute('data-name')}=${i.getAttribute('data-status')}`).join(';'));
  await zoom.close();

  const again = await context.newPage();
  const started = Date.now();
  await again.goto(`${BOOKING_TENANT}/ustawienia/zasoby`);
  const anna = again.getByTestId('zaa-resource').and(again.locator('[data-name="Anna Kowalska"]'));
  await expect(anna).toHaveAttribute('data-status', 'active', { timeout: 15_000 });
  const revisitMs = Date.now() - started;
  // Let the quiet refresh (the forms read again) finish, then take the end state.
  await expect(again.getByTestId('zaa-panel').locator('progress')).toHaveCount(0, { timeout: 15_000 });
  await again.waitForTimeout(300);
  const bookingStatuses = await again
    .getByTestId('zaa-resource')
    .evaluateAll((items) =>
      items
        .map((i) => `${i.getAttribute('data-name')}=${i.getAttribute('data-email')}=${i.getAttribute('data-status')}`)
        .join(';'),
    );
  await again.close();
  return { outcome: `${zoomStatuses}\n${bookingStatuses}`, revisitMs };
}

test('the same story run twenty times in a row ends the same way every time', async ({ context, extensionId }) => {
  test.setTimeout(300_000);
  await serveBooking(context);
  await serveZoom(context, 'vue-users.html');
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
  const outcomes: string[] = [];
  const revisits: number[] = [];
  for (let run = 0; run < 20; run++) {
    const { outcome, revisitMs } = await story(context, extensionPage);
    outcomes.push(outcome);
    revisits.push(revisitMs);
  }
  expect(outcomes[0]).toContain('Anna Kowalska=active');
  expect(outcomes[0]).toContain('Celina Wiśniewska=missing');
  const distinct = [...new Set(outcomes)].map((o) => `${outcomes.filter((x) => x === o).length}× ${o}`);
  expect(distinct.length, distinct.join('\n\n')).toBe(1);
  // On the revisit the stored statuses show at once; the forms are read again quietly behind them.
  expect(Math.max(...revisits), revisits.join(', ')).toBeLessThan(3_000);
});
