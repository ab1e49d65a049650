/**
 * The page stays the admin's (issues 15 and 22): at 1366×768, collapsed, the first three rows of Zoom's
 * list (and of the booking resource list) are in the viewport and not covered by the panel; opened, the
 * panel pushes the page down and covers none of its rows; the panel's bar keeps one height while the
 * page is read, so the tab under the pointer does not move between mousedown and mouseup. Screenshots
 * go to docs/screenshots/.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './harness';
import { readRosterFromBooking, serveZoom, serveBooking, BOOKING_TENANT, employee, notice } from './scenario';
import { expectNothingCut } from './layout-checks';
import { SCENARIO_MISSING, SCENARIO_TYPO } from './seed';

// The README's compact-panel pictures: `ZAA_SCREENSHOTS=docs/screenshots npx playwright test tests/e2e/panel-layout.spec.ts`
// renews them; an ordinary run writes its pictures beside the other test results, leaving the tree clean.
const SCREENSHOTS = path.resolve(process.env.ZAA_SCREENSHOTS ?? 'test-results/screenshots');
const VIEWPORT = { width: 1366, height: 768 };

/**
 * Each of the first three rows lies inside the viewport, and the page itself (not the panel) is
 * what the pointer would hit on its first cell and on its email (the first `cells` holding an @, if any).
 */
async function expectFirstRowsUncovered(rows: Locator, cells: string): Promise<void> {
  await expect(rows.first()).toBeVisible();
  // Zoom's list may show fewer than three rows (a page size of two): then all of them.
  const n = Math.min(3, await rows.count());
  expect(n).toBeGreaterThanOrEqual(2);
  const report = await rows.evaluateAll(
    (elements, selector) =>
      elements.slice(0, 3).map((row) => {
        const box = row.getBoundingClientRect();
        const inView = box.top >= 0 && box.bottom <= window.innerHeight && box.left < window.innerWidth;
        const email = [...row.querySelectorAll(selector)].find((cell) => cell.textContent?.includes('@'));
        const targets = [row.firstElementChild as Element, email ?? row].map((cell) => {
          const r = cell.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
          return hit !== null && row.contains(hit);
        });
        return { inView, uncovered: targets.every(Boolean), bottom: Math.round(box.bottom) };
      }),
    cells,
  );
  expect(
    report.map((r) => r.inView && r.uncovered),
    JSON.stringify(report),
  ).toEqual(Array(n).fill(true));
}

/**
 * Opened, the panel is in the page's flow: it ends above the first row, and each of the first rows,
 * scrolled into view, is what the pointer reaches.
 */
