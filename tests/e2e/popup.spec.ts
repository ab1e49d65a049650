/**
 * The popup over a store seeded with the fixture scenario (tests/fixtures/SCENARIO.md):
 * counts, search, copy, the CSV export and import, backups, forgetting, both languages, axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, FIXTURES } from './harness';
import {
  askStoreFrom,
  openSeededPopup,
  type InPage,
  scenarioBackup,
  SCENARIO_COUNTS,
  SCENARIO_MISSING,
  SCENARIO_TENANT,
  SCENARIO_ZOOM_HOST,
} from './seed';
import { EMPLOYEE_STATUSES, type EmployeeStatus } from '../../utils/roster/model';
import { localDay } from '../../utils/roster/dates';

/** The counts the popup shows, per status (a status with no employee shows no pill: 0). */
async function shownCounts(page: Page): Promise<Record<EmployeeStatus, number>> {
  const counts = {} as Record<EmployeeStatus, number>;
  for (const status of EMPLOYEE_STATUSES) {
    const pill = page.locator(`[data-testid="zaa-count"][data-status="${status}"]`);
    counts[status] = (await pill.count()) === 0 ? 0 : Number(await pill.getAttribute('data-count'));
  }
  return counts;
}

async function expectCounts(page: Page, expected: Partial<Record<EmployeeStatus, number>>): Promise<void> {
  const full = Object.fromEntries(EMPLOYEE_STATUSES.map((s) => [s, expected[s] ?? 0]));
  await expect.poll(() => shownCounts(page)).toEqual(full);
}

function message(page: Page) {
  return page.getByTestId('zaa-popup-message');
}

async function axeSeriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

/** Backups and removing data sit under "Advanced" ("Zaawansowane"), closed by default. */
async function openAdvanced(page: Page): Promise<void> {
  const advanced = page.getByTestId('zaa-advanced');
  if ((await advanced.getAttribute('open')) === null) await advanced.locator('summary').click();
}

