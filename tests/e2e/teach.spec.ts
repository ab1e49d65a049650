/**
 * Teaching wired into the product (issue 14, contract "Teaching a layout"), with the built
 * extension, on the four teach fixtures served at their real URLs, driven as an admin would:
 * `zaa-teach` in the panel, the prompt's `data-step` and `data-answer`, clicks on the page (which
 * the page never sees: window.__clicks), then the statuses, one badge per row, coverage, prefill;
 * a reload reads without asking, forget asks again, a backup restores the teaching on a fresh
 * profile, and a taught page whose markup changes claims nothing and says so.
 * Screenshots of each step go to the test's output (and to $TEACH_SHOTS, e.g. docs/screenshots).
 */
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { test, expect, collectPageErrors, serveSite, launchWithExtension, extensionIdOf } from './harness';
import { badge, expandPanel, notice } from './scenario';
import { askStoreFrom, scenarioBackup, seedStore, SCENARIO_MISSING } from './seed';
import type { BackupFile } from '../../utils/store/messages';

const ZOOM = 'https://zoom.us';
const ZOOM_USERS = `${ZOOM}/account/user#/`;
const TENANT = 'https://salon-ania.zarezerwuj.pl';
const RESOURCES = `${TENANT}/ustawienia/zasoby`;

async function seed(context: BrowserContext, backup: BackupFile): Promise<void> {
  const id = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  await seedStore(page, backup);
  await page.close();
}

async function store<T>(context: BrowserContext, name: string, payload: unknown = {}): Promise<T> {
  const id = await extensionIdOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  const result = await askStoreFrom<T>(page, name, payload);
  await page.close();
  return result;
}

const prompt = (page: Page) => page.getByTestId('zaa-teach-prompt');
const teachButton = (page: Page) => page.getByTestId('zaa-panel').getByTestId('zaa-teach');
const pageClicks = (page: Page) => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
const resource = (page: Page, name: string) => page.getByTestId('zaa-resource').and(page.locator(`[data-name="${name}"]`));
const employee = (page: Page, name: string) => page.getByTestId('zaa-employee').and(page.locator(`[data-name="${name}"]`));

async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const body = await page.screenshot();
  await testInfo.attach(name, { body, contentType: 'image/png' });
  if (process.env.TEACH_SHOTS) await page.screenshot({ path: path.join(process.env.TEACH_SHOTS, `teach-${name}.png`) });
}