async function expectRowsPushedNotCovered(page: Page, rows: Locator, cells: string): Promise<void> {
  const panelBottom = await page.getByTestId('zaa-panel').evaluate((panel) => panel.getBoundingClientRect().bottom);
  const firstTop = await rows.first().evaluate((row) => row.getBoundingClientRect().top);
  expect(panelBottom).toBeLessThanOrEqual(firstTop + 0.5);
  const n = Math.min(3, await rows.count());
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    await row.scrollIntoViewIfNeeded();
    const uncovered = await row.evaluate((element, selector) => {
      const email = [...element.querySelectorAll(selector)].find((cell) => cell.textContent?.includes('@'));
      return [element.firstElementChild as Element, email ?? element].every((cell) => {
        const r = cell.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
        return hit !== null && element.contains(hit);
      });
    }, cells);
    expect(uncovered, `row ${i + 1}`).toBe(true);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function barHeight(page: Page): Promise<number> {
  return page
    .getByTestId('zaa-panel')
    .evaluate((panel) => (panel.querySelector('.zaa-bar') as HTMLElement).getBoundingClientRect().height);
}

for (const lang of ['en', 'pl'] as const) {
  test.describe(`the compact panel (${lang})`, () => {
    test.use({ uiLanguage: lang === 'pl' ? 'pl' : 'en_US' });

    for (const fixture of ['users-en-table.html', 'vue-users.html'] as const) {
      test(`on Zoom's ${fixture}, the first three rows stay in view, expanded and collapsed`, async ({ context }) => {
        await readRosterFromBooking(context);
        await serveZoom(context, fixture);
        const page = await context.newPage();
        await page.setViewportSize(VIEWPORT);
        await page.goto(`https://zoom.us/account/user?lang=${lang}#/`);
        const panel = page.getByTestId('zaa-panel');
        await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
        // Collapsed by default: only the bar; then opened, in the page's flow.
        await expect(page.getByTestId('zaa-employee').first()).toBeHidden();
        await expect(notice(page, 'partial-view')).toBeVisible();
        const rows =
          fixture === 'vue-users.html'
            ? page.locator('.zm-table__body-wrapper tbody tr')
            : page.locator('table.user-table tbody tr');
        await expectFirstRowsUncovered(rows, 'td');
        await panel.getByRole('button', { name: lang === 'pl' ? 'Rozwiń' : 'Expand' }).click();
        const toggle = panel.getByRole('button', { name: lang === 'pl' ? 'Zwiń' : 'Collapse' });
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByTestId('zaa-employee').first()).toBeVisible();
        // Notices stay in sight under the bar: the partial view is said there, not only when opened.
        await expect(notice(page, 'partial-view')).toBeVisible();
        if (fixture === 'vue-users.html') await page.screenshot({ path: path.join(SCREENSHOTS, `${lang}-compact-panel.png`) });
        await expectRowsPushedNotCovered(page, rows, 'td');
        expect(await barHeight(page)).toBeLessThanOrEqual(44);
        await expectNothingCut(page, 'opened');

        // Escape closes the drawer and gives the focus back to the toggle.
        await panel.getByRole('button', { name: lang === 'pl' ? 'Kopiuj brakujące adresy' : 'Copy missing emails' }).focus();
        await page.keyboard.press('Escape');
        const expand = panel.getByRole('button', { name: lang === 'pl' ? 'Rozwiń' : 'Expand' });
        await expect(expand).toHaveAttribute('aria-expanded', 'false');
        await expect(expand).toBeFocused();
        await expect(page.getByTestId('zaa-employee').first()).toBeHidden();
        await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
        await expect(notice(page, 'partial-view')).toBeVisible();
        await expectFirstRowsUncovered(rows, 'td');
        if (fixture === 'vue-users.html')
          await page.screenshot({ path: path.join(SCREENSHOTS, `${lang}-compact-panel-collapsed.png`) });
        // Opened, the panel covers nothing: a press on the page reaches it, and the panel stays open (closing
        // it would move the page under the pointer).
        await panel.getByRole('button', { name: lang === 'pl' ? 'Rozwiń' : 'Expand' }).click();
        await expect(page.getByTestId('zaa-employee').first()).toBeVisible();
        await page.getByRole('tab', { name: /Pending|Oczekujące/ }).click();
        await expect(page.getByRole('tab', { name: /Pending|Oczekujące/ })).toHaveAttribute('aria-selected', 'true');
        await expect(page.getByTestId('zaa-employee').first()).toBeVisible();
      });
    }

    test('on the booking resource list, the first three resources stay in view, expanded and collapsed', async ({ context }) => {
      await serveBooking(context);
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORT);
      await page.goto(`${BOOKING_TENANT}/ustawienia/zasoby`);
      await expect(page.getByTestId('zaa-resource')).toHaveCount(11);
      const rows = page.locator('li.resource');
      await expectFirstRowsUncovered(rows, '.resource-name');
      await page
        .getByTestId('zaa-panel')
        .getByRole('button', { name: lang === 'pl' ? 'Rozwiń' : 'Expand' })
        .click();
      await expect(page.getByTestId('zaa-resource').first()).toBeVisible();
      await page.screenshot({ path: path.join(SCREENSHOTS, `${lang}-compact-panel-booking.png`) });
      await expectRowsPushedNotCovered(page, rows, '.resource-name');
      await expectNothingCut(page, 'opened');
      // Before any Zoom page was read, one notice says so (not two).
      await expect(notice(page, 'partial-view')).toHaveCount(1);
      const kinds = await page.getByTestId('zaa-notice').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds).size, kinds.join()).toBe(kinds.length);
      // Opened, the fact is said once: as the first step (the notice's details are not repeated under it).
      const opened = (await page.locator('#zaa-booking-body').textContent()) ?? '';
      const said = lang === 'pl' ? 'Nie odczytano jeszcze strony Użytkownicy' : 'No Zoom Users page has been read yet';
      expect(opened.split(said).length - 1, opened).toBe(1);
      expect(opened).not.toContain(lang === 'pl' ? 'Nie odczytano jeszcze żadnej strony' : 'No page of this Zoom account');
      await page
        .getByTestId('zaa-panel')
        .getByRole('button', { name: lang === 'pl' ? 'Zwiń' : 'Collapse' })
        .click();
      await expect(page.getByTestId('zaa-resource').first()).toBeHidden();
      await expectFirstRowsUncovered(rows, '.resource-name');
    });
  });
}

