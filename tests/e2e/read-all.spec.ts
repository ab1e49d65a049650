/**
 * "Read all pages" (issue 23, contract.md → `zaa-read-all`): one press reads every page of Users and
 * Pending through the page's own pager, size select and tabs, and leaves the page where the admin had it.
 * On the real library (tests/fixtures/zoom-element/: Element UI 2 under Vue 2.7, 45 users at 30 a page,
 * every pager layout, tabs with and without a route) and on the hand-made pages (vue-users.html: 2 a page
 * and a search; users-ranges.html: ranges only). Every click the page receives from the extension is logged
 * and must be on a pager, size or tab control; the admin's own click stops the walk; a pager that stops
 * answering ends it in `failed`, with nothing claimed.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, collectPageErrors, serveSite } from './harness';
import { expectNothingCut } from './layout-checks';
import { employee, expectCompleteScenario, serveZoom } from './scenario';
import { askStoreFrom, openSeededPopup, scenarioBackup } from './seed';
import { serveZoomElement } from '../fixtures/zoom-element/serve';
import type { ZoomElementOptions } from '../fixtures/zoom-element/build';

interface FixtureState {
  tab: string;
  searchKey: string;
  page: number | null;
  loading: boolean;
  rows: string[];
}
const SCREENSHOTS = path.resolve(process.env.ZAA_SCREENSHOTS ?? 'test-results/screenshots');
const fixtureState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixture: { state: FixtureState } }).__fixture.state);
const pane = (page: Page) => page.locator('.zm-tab-pane:visible');
const readAll = (page: Page): Locator => page.getByTestId('zaa-read-all');

interface LoggedClick {
  kind: string;
  what: string;
}

/**
 * Logs every click the page receives that the admin did not make (untrusted: the extension's), with
 * what it landed on: a pager button, a page number, the size select or one of its options, a tab, or
 * anything else (a failure).
 */
async function logClicks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: { kind: string; what: string }[] = [];
    (window as unknown as { __walkClicks: typeof log }).__walkClicks = log;
    const SIZE = /^\d+\s*\/\s*(page|stron[aęy]?)$/i;
    document.addEventListener(
      'click',
      (event) => {
        if (event.isTrusted) return;
        const target = event.target as Element;
        const text = (target.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const what = `${target.tagName.toLowerCase()}.${[...target.classList].join('.')} "${text}"`;
        const pager = target.closest('.zm-pagination, [role="navigation"]');
        let kind = 'other';
        if (target.closest('[role="tab"]')) kind = 'tab';
        else if (pager && target.closest('.btn-prev, .btn-next, button[aria-label]')) kind = 'pager-button';
        else if (pager && target.closest('li.number')) kind = 'page-number';
        else if (pager && target.closest('.zm-pagination__sizes')) kind = 'size-select';
        else if (target.closest('li') && SIZE.test(text)) kind = 'size-option';
        log.push({ kind, what });
      },
      true,
    );
  });
}
const loggedClicks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __walkClicks: { kind: string; what: string }[] }).__walkClicks);

async function expectOnlyAllowedClicks(page: Page): Promise<LoggedClick[]> {
  const clicks = await loggedClicks(page);
  expect(clicks.length, 'the walk pressed something').toBeGreaterThan(0);
  expect(
    clicks.filter((click) => !['tab', 'pager-button', 'page-number', 'size-select', 'size-option'].includes(click.kind)),
  ).toEqual([]);
  return clicks;
}

/** Presses "Read all pages": `idle` before any walk; after one, the button says how the last one ended. */
async function pressReadAll(page: Page, state = 'idle'): Promise<void> {
  await expect(readAll(page)).toHaveAttribute('data-state', state);
  await readAll(page).click();
}

/** The walk ended with a complete view and the scenario's statuses; the button is gone (the view is complete). */
async function expectWalkedWhole(page: Page): Promise<void> {
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete', { timeout: 60_000 });
  await expectCompleteScenario(page);
  await expect(readAll(page)).toHaveCount(0, { timeout: 30_000 });
}