async function seriousInPrompt(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('zaa-teach-host').analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

/** How many of our badges each element matching `rows` holds (each badge in its host's open shadow root; spacers left out). */
async function badgesPerRow(page: Page, rows: string): Promise<number[]> {
  return page
    .locator(rows)
    .evaluateAll((elements) =>
      elements.map(
        (row) =>
          Array.from(row.querySelectorAll('.zaa-badge-host')).filter((host) =>
            host.shadowRoot?.querySelector('[data-testid="zaa-row-badge"]'),
          ).length,
      ),
    );
}

/**
 * Clicks a page element during a click step: the page's own handlers must not fire. The step must be on
 * screen first: teaching's code loads at the press on the teach button, and a click before its prompt shows
 * is the page's own (it failed that way on a loaded machine).
 */
async function clickOnPage(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await expect(prompt(page)).toHaveAttribute('data-step', /./);
  const before = await pageClicks(page);
  await target.click();
  expect(await pageClicks(page), 'the page saw a click of a click step').toBe(before);
}

for (const uiLanguage of ['en_US', 'pl'] as const) {
  const lang = uiLanguage === 'pl' ? 'pl' : 'en';
  test.describe(`teaching in ${lang}`, () => {
    test.use({ uiLanguage });

    test(`(a) a Users list drawn as cards: taught from one click, read like a table, kept after a reload`, async ({
      context,
    }, testInfo) => {
      await seed(context, scenarioBackup({ zoom: 'none' }));
      await serveSite(context, ZOOM, { '/account/user': 'teach/users-cards.html' });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(ZOOM_USERS);
      await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
      await expect(teachButton(page)).toHaveClass(/zaa-primary/);
      await expect(page.getByTestId('zaa-teach-forget')).toHaveCount(0);
      await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
      await shot(page, testInfo, `a-start-${lang}`);

      await teachButton(page).click();
      await expect(prompt(page)).toHaveAttribute('data-step', 'email');
      await expect(prompt(page).locator('[data-answer]')).toHaveCount(1);
      await shot(page, testInfo, `a-email-${lang}`);
      expect(await seriousInPrompt(page)).toEqual([]);

      // A click that is no address: refused with a reason, the step stays.
      await clickOnPage(page, page.locator('h1'));
      await expect(prompt(page).locator('[role="alert"]')).toHaveCount(1);
      await expect(prompt(page)).toHaveAttribute('data-step', 'email');
      await shot(page, testInfo, `a-refused-${lang}`);

      await clickOnPage(page, page.locator('#panel-users .person-mail', { hasText: 'anna.kowalska@salon-ania.pl' }));
      await expect(prompt(page)).toHaveAttribute('data-step', 'name');
      await expect(prompt(page).locator('[data-answer="skip"]')).toHaveCount(1);
      await shot(page, testInfo, `a-name-${lang}`);
      await clickOnPage(page, page.locator('#panel-users .person-name', { hasText: 'Anna Kowalska' }));
      await expect(prompt(page)).toHaveCount(0);
      // The page never saw those clicks: no card opened, no hash change.
      expect(page.url()).toBe(ZOOM_USERS);

      await expect(notice(page, 'layout-unrecognised')).toHaveCount(0);
      await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
      expect(await badgesPerRow(page, '#panel-users .person')).toEqual([1, 1, 1, 1, 1]);
      await expect(badge(page, 'anna.kowalska@salon-ania.pl')).toHaveAttribute('data-status', 'active');
      await expect(badge(page, 'admin@salon-ania.pl')).toHaveAttribute('data-status', 'not-in-booking');
      await expect(employee(page, 'Jan Mazur')).toHaveAttribute('data-status', 'inactive');
      // The Users list alone is no complete view: nobody is missing yet.
      await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
      await expect(page.locator('[data-testid="zaa-employee"][data-status="missing"]')).toHaveCount(0);
      await expect(page.getByTestId('zaa-teach-forget')).toHaveCount(1);
      await shot(page, testInfo, `a-taught-${lang}`);

      // The Pending tab (recognised, not taught): teaching asks only for the address.
      await page.getByRole('tab', { name: 'Pending' }).click();
      await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
      await teachButton(page).click();
      await expect(prompt(page)).toHaveAttribute('data-step', 'email');
      await clickOnPage(page, page.locator('#panel-pending .person-mail', { hasText: 'bartosz.nowak@salon-ania.pl' }));
      await expect(prompt(page)).toHaveAttribute('data-step', 'name');
      await prompt(page).locator('[data-answer="skip"]').click();
      await expect(prompt(page)).toHaveCount(0);
      await expect(badge(page, 'bartosz.nowak@salon-ania.pl')).toHaveAttribute('data-status', 'pending');
      expect(await badgesPerRow(page, '#panel-pending .person')).toEqual([1, 1, 1]);
      // Both lists seen whole (one page each, no pager): a complete view, under the same rules.
      await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
      await expect(employee(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'missing');
      await expect(employee(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
      await expect(employee(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');

      // After a reload: read without asking.
      await page.reload();
      await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
      await expect(prompt(page)).toHaveCount(0);
      await expect(notice(page, 'layout-unrecognised')).toHaveCount(0);
      await expect(teachButton(page)).not.toHaveClass(/zaa-primary/);
      expect(errors).toEqual([]);
    });

    test(`(b, c) the list-kind and email-field steps, as shown beside the page, pass axe and cancel`, async ({
      context,
    }, testInfo) => {
      await seed(context, scenarioBackup());
      await serveSite(context, ZOOM, { '/account/user': 'teach/tabs-unknown.html' });
      const page = await context.newPage();
      await page.goto(ZOOM_USERS);
      await teachButton(page).click();
      await expect(prompt(page)).toHaveAttribute('data-step', 'list-kind');
      await expect(prompt(page).locator('[data-answer="pending"]')).toHaveText(lang === 'pl' ? 'Oczekujące' : 'Pending');
      await shot(page, testInfo, `b-list-kind-${lang}`);
      expect(await seriousInPrompt(page)).toEqual([]);
      await prompt(page).locator('[data-answer="cancel"]').click();
      await expect(prompt(page)).toHaveCount(0);

      await page.close();

      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await serveSite(context, ZOOM, { '/account/user': 'teach/dialog-unknown.html' });
      const dialogPage = await context.newPage();
      await dialogPage.goto(ZOOM_USERS);
      await dialogPage.locator('#open').click();
      await teachButton(dialogPage).click();
      await expect(prompt(dialogPage)).toHaveAttribute('data-step', 'email-field');
      await shot(dialogPage, testInfo, `c-email-field-${lang}`);
      expect(await seriousInPrompt(dialogPage)).toEqual([]);
      await prompt(dialogPage).locator('[data-answer="cancel"]').click();
      await expect(prompt(dialogPage)).toHaveCount(0);
      await expect(dialogPage.getByTestId('zaa-teach-forget')).toHaveCount(0);
    });

    test(`(d) a booking list in an unknown layout: taught from a name and an address, the roster read from it`, async ({
      context,
    }, testInfo) => {
      await seed(context, scenarioBackup());
      await serveSite(context, TENANT, { '/ustawienia/zasoby': 'teach/booking-unknown.html' });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto(RESOURCES);
      await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
      await expect(teachButton(page)).toHaveClass(/zaa-primary/);
      await shot(page, testInfo, `d-start-${lang}`);
      await teachButton(page).click();
      await expect(prompt(page)).toHaveAttribute('data-step', 'name');
      await shot(page, testInfo, `d-name-${lang}`);
      expect(await seriousInPrompt(page)).toEqual([]);
      await clickOnPage(page, page.locator('.tile-title', { hasText: 'Filip Lewandowski' }));
      await expect(prompt(page)).toHaveAttribute('data-step', 'email');
      await shot(page, testInfo, `d-email-${lang}`);
      await clickOnPage(page, page.locator('.tile-sub', { hasText: 'filip.lewandowski@salon-ania.pl' }));
      await expect(prompt(page)).toHaveCount(0);
      expect(page.url()).toBe(RESOURCES);

      await expect(page.getByTestId('zaa-row-badge')).toHaveCount(11);
      expect(await badgesPerRow(page, '.tile')).toEqual(Array(11).fill(1));
      await expect(notice(page, 'layout-unrecognised')).toHaveCount(0);
      await expect(resource(page, 'Anna Kowalska')).toHaveAttribute('data-status', 'active');
      await expect(resource(page, 'Celina Wiśniewska')).toHaveAttribute('data-status', 'missing');
      await expect(resource(page, 'Dawid Wójcik')).toHaveAttribute('data-status', 'no-email');
      await expect(resource(page, 'Ewa Kamińska')).toHaveAttribute('data-status', 'invalid-email');
      await expect(resource(page, 'Jan Mazur')).toHaveAttribute('data-status', 'inactive');
      // The name with markup in it stays text.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await shot(page, testInfo, `d-taught-${lang}`);
      expect(errors).toEqual([]);
    });
  });
}

test(`(b) tabs the adapters do not recognise: list-kind first, never a complete view, a switch the tabs do not show is not read`, async ({
  context,
}, testInfo) => {
  await seed(context, scenarioBackup({ zoom: 'none' }));
  await serveSite(context, ZOOM, { '/account/user': 'teach/tabs-unknown.html' });
  const page = await context.newPage();
  await page.goto(ZOOM_USERS);
  await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
  await teachButton(page).click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'list-kind');
  await expect(prompt(page).locator('[data-answer]')).toHaveCount(3);
  await shot(page, testInfo, 'b-list-kind-en');
  expect(await seriousInPrompt(page)).toEqual([]);
  // Escape cancels here too (no click step), and nothing is taught.
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0);
  await expect(page.getByTestId('zaa-teach-forget')).toHaveCount(0);
  await teachButton(page).click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'list-kind');
  await prompt(page).locator('[data-answer="users"]').click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'email');
  await clickOnPage(page, page.locator('.view[data-view="a"] .m', { hasText: 'anna.kowalska@salon-ania.pl' }));
  await prompt(page).locator('[data-answer="skip"]').click();
  await expect(prompt(page)).toHaveCount(0);

  expect(await badgesPerRow(page, '.view[data-view="a"] li.r')).toEqual([1, 1, 1, 1, 1]);
  await expect(badge(page, 'anna.kowalska@salon-ania.pl')).toHaveAttribute('data-status', 'active');
  // Which list this is, the page did not say: never a complete view, nobody missing.
  await expect(page.getByTestId('zaa-panel')).not.toHaveAttribute('data-coverage', 'complete');
  await expect(page.locator('[data-testid="zaa-employee"][data-status="missing"]')).toHaveCount(0);

  // The page switches lists with an icon: elements never named are not read as Users.
  await page.locator('.switch[data-view="b"]').click();
  await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
  expect(await badgesPerRow(page, '.view[data-view="b"] li.r')).toEqual([0, 0, 0]);
  await teachButton(page).click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'list-kind');
  await prompt(page).locator('[data-answer="pending"]').click();
  await clickOnPage(page, page.locator('.view[data-view="b"] .m', { hasText: 'bartosz.nowak@salon-ania.pl' }));
  await prompt(page).locator('[data-answer="skip"]').click();
  await expect(prompt(page)).toHaveCount(0);
  expect(await badgesPerRow(page, '.view[data-view="b"] li.r')).toEqual([1, 1, 1]);
  await expect(badge(page, 'bartosz.nowak@salon-ania.pl')).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('zaa-panel')).not.toHaveAttribute('data-coverage', 'complete');
  await expect(page.locator('[data-testid="zaa-employee"][data-status="missing"]')).toHaveCount(0);
});