test('the tab under the pointer does not move between mousedown and mouseup while the page is read', async ({ context }) => {
  await readRosterFromBooking(context);
  await serveZoom(context, 'vue-users.html');
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto('https://zoom.us/account/user?lang=en#/');
  await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
  const pendingTab = page.getByRole('tab', { name: /Pending/ });
  const before = await barHeight(page);
  // Page on: each page is read (panel counts and notices change) while the pointer holds the tab.
  for (let n = 0; n < 2; n++) {
    await page.locator('.zm-pagination .btn-next').click();
    const box = await pendingTab.boundingBox();
    if (!box) throw new Error('The Pending tab is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const samples: number[] = [];
    for (let i = 0; i < 10; i++) {
      samples.push((await pendingTab.boundingBox())?.y ?? Number.NaN);
      await page.waitForTimeout(60);
    }
    expect(new Set(samples), `the tab moved: ${samples.join(', ')}`).toEqual(new Set([box.y]));
    await page.mouse.up();
    expect(await barHeight(page)).toBe(before);
  }
  // The click landed: the Pending tab is the one shown.
  await expect(page).toHaveURL(/#\/pending$/);
});

test('a probable typo: named with both addresses, left out of Prefill, and filled once included on purpose', async ({
  context,
}) => {
  const [name, bookingAddress, zoomAddress] = SCENARIO_TYPO;
  await readRosterFromBooking(context);
  await serveZoom(context, 'vue-users.html');
  const page = await context.newPage();
  await page.goto('https://zoom.us/account/user?lang=en#/');
  // A complete view: every page of Users (three) and Pending (two), each seen loaded.
  const onPage = async (n: number) => {
    await expect(page.locator('.zm-pagination li.number.active')).toHaveText(String(n));
    await expect(page.locator('.zm-loading-mask')).toHaveCount(0);
  };
  await onPage(1);
  for (const n of [2, 3]) {
    await page.locator('.zm-pagination .btn-next').click();
    await onPage(n);
  }
  await page.getByRole('tab', { name: /Pending/ }).click();
  await onPage(1);
  await page.locator('.zm-pagination .btn-next').click();
  await onPage(2);
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');

  await expect(employee(page, name)).toHaveAttribute('data-status', 'missing');
  await expect(employee(page, name)).toHaveAttribute('data-suggestion', zoomAddress);
  const typo = notice(page, 'probable-typo');
  await expect(typo).toHaveCount(1);
  // Its title in sight under the bar; the names and both addresses in it (and in full when opened).
  await expect(typo).toBeVisible();
  await expect(typo).toContainText(name);
  await expect(typo).toContainText(bookingAddress);
  await expect(typo).toContainText(zoomAddress);

  const prefill = page.getByTestId('zaa-panel').getByTestId('zaa-prefill');
  await prefill.click();
  await expect(page.getByTestId('zaa-prefill-result')).toHaveAttribute('data-count', String(SCENARIO_MISSING.length));
  await expect(page.getByTestId('zaa-prefill-result')).toHaveAttribute('data-ok', 'true');
  const filled = () =>
    page.evaluate(
      () => (window as unknown as { __zoomFixture?: { addUsers?: { emails: string[] } } }).__zoomFixture?.addUsers?.emails,
    );
  expect(await filled()).toEqual(SCENARIO_MISSING);

  // Included on purpose (kept for this page's session): the next prefill fills it too. The admin
  // closes the dialog, opens the drawer and ticks "include anyway".
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByTestId('zaa-panel').getByRole('button', { name: 'Expand' }).click();
  await page
    .getByTestId('zaa-include-typo')
    .and(page.getByRole('checkbox', { name: new RegExp(name) }))
    .check();
  await expect(typo).toContainText('included in Prefill');
  await prefill.click();
  await expect(page.getByTestId('zaa-prefill-result')).toHaveCount(1);
  await expect(page.getByTestId('zaa-prefill-result')).toHaveAttribute('data-count', String(SCENARIO_MISSING.length + 1));
  await expect(page.getByTestId('zaa-prefill-result')).toHaveAttribute('data-ok', 'true');
  expect(await filled()).toEqual([...SCENARIO_MISSING, bookingAddress]);
  expect(
    await page.evaluate(
      () => (window as unknown as { __zoomFixture?: { addUsers?: { submitted: number } } }).__zoomFixture?.addUsers?.submitted,
    ),
  ).toBe(0);
});
