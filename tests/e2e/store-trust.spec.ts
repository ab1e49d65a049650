/**
 * Issue 21, items 4 and 5, in the real browser: a booking page is given (and shows) no Zoom address
 * but its resources' and the one a probable typo nearly matches; and a content script's privileged
 * store requests are refused. The latter are sent from the content script's own isolated world,
 * reached through the DevTools protocol (Playwright has no API for an extension's world).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './harness';
import { BOOKING_TENANT, serveBooking } from './scenario';
import { askStoreFrom, openSeededPopup, scenarioBackup, SCENARIO_EMPLOYEES, SCENARIO_TENANT, SCENARIO_TYPO } from './seed';
import { normalizeEmail } from '../../utils/roster/email';
import type { BackupFile, BookingContext, Overview } from '../../utils/store/messages';
import { fromWire } from '../../utils/store/wire';

/** Zoom users of the account who are none of the tenant's resources (admin@ is the scenario's own). */
const STRANGERS = ['admin@salon-ania.pl', 'prezes@salon-ania.pl', 'ksiegowa@salon-ania.pl', 'stary.pracownik@salon-ania.pl'];
const [, IWONA_WRITTEN, IWONA_SUGGESTION] = SCENARIO_TYPO;

/** The scenario, with more Zoom users who are not resources, and a pass whose pages hold their addresses. */
function backupWithStrangers(): BackupFile {
  const backup = scenarioBackup();
  const seen = backup.zoomUsers[0].lastSeen;
  const add = (email: string, state: 'active' | 'pending' | 'inactive') =>
    backup.zoomUsers.push({ host: 'zoom.us', email, state, firstSeen: seen, lastSeen: seen, name: 'Nie zasób' });
  add('prezes@salon-ania.pl', 'active');
  add('ksiegowa@salon-ania.pl', 'pending');
  add('stary.pracownik@salon-ania.pl', 'inactive');
  backup.zoomHosts[0].users.pass = { pages: { 1: ['prezes@salon-ania.pl', 'admin@salon-ania.pl'] }, startedAt: seen };
  return backup;
}

/** Every address in the page: text, attribute values and field values, in open shadow roots and frames too. */
function addressesInPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const pattern = /[\w.%+'!#$&*/=^`{|}~-]+@[\w-]+(?:\.[\w-]+)*/g;
    const take = (text: string | null | undefined) => {
      for (const match of text?.match(pattern) ?? []) found.add(match.toLowerCase().replace(/^mailto:/, ''));
    };
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.attributes) take(attribute.value);
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) take(element.value);
        if (element.shadowRoot) walk(element.shadowRoot);
        if (element instanceof HTMLIFrameElement && element.contentDocument) walk(element.contentDocument);
        for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) take(node.textContent);
      }
    };
    walk(document);
    return [...found].sort();
  });
}

async function seed(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await openSeededPopup(context, extensionId, backupWithStrangers());
  return popup;
}

test.describe('a booking page holds only what its resources need', () => {
  test('no Zoom address but its resources’ and the one suggestion, in the page or in its open shadow roots', async ({
    context,
    extensionId,
  }) => {
    const popup = await seed(context, extensionId);
    await serveBooking(context);
    const page = await context.newPage();
    // The resource list with addresses: every resource's status against the complete view.
    await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
    const panel = page.getByTestId('zaa-panel');
    await expect(panel.getByTestId('zaa-resource')).toHaveCount(11);
    await expect(panel.getByTestId('zaa-resource').and(page.locator('[data-name="Anna Kowalska"]'))).toHaveAttribute(
      'data-status',
      'active',
    );
    await expect(panel.getByTestId('zaa-resource').and(page.locator('[data-name="Iwona Dąbrowska"]'))).toHaveAttribute(
      'data-status',
      'missing',
    );
    const allowed = new Set<string>([IWONA_SUGGESTION]);
    for (const [, written] of SCENARIO_EMPLOYEES) {
      if (!written.trim()) continue;
      allowed.add(written.trim().toLowerCase());
      const normal = normalizeEmail(written);
      if (normal) allowed.add(normal);
    }
    const onList = await addressesInPage(page);
    // Only the panel (an open shadow root) names the suggestion: the walk reads it.
    expect(onList).toContain(IWONA_SUGGESTION);
    for (const address of onList) expect(allowed, `${address} on the resource list`).toContain(address);

    // Iwona's edit page: the hint offers the one address hers nearly matches, and nothing else.
    await page.goto(`${BOOKING_TENANT}/ustawienia/zasoby/21/edycja`);
    const hint = page.getByTestId('zaa-form-hint');
    await expect(hint).toHaveAttribute('data-email', IWONA_WRITTEN);
    await expect(hint).toContainText(`Did you mean ${IWONA_SUGGESTION}?`);
    await expect(page.locator('datalist')).toHaveCount(0);
    const onForm = await addressesInPage(page);
    expect(onForm).toContain(IWONA_SUGGESTION);
    for (const address of onForm) expect(allowed, `${address} on the edit page`).toContain(address);
    for (const stranger of STRANGERS) expect([...onList, ...onForm]).not.toContain(stranger);

    // Typing another Zoom user's address tells the page nothing of that user; the suggestion and the
    // resources' own addresses are known.
    const field = page.getByLabel('Adres e-mail', { exact: true });
    await field.fill('prezes@salon-ania.pl');
    await expect(hint).toHaveAttribute('data-status', 'unverified');
    await expect(hint).toContainText('This address is compared with Zoom once the form is saved.');
    await field.fill(IWONA_SUGGESTION);
    await expect(hint).toHaveAttribute('data-status', 'active');
    await field.fill('anna.kowalska@salon-ania.pl');
    await expect(hint).toHaveAttribute('data-status', 'active');
    await field.fill('celina.wisniewska@salon-ania.pl');
    await expect(hint).toHaveAttribute('data-status', 'missing');

    // What the content script is handed is the same: no stranger, no pass addresses.
    const context_ = fromWire(
      'getBookingContext',
      await askStoreFrom<BookingContext>(popup, 'getBookingContext', { tenant: SCENARIO_TENANT }),
    );
    const handed = JSON.stringify(context_);
    for (const stranger of STRANGERS) expect(handed, stranger).not.toContain(stranger);
    expect(context_.nearMatches).toEqual([[IWONA_WRITTEN, IWONA_SUGGESTION]]);
  });
});

