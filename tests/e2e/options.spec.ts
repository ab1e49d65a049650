/**
 * The options page: every setting saved on change and kept after a reload, invalid input refused
 * with a clear message, custom booking domains (permission asked, script registered), Polish, axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './harness';
import { askStoreFrom, type InPage } from './seed';
import type { Settings } from '../../utils/roster/model';

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.locator('[data-testid="zaa-options"][data-loaded="true"]').waitFor();
  return page;
}

function message(page: Page) {
  return page.getByTestId('zaa-options-message');
}

/**
 * Answers the browser's permission prompt (headless Chromium cannot show it) by replacing
 * chrome.permissions.request on the page before the extension's code runs. The polyfill calls it
 * with a callback; a promise is returned too.
 */
async function answerPermissionPrompts(page: Page, granted: boolean): Promise<void> {
  await page.addInitScript((answer) => {
    const asked: unknown[] = [];
    (window as unknown as { __permissionRequests: unknown[] }).__permissionRequests = asked;
    const { chrome } = globalThis as unknown as InPage;
    chrome.permissions.request = (request: unknown, callback?: (granted: boolean) => void) => {
      asked.push(request);
      if (callback) {
        setTimeout(() => callback(answer), 0);
        return undefined;
      }
      return Promise.resolve(answer);
    };
  }, granted);
}

function registeredScripts() {
  return (globalThis as unknown as InPage).chrome.scripting.getRegisteredContentScripts();
}

async function storedSettings(page: Page): Promise<Settings> {
  return askStoreFrom<Settings>(page, 'getSettings', {});
}

