/**
 * Layout drift: pages whose layout changed so the adapters cannot read them (tests/fixtures/drift).
 * The overlay must say so, claim no status it did not see, and never call anyone missing on a
 * partial view; "Report a layout problem" copies an outline of the page without names or emails.
 */
import type { BrowserContext, Page, Route } from '@playwright/test';
import { test, expect, serveSite, collectPageErrors, fixture } from './harness';
import { readRosterFromBooking, serveZoom, notice, expandPanel, BOOKING_TENANT, COMPLETE_STATUSES } from './scenario';
import { askStoreFrom, openSeededPopup, scenarioBackup, SCENARIO_EMPLOYEES, SCENARIO_MISSING } from './seed';
import type { Overview } from '../../utils/store/messages';
import { RESOURCE_IDS } from '../fixtures/booking/routes';

/** Statuses that say something about Zoom: never claimed from a page that was not read. */
const CLAIMS = ['active', 'inactive', 'pending', 'expired', 'missing'];

async function seedComplete(context: BrowserContext, extensionId: string): Promise<void> {
  const popup = await openSeededPopup(context, extensionId, scenarioBackup());
  await popup.close();
}

async function expectNoClaims(page: Page): Promise<void> {
  await expect(page.getByTestId('zaa-panel').getByTestId('zaa-employee')).toHaveCount(11);
  for (const status of CLAIMS) {
    await expect(page.locator(`[data-testid="zaa-employee"][data-status="${status}"]`), status).toHaveCount(0);
  }
  await expect(page.locator('[data-testid="zaa-employee"][data-status="unverified"]')).toHaveCount(9);
  await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
}

function html(body: string): (route: Route) => Promise<void> {
  return (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

const ZOOM_DRIFTS = [
  ['Users table with renamed columns and no address in any cell', 'drift/zoom-users-no-emails.html'],
  ['Pending list without a table', 'drift/zoom-pending-no-table.html'],
  ['tabs without labels over a list that cannot be told apart', 'drift/zoom-tabs-missing.html'],
] as const;

test.describe('Zoom pages that drifted', () => {
  for (const [what, file] of ZOOM_DRIFTS) {
    test(`${what}: "layout not recognised", and no status claimed even with complete stored data`, async ({
      context,
      extensionId,
    }) => {
      await seedComplete(context, extensionId);
      await serveSite(context, 'https://zoom.us', { '/account/user': file });
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await page.goto('https://zoom.us/account/user#/');
      await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
      await expectNoClaims(page);
      // What the booking system says still shows.
      await expect(page.locator('[data-testid="zaa-employee"][data-status="no-email"]')).toHaveCount(1);
      await expect(page.locator('[data-testid="zaa-employee"][data-status="invalid-email"]')).toHaveCount(1);
      // Nothing is offered for prefill from an unread page.
      await expect(page.getByTestId('zaa-panel').getByTestId('zaa-prefill')).not.toContainText(/\d/);
      expect(errors).toEqual([]);
      // Nothing read from it reached the store: the stored lists are whole and still complete.
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      const overview = await askStoreFrom<Overview>(popup, 'getOverview', {});
      expect(overview.zoomUsers.map((u) => `${u.email} ${u.state}`).sort()).toEqual(
        scenarioBackup()
          .zoomUsers.map((u) => `${u.email} ${u.state}`)
          .sort(),
      );
      expect(overview.zoomHosts[0]).toMatchObject({ users: { complete: true }, pending: { complete: true } });
    });
  }

  test('a Users list seen whole and a Pending list that cannot be read: partial, nobody missing', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveZoom(context, 'users-en-table.html');
    const users = await context.newPage();
    await users.goto('https://zoom.us/account/user#/');
    await expect(users.getByTestId('zaa-row-badge')).toHaveCount(5);
    await users.close();

    await serveSite(context, 'https://zoom.us', { '/account/user?drift=pending': 'drift/zoom-pending-no-table.html' });
    const page = await context.newPage();
    await page.goto('https://zoom.us/account/user?drift=pending#/');
    await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
    await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'partial');
    await expect(page.getByTestId('zaa-employee')).toHaveCount(11);
    for (const status of CLAIMS) {
      await expect(page.locator(`[data-testid="zaa-employee"][data-status="${status}"]`), status).toHaveCount(0);
    }
  });

  test('Add Users dialog without its email label: no Prefill button in it, nothing filled, no event on its fields', async ({
    context,
    extensionId,
  }) => {
    await seedComplete(context, extensionId);
    const page = fixture('zoom/users-en-table.html').replace(
      '</body>',
      `${fixture('drift/zoom-dialog-no-email-label.html')}\n</body>`,
    );
    await serveSite(context, 'https://zoom.us', { '/account/user': html(page) });
    const zoom = await context.newPage();
    const errors = collectPageErrors(zoom);
    await zoom.goto('https://zoom.us/account/user#/');
    const panel = zoom.getByTestId('zaa-panel');
    await expect(panel).toHaveAttribute('data-coverage', 'complete');
    await expect(panel.getByTestId('zaa-prefill')).toContainText(String(SCENARIO_MISSING.length));
    const dialog = zoom.getByRole('dialog', { name: 'Add Users' });
    await expect(dialog).toBeVisible();
    await zoom.waitForTimeout(800);
    await expect(dialog.getByTestId('zaa-prefill')).toHaveCount(0);

    await panel.getByTestId('zaa-prefill').click();
    const result = zoom.getByTestId('zaa-prefill-result');
    await expect(result).toHaveAttribute('data-count', '0', { timeout: 15_000 });
    await expect(result).toHaveAttribute('data-ok', 'false');
    await expect(dialog.locator('textarea')).toHaveValue('');
    for (const input of await dialog.locator('input[type="text"]').all()) await expect(input).toHaveValue('');
    expect(await zoom.evaluate(() => (window as unknown as { __drift: { dialogEvents: number } }).__drift.dialogEvents)).toBe(0);
    expect(errors).toEqual([]);
  });
});