const WORDS = {
  en: { users: /^Users$/, pending: /^Pending$/, advanced: /^Advanced$/, search: 'Search by name or email' },
  pl: {
    users: /^Użytkownicy$/,
    pending: /^Oczekujące$/,
    advanced: /^Zaawansowane$/,
    search: 'Szukaj po nazwisku lub adresie e-mail',
  },
} as const;

/** Waits, as a person does, until the visible list is settled on page `n` (by the fixture's own state). */
async function settledOn(page: Page, tab: string, n: number): Promise<void> {
  await expect
    .poll(() => fixtureState(page).then((state) => [state.tab, state.page, state.loading, state.rows.length > 0]))
    .toEqual([tab, n, false, true]);
  await expect(pane(page).locator('.zm-loading-mask:visible')).toHaveCount(0);
}

interface ElementStart {
  name: string;
  options: ZoomElementOptions;
  /** Where the admin leaves the page before pressing. */
  tab: 'users' | 'pending' | 'advanced';
  page?: number;
  search?: string;
  /** The hash the page is opened with (default `#/`). */
  hash?: string;
}

// 15 a page where the admin's own paging would otherwise see Users whole before the press.
const ELEMENT_STARTS: ElementStart[] = [
  {
    name: 'full pager at 15 a page (size raised, then put back), Users page 2',
    options: { pager: 'full', lang: 'en', pageSize: 15 },
    tab: 'users',
    page: 2,
  },
  {
    name: 'full pager, Polish, Pending without a route',
    options: { pager: 'full', lang: 'pl', pendingRoute: 'none' },
    tab: 'pending',
  },
  {
    name: 'full pager, opened on Pending by its route',
    options: { pager: 'full', lang: 'en' },
    tab: 'pending',
    hash: '#/pending',
  },
  {
    name: 'custom total, Polish, stacked, Users page 2',
    options: { pager: 'custom', lang: 'pl', layout: 'stacked', pageSize: 15 },
    tab: 'users',
    page: 2,
  },
  { name: 'custom total, the Advanced tab', options: { pager: 'custom', lang: 'en' }, tab: 'advanced' },
  { name: 'prev/next only, Users page 2', options: { pager: 'prevnext', lang: 'en', pageSize: 15 }, tab: 'users', page: 2 },
  {
    name: 'prev/next only, Polish, no route, a search on',
    options: { pager: 'prevnext', lang: 'pl', pendingRoute: 'none' },
    tab: 'users',
    search: 'salon',
  },
  { name: 'full pager, a search on (in the route)', options: { pager: 'full', lang: 'en' }, tab: 'users', search: 'mazur' },
];

test.describe('Read all pages on the real Element UI page', () => {
  for (const start of ELEMENT_STARTS) {
    const lang = start.options.lang ?? 'en';
    test.describe(`${start.name}`, () => {
      test.use({ uiLanguage: lang === 'pl' ? 'pl' : 'en_US' });
      test('one press: a complete view, only pager, size and tab clicks, and the page where the admin left it', async ({
        context,
        extensionId,
      }) => {
        test.setTimeout(120_000);
        const words = WORDS[lang];
        await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
        await serveZoomElement(context, start.options);
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await page.goto(`https://zoom.us/account/user${start.hash ?? '#/'}`);
        await settledOn(page, start.hash === '#/pending' ? '/pending' : '/', 1);
        // The admin's own way to where the walk starts.
        if (start.tab === 'users' && start.page === 2) {
          await pane(page).locator('.btn-next').click();
          await settledOn(page, '/', 2);
        }
        if (start.search) {
          const field = page.getByPlaceholder(words.search);
          await field.fill(start.search);
          await field.press('Enter');
          await expect.poll(() => fixtureState(page).then((state) => state.searchKey)).toBe(start.search);
          await settledOn(page, '/', 1);
        }
        if (start.tab === 'pending' && !start.hash) {
          await page.getByRole('tab', { name: words.pending }).click();
          await settledOn(page, '/pending', 1);
        }
        if (start.tab === 'advanced') {
          await page.getByRole('tab', { name: words.advanced }).click();
          await expect.poll(() => fixtureState(page).then((state) => state.tab)).toBe('/advanced');
        }
        const before = await fixtureState(page);
        const url = page.url();
        await expect(page.getByTestId('zaa-panel')).not.toHaveAttribute('data-coverage', 'complete');
        await logClicks(page);

        await pressReadAll(page);
        await expectWalkedWhole(page);

        // Where the admin left it: tab, page, search (in the box and applied), page size, URL.
        const after = await fixtureState(page);
        expect([after.tab, after.page, after.searchKey]).toEqual([before.tab, before.page, before.searchKey]);
        if (start.tab !== 'advanced') await settledOn(page, before.tab, before.page ?? 1);
        expect(page.url()).toBe(url);
        if (start.tab === 'users') await expect(page.getByPlaceholder(words.search)).toHaveValue(start.search ?? '');
        if (start.options.pager === 'full' && start.tab !== 'advanced') {
          const size = `${start.options.pageSize ?? 30}/${lang === 'pl' ? 'strona' : 'page'}`;
          await expect(pane(page).locator('.zm-pagination__sizes input')).toHaveValue(size);
        }
        const clicks = await expectOnlyAllowedClicks(page);
        // The size select was raised for Users (more than one page) and put back.
        if (start.options.pager === 'full') {
          expect(clicks.filter((click) => click.kind === 'size-option').map((click) => click.what)).toHaveLength(2);
        }
        expect(errors).toEqual([]);
      });
    });
  }
});

