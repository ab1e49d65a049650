/**
 * Who may ask the store what (issue 21, item 5): the policy table, the sender's host taken over the
 * message's, and the background's own listener with senders as the browser describes them.
 * A content script's message cannot be forged from a Playwright page (its isolated world is not
 * reachable), so the real listener is driven here with fake senders instead.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { handleStoreMessage, type StoreHandlers } from '../../../utils/store/handlers';
import type { StoreRequest, StoreRequestName } from '../../../utils/store/messages';
import { PAYLOADS } from '../../../utils/store/payloads';
import { SENDER_POLICY, whoIsAsking, type Asking, type ExtensionSelf } from '../../../utils/store/sender-policy';
import { createTaughtHandlers, withTaughtLayouts, type TaughtStorage } from '../../../utils/store/taught';
import { DEFAULT_SETTINGS } from '../../../utils/roster/model';
import { employee, FROM_EXTENSION_PAGE, freshStore, NOW, zoomRows } from './helpers';

const TENANT = 'salon.zarezerwuj.pl';
const ZOOM = 'us06web.zoom.us';
const SELF: ExtensionSelf = { id: 'our-id', pagesUrl: 'chrome-extension://our-id/' };
const BOOKING_PAGE: Asking = { from: 'content', host: TENANT };
const ZOOM_PAGE: Asking = { from: 'content', host: ZOOM };

function memoryStorage(): TaughtStorage {
  const items = new Map<string, unknown>();
  return {
    get: async (key) => (key === null ? Object.fromEntries(items) : items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (values) => {
      for (const [key, value] of Object.entries(values)) items.set(key, value);
    },
    remove: async (keys) => {
      for (const key of [keys].flat()) items.delete(key);
    },
  };
}

async function store() {
  const test = await freshStore();
  const handlers = withTaughtLayouts(test.handlers, memoryStorage());
  await handlers.saveRoster({ tenant: TENANT, employees: [employee(0, 'Anna', 'anna@salon.pl')] });
  await handlers.saveRoster({ tenant: 'other.zarezerwuj.pl', employees: [employee(0, 'Olga', 'olga@other.pl')] });
  await handlers.saveZoomSnapshot({
    host: ZOOM,
    snapshot: { list: 'users', rows: zoomRows('active', 'anna@salon.pl'), filtered: false },
  });
  return { ...test, handlers };
}

const LAYOUT = { version: 1, lists: {} };

/** A valid payload for every request, as the extension's own code sends it. */
const EXAMPLES: { [K in StoreRequestName]: StoreRequest<K> } = {
  saveRoster: { tenant: TENANT, url: `https://${TENANT}/panel/zasoby`, employees: [employee(0, 'Anna', 'anna@salon.pl')] },
  updateEmployeeEmails: {
    tenant: TENANT,
    updates: [{ resource: { name: 'Anna' }, rawEmail: 'anna@salon.pl', emailSource: 'form' }],
  },
  saveZoomSnapshot: { host: ZOOM, snapshot: { list: 'pending', rows: zoomRows('pending', 'p@salon.pl'), filtered: false } },
  importZoomCsv: { host: ZOOM, rows: zoomRows('active', 'anna@salon.pl') },
  recordInvitations: { host: ZOOM, emails: ['new@salon.pl'], invitedOn: '2026-11-20' },
  withdrawInvitations: { host: ZOOM, emails: ['new@salon.pl'], invitedOn: '2026-11-20', recordedAt: NOW },
  getZoomContext: { host: ZOOM },
  getBookingContext: { tenant: TENANT },
  getOverview: {},
  getSettings: {},
  saveSettings: { department: 'Sprzedaż' },
  exportBackup: {},
  importBackup: {
    backup: {
      format: 'roster-assistant-backup',
      version: 1,
      exportedAt: NOW,
      tenants: [],
      employees: [],
      zoomHosts: [],
      zoomUsers: [],
      invitations: [],
      settings: DEFAULT_SETTINGS,
    },
  },
  forgetTenant: { tenant: TENANT },
  forgetZoomHost: { host: ZOOM },
  getTaught: { host: ZOOM },
  saveTaught: { host: ZOOM, layout: LAYOUT as never },
  forgetTaught: { host: ZOOM },
};