test(`(c) an Add Users dialog whose email field is not found: taught by keyboard, then prefilled, never submitted`, async ({
  context,
}, testInfo) => {
  await seed(context, scenarioBackup());
  await serveSite(context, ZOOM, { '/account/user': 'teach/dialog-unknown.html' });
  const page = await context.newPage();
  await page.goto(ZOOM_USERS);
  await expect(teachButton(page)).toHaveCount(1);
  // The dialog opens over the Users list, which the built-in adapter reads (an unreadable list
  // would leave nobody to prefill: no status is claimed from it).
  await page.evaluate(() => {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const title of ['Name', 'Email', 'User Type', 'Status'])
      head.append(Object.assign(document.createElement('th'), { textContent: title }));
    const body = table.createTBody();
    for (const [name, email, status] of [
      ['Anna Kowalska', 'anna.kowalska@salon-ania.pl', 'Active'],
      ['Admin Salon', 'admin@salon-ania.pl', 'Active'],
      ['Recepcja', 'recepcja@salon-ania.pl', 'Active'],
      ['Iwona Dąbrowska', 'iwona.dabrowska@salon-ania.pl', 'Active'],
      ['Jan Mazur', 'jan.mazur@salon-ania.pl', 'Deactivated'],
    ]) {
      const row = body.insertRow();
      for (const text of [name, email, 'Basic', status]) row.insertCell().textContent = text;
    }
    document.querySelector('h1')!.after(table);
  });
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
  await page.locator('#open').click();
  await expect(page.locator('.sheet')).toBeVisible();

  // Escape cancels: nothing taught.
  await teachButton(page).click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'email-field');
  await shot(page, testInfo, 'c-email-field-en');
  expect(await seriousInPrompt(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(prompt(page)).toHaveCount(0);
  await expect(page.getByTestId('zaa-teach-forget')).toHaveCount(0);

  // By keyboard: Tab to the field, Enter chooses it; the page sees neither.
  const before = await pageClicks(page);
  await teachButton(page).click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'email-field');
  let onField = false;
  for (let i = 0; i < 30 && !onField; i++) {
    await page.keyboard.press('Tab');
    onField = await page.evaluate(() => document.activeElement === document.querySelector('.chips input'));
  }
  expect(onField).toBe(true);
  await page.keyboard.press('Enter');
  await expect(prompt(page)).toHaveCount(0);
  expect(await pageClicks(page)).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { __chips: string[] }).__chips)).toEqual([]);
  await expect(page.getByTestId('zaa-teach-forget')).toHaveCount(1);

  // The prefill fills the taught field like the built-in one: chips for the missing, Add never pressed.
  await page.getByTestId('zaa-panel').getByTestId('zaa-prefill').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __chips: string[] }).__chips)).toEqual(SCENARIO_MISSING); // the probable typo (iwona.dabrowsak@…) is not filled by default
  expect(await page.evaluate(() => (window as unknown as { __added?: unknown }).__added)).toBeUndefined();
  await shot(page, testInfo, 'c-prefilled-en');
});