test.describe('popup, English UI', () => {
  test('shows the scenario counts, progress, read times and the next step', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    await expectCounts(page, SCENARIO_COUNTS);
    await expect(page.getByTestId('zaa-employee')).toHaveCount(11);

    // 3 active out of the 9 employees with a valid address.
    const bar = page.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuenow', '3');
    await expect(bar).toHaveAttribute('aria-valuemax', '9');
    await expect(page.getByText('3 of 9 employees with a valid email are active on Zoom')).toBeVisible();

    await expect(page.getByTestId('zaa-roster-read')).toHaveText('Employees read 5 minutes ago');
    await expect(page.getByTestId('zaa-zoom-read')).toHaveText('Zoom read 2 minutes ago');
    await expect(page.getByText(`Zoom account: ${SCENARIO_ZOOM_HOST}`)).toBeVisible();
    await expect(page.getByText(`Booking: ${SCENARIO_TENANT}`)).toBeVisible();

    // The most pressing step first: Filip's expired invitation and Grażyna's, 3 days left, named.
    const next = page.getByTestId('zaa-next-step');
    await expect(next).toHaveAttribute('data-kind', 'invitations');
    await expect(next).toContainText('2 invitations to renew');
    await expect(next).toContainText('Filip Lewandowski: invitation expired');
    await expect(next).toContainText('Grażyna Zielińska-Łęcka: invitation expires in 3 days');
    const button = next.getByRole('button', { name: 'Open Zoom’s Users page' });
    await expect(button).toHaveAttribute('data-url', 'https://zoom.us/account/user#/');

    // Page text is text: the HTML-looking name is shown as written and never run.
    const recepcja = page.getByTestId('zaa-employee').filter({ hasText: '<b>HTML</b>' });
    await expect(recepcja).toHaveCount(1);
    await expect(recepcja).toHaveAttribute('data-status', 'active');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // The only image is the product's own mark: the page's <img> text was not turned into one.
    await expect(page.locator('img:not([data-testid="zaa-mark"])')).toHaveCount(0);
    await expect(page.getByTestId('zaa-mark')).toHaveAttribute('src', '/icons/icon.svg');

    const iwona = page.locator('[data-testid="zaa-employee"][data-name="Iwona Dąbrowska"]');
    await expect(iwona).toHaveAttribute('data-status', 'missing');
    await expect(iwona).toHaveAttribute('data-suggestion', 'iwona.dabrowska@salon-ania.pl');
    await expect(page.locator('[data-testid="zaa-employee"][data-name="Bartosz Nowak"]')).toHaveAttribute('data-days-left', '24');
  });

  test('the next-step button opens Zoom’s Users page in a tab', async ({ context, extensionId }) => {
    // The sandbox has no network and a tab opened by the extension navigates before Playwright can
    // route it, so the call itself is observed: the page's tabs.create is wrapped before our code runs.
    await context.addInitScript(() => {
      const { chrome } = globalThis as unknown as InPage;
      if (!chrome?.tabs) return;
      const opened: string[] = [];
      (window as unknown as { __opened: string[] }).__opened = opened;
      chrome.tabs.create = (properties: { url: string }, callback?: (tab: unknown) => void) => {
        opened.push(properties.url);
        const tab = { id: 1, url: properties.url };
        if (callback) setTimeout(() => callback(tab), 0);
        else return Promise.resolve(tab);
      };
    });
    const page = await openSeededPopup(context, extensionId);
    await page.getByTestId('zaa-next-step').getByRole('button', { name: 'Open Zoom’s Users page' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __opened: string[] }).__opened))
      .toEqual(['https://zoom.us/account/user#/']);
  });

  test('with no Zoom data the next step is Zoom’s Users page; with no roster, the booking settings', async ({
    context,
    extensionId,
  }) => {
    const page = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    await expectCounts(page, { unverified: 9, 'no-email': 1, 'invalid-email': 1 });
    await expect(page.getByTestId('zaa-next-step')).toHaveAttribute('data-kind', 'open-zoom');
    await expect(page.getByRole('button', { name: 'Open Zoom’s Users page' })).toHaveAttribute(
      'data-url',
      'https://zoom.us/account/user#/',
    );
    await expect(page.getByText('No Zoom account read yet.')).toBeVisible();

    const empty = { ...scenarioBackup({ zoom: 'none' }), tenants: [], employees: [] };
    await askStoreFrom(page, 'importBackup', { backup: empty });
    await expect(page.getByTestId('zaa-next-step')).toHaveAttribute('data-kind', 'open-booking');
    await expect(page.getByRole('button', { name: 'Open the employee list in zarezerwuj.pl' })).toHaveAttribute(
      'data-url',
      'https://zarezerwuj.pl/',
    );
    await expect(page.getByTestId('zaa-employee')).toHaveCount(0);
  });

  test('the search filters by name or address, ignoring case and Polish letters', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    const search = page.getByLabel('Search by name or email');
    const names = () => page.getByTestId('zaa-employee').evaluateAll((items) => items.map((i) => i.getAttribute('data-name')));

    await search.fill('lecka');
    await expect.poll(names).toEqual(['Grażyna Zielińska-Łęcka']);

    await search.fill('RECEPCJA');
    await expect(page.getByTestId('zaa-employee')).toHaveCount(2); // the shared address: #8 and #9
    await expect(page.getByTestId('zaa-shown')).toHaveText('2 of 11 shown');

    await search.fill('wojcik dawid');
    await expect.poll(names).toEqual(['Dawid Wójcik']);

    await search.fill('nobody-like-this');
    await expect(page.getByTestId('zaa-employee')).toHaveCount(0);
    await expect(page.getByText('No employee matches the search.')).toBeVisible();

    // Keyboard: Escape in a search field clears it.
    await search.focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
  });

  test('copies the missing addresses, comma-separated', async ({ context, extensionId }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openSeededPopup(context, extensionId);
    await page.getByRole('button', { name: 'Copy missing emails' }).click();
    await expect(message(page)).toHaveText('Copied 1 address.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SCENARIO_MISSING.join(', '));
  });

  test('exports the missing employees as a CSV for Zoom’s import', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV for Zoom import' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`zoom-import-${localDay(new Date())}.csv`);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toBe('Email,First Name,Last Name,Department,Manager,User Group,Job Title,Location');
    // Iwona's probable typo is left out, as in the Prefill: Zoom would invite an address nobody reads.
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^celina\.wisniewska@salon-ania\.pl,Celina,Wiśniewska,/);
    expect(text).not.toContain('iwona');
    await expect(message(page)).toHaveText('Exported 1 employee for Zoom’s import.');
  });

  test('imports Zoom’s users CSV export for the Zoom account read', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'pending-only' }));
    // Only the Pending list is known: nobody can be called active or missing yet.
    await expectCounts(page, { pending: 2, expired: 1, unverified: 6, 'no-email': 1, 'invalid-email': 1 });

    await page.getByTestId('zaa-import-csv-file').setInputFiles(path.join(FIXTURES, 'csv/zoom-users-export-en.csv'));
    await expect(message(page)).toHaveText('Imported 5 Zoom users.');
    await expectCounts(page, SCENARIO_COUNTS);
    await expect(page.getByTestId('zaa-coverage')).toHaveAttribute('data-coverage', 'complete');
  });

  test('imports Zoom’s real users export (BOM, User Status, empty Last Login) with the right statuses', async ({
    context,
    extensionId,
  }) => {
    for (const name of ['zoom-users-export-real-en.csv', 'zoom-users-export-real-pl.csv']) {
      const page = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'pending-only' }));
      await page.getByTestId('zaa-import-csv-file').setInputFiles(path.join(FIXTURES, 'csv', name));
      await expect(message(page)).toHaveText('Imported 5 Zoom users.');
      await expectCounts(page, SCENARIO_COUNTS);
      await expect(page.locator('[data-testid="zaa-employee"][data-name="Jan Mazur"]')).toHaveAttribute(
        'data-status',
        'inactive',
      );
      await expect(page.locator('[data-testid="zaa-employee"][data-name="Anna Kowalska"]')).toHaveAttribute(
        'data-status',
        'active',
      );
      await expect(page.getByTestId('zaa-coverage')).toHaveAttribute('data-coverage', 'complete');
      await page.close();
    }
  });

  test('still imports a file in the import template’s shape', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'pending-only' }));
    await page.getByTestId('zaa-import-csv-file').setInputFiles(path.join(FIXTURES, 'csv/zoom-import-template.csv'));
    await expect(message(page)).toHaveText('Imported 5 Zoom users.');
    // The template has no status column: everyone in it is taken as active, Jan Mazur too.
    await expectCounts(page, { ...SCENARIO_COUNTS, active: SCENARIO_COUNTS.active + 1, inactive: 0 });
  });

  test('an address list that is neither Zoom’s export nor its template is refused, naming its columns', async ({
    context,
    extensionId,
  }) => {
    const page = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'pending-only' }));
    const before = await shownCounts(page);
    await page.getByTestId('zaa-import-csv-file').setInputFiles(path.join(FIXTURES, 'csv/not-zoom-address-list.csv'));
    const error = message(page).locator('[data-kind="error"]');
    await expect(error).toContainText("neither Zoom's users export nor Zoom's import template");
    await expect(error).toContainText('Adres e-mail, Telefon, Uwagi');
    await expect(message(page)).toContainText('Nothing was changed.');
    expect(await shownCounts(page)).toEqual(before);
    await expect(page.getByTestId('zaa-coverage')).not.toHaveAttribute('data-coverage', 'complete');
  });

  test('asks for the Zoom host when none is known, and refuses one that is not Zoom’s', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
    const hostField = page.getByLabel('Zoom account (host) of the CSV');
    await expect(hostField).toHaveValue('zoom.us');
    const file = path.join(FIXTURES, 'csv/zoom-users-export-en.csv');

    await hostField.fill('example.com');
    await page.getByTestId('zaa-import-csv-file').setInputFiles(file);
    await expect(message(page)).toHaveText(
      'That is not a Zoom host (for example zoom.us or firma.zoom.us). Nothing was changed.',
    );
    await expectCounts(page, { unverified: 9, 'no-email': 1, 'invalid-email': 1 });

    await hostField.fill('Firma.Zoom.us');
    await page.getByTestId('zaa-import-csv-file').setInputFiles(file);
    await expect(message(page)).toHaveText('Imported 5 Zoom users.');
    // Users seen whole, Pending not: active and inactive are known, missing not yet.
    await expectCounts(page, { active: 3, inactive: 1, unverified: 5, 'no-email': 1, 'invalid-email': 1 });
    await expect(page.getByText('Zoom account: firma.zoom.us')).toBeVisible();
    await expect(page.getByTestId('zaa-coverage')).toHaveAttribute('data-coverage', 'partial');
  });

  test('a CSV that is not Zoom’s export is refused with a clear message and changes nothing', async ({
    context,
    extensionId,
  }) => {
    const page = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'pending-only' }));
    const before = await shownCounts(page);
    await page.getByTestId('zaa-import-csv-file').setInputFiles(path.join(FIXTURES, 'csv/bad-header.csv'));
    await expect(message(page).locator('[data-kind="error"]')).toContainText('This file cannot be imported:');
    await expect(message(page)).toContainText('Nothing was changed.');
    await page.getByTestId('zaa-import-csv-file').setInputFiles(path.join(FIXTURES, 'csv/empty.csv'));
    await expect(message(page).locator('[data-kind="error"]')).toContainText('This file cannot be imported:');
    expect(await shownCounts(page)).toEqual(before);
  });

  test('a backup round trip: export, forget everything, import, same counts', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    const downloading = page.waitForEvent('download');
    await openAdvanced(page);
    await page.getByRole('button', { name: 'Export backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`roster-assistant-backup-${localDay(new Date())}.json`);
    const saved = await download.path();
    const backup = JSON.parse(readFileSync(saved, 'utf8'));
    expect(backup.format).toBe('roster-assistant-backup');
    expect(backup.employees).toHaveLength(11);

    await page.getByRole('button', { name: 'Remove this business’s data from the extension' }).click();
    await page.getByTestId('zaa-confirm').getByRole('button', { name: 'Yes, remove' }).click();
    await expect(message(page)).toHaveText(`Removed from the extension: ${SCENARIO_TENANT}.`);
    await page.getByRole('button', { name: 'Remove this Zoom account’s data from the extension' }).click();
    await page.getByTestId('zaa-confirm').getByRole('button', { name: 'Yes, remove' }).click();
    await expect(message(page)).toHaveText(`Removed from the extension: ${SCENARIO_ZOOM_HOST}.`);
    await expectCounts(page, {});
    await expect(page.getByTestId('zaa-next-step')).toHaveAttribute('data-kind', 'open-booking');

    await page.getByTestId('zaa-import-backup-file').setInputFiles(saved);
    // Nothing is stored any more: the confirmation says so before anything is written.
    await expect(page.getByTestId('zaa-confirm')).toContainText('nothing is stored yet.');
    await page.getByTestId('zaa-confirm').getByRole('button', { name: 'Yes, restore' }).click();
    await expect(message(page)).toHaveText('Backup restored.');
    await expectCounts(page, SCENARIO_COUNTS);
    await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
  });

  test('a bad backup file shows what is wrong and changes nothing', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    const input = page.getByTestId('zaa-import-backup-file');
    const pick = (name: string, text: string) =>
      input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

    await pick('notes.json', 'this is { not json');
    await expect(message(page)).toHaveText('This file is not a backup of the extension (it is not JSON). Nothing was changed.');
    await pick('other.json', JSON.stringify({ hello: 'world' }));
    await expect(message(page)).toHaveText('This file is not a Roster Assistant backup. Nothing was changed.');
    await pick('newer.json', JSON.stringify({ ...scenarioBackup(), version: 7 }));
    await expect(message(page)).toContainText('newer version of the extension (format version 7)');

    // Right format, one broken record: the store refuses the whole file.
    const broken = scenarioBackup();
    (broken.employees[3] as { order: unknown }).order = 'four';
    await pick('broken.json', JSON.stringify(broken));
    await page.getByTestId('zaa-confirm').getByRole('button', { name: 'Yes, restore' }).click();
    await expect(message(page)).toContainText('This backup file cannot be used:');
    await expect(message(page)).toContainText('employees[3].order');
    await expect(message(page)).toContainText('Nothing was changed.');

    await expectCounts(page, SCENARIO_COUNTS);
    await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
  });

  test('restoring a backup asks first, naming what it replaces; Cancel keeps everything; a huge file is refused unread', async ({
    context,
    extensionId,
  }) => {
    const page = await openSeededPopup(context, extensionId);
    const input = page.getByTestId('zaa-import-backup-file');
    const other = scenarioBackup({ tenant: 'inny.zarezerwuj.pl' });
    other.employees = other.employees.slice(0, 2);
    await input.setInputFiles({ name: 'inny.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    const confirm = page.getByTestId('zaa-confirm');
    await expect(confirm).toContainText('Restore the backup “inny.json”? It replaces everything the extension holds now');
    await expect(confirm.getByRole('listitem')).toHaveText([
      `11 employees of ${SCENARIO_TENANT}`,
      `the Zoom account ${SCENARIO_ZOOM_HOST} (8 users)`,
    ]);
    await expect(confirm.getByRole('button', { name: 'Yes, restore' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId('zaa-import-backup')).toBeFocused();
    await expectCounts(page, SCENARIO_COUNTS);

    await input.setInputFiles({ name: 'inny.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await confirm.getByRole('button', { name: 'Yes, restore' }).click();
    await expect(message(page)).toHaveText('Backup restored.');
    const overview = await askStoreFrom<{ employees: { tenant: string }[] }>(page, 'getOverview', {});
    expect(overview.employees.map((e) => e.tenant)).toEqual(['inny.zarezerwuj.pl', 'inny.zarezerwuj.pl']);

    // Above 20 MB: refused before it is read or parsed, and nothing is asked.
    await input.setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(20_000_001, 32) });
    await expect(message(page)).toHaveText('This file is too large (20.1 MB; at most 20 MB). Nothing was changed.');
    await expect(confirm).toHaveCount(0);
  });

  test('forgetting a tenant asks first inside the popup; Cancel keeps everything', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    await openAdvanced(page);
    const forget = page.getByRole('button', { name: 'Remove this business’s data from the extension' });
    await forget.click();
    const confirm = page.getByTestId('zaa-confirm');
    await expect(confirm).toContainText(`Remove the employees of ${SCENARIO_TENANT} from the extension?`);
    await expect(confirm.getByRole('button', { name: 'Yes, remove' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    await expect(forget).toBeFocused();
    await expectCounts(page, SCENARIO_COUNTS);

    await forget.click();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expectCounts(page, SCENARIO_COUNTS);

    await forget.press('Enter');
    await expect(confirm.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(message(page)).toHaveText(`Removed from the extension: ${SCENARIO_TENANT}.`);
    await expect(page.getByTestId('zaa-employee')).toHaveCount(0);
    const overview = await askStoreFrom<{ employees: unknown[]; zoomUsers: unknown[] }>(page, 'getOverview', {});
    expect(overview.employees).toHaveLength(0);
    expect(overview.zoomUsers).toHaveLength(8); // the Zoom account is kept
  });

  test('with several Zoom accounts it pairs the most recent one and lets the admin pick another', async ({
    context,
    extensionId,
  }) => {
    const backup = scenarioBackup();
    const later = backup.exportedAt;
    backup.zoomHosts.push({
      host: 'firma.zoom.us',
      users: { complete: true, completedAt: later, source: 'csv' },
      pending: { complete: true, completedAt: later, source: 'pages' },
      lastReadAt: later,
    });
    backup.zoomUsers.push({
      host: 'firma.zoom.us',
      email: 'anna.kowalska@salon-ania.pl',
      state: 'active',
      firstSeen: later,
      lastSeen: later,
    });
    const page = await openSeededPopup(context, extensionId, backup);
    const picker = page.getByLabel('Compare with');
    await expect(picker).toHaveValue('firma.zoom.us');
    // Only Anna is on firma.zoom.us: the other eight valid addresses are missing there.
    await expectCounts(page, { active: 1, missing: 8, 'no-email': 1, 'invalid-email': 1 });

    await picker.selectOption('zoom.us');
    await expectCounts(page, SCENARIO_COUNTS);
    await expect(page.getByTestId('zaa-next-step')).toHaveAttribute('data-kind', 'invitations');
  });

  test('has no serious or critical accessibility violations', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    expect(await axeSeriousViolations(page)).toEqual([]);
    await openAdvanced(page);
    await page.getByRole('button', { name: 'Remove this Zoom account’s data from the extension' }).click();
    expect(await axeSeriousViolations(page)).toEqual([]);
  });
});

test.describe('popup, Polish UI', () => {
  // The runner's own `locale` (en-US by default) is applied to every launch, harness included, and
  // Chromium reports it as the UI language; so it is set along with the harness's uiLanguage.
  test.use({ uiLanguage: 'pl', locale: 'pl-PL' });

  test('speaks Polish and passes axe', async ({ context, extensionId }) => {
    const page = await openSeededPopup(context, extensionId);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByLabel('Szukaj po nazwisku lub adresie e-mail')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kopiuj brakujące adresy' })).toBeVisible();
    await expect(
      page.getByTestId('zaa-next-step').getByRole('button', { name: 'Otwórz stronę Użytkownicy w Zoomie' }),
    ).toBeVisible();
    await expect(page.getByTestId('zaa-next-step')).toContainText('Grażyna Zielińska-Łęcka: zaproszenie wygasa za 3 dni');
    await expect(page.getByTestId('zaa-roster-read')).toHaveText('Pracowników odczytano 5 minut temu');
    await expect(page.locator('[data-testid="zaa-count"][data-status="active"]')).toContainText('Konto aktywne');
    await expectCounts(page, SCENARIO_COUNTS);

    await page.getByTestId('zaa-import-backup-file').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('nie json'),
    });
    await expect(message(page)).toHaveText(
      'Ten plik nie jest kopią zapasową rozszerzenia (to nie jest JSON). Nic nie zostało zmienione.',
    );
    expect(await axeSeriousViolations(page)).toEqual([]);
  });
});