test.describe('options page, English UI', () => {
  test('shows the defaults', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    await expect(page.getByLabel('User type for prefill')).toHaveValue('basic');
    await expect(page.getByLabel('Department (optional)')).toHaveValue('');
    await expect(page.getByLabel('All missing and expired')).toBeChecked();
    await expect(page.getByLabel('Warn this many days before an invitation expires')).toHaveValue('5');
    const builtIn = page.locator('[data-testid="zaa-booking-hosts"] li[data-host="zarezerwuj.pl"]');
    await expect(builtIn).toContainText('always included');
    await expect(builtIn.getByRole('button')).toHaveCount(0);
  });

  test('saves every change at once and keeps it after a reload', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    await page.getByLabel('User type for prefill').selectOption('licensed');
    await expect(message(page)).toHaveText('Saved.');

    const department = page.getByLabel('Department (optional)');
    await department.fill('  Salon Kraków ');
    await department.press('Tab');
    await expect.poll(async () => (await storedSettings(page)).department).toBe('Salon Kraków');

    await page.getByLabel('Only those I select in the panel').check();
    await expect.poll(async () => (await storedSettings(page)).include).toBe('selection');

    const days = page.getByLabel('Warn this many days before an invitation expires');
    await days.fill('12');
    await days.press('Enter');
    await expect.poll(async () => (await storedSettings(page)).warnDaysBeforeExpiry).toBe(12);

    await page.reload();
    await page.locator('[data-testid="zaa-options"][data-loaded="true"]').waitFor();
    await expect(page.getByLabel('User type for prefill')).toHaveValue('licensed');
    await expect(page.getByLabel('Department (optional)')).toHaveValue('Salon Kraków');
    await expect(page.getByLabel('Only those I select in the panel')).toBeChecked();
    await expect(page.getByLabel('Warn this many days before an invitation expires')).toHaveValue('12');
  });

  test('refuses a days-before-expiry value outside 0..29', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    const days = page.getByLabel('Warn this many days before an invitation expires');
    for (const bad of ['30', '-1', '2.5', '']) {
      await days.fill(bad);
      await days.press('Tab');
      await expect(page.getByRole('alert')).toHaveText('Enter a whole number from 0 to 29.');
      await expect(days).toHaveAttribute('aria-invalid', 'true');
    }
    expect((await storedSettings(page)).warnDaysBeforeExpiry).toBe(5);

    await days.fill('0');
    await days.press('Tab');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect.poll(async () => (await storedSettings(page)).warnDaysBeforeExpiry).toBe(0);
  });

  test('rejects an invalid host name without asking the browser', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await answerPermissionPrompts(page, true);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('[data-testid="zaa-options"][data-loaded="true"]').waitFor();
    const field = page.getByLabel('Custom booking domain');
    const error = page.getByTestId('zaa-host-error');

    for (const bad of ['not a host', 'firma', '*.firma.pl', 'firma..pl', 'https://', '192.168.0.1', 'user@firma.pl']) {
      await field.fill(bad);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(error).toHaveText('That is not a host name (for example rezerwacje.firma.pl).');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    await field.fill('salon-ania.zarezerwuj.pl');
    await field.press('Enter');
    await expect(error).toContainText('salon-ania.zarezerwuj.pl is already covered');

    expect(await page.evaluate(() => (window as unknown as { __permissionRequests: unknown[] }).__permissionRequests)).toEqual(
      [],
    );
    expect((await storedSettings(page)).bookingHosts).toEqual(['zarezerwuj.pl']);
  });

  test('adds a custom domain once the browser grants access, and registers the booking script for it', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await answerPermissionPrompts(page, true);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('[data-testid="zaa-options"][data-loaded="true"]').waitFor();

    await page.getByLabel('Custom booking domain').fill('https://Rezerwacje.Firma.pl/panel');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(message(page)).toHaveText('Added rezerwacje.firma.pl. Reload its pages to see the panel.');
    expect(await page.evaluate(() => (window as unknown as { __permissionRequests: unknown[] }).__permissionRequests)).toEqual([
      { origins: ['https://rezerwacje.firma.pl/*'] },
    ]);
    await expect(page.locator('li[data-host="rezerwacje.firma.pl"]')).toBeVisible();
    expect((await storedSettings(page)).bookingHosts).toEqual(['zarezerwuj.pl', 'rezerwacje.firma.pl']);
    const scripts = await page.evaluate(registeredScripts);
    expect(scripts).toEqual([
      expect.objectContaining({
        id: 'zaa-booking-rezerwacje.firma.pl',
        matches: ['https://rezerwacje.firma.pl/*'],
        js: ['content-scripts/booking.js'],
      }),
    ]);

    await page.getByLabel('Custom booking domain').fill('rezerwacje.firma.pl');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByTestId('zaa-host-error')).toHaveText('rezerwacje.firma.pl is already on the list.');

    await page.getByRole('button', { name: 'Remove rezerwacje.firma.pl' }).click();
    await expect(message(page)).toHaveText('Removed rezerwacje.firma.pl.');
    expect((await storedSettings(page)).bookingHosts).toEqual(['zarezerwuj.pl']);
    await expect.poll(() => page.evaluate(registeredScripts)).toEqual([]);
  });

  test('says so when the browser does not grant access, and saves nothing', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await answerPermissionPrompts(page, false);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('[data-testid="zaa-options"][data-loaded="true"]').waitFor();
    await page.getByLabel('Custom booking domain').fill('rezerwacje.firma.pl');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByTestId('zaa-host-error')).toHaveText('The browser did not grant access to rezerwacje.firma.pl.');
    expect((await storedSettings(page)).bookingHosts).toEqual(['zarezerwuj.pl']);
    expect(await page.evaluate(registeredScripts)).toEqual([]);
  });

  test('has no serious or critical accessibility violations', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    const days = page.getByLabel('Warn this many days before an invitation expires');
    await days.fill('99');
    await days.press('Tab');
    await page.getByLabel('Custom booking domain').fill('nope');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
  });
});

test.describe('options page, Polish UI', () => {
  // The runner's own `locale` (en-US by default) is applied to every launch, harness included, and
  // Chromium reports it as the UI language; so it is set along with the harness's uiLanguage.
  test.use({ uiLanguage: 'pl', locale: 'pl-PL' });

  test('speaks Polish, gives Polish messages and passes axe', async ({ context, extensionId }) => {
    const page = await openOptions(context, extensionId);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roster Assistant for Zoom: ustawienia');
    await page.getByLabel('Typ użytkownika przy uzupełnianiu').selectOption('on-prem');
    await expect(message(page)).toHaveText('Zapisano.');
    await page.getByLabel('Własna domena panelu zarezerwuj.pl').fill('zła nazwa');
    await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
    await expect(page.getByTestId('zaa-host-error')).toHaveText('To nie jest nazwa hosta (na przykład rezerwacje.firma.pl).');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