test('forget brings the question back; a backup restores the teaching on a fresh profile', async ({ context }) => {
  await seed(context, scenarioBackup({ zoom: 'none' }));
  await serveSite(context, ZOOM, { '/account/user': 'teach/users-cards.html' });
  const page = await context.newPage();
  await page.goto(ZOOM_USERS);
  await teachButton(page).click();
  await clickOnPage(page, page.locator('#panel-users .person-mail', { hasText: 'anna.kowalska@salon-ania.pl' }));
  await prompt(page).locator('[data-answer="skip"]').click();
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);

  const backup = await store<BackupFile>(context, 'exportBackup');
  expect(Object.keys(backup.taught ?? {})).toEqual(['zoom.us']);
  // Structure only: no address or name of the page in what was kept.
  expect(JSON.stringify(backup.taught)).not.toMatch(/salon-ania|Kowalska|@/);

  // Forgetting is in the opened panel (teaching itself starts from the bar).
  await expandPanel(page);
  await page.getByTestId('zaa-teach-forget').click();
  await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
  await expect(page.getByTestId('zaa-teach-forget')).toHaveCount(0);
  await page.reload();
  await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
  expect((await store<BackupFile>(context, 'exportBackup')).taught).toEqual({});

  const fresh = await launchWithExtension({ uiLanguage: 'en_US' });
  try {
    await seed(fresh, backup);
    await serveSite(fresh, ZOOM, { '/account/user': 'teach/users-cards.html' });
    const restored = await fresh.newPage();
    await restored.goto(ZOOM_USERS);
    await expect(restored.getByTestId('zaa-row-badge')).toHaveCount(5);
    await expect(restored.getByTestId('zaa-teach-prompt')).toHaveCount(0);
    await expect(notice(restored, 'layout-unrecognised')).toHaveCount(0);
  } finally {
    await fresh.close();
  }
});