test.describe('booking pages that drifted', () => {
  test('a resource list without a name column: "layout not recognised", and the stored roster is kept', async ({ context }) => {
    await readRosterFromBooking(context);
    await serveSite(context, BOOKING_TENANT, { '/admin/zasoby-nowe': 'drift/booking-list-no-names.html' });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${BOOKING_TENANT}/admin/zasoby-nowe`);
    await expect(notice(page, 'layout-unrecognised')).toHaveCount(1);
    await expect(page.getByTestId('zaa-row-badge')).toHaveCount(0);
    // The roster read before is not replaced by guesses (categories taken for names). The list is the
    // panel's opened part, which loads just after the first paint.
    await expect(page.getByTestId('zaa-resource')).toHaveCount(COMPLETE_STATUSES.length);
    const names = await page.getByTestId('zaa-resource').evaluateAll((els) => els.map((el) => el.getAttribute('data-name')));
    expect(names).toEqual(COMPLETE_STATUSES.map(([name]) => name));
    expect(errors).toEqual([]);
  });

  test('edit forms without the email label: read-failed, every address unread (unverified), never no-email', async ({
    context,
  }) => {
    const tenant = 'https://drift.zarezerwuj.pl';
    await serveSite(context, tenant, {
      '/ustawienia/zasoby': 'booking/new-ui-resources.html',
      ...Object.fromEntries(
        RESOURCE_IDS.map((id) => [`/ustawienia/zasoby/${id}/edycja`, 'drift/booking-form-no-email-label.html']),
      ),
    });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${tenant}/ustawienia/zasoby`);
    const resources = page.getByTestId('zaa-panel').getByTestId('zaa-resource');
    await expect(resources).toHaveCount(11);
    const failed = notice(page, 'read-failed');
    await expect(failed).toHaveCount(1);
    for (const [name] of SCENARIO_EMPLOYEES.slice(0, 7)) await expect(failed).toContainText(name);
    await expect(page.locator('[data-testid="zaa-resource"][data-status="unverified"]')).toHaveCount(11);
    await expect(page.locator('[data-testid="zaa-resource"]:not([data-email=""])')).toHaveCount(0);

    // The drifted edit page itself: its address is not read, so no status is shown under a field.
    await page.goto(`${tenant}/ustawienia/zasoby/12/edycja`);
    await page.waitForTimeout(800);
    await expect(page.getByTestId('zaa-form-hint')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

/** Every name and address the Zoom and booking fixtures show, as words a leak would contain. */
const PERSONAL_WORDS = [
  ...new Set(
    [
      ...SCENARIO_EMPLOYEES.map(([name]) => name),
      'Admin Salon',
      'salon-ania',
      'kowalska',
      'dabrowska',
      'zielinska',
      'wisniewska',
      'lewandowski',
      'szymanski',
      'mazur',
    ]
      .flatMap((text) => text.split(/[\s<>"=&()./-]+/))
      .filter((word) => /^\p{L}{4,}$/u.test(word) && !['HTML', 'cytat', 'window', 'onerror', 'pwned'].includes(word)),
  ),
];

test.describe('"Report a layout problem"', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://zoom.us' });
  });

  for (const file of [
    'drift/zoom-users-no-emails.html',
    'drift/zoom-pending-no-table.html',
    'drift/zoom-tabs-missing.html',
    'zoom/users-en-table.html',
  ]) {
    test(`copies an outline of ${file} without any name or address`, async ({ context }) => {
      await readRosterFromBooking(context);
      await serveSite(context, 'https://zoom.us', { '/account/user': file });
      const page = await context.newPage();
      await page.goto('https://zoom.us/account/user#/');
      await expect(page.getByTestId('zaa-panel')).toHaveCount(1);
      await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
      await expandPanel(page);
      await page.getByTestId('zaa-panel').getByRole('button', { name: 'Report a layout problem' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('(nothing copied)');
      const outline = await page.evaluate(() => navigator.clipboard.readText());
      // It is an outline of this page: its structure is there …
      expect(outline).toMatch(/^# page outline · zoom\.us\/account\/user/);
      expect(outline).toMatch(/\b(table|div)\b/);
      expect(outline.split('\n').length).toBeGreaterThan(10);
      // … and nothing personal: no address, no name, not even the panel's own copy of the roster.
      expect(outline).not.toContain('@');
      expect(outline).not.toMatch(/%40/);
      for (const word of PERSONAL_WORDS) expect(outline.toLowerCase(), word).not.toContain(word.toLowerCase());
    });
  }
});