const ask = (handlers: StoreHandlers, name: StoreRequestName, payload: unknown, asking: Asking) =>
  handleStoreMessage(handlers, { channel: 'zaa-store', name, payload }, asking);

const names = Object.keys(EXAMPLES) as StoreRequestName[];
const privileged = names.filter((name) => SENDER_POLICY[name].who === 'extension-page');

describe('the sender policy table', () => {
  it('has a rule and a payload check for every request the background answers', async () => {
    const { handlers } = await store();
    const answered = Object.keys(handlers).sort();
    expect(answered.length).toBeGreaterThan(10);
    for (const name of answered) {
      expect(Object.hasOwn(SENDER_POLICY, name), `${name} has no sender rule`).toBe(true);
      expect(Object.hasOwn(PAYLOADS, name), `${name} has no payload check`).toBe(true);
    }
    expect(Object.keys(SENDER_POLICY).sort()).toEqual(answered);
  });

  it('refuses a request that has no rule, even from an extension page', async () => {
    const { handlers } = await store();
    const withNew = { ...handlers, dropEverything: vi.fn(async () => ({ ok: true })) };
    const reply = await handleStoreMessage(
      withNew,
      { channel: 'zaa-store', name: 'dropEverything', payload: {} },
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toEqual({ ok: false, error: 'Refused: no rule says who may ask "dropEverything"' });
    expect(withNew.dropEverything).not.toHaveBeenCalled();
  });

  it('keeps the admin’s tools for the extension’s pages', () => {
    expect(privileged.sort()).toEqual(
      [
        'exportBackup',
        'forgetTenant',
        'forgetZoomHost',
        'getOverview',
        'getSettings',
        'importBackup',
        'importZoomCsv',
        'saveSettings',
      ].sort(),
    );
  });
});

describe('requests from a content script', () => {
  for (const name of privileged) {
    it(`refuses ${name} from a booking page and from a Zoom page`, async () => {
      const { handlers } = await store();
      for (const page of [BOOKING_PAGE, ZOOM_PAGE]) {
        const reply = await ask(handlers, name, EXAMPLES[name], page);
        expect(reply).toEqual({
          ok: false,
          error: `Refused: ${name} is answered only for the extension's own pages (popup, options), not for a script on ${(page as { host: string }).host}`,
        });
      }
      // Nothing was forgotten, restored or changed.
      const overview = await handlers.getOverview({});
      expect(overview.employees.map((e) => e.name)).toEqual(['Olga', 'Anna']); // by tenant
      expect(overview.zoomUsers.map((u) => u.email)).toEqual(['anna@salon.pl']);
      expect(overview.settings).toEqual(DEFAULT_SETTINGS);
    });
  }

  it('answers each page’s own requests for its own host', async () => {
    const { handlers } = await store();
    for (const name of names.filter((n) => !privileged.includes(n))) {
      const rule = SENDER_POLICY[name];
      const page = rule.who === 'own-page-content' && rule.site === 'booking' ? BOOKING_PAGE : ZOOM_PAGE;
      const payload = { ...EXAMPLES[name] } as Record<string, unknown>;
      if (rule.who === 'own-page-content' && rule.site === 'either') payload.host = (page as { host: string }).host;
      const reply = await ask(handlers, name, payload, page);
      expect(reply, name).toMatchObject({ ok: true });
    }
  });

  it('refuses a report or a read for another host, and writes nothing', async () => {
    const { handlers } = await store();
    const cases: [StoreRequestName, unknown, Asking, string][] = [
      ['saveRoster', { ...EXAMPLES.saveRoster, tenant: 'other.zarezerwuj.pl' }, BOOKING_PAGE, 'other.zarezerwuj.pl'],
      [
        'updateEmployeeEmails',
        { ...EXAMPLES.updateEmployeeEmails, tenant: 'other.zarezerwuj.pl' },
        BOOKING_PAGE,
        'other.zarezerwuj.pl',
      ],
      ['getBookingContext', { tenant: 'other.zarezerwuj.pl' }, BOOKING_PAGE, 'other.zarezerwuj.pl'],
      ['saveZoomSnapshot', { ...EXAMPLES.saveZoomSnapshot, host: 'firma.zoom.us' }, ZOOM_PAGE, 'firma.zoom.us'],
      ['recordInvitations', { ...EXAMPLES.recordInvitations, host: 'firma.zoom.us' }, ZOOM_PAGE, 'firma.zoom.us'],
      ['withdrawInvitations', { ...EXAMPLES.withdrawInvitations, host: 'firma.zoom.us' }, ZOOM_PAGE, 'firma.zoom.us'],
      ['getZoomContext', { host: 'firma.zoom.us' }, ZOOM_PAGE, 'firma.zoom.us'],
      ['saveTaught', { host: 'firma.zoom.us', layout: LAYOUT }, ZOOM_PAGE, 'firma.zoom.us'],
      ['forgetTaught', { host: 'other.zarezerwuj.pl' }, BOOKING_PAGE, 'other.zarezerwuj.pl'],
    ];
    for (const [name, payload, page, claimed] of cases) {
      const host = (page as { host: string }).host;
      expect(await ask(handlers, name, payload, page), name).toEqual({
        ok: false,
        error: `Refused: a page of ${host} may only report and read for ${host}, not for ${claimed}`,
      });
    }
    const overview = await handlers.getOverview({});
    expect(overview.employees.map((e) => [e.tenant, e.rawEmail])).toEqual([
      ['other.zarezerwuj.pl', 'olga@other.pl'],
      [TENANT, 'anna@salon.pl'],
    ]);
    expect(overview.zoomHosts.map((h) => h.host)).toEqual([ZOOM]);
    expect(overview.invitations).toEqual([]);
  });

  it('refuses a Zoom page’s request from a booking page and the reverse', async () => {
    const { handlers } = await store();
    const asBooking = await ask(handlers, 'saveZoomSnapshot', { ...EXAMPLES.saveZoomSnapshot, host: TENANT }, BOOKING_PAGE);
    expect(asBooking).toEqual({
      ok: false,
      error: `Refused: saveZoomSnapshot is a Zoom page's request, and ${TENANT} is not one`,
    });
    // Every tenant's roster comes with a Zoom context: a booking page must not read it that way.
    expect(await ask(handlers, 'getZoomContext', { host: TENANT }, BOOKING_PAGE)).toMatchObject({ ok: false });
    const asZoom = await ask(handlers, 'saveRoster', { ...EXAMPLES.saveRoster, tenant: ZOOM }, ZOOM_PAGE);
    expect(asZoom).toEqual({ ok: false, error: `Refused: saveRoster is a booking page's request, and ${ZOOM} is not one` });
  });

  it('refuses a sender the browser does not vouch for', async () => {
    const { handlers } = await store();
    const nobody = whoIsAsking({ id: 'another-extension', url: 'chrome-extension://another-extension/page.html' }, SELF);
    expect(await ask(handlers, 'getBookingContext', { tenant: TENANT }, nobody)).toEqual({
      ok: false,
      error: 'Refused: getBookingContext from the message did not come from this extension',
    });
  });
});

describe('requests from the extension’s own pages', () => {
  it('answers every request, for any host', async () => {
    const { handlers } = await store();
    for (const name of names)
      expect(await ask(handlers, name, EXAMPLES[name], FROM_EXTENSION_PAGE), name).toMatchObject({ ok: true });
  });
});

describe('whoIsAsking', () => {
  it('tells the extension’s pages from content scripts by what the browser says of the sender', () => {
    const page = 'chrome-extension://our-id/popup.html';
    expect(whoIsAsking({ id: 'our-id', url: page }, SELF)).toEqual({ from: 'extension-page' });
    expect(
      whoIsAsking(
        { id: 'our-id', url: 'chrome-extension://our-id/options.html', tab: { url: 'chrome-extension://our-id/options.html' } },
        SELF,
      ),
    ).toEqual({
      from: 'extension-page',
    });
    // Our page inside a web page's frame acts for that page.
    expect(whoIsAsking({ id: 'our-id', url: page, tab: { url: 'https://evil.example/' } }, SELF)).toMatchObject({
      from: 'nobody',
    });
    expect(
      whoIsAsking({ id: 'our-id', url: `https://${TENANT}/panel/zasoby`, tab: { url: `https://${TENANT}/panel/zasoby` } }, SELF),
    ).toEqual({
      from: 'content',
      host: TENANT,
    });
    // The frame's own address counts, not the message's or the tab's.
    expect(
      whoIsAsking({ id: 'our-id', url: `https://${ZOOM}/account/user#/`, tab: { url: `https://${TENANT}/` } }, SELF),
    ).toEqual({
      from: 'content',
      host: ZOOM,
    });
    expect(whoIsAsking({ id: 'our-id', tab: { url: `https://${ZOOM}/account/user` } }, SELF)).toEqual({
      from: 'content',
      host: ZOOM,
    });
    expect(whoIsAsking({ id: 'our-id', url: 'about:blank' }, SELF)).toMatchObject({ from: 'nobody' });
    expect(whoIsAsking({ id: 'our-id', url: `http://${TENANT}/` }, SELF)).toMatchObject({ from: 'nobody' });
    expect(whoIsAsking({ id: 'our-id' }, SELF)).toMatchObject({ from: 'nobody' });
    expect(whoIsAsking({ url: page }, SELF)).toMatchObject({ from: 'nobody' });
    expect(whoIsAsking(undefined, SELF)).toMatchObject({ from: 'nobody' });
  });
});

describe('the background’s listener', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  const id = () => fakeBrowser.runtime.id;
  const popup = () => ({ id: id(), url: fakeBrowser.runtime.getURL('/popup.html') });
  const bookingTab = () => ({
    id: id(),
    url: `https://${TENANT}/panel/ustawienia/zasoby`,
    tab: { id: 3, url: `https://${TENANT}/panel/ustawienia/zasoby` },
  });

  async function send(name: string, payload: unknown, sender: unknown) {
    const replies = await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'zaa-store', name, payload },
      sender as never,
      () => undefined,
    );
    return replies.find((reply: unknown) => reply !== undefined) as unknown as { ok: boolean; error?: string; result?: unknown };
  }

  it('takes who asks from the sender: a booking page may save its own roster, not restore, forget or read everything', async () => {
    background.main();
    expect(
      await send('saveRoster', { tenant: TENANT, employees: [employee(0, 'Anna', 'anna@salon.pl')] }, bookingTab()),
    ).toMatchObject({
      ok: true,
    });
    expect(await send('saveRoster', { tenant: 'other.zarezerwuj.pl', employees: [] }, bookingTab())).toMatchObject({
      ok: false,
      error: expect.stringContaining('may only report and read for salon.zarezerwuj.pl'),
    });
    for (const [name, payload] of [
      ['importBackup', EXAMPLES.importBackup],
      ['forgetTenant', { tenant: TENANT }],
      ['exportBackup', {}],
      ['getOverview', {}],
      ['saveSettings', { bookingHosts: ['evil.example'] }],
    ] as const) {
      expect(await send(name, payload, bookingTab()), name).toMatchObject({
        ok: false,
        error: expect.stringContaining('Refused'),
      });
    }
    const overview = await send('getOverview', {}, popup());
    expect(overview).toMatchObject({ ok: true });
    const { employees, settings } = overview.result as { employees: { name: string }[]; settings: { bookingHosts: string[] } };
    expect(employees.map((e) => e.name)).toEqual(['Anna']);
    expect(settings.bookingHosts).toEqual(DEFAULT_SETTINGS.bookingHosts);
    // The popup may restore: the store is replaced.
    expect(await send('importBackup', EXAMPLES.importBackup, popup())).toEqual({ ok: true, result: { ok: true } });
  });

  it('refuses a message that names no sender at all', async () => {
    background.main();
    expect(await send('getSettings', {}, {})).toMatchObject({ ok: false, error: expect.stringContaining('Refused') });
  });
});

// Kept apart from the database: the three taught requests are answered by taught.ts.
it('taught handlers are covered by the table too', () => {
  for (const name of Object.keys(createTaughtHandlers(memoryStorage()))) expect(Object.hasOwn(SENDER_POLICY, name)).toBe(true);
});
