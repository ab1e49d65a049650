/**
 * Storage faults the admin must see, and a backup that survives a wiped database. Adds to
 * tests/unit/store: the background when IndexedDB cannot be opened or is full, the overlays'
 * `store-failed` notice when the store answers with an error, and restore after a deleted database.
 */
import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import background from '../../../entrypoints/background';
import { startZoomUsersPage } from '../../../features/zoom-users';
import * as zoomDrawer from '../../../features/zoom-users/drawer';
import { registerFeature } from '../../../features/shared/overlay-loader';
import { askStore } from '../../../utils/store/client';
import { openStore } from '../../../utils/store/db';
import { createStoreHandlers } from '../../../utils/store/handlers';
import { buildPanelModel } from '../../../utils/view/panel-model';
import { reconcile } from '../../../utils/roster/reconcile';
import { coverageOf } from '../../../utils/roster/coverage';
import { localDay } from '../../../utils/roster/dates';
import { STORE_NAME } from '../../../utils/store/db';
import type { ZoomContext } from '../../../utils/store/messages';
import { scenarioBackup, SCENARIO_COUNTS, SCENARIO_TENANT, SCENARIO_ZOOM_HOST } from '../../e2e/seed';
import { loadFixture, runInlineScripts } from '../zoom/list-fixture-dom';
import { sendFromExtensionPage, uniqueName } from '../store/helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const until = async (check: () => boolean, ms = 3000) => {
  for (let waited = 0; waited < ms && !check(); waited += 20) await new Promise((r) => setTimeout(r, 20));
};

async function deleteDatabase(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

describe('the background when the database fails', () => {
  let undo: () => void;
  beforeEach(async () => {
    await deleteDatabase(STORE_NAME);
    undo = sendFromExtensionPage(); // the popup asks: it may ask anything
  });
  afterEach(() => undo());

  it('answers ok:false with the reason when IndexedDB cannot be opened, and opens it on the next message', async () => {
    const open = indexedDB.open.bind(indexedDB);
    const spy = vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    });
    background.main();
    await expect(askStore('getSettings', {})).rejects.toThrow(/UnknownError: The user denied permission/);
    spy.mockImplementation(open);
    // Not stuck on the failed attempt: the next request opens the database and is answered.
    await expect(askStore('getSettings', {})).resolves.toMatchObject({ userType: 'basic' });
  });

  it('a full disk is reported in both languages and nothing is half-written', async () => {
    background.main();
    await askStore('saveRoster', {
      tenant: 't.zarezerwuj.pl',
      employees: [{ name: 'A', rawEmail: 'a@x.pl', readAt: 1, order: 0 }],
    });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saving = askStore('saveRoster', {
      tenant: 't.zarezerwuj.pl',
      employees: [
        { name: 'B', rawEmail: 'b@x.pl', readAt: 2, order: 0 },
        { name: 'C', rawEmail: 'c@x.pl', readAt: 2, order: 1 },
      ],
    });
    await expect(saving).rejects.toThrow(/Brak miejsca.*Not enough storage space.*QuotaExceededError/s);
    const importing = askStore('importBackup', { backup: scenarioBackup() });
    await expect(importing).rejects.toThrow(/QuotaExceededError/);
    vi.restoreAllMocks();
    const context = await askStore('getBookingContext', { tenant: 't.zarezerwuj.pl' });
    expect(context.employees.map((e) => e.name)).toEqual(['A']);
    expect((await askStore('getOverview', {})).tenants.map((t) => t.tenant)).toEqual(['t.zarezerwuj.pl']);
  });
});

describe('the overlay when the store fails', () => {
  it('the panel model carries a store-failed notice with the error, next to the page notices', () => {
    const result = reconcile([], { users: [], coverage: 'none', readable: true, invitations: [] }, '2026-11-20');
    const model = buildPanelModel({
      result,
      coverage: 'none',
      pageNotices: [{ kind: 'store-failed', params: { error: 'QuotaExceededError' } }],
      hasRoster: true,
      warnDaysBeforeExpiry: 5,
    });
    expect(model.notices).toContainEqual({ kind: 'store-failed', params: { error: 'QuotaExceededError' } });
  });

  it('the Zoom panel shows the store-failed notice, with the reason, when every store request fails', async () => {
    const error = 'Brak miejsca na dane rozszerzenia: nic nie zapisano. / Not enough storage space (QuotaExceededError).';
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error }));
    loadFixture('users-en-table.html');
    runInlineScripts();
    // The session itself (what the content script starts on the Users page), so the test does not
    // depend on how the entrypoint loads it.
    const ctx = new ContentScriptContext('zoom-store-failed');
    const session = new AbortController();
    // The opened panel's module, as zoom-drawer.js registers itself when the overlay loads it.
    registerFeature('/zoom-drawer.js', zoomDrawer);
    startZoomUsersPage(ctx, session.signal);
    const notice = () =>
      document
        .querySelector('zaa-zoom-panel')
        ?.shadowRoot?.querySelector('[data-testid="zaa-notice"][data-kind="store-failed"]') ?? null;
    await until(() => notice() !== null);
    // The bar says it in a few words (the rest for assistive technology); the opened panel says it in full.
    expect(notice()?.firstChild?.textContent).toBe('Storage error');
    const detail = () =>
      document.querySelector('zaa-zoom-panel')?.shadowRoot?.querySelector('.zaa-notice-detail[data-kind="store-failed"]') ?? null;
    await until(() => detail() !== null);
    expect(detail()?.textContent).toContain('QuotaExceededError');
    expect(detail()?.textContent).toContain('could not save or load');
    // And it claims nothing it did not store: no employee at all without a roster.
    expect(document.querySelector('zaa-zoom-panel')?.shadowRoot?.querySelectorAll('[data-testid="zaa-employee"]')).toHaveLength(
      0,
    );
    session.abort();
    ctx.abort();
  });
});

describe('backup and restore', () => {
  it('a backup restored into a wiped (deleted) database gives back the same state and the same statuses', async () => {
    const name = uniqueName();
    const first = await openStore(name);
    const handlers = createStoreHandlers(first);
    expect(await handlers.importBackup({ backup: scenarioBackup() })).toEqual({ ok: true });
    const exported = JSON.parse(JSON.stringify(await handlers.exportBackup({})));
    const statusesOf = (context: ZoomContext) =>
      reconcile(
        context.employees,
        { users: context.zoomUsers, coverage: coverageOf(context.zoomHost), readable: true, invitations: context.invitations },
        localDay(new Date()),
      ).counts;
    const before = statusesOf(await handlers.getZoomContext({ host: SCENARIO_ZOOM_HOST }));
    expect(before).toEqual(SCENARIO_COUNTS);

    first.close();
    await deleteDatabase(name);
    const wiped = createStoreHandlers(await openStore(name));
    expect((await wiped.getOverview({})).employees).toEqual([]);
    expect(await wiped.importBackup({ backup: exported })).toEqual({ ok: true });

    const { exportedAt: _a, ...restored } = await wiped.exportBackup({});
    const { exportedAt: _b, ...original } = exported;
    expect(restored).toEqual(original);
    expect(statusesOf(await wiped.getZoomContext({ host: SCENARIO_ZOOM_HOST }))).toEqual(before);
    expect((await wiped.getBookingContext({ tenant: SCENARIO_TENANT })).employees).toHaveLength(11);
  });
});