/** Nobody is called missing, and the view is not complete: nothing was claimed from what did not show. */
async function expectNoClaim(page: Page): Promise<void> {
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
  await expect(page.locator('[data-testid="zaa-employee"][data-status="missing"]')).toHaveCount(0);
  await expect(employee(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'unverified');
}

test.describe('Read all pages: the admin stays in charge', () => {
  test("the admin's click on the page stops it at once; Stop and a key press stop it too; what was read counts", async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await serveZoomElement(context, { pager: 'custom', pageSize: 15 });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user#/');
    await settledOn(page, '/', 1);
    await logClicks(page);

    await pressReadAll(page);
    await expect(readAll(page)).toHaveAttribute('data-state', 'running');
    // Where it is, in the bar: 3 pages at 15 a page.
    await expect(page.getByTestId('zaa-read-all-progress')).toHaveText(/^Users: page [23] of 3$/);
    // The walk reached page 2; the admin clicks the page's own heading.
    await expect.poll(() => fixtureState(page).then((state) => state.page)).toBe(2);
    await page.locator('h1').click();
    await expect(readAll(page)).toHaveAttribute('data-state', 'stopped');
    await expect(page.getByTestId('zaa-read-all-message')).toHaveAttribute('data-state', 'stopped');
    await expect(page.getByTestId('zaa-read-all-message')).toContainText('you used the page');
    const clicksAtStop = (await loggedClicks(page)).length;
    await page.waitForTimeout(1500);
    expect((await loggedClicks(page)).length, 'nothing pressed after the stop').toBe(clicksAtStop);
    await expectNoClaim(page);

    // Pressed again, then stopped with the panel's Stop while it runs.
    await readAll(page).click();
    await expect(readAll(page)).toHaveAttribute('data-state', 'running');
    await readAll(page).click();
    await expect(readAll(page)).toHaveAttribute('data-state', 'stopped');
    await expect(page.getByTestId('zaa-read-all-message')).toHaveText('Reading stopped. The pages read so far count.');
    await expectNoClaim(page);

    // Pressed again, then stopped by a key the admin presses on the page (focus left on the page, not on our button).
    await readAll(page).click();
    await expect(readAll(page)).toHaveAttribute('data-state', 'running');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect(readAll(page)).toHaveAttribute('data-state', 'stopped');
    await expect(page.getByTestId('zaa-read-all-message')).toContainText('you used the page');
    await expectNoClaim(page);
    await expectOnlyAllowedClicks(page);
    expect(errors).toEqual([]);
  });
});

