/**
 * The story on Users pages built by the real component library: Element UI 2.15.14 on Vue 2.7,
 * renamed zm- (tests/fixtures/zoom-element/), 45 users at 30 per page, in English and Polish.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test, expect, collectPageErrors } from './harness';
import { employee, expectCompleteScenario, HTML_NAME } from './scenario';
import { askStoreFrom, openSeededPopup, SCENARIO_MISSING, SCENARIO_TYPO, scenarioBackup } from './seed';
import { fromWire } from '../../utils/store/wire';
import { mulberry32 } from '../support/seeded-random';
import { serveZoomElement } from '../fixtures/zoom-element/serve';

interface FixtureState {
  tab: string;
  page: number | null;
  loading: boolean;
  rows: string[];
  dialogOpen: boolean;
  addUsers: { raw: string | string[]; emails: string[]; userType: string; submitted: number; cancelled: number };
}
const fixtureState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __fixture: { state: FixtureState } }).__fixture.state);

const pane = (page: Page) => page.locator('.zm-tab-pane:visible');
const bodyRows = (page: Page) => pane(page).locator('.zm-table__body-wrapper tbody tr');
const visibleBadges = (page: Page) => page.locator('[data-testid="zaa-row-badge"]:visible');

/** Waits, as a person does, until the visible list shows page `n` with `rows` rows and no loading mask. */
async function onPage(page: Page, n: number, rows: number): Promise<void> {
  await expect(pane(page).locator('.zm-pager li.number.active')).toHaveText(String(n));
  await expect(pane(page).locator('.zm-loading-mask:visible')).toHaveCount(0);
  await expect(bodyRows(page)).toHaveCount(rows);
  await expect.poll(() => fixtureState(page).then((state) => state.rows.length)).toBe(rows);
}

/**
 * Every shown row has exactly one visible badge, and it is that row's: its data-email is the address
 * the row shows (no badge left over from what stood there before Vue re-rendered the row in place).
 */
async function expectOneRightBadgePerRow(page: Page, rows: number): Promise<void> {
  await expect.soft(visibleBadges(page), 'one visible badge per row').toHaveCount(rows);
  await expect.soft
    .poll(() =>
      page.evaluate(() => {
        const shown = [...document.querySelectorAll('.zm-tab-pane')].find((one) => (one as HTMLElement).offsetParent !== null);
        const wrong: string[] = [];
        for (const row of shown?.querySelectorAll('.zm-table__body-wrapper tbody tr') ?? []) {
          // The address is one text node of its own (cells' texts run together in textContent).
          const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
          let address: string | undefined;
          for (let node = walker.nextNode(); node && !address; node = walker.nextNode()) {
            const text = (node.textContent ?? '').trim();
            if (/^[^\s@]+@[^\s@]+\.[a-z]+$/i.test(text)) address = text.toLowerCase();
          }
          const badges = [...row.querySelectorAll('.zaa-badge-host:not(.zaa-badge-spacer)')].map(
            (host) => host.shadowRoot?.querySelector('[data-testid="zaa-row-badge"]')?.getAttribute('data-email') ?? '?',
          );
          if (badges.length !== 1 || badges[0] !== address) wrong.push(`${address} → [${badges.join(', ')}]`);
        }
        return wrong;
      }),
    )
    .toEqual([]);
}

/** The fixed-right copy carries no badge, and each of its rows is as tall as the main table's row. */
async function expectFixedCopyAligned(page: Page): Promise<void> {
  await expect.soft(pane(page).locator('.zm-table__fixed-right [data-testid="zaa-row-badge"]')).toHaveCount(0);
  const heights = await pane(page).evaluate((root) => {
    const body = [...root.querySelectorAll('.zm-table__body-wrapper tbody tr')];
    const fixed = [...root.querySelectorAll('.zm-table__fixed-right .zm-table__fixed-body-wrapper tbody tr')];
    return body.map((row, i) => [row.getBoundingClientRect().height, fixed[i]?.getBoundingClientRect().height ?? -1]);
  });
  expect(heights.length).toBeGreaterThan(0);
  const misaligned = heights.filter(([rowHeight, copyHeight]) => Math.abs(rowHeight - copyHeight) > 0.5);
  expect.soft(misaligned, 'rows whose fixed copy differs in height [row, copy]').toEqual([]);
}