test('a taught page whose markup changes: nothing claimed, the stale notice, teaching again works', async ({
  context,
}, testInfo) => {
  await seed(context, scenarioBackup());
  await serveSite(context, TENANT, { '/ustawienia/zasoby': 'teach/booking-unknown.html' });
  const page = await context.newPage();
  await page.goto(RESOURCES);
  await teachButton(page).click();
  await clickOnPage(page, page.locator('.tile-title', { hasText: 'Anna Kowalska' }));
  await clickOnPage(page, page.locator('.tile-sub', { hasText: 'anna.kowalska@salon-ania.pl' }));
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(11);
  const roster = (await store<BackupFile>(context, 'exportBackup')).employees;

  // The panel re-renders its list in a new markup (new elements, other tags and classes).
  await page.evaluate(() => {
    const groups = document.getElementById('groups')!;
    const names = Array.from(groups.querySelectorAll('.tile')).map((tile) => [
      tile.querySelector('.tile-title')!.textContent!,
      tile.querySelector('.tile-sub')!.textContent!,
    ]);
    const list = document.createElement('ol');
    list.className = 'staff';
    for (const [name, mail] of names) {
      const item = document.createElement('li');
      item.className = 'member';
      const who = document.createElement('strong');
      who.textContent = name;
      const contact = document.createElement('em');
      contact.textContent = mail;
      item.append(who, ' ', contact);
      list.append(item);
    }
    groups.replaceChildren(list);
  });
  await expect(notice(page, 'taught-layout-stale')).toHaveCount(1);
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
  await expect(teachButton(page)).toHaveClass(/zaa-primary/);
  // The roster is not replaced by a read that found nothing.
  expect((await store<BackupFile>(context, 'exportBackup')).employees).toEqual(roster);
  await shot(page, testInfo, 'stale-en');

  await teachButton(page).click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'name');
  await clickOnPage(page, page.locator('li.member strong', { hasText: 'Jan Mazur' }));
  await expect(prompt(page)).toHaveAttribute('data-step', 'email');
  await clickOnPage(page, page.locator('li.member em', { hasText: 'jan.mazur@salon-ania.pl' }));
  await expect(prompt(page)).toHaveCount(0);
  await expect(notice(page, 'taught-layout-stale')).toHaveCount(0);
  expect(await badgesPerRow(page, 'li.member')).toEqual(Array(11).fill(1));
  await expect(resource(page, 'Jan Mazur')).toHaveAttribute('data-status', 'inactive');
});