test.describe('Read all pages: a pager that stops answering', () => {
  for (const [name, options] of [
    ['the pager moves, the list never loads (custom total)', { pager: 'custom', stall: 'ignore' }],
    ['"next" does nothing (prev/next only)', { pager: 'prevnext', stall: 'swallow' }],
    [
      'prev/next only, the pager moves and the list never loads (nothing numbers the pages)',
      { pager: 'prevnext', stall: 'ignore' },
    ],
  ] as [string, ZoomElementOptions][]) {
    test(`${name}: failed, with what happened, and nothing claimed`, async ({ context, extensionId }) => {
      test.setTimeout(120_000);
      await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
      await serveZoomElement(context, options);
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto('https://zoom.us/account/user#/');
      await settledOn(page, '/', 1);
      await logClicks(page);
      await pressReadAll(page);
      await expect(readAll(page)).toHaveAttribute('data-state', 'failed', { timeout: 20_000 });
      const message = page.getByTestId('zaa-read-all-message');
      await expect(message).toHaveAttribute('data-state', 'failed');
      await expect(message).toContainText('did not change as expected within 5 s');
      await expect(message).toContainText('import Zoom’s users CSV export');
      // Long after: the page still shows page 1's rows (under a pager saying 2, or not moved), and nothing was claimed.
      await page.waitForTimeout(2000);
      await expectNoClaim(page);
      // One press on the pager (its "next", or the number 2), and nothing after it.
      const clicks = await expectOnlyAllowedClicks(page);
      expect(clicks).toHaveLength(1);
      expect(['pager-button', 'page-number']).toContain(clicks[0].kind);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('Read all pages on the hand-made pages', () => {
  test('vue-users.html (2 a page): from Users page 2', async ({ context, extensionId }) => {
    test.setTimeout(120_000);
    await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await serveZoom(context, 'vue-users.html');
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const activeNumber = page.locator('.zm-pager li.number.active');
    await page.goto('https://zoom.us/account/user#/');
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(2);
    await page.locator('.zm-pager li.number', { hasText: '2' }).click();
    await expect(activeNumber).toHaveText('2');
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(2);
    await logClicks(page);
    await pressReadAll(page);
    await expectWalkedWhole(page);
    await expect(activeNumber).toHaveText('2');
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    await expectOnlyAllowedClicks(page);
    expect(errors).toEqual([]);
  });

  test.describe('in Polish', () => {
    test.use({ uiLanguage: 'pl' });
    test('vue-users.html: from Pending page 2, and from a search on Users', async ({ context, extensionId }) => {
      test.setTimeout(120_000);
      await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
      await serveZoom(context, 'vue-users.html');
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      const activeNumber = page.locator('.zm-pager li.number.active');
      await page.goto('https://zoom.us/account/user?lang=pl#/');
      await expect(page.getByTestId('zaa-row-badge')).toHaveCount(2);
      await page.getByRole('tab', { name: 'Oczekujące' }).click();
      await page.locator('.zm-pager li.number', { hasText: '2' }).click();
      await expect(activeNumber).toHaveText('2');
      await expect(page.getByTestId('zaa-row-badge')).toHaveCount(1);
      await logClicks(page);
      await pressReadAll(page);
      await expectWalkedWhole(page);
      await expect(page.getByRole('tab', { name: 'Oczekujące' })).toHaveAttribute('aria-selected', 'true');
      await expect(activeNumber).toHaveText('2');
      await expect(page).toHaveURL(/#\/pending$/);
      await expectOnlyAllowedClicks(page);

      // A fresh store and page, and a search on Users: cleared for the walk, typed back after.
      await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
      await page.goto('https://zoom.us/account/user?lang=pl#/');
      await page.reload();
      await expect(page.getByTestId('zaa-row-badge')).toHaveCount(2);
      await page.getByPlaceholder('Szukaj po nazwisku lub adresie e-mail').fill('an');
      await expect(page).toHaveURL(/#\/\?searchKey=an$/);
      await expect(page.getByTestId('zaa-panel')).not.toHaveAttribute('data-coverage', 'complete');
      await logClicks(page);
      await pressReadAll(page, 'idle');
      await expectWalkedWhole(page);
      await expect(page.getByPlaceholder('Szukaj po nazwisku lub adresie e-mail')).toHaveValue('an');
      await expect(page).toHaveURL(/#\/\?searchKey=an$/);
      await expect(activeNumber).toHaveText('1');
      await expectOnlyAllowedClicks(page);
      expect(errors).toEqual([]);
    });
  });

  test('users-ranges.html (ranges only): from the last page, and from Pending, back where the admin was', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await serveZoom(context, 'users-ranges.html');
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user?page=2#/');
    await expect(page.getByText('31 - 45 of 45')).toBeVisible();
    await logClicks(page);
    await pressReadAll(page);
    await expectWalkedWhole(page);
    await expect(page.getByText('31 - 45 of 45')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    await expectOnlyAllowedClicks(page);

    await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await page.goto('https://zoom.us/account/user#/');
    await expect(page.getByText('1 - 30 of 45')).toBeVisible();
    await page.getByRole('tab', { name: 'Pending' }).click();
    await expect(page.getByText('1 - 3 of 3')).toBeVisible();
    await logClicks(page);
    await pressReadAll(page);
    await expectWalkedWhole(page);
    await expect(page.getByRole('tab', { name: 'Pending' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('1 - 3 of 3')).toBeVisible();
    await expectOnlyAllowedClicks(page);
    expect(errors).toEqual([]);
  });
});

test.describe('Read all pages: the bar stays whole', () => {
  test.use({ uiLanguage: 'pl' });
  test('at 1280×800 in Polish: offered, while reading ("Użytkownicy: strona 2 z 3", Stop), and after a failure', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await serveZoomElement(context, { lang: 'pl', pager: 'custom', pageSize: 15, stall: 'ignore' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('https://zoom.us/account/user#/');
    await settledOn(page, '/', 1);
    await expect(readAll(page)).toHaveText('Czytaj wszystkie strony');
    await expectNothingCut(page, 'offered');
    await readAll(page).click();
    // The list never loads past page 1: the walk waits on page 2 for the whole wait, showing where it is.
    await expect(page.getByTestId('zaa-read-all-progress')).toHaveText('Użytkownicy: strona 2 z 3');
    await expect(readAll(page)).toHaveText('Zatrzymaj');
    await expectNothingCut(page, 'reading');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pl-read-all-running-1280.png') });
    await expect(readAll(page)).toHaveAttribute('data-state', 'failed', { timeout: 20_000 });
    await expect(page.getByTestId('zaa-read-all-message')).toContainText('nie zmieniła się tak, jak powinna, w ciągu 5 s');
    await expectNothingCut(page, 'failed');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pl-read-all-failed-1280.png') });
  });
});

test.describe('Read all pages on a taught layout', () => {
  test('users-cards.html, both lists taught: it switches the tabs and reads each taught list (no pager: one page each)', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    const popup = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await serveSite(context, 'https://zoom.us', { '/account/user': 'teach/users-cards.html' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user#/');
    // Not readable before teaching: not offered.
    await expect(page.getByTestId('zaa-notice').and(page.locator('[data-kind="layout-unrecognised"]'))).toHaveCount(1);
    await expect(readAll(page)).toHaveCount(0);
    const prompt = page.getByTestId('zaa-teach-prompt');
    for (const [tab, list, address] of [
      ['Users', '#panel-users', 'anna.kowalska@salon-ania.pl'],
      ['Pending', '#panel-pending', 'bartosz.nowak@salon-ania.pl'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByTestId('zaa-panel').getByTestId('zaa-teach').click();
      // Teaching's code loads at the press: a click before its first step shows is the page's own.
      await expect(prompt).toHaveAttribute('data-step', 'email');
      await page.locator(`${list} .person-mail`, { hasText: address }).click();
      await prompt.locator('[data-answer="skip"]').click();
      await expect(prompt).toHaveCount(0);
    }
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
    // What Zoom showed is forgotten; what was taught is kept: the page is read again from nothing.
    await askStoreFrom(popup, 'forgetZoomHost', { host: 'zoom.us' });
    await page.reload();
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
    await logClicks(page);
    await pressReadAll(page);
    // A taught list reads addresses, not invitation dates: the statuses that need no date.
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
    await expect(readAll(page)).toHaveCount(0);
    await expect(employee(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'missing');
    await expect(employee(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
    await expect(employee(page, 'Bartosz Nowak')).toHaveAttribute('data-status', 'pending');
    await expect(page.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    const clicks = await expectOnlyAllowedClicks(page);
    expect(clicks.map((click) => click.kind)).toEqual(['tab', 'tab']);
    expect(errors).toEqual([]);
  });
});