test.describe('the store obeys only who may ask', () => {
  test('a content script’s privileged requests, and reports for another host, are refused by the background', async ({
    context,
    extensionId,
  }) => {
    const popup = await seed(context, extensionId);
    await serveBooking(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const worlds: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
    await cdp.send('Runtime.enable');
    await page.goto(`${BOOKING_TENANT}/admin/zasoby`);
    await expect(page.getByTestId('zaa-panel').getByTestId('zaa-resource')).toHaveCount(11);
    const world = worlds.find((w) => w.origin === `chrome-extension://${extensionId}` && w.auxData?.type === 'isolated');
    expect(world, 'the content script’s isolated world').toBeDefined();

    const expression = `(async () => {
      const ask = (name, payload) => chrome.runtime.sendMessage({ channel: 'zaa-store', name, payload });
      const replies = {};
      replies.exportBackup = await ask('exportBackup', {});
      replies.getOverview = await ask('getOverview', {});
      replies.importBackup = await ask('importBackup', { backup: { format: 'roster-assistant-backup', version: 1 } });
      replies.forgetTenant = await ask('forgetTenant', { tenant: ${JSON.stringify(SCENARIO_TENANT)} });
      replies.forgetZoomHost = await ask('forgetZoomHost', { host: 'zoom.us' });
      replies.saveSettings = await ask('saveSettings', { bookingHosts: ['evil.example'] });
      replies.otherTenant = await ask('saveRoster', { tenant: 'inny.zarezerwuj.pl', employees: [] });
      replies.zoomContext = await ask('getZoomContext', { host: 'zoom.us' });
      replies.badPayload = await ask('getBookingContext', { tenant: ${JSON.stringify(SCENARIO_TENANT)}, zoomHost: 7 });
      replies.own = await ask('getBookingContext', { tenant: ${JSON.stringify(SCENARIO_TENANT)} });
      return replies;
    })()`;
    const { result } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world?.id,
      awaitPromise: true,
      returnByValue: true,
    });
    const replies = result.value as Record<string, { ok: boolean; error?: string }>;
    const host = new URL(BOOKING_TENANT).host;
    for (const name of ['exportBackup', 'getOverview', 'importBackup', 'forgetTenant', 'forgetZoomHost', 'saveSettings']) {
      expect(replies[name], name).toEqual({
        ok: false,
        error: `Refused: ${name} is answered only for the extension's own pages (popup, options), not for a script on ${host}`,
      });
    }
    expect(replies.otherTenant.error).toBe(
      `Refused: a page of ${host} may only report and read for ${host}, not for inny.zarezerwuj.pl`,
    );
    expect(replies.zoomContext.error).toBe(`Refused: getZoomContext is a Zoom page's request, and ${host} is not one`);
    expect(replies.badPayload.error).toBe('Invalid getBookingContext request: payload.zoomHost: expected text');
    expect(replies.own.ok).toBe(true);

    // Nothing was forgotten, restored or changed.
    const overview = await askStoreFrom<Overview>(popup, 'getOverview', {});
    expect(overview.employees).toHaveLength(11);
    expect(overview.zoomUsers.length).toBeGreaterThan(8);
    expect(overview.settings.bookingHosts).toEqual(['zarezerwuj.pl']);
  });
});