test('Zoom: a taught list whose markup changes claims nothing, says so, and is taught again', async ({ context }, testInfo) => {
  await seed(context, scenarioBackup({ zoom: 'none' }));
  await serveSite(context, ZOOM, { '/account/user': 'teach/users-cards.html' });
  const page = await context.newPage();
  await page.goto(ZOOM_USERS);
  await teachButton(page).click();
  await clickOnPage(page, page.locator('#panel-users .person-mail', { hasText: 'anna.kowalska@salon-ania.pl' }));
  await prompt(page).locator('[data-answer="skip"]').click();
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
  const users = (await store<BackupFile>(context, 'exportBackup')).zoomUsers;

  // Zoom re-renders the list in a new markup: rows of a table-less list with other tags and classes.
  await page.evaluate(() => {
    const panel = document.getElementById('panel-users')!;
    const people = Array.from(panel.querySelectorAll('.person')).map((card) => [
      card.querySelector('.person-name')?.textContent ?? '',
      card.querySelector('.person-mail')?.textContent ?? '',
    ]);
    const list = document.createElement('ul');
    list.className = 'members';
    for (const [name, mail] of people) {
      const item = document.createElement('li');
      item.className = 'member';
      item.append(
        Object.assign(document.createElement('b'), { textContent: name }),
        ' ',
        Object.assign(document.createElement('i'), { textContent: mail }),
      );
      list.append(item);
    }
    panel.replaceChildren(list);
  });
  await expect(notice(page, 'taught-layout-stale')).toHaveCount(1);
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
  await expect(teachButton(page)).toHaveClass(/zaa-primary/);
  await expect(page.locator('[data-testid="zaa-employee"][data-status="active"]')).toHaveCount(0);
  expect((await store<BackupFile>(context, 'exportBackup')).zoomUsers).toEqual(users);
  await shot(page, testInfo, 'zoom-stale-en');

  await teachButton(page).click();
  await expect(prompt(page)).toHaveAttribute('data-step', 'email');
  await clickOnPage(page, page.locator('li.member i', { hasText: 'jan.mazur@salon-ania.pl' }));
  await prompt(page).locator('[data-answer="skip"]').click();
  await expect(notice(page, 'taught-layout-stale')).toHaveCount(0);
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(5);
  expect(await badgesPerRow(page, 'li.member')).toEqual([1, 1, 1, 1, 1]);
  await expect(badge(page, 'anna.kowalska@salon-ania.pl')).toHaveAttribute('data-status', 'active');
});