const statusOf = (page: Page, name: string) => employee(page, name);

const WORDS = {
  en: { users: /^Users$/, pending: /^Pending$/, addUsers: '+ Add Users', add: 'Add' },
  pl: { users: /^Użytkownicy$/, pending: /^Oczekujące$/, addUsers: '+ Dodaj użytkowników', add: 'Dodaj' },
} as const;

/** As an admin does: Users page 1, page 2, then the Pending tab, each waited for until it is shown. */
async function walkBothLists(page: Page, words: (typeof WORDS)[keyof typeof WORDS]): Promise<void> {
  await onPage(page, 1, 30);
  await pane(page).locator('.zm-pagination .btn-next').click();
  await onPage(page, 2, 15);
  await page.getByRole('tab', { name: words.pending }).click();
  await onPage(page, 1, 3);
}

test.describe('the real-library fixture itself (no extension loaded)', () => {
  // A browser without the extension: these tests check the fixture, not the overlay (whose panel may
  // still move the tabs under a click: part 2 of issue 12).
  let plain: BrowserContext;
  test.beforeEach(async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
    plain = await browser.newContext();
    await plain.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  });
  test.afterEach(async () => {
    await plain.browser()?.close();
  });

  test('renamed throughout: no el- class in the DOM, and table, pager, tabs, search and dialog still work', async () => {
    await serveZoomElement(plain);
    const page = await plain.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user?email=tags#/');
    await onPage(page, 1, 30);
    await expect(pane(page).locator('.zm-table__fixed-right')).toHaveCount(1);
    await expect(pane(page).locator('.zm-pagination__total')).toHaveText('Total 45');
    await pane(page).locator('.zm-pagination .btn-next').click();
    await expect(pane(page).locator('.zm-loading-mask')).toHaveCount(1); // the mask comes, then fades
    await onPage(page, 2, 15);
    await page.getByRole('tab', { name: 'Pending' }).click();
    await expect(page).toHaveURL(/#\/pending$/);
    await onPage(page, 1, 3);
    await expect(pane(page).getByRole('button', { name: 'Resend' })).toHaveCount(3);
    await page.getByRole('tab', { name: 'Users' }).click();
    await page.getByPlaceholder('Search by name or email').fill('mazur');
    await page.getByPlaceholder('Search by name or email').press('Enter');
    await expect(page).toHaveURL(/#\/\?searchKey=mazur$/);
    await onPage(page, 1, 1);
    await page.getByRole('button', { name: '+ Add Users' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add Users' });
    await expect(dialog).toBeVisible();
    const tags = dialog.locator('.zm-select__tags input.zm-select__input');
    await tags.fill('nowy@salon-ania.pl');
    await tags.press('Enter');
    await dialog.getByText('Licensed', { exact: true }).click();
    expect((await fixtureState(page)).addUsers).toMatchObject({ emails: ['nowy@salon-ania.pl'], userType: 'licensed' });
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.locator('.zm-message__content')).toHaveText('Invitations sent to 1 user(s)');
    expect((await fixtureState(page)).addUsers.submitted).toBe(1);
    const leftovers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => [...element.classList].filter((name) => /^el-|^el_/.test(name))),
    );
    expect(leftovers).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[class*="zm-"]').length)).toBeGreaterThan(200);
    expect(errors).toEqual([]);
  });

  test('variants: Polish seed words, stacked address, custom total, prev/next only, tabs without URL change', async () => {
    await serveZoomElement(plain);
    const page = await plain.newPage();
    const errors = collectPageErrors(page);
    await page.goto('https://zoom.us/account/user?lang=pl&words=alt&layout=stacked&pager=custom&pendingRoute=none#/');
    await onPage(page, 1, 30);
    await expect(pane(page).locator('.zm-pagination__total')).toHaveText('45 wyników');
    await expect(pane(page).locator('.zm-table__header-wrapper th')).not.toContainText(['Adres e-mail']);
    await expect(bodyRows(page).first().locator('.email')).toHaveText('pracownik01@firma-testowa.pl');
    await page.getByRole('tab', { name: 'W oczekiwaniu' }).click();
    await onPage(page, 1, 3);
    await expect(page).toHaveURL(/#\/$/);
    await expect(pane(page).getByRole('button', { name: 'Wyślij ponownie' })).toHaveCount(3);
    await expect(pane(page).locator('.zm-table__body-wrapper tbody tr').first()).toContainText(/\d{2}\.\d{2}\.\d{4}/);

    await page.goto('https://zoom.us/account/user?pager=prevnext#/');
    await expect(pane(page).locator('.zm-pager')).toHaveCount(0);
    await expect.poll(() => fixtureState(page).then((state) => state.rows.length)).toBe(30);
    await pane(page).locator('.btn-next').click();
    await expect
      .poll(() => fixtureState(page).then((state) => [state.page, state.rows.length, state.loading]))
      .toEqual([2, 15, false]);
    await expect(pane(page).locator('.btn-next')).toBeDisabled();
    expect(errors).toEqual([]);
  });
});

for (const lang of ['en', 'pl'] as const) {
  const words = WORDS[lang];
  test.describe(`real Element UI Users page (${lang})`, () => {
    test.use({ uiLanguage: lang === 'pl' ? 'pl' : 'en_US' });

    test('Users page 1, page 2, Pending: statuses at each step, one right badge per row, a complete view', async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(240_000);
      await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
      await serveZoomElement(context, { lang, layout: lang === 'pl' ? 'stacked' : 'column' });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto('https://zoom.us/account/user#/');

      await onPage(page, 1, 30);
      await expectOneRightBadgePerRow(page, 30);
      await expect.soft(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
      await expect.soft(statusOf(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
      await expect.soft(statusOf(page, 'Hubert Szymański')).toHaveAttribute('data-status', 'active');
      await expect.soft(statusOf(page, 'Jan Mazur')).toHaveAttribute('data-status', 'unverified');
      await expect.soft(statusOf(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'unverified');
      await expectFixedCopyAligned(page);

      await pane(page).locator('.zm-pagination .btn-next').click();
      await onPage(page, 2, 15);
      await expectOneRightBadgePerRow(page, 15);
      await expect.soft(statusOf(page, 'Jan Mazur')).toHaveAttribute('data-status', 'inactive');
      await expect.soft(statusOf(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'unverified');
      await expect.soft(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
      await expectFixedCopyAligned(page);

      await page.getByRole('tab', { name: words.pending }).click();
      await onPage(page, 1, 3);
      await expectOneRightBadgePerRow(page, 3);
      await expectFixedCopyAligned(page);
      await expectCompleteScenario(page);
      await expect.soft(statusOf(page, HTML_NAME)).toHaveAttribute('data-status', 'active');
      expect.soft(errors).toEqual([]);
    });

    for (const email of ['textarea', 'tags'] as const) {
      // The store knows nothing of Zoom: the admin walks both lists to a complete view (the page's
      // 45 users are not the scenario's 8, so a seeded "complete" view would rightly drop to partial).
      test(`prefill into the ${email} field: the Vue model holds exactly the addresses to invite, nothing submitted`, async ({
        context,
        extensionId,
      }) => {
        test.setTimeout(120_000);
        await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
        await serveZoomElement(context, { lang, email });
        const page = await context.newPage();
        const errors = collectPageErrors(page);
        await page.goto('https://zoom.us/account/user#/');
        await walkBothLists(page, words);
        await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
        // Celina is missing; Iwona's address is a probable typo of a Zoom user's: not filled by default.
        await expect(statusOf(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'missing');
        await expect(statusOf(page, SCENARIO_TYPO[0])).toHaveAttribute('data-suggestion', SCENARIO_TYPO[2]);
        // Back on Users (the list keeps its page 2) for the Add Users button.
        await page.getByRole('tab', { name: words.users }).click();
        await onPage(page, 2, 15);
        await page.getByRole('button', { name: words.addUsers }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expect(dialog.getByTestId('zaa-prefill')).toBeVisible();
        await dialog.getByTestId('zaa-prefill').click();
        const result = page.getByTestId('zaa-prefill-result');
        await expect(result).toHaveCount(1);
        await expect(result).toHaveAttribute('data-count', String(SCENARIO_MISSING.length));
        await expect(result).toHaveAttribute('data-ok', 'true');
        const state = await fixtureState(page);
        expect(state.addUsers.emails).toEqual(SCENARIO_MISSING);
        // What the field itself holds: the textarea's text, or the select's tags.
        const raw = Array.isArray(state.addUsers.raw) ? state.addUsers.raw : state.addUsers.raw.split(/[\s,;]+/).filter(Boolean);
        expect(raw).toEqual(SCENARIO_MISSING);
        expect(raw).not.toContain(SCENARIO_TYPO[1]);
        expect(state.addUsers.userType).toBe('basic');
        expect(state.addUsers.submitted).toBe(0);
        expect(state.dialogOpen).toBe(true);
        expect(errors).toEqual([]);
      });
    }
  });
}

/**
 * Watches, from the page itself, after every task: each visible badge against its row's email cell
 * (the cell under the "Email"/"Adres e-mail" header), and every employee the panel calls missing,
 * with the panel's coverage at that moment. A mismatch seen between two tasks is one the admin
 * could see: the badge did not change in the frame its row did.
 */
async function recordRapidChecks(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Record = { checks: number; mismatches: string[]; missing: string[]; falseMissing: string[] };
    const record: Record = { checks: 0, mismatches: [], missing: [], falseMissing: [] };
    (window as unknown as { __rapid: Record }).__rapid = record;
    const EMAIL_HEADER = /^(email|adres e-mail)$/i;
    const check = () => {
      record.checks++;
      const shown = [...document.querySelectorAll('.zm-tab-pane')].find((one) => (one as HTMLElement).offsetParent !== null);
      const headers = [...(shown?.querySelectorAll('.zm-table__header-wrapper th') ?? [])].map((th) =>
        (th.textContent ?? '').trim(),
      );
      const column = headers.findIndex((text) => EMAIL_HEADER.test(text));
      for (const row of shown?.querySelectorAll('.zm-table__body-wrapper tbody tr') ?? []) {
        // The cell's own text (the badge host beside it has none of its own).
        const inner = row.children[column]?.querySelector('.cell');
        const address = [...(inner?.childNodes ?? [])]
          .filter((node) => node.nodeType === 3)
          .map((node) => node.textContent)
          .join('')
          .trim()
          .toLowerCase();
        for (const host of row.querySelectorAll('.zaa-badge-host:not(.zaa-badge-spacer)')) {
          const email = host.shadowRoot?.querySelector('[data-testid="zaa-row-badge"]')?.getAttribute('data-email');
          if (email !== address && record.mismatches.length < 20) record.mismatches.push(`${email} on the row of ${address}`);
        }
      }
      const panel = document.querySelector('zaa-zoom-panel')?.shadowRoot;
      const coverage = panel?.querySelector('[data-testid="zaa-panel"]')?.getAttribute('data-coverage');
      for (const item of panel?.querySelectorAll('[data-testid="zaa-employee"][data-status="missing"]') ?? []) {
        const name = item.getAttribute('data-name') ?? '';
        const what = `${name}${item.hasAttribute('data-suggestion') ? ' (probable typo)' : ''} while ${coverage}`;
        if (!record.missing.includes(what)) record.missing.push(what);
        if (coverage !== 'complete' && !record.falseMissing.includes(what)) record.falseMissing.push(what);
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

type RapidRecord = { checks: number; mismatches: string[]; missing: string[]; falseMissing: string[] };
const rapidRecord = (page: Page) => page.evaluate(() => (window as unknown as { __rapid: RapidRecord }).__rapid);

/**
 * Every visible row of the shown list has exactly one visible badge, whose data-email is the text
 * of the row's email cell; the fixed column's rows are as tall as the main rows.
 */
async function expectBadgesOnTheirRows(page: Page, rows: number): Promise<void> {
  const found = await pane(page).evaluate((root) => {
    const headers = [...root.querySelectorAll('.zm-table__header-wrapper th')].map((th) => (th.textContent ?? '').trim());
    const column = headers.findIndex((text) => /^(email|adres e-mail)$/i.test(text));
    return [...root.querySelectorAll('.zm-table__body-wrapper tbody tr')].map((row) => {
      const inner = row.children[column]?.querySelector('.cell');
      const address = [...(inner?.childNodes ?? [])]
        .filter((node) => node.nodeType === 3)
        .map((node) => node.textContent)
        .join('')
        .trim()
        .toLowerCase();
      const badges = [...row.querySelectorAll('.zaa-badge-host:not(.zaa-badge-spacer)')]
        .map((host) => host.shadowRoot?.querySelector('[data-testid="zaa-row-badge"]'))
        .filter((badge): badge is Element => Boolean(badge?.checkVisibility()))
        .map((badge) => badge.getAttribute('data-email') ?? '?');
      return { address, badges };
    });
  });
  expect(found).toHaveLength(rows);
  expect(
    found.filter(({ address }) => !/^[^\s@]+@[^\s@]+\.[a-z]+$/.test(address)),
    'rows whose email cell was read',
  ).toEqual([]);
  expect(found.filter(({ address, badges }) => badges.length !== 1 || badges[0] !== address)).toEqual([]);
  await expect(visibleBadges(page)).toHaveCount(rows);
  await expectFixedCopyAligned(page);
}

type StoredList = { complete: boolean; pass?: { pages: Record<string, string[]> } };
interface StoredZoom {
  zoomHost: { users: StoredList; pending: StoredList } | null;
  zoomUsers: { email: string; state: string }[];
}

for (const lang of ['en', 'pl'] as const) {
  const words = WORDS[lang];
  test.describe(`real Element UI Users page, an admin in a hurry (${lang})`, () => {
    test.use({ uiLanguage: lang === 'pl' ? 'pl' : 'en_US' });

    test("switching tabs, pages and search quickly: every badge is its row's, nothing stored empty or lost, no missing while loading", async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(180_000);
      const extensionPage = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
      await serveZoomElement(context, { lang });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto('https://zoom.us/account/user#/');
      await recordRapidChecks(page);

      // The store, read from an extension page all along: no list stored empty, nobody stored then lost.
      const storeProblems: string[] = [];
      const everStored = new Set<string>();
      let polls = 0;
      let rounds = true;
      const poller = (async () => {
        while (rounds) {
          const wire = await askStoreFrom<unknown>(extensionPage, 'getZoomContext', { host: 'zoom.us' });
          const stored = fromWire('getZoomContext', wire) as unknown as StoredZoom;
          polls++;
          const now = new Set(stored.zoomUsers.map((user) => user.email));
          for (const email of everStored) if (!now.has(email) && storeProblems.length < 20) storeProblems.push(`${email} lost`);
          for (const email of now) everStored.add(email);
          for (const list of ['users', 'pending'] as const) {
            const coverage = stored.zoomHost?.[list];
            const pages = Object.entries<string[]>(coverage?.pass?.pages ?? {}).filter(([, emails]) => emails.length === 0);
            if (pages.length > 0) storeProblems.push(`${list}: empty page ${pages.map(([n]) => n).join(', ')} stored`);
            const held = stored.zoomUsers.filter((user) => (list === 'pending') === (user.state === 'pending'));
            if (coverage?.complete && held.length === 0) storeProblems.push(`${list}: stored complete and empty`);
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      })();

      const random = mulberry32(lang === 'en' ? 1212 : 1213);
      const searchField = page.getByPlaceholder(
        lang === 'pl' ? 'Szukaj po nazwisku lub adresie e-mail' : 'Search by name or email',
      );
      const visiblePane = () => pane(page);
      const actions: [string, () => Promise<void>][] = [
        ['pending tab', () => page.getByRole('tab', { name: words.pending }).dispatchEvent('click')],
        ['users tab', () => page.getByRole('tab', { name: words.users }).dispatchEvent('click')],
        [
          'next page',
          () => visiblePane().locator('.zm-pagination .btn-next').first().dispatchEvent('click', {}, { timeout: 1_000 }),
        ],
        [
          'prev page',
          () => visiblePane().locator('.zm-pagination .btn-prev').first().dispatchEvent('click', {}, { timeout: 1_000 }),
        ],
        [
          'search field',
          async () => {
            if (!(await searchField.isVisible())) return;
            await searchField.fill(random() < 0.5 ? 'salon' : 'mazur', { timeout: 1_000 });
            await searchField.press('Enter', { timeout: 1_000 });
          },
        ],
        [
          'search hash',
          () =>
            page.evaluate(
              (key) => {
                location.hash = `#/?searchKey=${key}`;
              },
              random() < 0.5 ? 'anna' : 'pracownik',
            ),
        ],
        [
          'clear hash',
          () =>
            page.evaluate(() => {
              location.hash = '#/';
            }),
        ],
      ];
      const done: string[] = [];
      for (let round = 0; round < 20; round++) {
        const [name, act] = actions[Math.floor(random() * actions.length)];
        // A control that is not there at this instant (the pane just switched) is a click into nothing.
        await act().catch(() => undefined);
        done.push(name);
        await page.waitForTimeout(10 + Math.floor(random() * 250));
      }

      // Settling: the admin clears the search and walks both lists to the end, waiting for each page.
      await page.evaluate(() => {
        location.hash = '#/';
      });
      await expect(pane(page).locator('.zm-loading-mask:visible')).toHaveCount(0);
      if ((await pane(page).locator('.zm-pager li.number.active').textContent()) !== '1') {
        await pane(page).locator('.zm-pager li.number', { hasText: /^1$/ }).click();
      }
      await walkBothLists(page, words);
      await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
      await page.waitForTimeout(1_000);
      rounds = false;
      await poller;

      await expectBadgesOnTheirRows(page, 3);
      await expectCompleteScenario(page);
      await page.getByRole('tab', { name: words.users }).click();
      await onPage(page, 2, 15);
      await expectBadgesOnTheirRows(page, 15);

      const record = await rapidRecord(page);
      expect(record.checks).toBeGreaterThan(100);
      expect.soft(record.mismatches, done.join(', ')).toEqual([]);
      // Missing only on a complete view: Celina, and Iwona as a probable typo (with a suggestion).
      expect.soft(record.falseMissing, done.join(', ')).toEqual([]);
      expect
        .soft(record.missing.sort())
        .toEqual(['Celina Wiśniewska while complete', 'Iwona Dąbrowska (probable typo) while complete']);
      expect(polls).toBeGreaterThan(10);
      expect.soft(storeProblems, done.join(', ')).toEqual([]);
      const stored = fromWire(
        'getZoomContext',
        await askStoreFrom<unknown>(extensionPage, 'getZoomContext', { host: 'zoom.us' }),
      ) as unknown as StoredZoom;
      expect(stored.zoomHost?.users.complete).toBe(true);
      expect(stored.zoomHost?.pending.complete).toBe(true);
      expect(
        stored.zoomUsers
          .filter((user) => user.state === 'pending')
          .map((user) => user.email)
          .sort(),
      ).toEqual(['bartosz.nowak@salon-ania.pl', 'filip.lewandowski@salon-ania.pl', 'grazyna.zielinska@salon-ania.pl']);
      expect(stored.zoomUsers.filter((user) => user.state !== 'pending')).toHaveLength(45);
      expect(errors).toEqual([]);
    });
  });
}
