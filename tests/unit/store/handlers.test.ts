import { afterEach, describe, it, expect, vi } from 'vitest';
import { coverageOf } from '../../../utils/roster/coverage';
import { handleStoreMessage } from '../../../utils/store/handlers';
import type { StoreMessage, StoreRequestName, StoreRequest } from '../../../utils/store/messages';
import { DEFAULT_SETTINGS } from '../../../utils/roster/model';
import { employee, FROM_EXTENSION_PAGE, freshStore, NOW, zoomRows, type TestStore } from './helpers';

const TENANT = 'firma.zarezerwuj.pl';
const HOST = 'us06web.zoom.us';

function message<K extends StoreRequestName>(name: K, payload: StoreRequest<K>): StoreMessage<K> {
  return { channel: 'zaa-store', name, payload };
}

async function usersOf(store: TestStore, host = HOST) {
  const context = await store.handlers.getZoomContext({ host });
  return Object.fromEntries(context.zoomUsers.map((user) => [user.email, user]));
}

afterEach(() => vi.restoreAllMocks());

describe('saveRoster', () => {
  it('stores the roster with the tenant stamped and a tenant record', async () => {
    const store = await freshStore();
    store.clock.now = NOW + 5;
    const saved = await store.handlers.saveRoster({
      tenant: TENANT,
      url: 'https://firma.zarezerwuj.pl/panel/zasoby',
      employees: [employee(1, 'Zofia Żółć', 'zofia@firma.pl'), employee(0, 'Jan Kowalski', null)],
    });
    expect(saved).toEqual({ count: 2 });
    const context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context.tenantRecord).toEqual({ tenant: TENANT, readAt: NOW + 5, url: 'https://firma.zarezerwuj.pl/panel/zasoby' });
    expect(context.employees.map((e) => [e.tenant, e.order, e.name, e.rawEmail])).toEqual([
      [TENANT, 0, 'Jan Kowalski', null],
      [TENANT, 1, 'Zofia Żółć', 'zofia@firma.pl'],
    ]);
    expect(store.onWrite).toHaveBeenCalledTimes(1);
  });

  it('replaces the tenant roster as a whole and leaves other tenants alone', async () => {
    const store = await freshStore();
    await store.handlers.saveRoster({ tenant: TENANT, employees: [employee(0, 'A'), employee(1, 'B'), employee(2, 'C')] });
    await store.handlers.saveRoster({ tenant: 'inna.zarezerwuj.pl', employees: [employee(0, 'Other')] });
    await store.handlers.saveRoster({ tenant: TENANT, employees: [employee(0, 'C')] });
    const context = await store.handlers.getZoomContext({ host: HOST });
    expect(context.employees.map((e) => `${e.tenant}:${e.name}`)).toEqual(['firma.zarezerwuj.pl:C', 'inna.zarezerwuj.pl:Other']);
    expect(context.tenants.map((t) => t.tenant).sort()).toEqual(['firma.zarezerwuj.pl', 'inna.zarezerwuj.pl']);
  });

  it('keeps the addresses forms gave when the list is read again without addresses, until a form says otherwise', async () => {
    const store = await freshStore();
    const list = () => [
      { ...employee(0, 'Anna Kowalska', null), resourceId: '12' },
      { ...employee(1, 'Bartosz Nowak', null), resourceId: '13' },
    ];
    await store.handlers.saveRoster({ tenant: TENANT, employees: list() });
    await store.handlers.updateEmployeeEmails({
      tenant: TENANT,
      updates: [{ resource: { resourceId: '12', name: 'Anna Kowalska' }, rawEmail: 'anna@firma.pl', emailSource: 'form' }],
    });
    // The list is read again (reordered, still without addresses): Anna keeps hers.
    await store.handlers.saveRoster({
      tenant: TENANT,
      employees: list()
        .reverse()
        .map((e, order) => ({ ...e, order })),
    });
    let context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context.employees.map((e) => [e.name, e.rawEmail, e.emailSource])).toEqual([
      ['Bartosz Nowak', null, undefined],
      ['Anna Kowalska', 'anna@firma.pl', 'form'],
    ]);
    // Her form read again with another address: that one is kept from now on.
    await store.handlers.updateEmployeeEmails({
      tenant: TENANT,
      updates: [{ resource: { resourceId: '12', name: 'Anna Kowalska' }, rawEmail: 'a.kowalska@firma.pl', emailSource: 'form' }],
    });
    await store.handlers.saveRoster({ tenant: TENANT, employees: list() });
    context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context.employees.find((e) => e.name === 'Anna Kowalska')?.rawEmail).toBe('a.kowalska@firma.pl');
  });

  it('refuses two employees in one position and changes nothing', async () => {
    const store = await freshStore();
    await store.handlers.saveRoster({ tenant: TENANT, employees: [employee(0, 'A')] });
    const reply = await handleStoreMessage(
      store.handlers,
      message('saveRoster', { tenant: TENANT, employees: [employee(0, 'X'), employee(0, 'Y')] }),
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('position 0') });
    const context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context.employees.map((e) => e.name)).toEqual(['A']);
  });
});

describe('updateEmployeeEmails', () => {
  it('sets the addresses read from edit forms and keeps the rest', async () => {
    const store = await freshStore();
    await store.handlers.saveRoster({
      tenant: TENANT,
      employees: [employee(0, 'A'), employee(1, 'B'), employee(2, 'C', 'c@firma.pl')],
    });
    const result = await store.handlers.updateEmployeeEmails({
      tenant: TENANT,
      updates: [
        { resource: { name: 'B' }, rawEmail: 'b@firma.pl', emailSource: 'form' },
        { resource: { name: 'a' }, rawEmail: '', emailSource: 'dialog' },
        { resource: { name: 'Ghost' }, rawEmail: 'ghost@firma.pl', emailSource: 'form' },
      ],
    });
    expect(result).toEqual({ count: 2 });
    const { employees } = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(employees.map((e) => [e.rawEmail, e.emailSource])).toEqual([
      ['', 'dialog'],
      ['b@firma.pl', 'form'],
      ['c@firma.pl', 'list'],
    ]);
  });

  it('writes to the resource the form is about, never to whoever holds its old position in the list', async () => {
    const store = await freshStore();
    const anna = { ...employee(0, 'Anna Kowalska', null), resourceId: '12' };
    const bartosz = { ...employee(1, 'Bartosz Nowak', null), resourceId: '13' };
    await store.handlers.saveRoster({ tenant: TENANT, employees: [anna, bartosz] });
    // A newer read of the list put Bartosz first and dropped a duplicate-named pair in.
    await store.handlers.saveRoster({
      tenant: TENANT,
      employees: [{ ...bartosz, order: 0 }, { ...anna, order: 1 }, employee(2, 'Recepcja', null), employee(3, 'Recepcja', null)],
    });
    const result = await store.handlers.updateEmployeeEmails({
      tenant: TENANT,
      updates: [
        // Read from Anna's form when she was first: it lands on Anna, wherever she is now.
        { resource: { resourceId: '12', name: 'Anna Kowalska' }, rawEmail: 'anna@firma.pl', emailSource: 'form' },
        // A resource no longer listed, and a name two resources share: nowhere.
        { resource: { resourceId: '99', name: 'Bartosz Nowak' }, rawEmail: 'x@firma.pl', emailSource: 'form' },
        { resource: { name: 'Recepcja' }, rawEmail: 'recepcja@firma.pl', emailSource: 'dialog' },
      ],
    });
    expect(result).toEqual({ count: 1 });
    const { employees } = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(employees.map((e) => [e.name, e.rawEmail])).toEqual([
      ['Bartosz Nowak', null],
      ['Anna Kowalska', 'anna@firma.pl'],
      ['Recepcja', null],
      ['Recepcja', null],
    ]);
  });

  it('refuses an update that names no resource, and changes nothing', async () => {
    const store = await freshStore();
    await store.handlers.saveRoster({ tenant: TENANT, employees: [employee(0, 'A')] });
    const reply = await handleStoreMessage(
      store.handlers,
      message('updateEmployeeEmails', {
        tenant: TENANT,
        updates: [
          { resource: { name: 'A' }, rawEmail: 'a@firma.pl', emailSource: 'form' },
          { order: 0, rawEmail: 'b@firma.pl', emailSource: 'form' } as never,
        ],
      }),
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('resource') });
    const { employees } = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(employees[0].rawEmail).toBeNull();
  });
});

describe('saveZoomSnapshot', () => {
  it('accumulates pages to completion and then drops the users deleted on Zoom', async () => {
    const store = await freshStore();
    // Earlier knowledge: an old user, and someone pending (the Users pass must not touch pending).
    await store.handlers.importZoomCsv({ host: HOST, rows: zoomRows('active', 'a@firma.pl', 'old@firma.pl') });
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'pending', rows: zoomRows('pending', 'p@firma.pl'), filtered: false, page: 1, pageCount: 2 },
    });

    store.clock.now = NOW + 1000;
    const first = await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: {
        list: 'users',
        rows: zoomRows('active', 'a@firma.pl', 'b@firma.pl'),
        page: 1,
        pageCount: 2,
        total: 3,
        filtered: false,
      },
    });
    expect(first).toEqual({ completed: false });
    expect(Object.keys(await usersOf(store)).sort()).toEqual(['a@firma.pl', 'b@firma.pl', 'old@firma.pl', 'p@firma.pl']);

    const second = await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'users', rows: zoomRows('inactive', 'C@Firma.pl'), page: 2, pageCount: 2, total: 3, filtered: false },
    });
    expect(second).toEqual({ completed: true });
    const users = await usersOf(store);
    expect(Object.keys(users).sort()).toEqual(['a@firma.pl', 'b@firma.pl', 'c@firma.pl', 'p@firma.pl']);
    expect(users['c@firma.pl'].state).toBe('inactive');
    expect(users['a@firma.pl'].firstSeen).toBe(NOW);
    expect(users['a@firma.pl'].lastSeen).toBe(NOW + 1000);

    const { zoomHost } = await store.handlers.getZoomContext({ host: HOST });
    expect(zoomHost?.users).toMatchObject({ complete: true, source: 'pages', completedAt: NOW + 1000 });
    expect(zoomHost?.lastReadAt).toBe(NOW + 1000);
    expect(coverageOf(zoomHost)).toBe('partial');
  });

  it('completes the Pending list (even empty) and then the host is complete', async () => {
    const store = await freshStore();
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'users', rows: zoomRows('active', 'a@firma.pl'), filtered: false },
    });
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'pending', rows: zoomRows('pending', 'gone@firma.pl'), filtered: false, page: 1, pageCount: 2 },
    });
    const emptied = await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'pending', rows: [], total: 0, filtered: false },
    });
    expect(emptied).toEqual({ completed: true });
    const context = await store.handlers.getZoomContext({ host: HOST });
    expect(context.zoomUsers.map((u) => u.email)).toEqual(['a@firma.pl']);
    expect(coverageOf(context.zoomHost)).toBe('complete');
  });

  it('moves a pending user to active (one record, invitation day dropped, firstSeen kept) and back', async () => {
    const store = await freshStore();
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: {
        list: 'pending',
        rows: [{ email: 'nowy@firma.pl', state: 'pending', invitedOn: '2026-11-01' }],
        filtered: false,
        page: 1,
        pageCount: 3,
      },
    });
    store.clock.now = NOW + 50;
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: {
        list: 'users',
        rows: [{ email: 'nowy@firma.pl', state: 'active', userType: 'Basic' }],
        filtered: false,
        page: 1,
        pageCount: 3,
      },
    });
    let users = await usersOf(store);
    expect(Object.keys(users)).toEqual(['nowy@firma.pl']);
    expect(users['nowy@firma.pl']).toMatchObject({ state: 'active', firstSeen: NOW, lastSeen: NOW + 50, userType: 'Basic' });
    expect(users['nowy@firma.pl'].invitedOn).toBeUndefined();

    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: {
        list: 'pending',
        rows: [{ email: 'nowy@firma.pl', state: 'pending', invitedOn: '2026-11-19' }],
        filtered: false,
        page: 2,
        pageCount: 3,
      },
    });
    users = await usersOf(store);
    expect(users['nowy@firma.pl']).toMatchObject({ state: 'pending', invitedOn: '2026-11-19' });
    expect(users['nowy@firma.pl'].userType).toBeUndefined();
  });

  it('stores the rows of a filtered view but never counts them towards completeness', async () => {
    const store = await freshStore();
    const result = await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'users', rows: zoomRows('active', 'szukany@firma.pl'), total: 1, filtered: true },
    });
    expect(result).toEqual({ completed: false });
    const context = await store.handlers.getZoomContext({ host: HOST });
    expect(context.zoomUsers.map((u) => u.email)).toEqual(['szukany@firma.pl']);
    expect(context.zoomHost?.users.complete).toBe(false);
    expect(coverageOf(context.zoomHost)).toBe('partial');
  });

  it('un-completes a list whose total no longer matches what is stored', async () => {
    const store = await freshStore();
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'users', rows: zoomRows('active', 'a@x.pl', 'b@x.pl'), total: 2, pageCount: 1, page: 1, filtered: false },
    });
    expect((await store.handlers.getZoomContext({ host: HOST })).zoomHost?.users.complete).toBe(true);
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'users', rows: zoomRows('active', 'a@x.pl', 'b@x.pl'), total: 4, pageCount: 2, page: 1, filtered: false },
    });
    expect((await store.handlers.getZoomContext({ host: HOST })).zoomHost?.users.complete).toBe(false);
  });

  it('loses nothing when several tabs save pages of one host at once', async () => {
    const store = await freshStore();
    const page = (n: number) => zoomRows('active', ...Array.from({ length: 20 }, (_, i) => `u${n * 100 + i}@firma.pl`));
    const results = await Promise.all([
      ...[1, 2, 3, 4].map((n) =>
        store.handlers.saveZoomSnapshot({
          host: HOST,
          snapshot: { list: 'users', rows: page(n), page: n, pageCount: 4, total: 80, filtered: false },
        }),
      ),
      store.handlers.saveZoomSnapshot({
        host: HOST,
        snapshot: { list: 'pending', rows: zoomRows('pending', 'p@firma.pl'), filtered: false },
      }),
      store.handlers.saveZoomSnapshot({
        host: 'firma.zoom.us',
        snapshot: { list: 'users', rows: zoomRows('active', 'x@firma.pl'), page: 1, pageCount: 2, filtered: false },
      }),
    ]);
    expect(results.filter((r) => r.completed)).toHaveLength(2); // the fourth Users page, and the one-page Pending list
    const context = await store.handlers.getZoomContext({ host: HOST });
    expect(context.zoomUsers).toHaveLength(81);
    expect(coverageOf(context.zoomHost)).toBe('complete');
    expect(Object.keys(await usersOf(store, 'firma.zoom.us'))).toEqual(['x@firma.pl']);
    expect(store.onWrite).toHaveBeenCalledTimes(6);
  });
});

describe('importZoomCsv', () => {
  it('replaces the Users records, marks the Users list complete by CSV, and keeps pending ones', async () => {
    const store = await freshStore();
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: {
        list: 'users',
        rows: zoomRows('active', 'gone@firma.pl', 'a@firma.pl'),
        filtered: false,
        page: 1,
        pageCount: 2,
      },
    });
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: {
        list: 'pending',
        rows: zoomRows('pending', 'p@firma.pl', 'q@firma.pl'),
        filtered: false,
        page: 1,
        pageCount: 2,
      },
    });
    store.clock.now = NOW + 7;
    const result = await store.handlers.importZoomCsv({
      host: HOST,
      rows: [...zoomRows('active', ' A@firma.pl ', 'b@firma.pl'), ...zoomRows('inactive', 'q@firma.pl')],
    });
    expect(result).toEqual({ count: 3 });
    const users = await usersOf(store);
    expect(Object.keys(users).sort()).toEqual(['a@firma.pl', 'b@firma.pl', 'p@firma.pl', 'q@firma.pl']);
    expect(users['q@firma.pl'].state).toBe('inactive');
    expect(users['a@firma.pl'].firstSeen).toBe(NOW);
    const { zoomHost } = await store.handlers.getZoomContext({ host: HOST });
    expect(zoomHost?.users).toEqual({ complete: true, completedAt: NOW + 7, source: 'csv' });
    expect(zoomHost?.pending.complete).toBe(false);
  });

  it('with pending rows, replaces the pending records too and the view is complete', async () => {
    const store = await freshStore();
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'pending', rows: zoomRows('pending', 'stale@firma.pl'), filtered: false, page: 1, pageCount: 2 },
    });
    await store.handlers.importZoomCsv({
      host: HOST,
      rows: [...zoomRows('active', 'a@firma.pl'), { email: 'p@firma.pl', state: 'pending', invitedOn: '2026-11-10' }],
    });
    const context = await store.handlers.getZoomContext({ host: HOST });
    expect(context.zoomUsers.map((u) => `${u.email}:${u.state}`).sort()).toEqual(['a@firma.pl:active', 'p@firma.pl:pending']);
    expect(coverageOf(context.zoomHost)).toBe('complete');
    expect(context.zoomHost?.pending.source).toBe('csv');
  });
});

describe('recordInvitations', () => {
  it('upserts one invitation per address, normalised', async () => {
    const store = await freshStore();
    await store.handlers.recordInvitations({
      host: HOST,
      emails: ['Nowa@Firma.pl', 'nowa@firma.pl ', 'inny@firma.pl'],
      invitedOn: '2026-11-01',
    });
    store.clock.now = NOW + 9;
    const again = await store.handlers.recordInvitations({ host: HOST, emails: ['nowa@firma.pl'], invitedOn: '2026-11-20' });
    expect(again).toEqual({ count: 1, recordedAt: NOW + 9 });
    const { invitations } = await store.handlers.getZoomContext({ host: HOST });
    expect(invitations.map((i) => [i.email, i.invitedOn, i.recordedAt])).toEqual([
      ['inny@firma.pl', '2026-11-01', NOW],
      ['nowa@firma.pl', '2026-11-20', NOW + 9],
    ]);
    expect((await store.handlers.getZoomContext({ host: 'firma.zoom.us' })).invitations).toEqual([]);
  });

  it('refuses a day that is not YYYY-MM-DD', async () => {
    const store = await freshStore();
    const reply = await handleStoreMessage(
      store.handlers,
      message('recordInvitations', { host: HOST, emails: ['a@b.pl'], invitedOn: '20.11.2026' }),
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toMatchObject({ ok: false });
    expect(store.onWrite).not.toHaveBeenCalled();
  });
});

describe('withdrawInvitations', () => {
  it('removes exactly what one Add recorded: not another host, day or later record of the same address', async () => {
    const store = await freshStore();
    await store.handlers.recordInvitations({ host: HOST, emails: ['stara@firma.pl'], invitedOn: '2026-11-01' });
    await store.handlers.recordInvitations({ host: 'firma.zoom.us', emails: ['a@firma.pl'], invitedOn: '2026-11-20' });
    store.clock.now = NOW + 5;
    const added = await store.handlers.recordInvitations({
      host: HOST,
      emails: ['a@firma.pl', 'b@firma.pl'],
      invitedOn: '2026-11-20',
    });
    // b@ was recorded again by a later Add before the error showed: that record stays.
    store.clock.now = NOW + 7;
    await store.handlers.recordInvitations({ host: HOST, emails: ['b@firma.pl'], invitedOn: '2026-11-20' });
    store.onWrite.mockClear();

    const withdrawn = await store.handlers.withdrawInvitations({
      host: HOST,
      emails: ['A@firma.pl', 'b@firma.pl', 'stara@firma.pl'],
      invitedOn: '2026-11-20',
      recordedAt: added.recordedAt,
    });

    expect(withdrawn).toEqual({ count: 1 });
    expect(store.onWrite).toHaveBeenCalledTimes(1);
    const left = (await store.handlers.getZoomContext({ host: HOST })).invitations;
    expect(left.map((i) => [i.email, i.invitedOn, i.recordedAt])).toEqual([
      ['b@firma.pl', '2026-11-20', NOW + 7],
      ['stara@firma.pl', '2026-11-01', NOW],
    ]);
    expect((await store.handlers.getZoomContext({ host: 'firma.zoom.us' })).invitations.map((i) => i.email)).toEqual([
      'a@firma.pl',
    ]);
  });

  it('refuses a day that is not YYYY-MM-DD or a missing time, changing nothing', async () => {
    const store = await freshStore();
    const { recordedAt } = await store.handlers.recordInvitations({ host: HOST, emails: ['a@b.pl'], invitedOn: '2026-11-20' });
    store.onWrite.mockClear();
    for (const payload of [
      { host: HOST, emails: ['a@b.pl'], invitedOn: '20.11.2026', recordedAt },
      { host: HOST, emails: ['a@b.pl'], invitedOn: '2026-11-20' },
    ]) {
      expect(
        await handleStoreMessage(store.handlers, message('withdrawInvitations', payload as never), FROM_EXTENSION_PAGE),
      ).toMatchObject({
        ok: false,
      });
    }
    expect(store.onWrite).not.toHaveBeenCalled();
    expect((await store.handlers.getZoomContext({ host: HOST })).invitations).toHaveLength(1);
  });
});

describe('contexts', () => {
  async function seeded() {
    const store = await freshStore();
    await store.handlers.saveRoster({
      tenant: 'b.zarezerwuj.pl',
      employees: [employee(1, 'B1', 'inv@x.pl'), employee(0, 'B0', 'new@x.pl')],
    });
    await store.handlers.saveRoster({ tenant: 'a.zarezerwuj.pl', employees: [employee(0, 'A0')] });
    store.clock.now = NOW + 10;
    await store.handlers.saveZoomSnapshot({
      host: 'old.zoom.us',
      snapshot: { list: 'users', rows: zoomRows('active', 'old@x.pl'), filtered: false },
    });
    store.clock.now = NOW + 20;
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: { list: 'users', rows: zoomRows('active', 'new@x.pl'), filtered: false },
    });
    await store.handlers.recordInvitations({ host: 'old.zoom.us', emails: ['inv@x.pl'], invitedOn: '2026-11-02' });
    return store;
  }

  it('getZoomContext gives every tenant and employee (tenant, then order) and only that host', async () => {
    const store = await seeded();
    const context = await store.handlers.getZoomContext({ host: 'old.zoom.us' });
    expect(context.host).toBe('old.zoom.us');
    expect(context.tenants).toHaveLength(2);
    expect(context.employees.map((e) => e.name)).toEqual(['A0', 'B0', 'B1']);
    expect(context.zoomUsers.map((u) => u.email)).toEqual(['old@x.pl']);
    expect(context.invitations.map((i) => i.email)).toEqual(['inv@x.pl']);
    expect(context.settings).toEqual(DEFAULT_SETTINGS);
    expect((await store.handlers.getZoomContext({ host: 'unknown.zoom.us' })).zoomHost).toBeNull();
  });

  it('getBookingContext takes the most recently read host unless a known one is chosen', async () => {
    const store = await seeded();
    const latest = await store.handlers.getBookingContext({ tenant: 'b.zarezerwuj.pl' });
    expect(latest.employees.map((e) => e.name)).toEqual(['B0', 'B1']);
    expect(latest.zoomHosts.map((h) => h.host)).toEqual([HOST, 'old.zoom.us']);
    expect(latest.zoomHost?.host).toBe(HOST);
    expect(latest.zoomUsers.map((u) => u.email)).toEqual(['new@x.pl']);
    expect(latest.invitations).toEqual([]);

    const chosen = await store.handlers.getBookingContext({ tenant: 'b.zarezerwuj.pl', zoomHost: 'old.zoom.us' });
    expect(chosen.zoomHost?.host).toBe('old.zoom.us');
    expect(chosen.invitations.map((i) => i.email)).toEqual(['inv@x.pl']);

    const unknown = await store.handlers.getBookingContext({ tenant: 'b.zarezerwuj.pl', zoomHost: 'nope.zoom.us' });
    expect(unknown.zoomHost?.host).toBe(HOST);
  });

  it('getBookingContext gives only the Zoom users the tenant’s resources need, and no address a pass collected', async () => {
    const store = await freshStore();
    await store.handlers.saveRoster({
      tenant: TENANT,
      employees: [
        employee(0, 'Anna', 'anna@firma.pl'),
        employee(1, 'Iwona', 'iwona.dabrowsak@firma.pl'),
        employee(2, 'Nowy', 'nowy@firma.pl'),
      ],
    });
    await store.handlers.saveRoster({ tenant: 'inna.zarezerwuj.pl', employees: [employee(0, 'Olga', 'olga@firma.pl')] });
    await store.handlers.importZoomCsv({
      host: HOST,
      rows: zoomRows('active', 'anna@firma.pl', 'iwona.dabrowska@firma.pl', 'ceo@firma.pl', 'olga@firma.pl'),
    });
    // A pass through the Pending list half done: its page holds addresses.
    await store.handlers.saveZoomSnapshot({
      host: HOST,
      snapshot: {
        list: 'pending',
        rows: zoomRows('pending', 'p1@firma.pl', 'p2@firma.pl'),
        filtered: false,
        page: 1,
        pageCount: 2,
      },
    });
    await store.handlers.recordInvitations({ host: HOST, emails: ['nowy@firma.pl', 'olga@firma.pl'], invitedOn: '2026-11-19' });

    const context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context.zoomUsers.map((u) => u.email).sort()).toEqual(['anna@firma.pl', 'iwona.dabrowska@firma.pl']);
    expect(context.nearMatches).toEqual([['iwona.dabrowsak@firma.pl', 'iwona.dabrowska@firma.pl']]);
    expect(context.invitations.map((i) => i.email)).toEqual(['nowy@firma.pl']);
    const shown = JSON.stringify({ hosts: context.zoomHosts, host: context.zoomHost });
    for (const other of ['ceo@', 'olga@', 'p1@', 'p2@']) expect(shown).not.toContain(other);
    expect(coverageOf(context.zoomHost)).toBe('partial');
    // The Zoom page still gets every user of its host.
    expect((await store.handlers.getZoomContext({ host: HOST })).zoomUsers).toHaveLength(6);
  });

  it('getBookingContext with nothing stored', async () => {
    const store = await freshStore();
    const context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context).toMatchObject({
      tenant: TENANT,
      tenantRecord: null,
      employees: [],
      zoomHosts: [],
      zoomHost: null,
      zoomUsers: [],
      invitations: [],
    });
  });
});

describe('settings', () => {
  it('starts from the defaults and merges what is saved', async () => {
    const store = await freshStore();
    expect(await store.handlers.getSettings({})).toEqual(DEFAULT_SETTINGS);
    const saved = await store.handlers.saveSettings({
      userType: 'licensed',
      bookingHosts: [' Rezerwacje.Firma.PL ', 'rezerwacje.firma.pl', 'zarezerwuj.pl'],
    });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, userType: 'licensed', bookingHosts: ['rezerwacje.firma.pl', 'zarezerwuj.pl'] });
    await store.handlers.saveSettings({ department: 'Sprzedaż', warnDaysBeforeExpiry: 0 });
    expect(await store.handlers.getSettings({})).toEqual({ ...saved, department: 'Sprzedaż', warnDaysBeforeExpiry: 0 });
  });

  it.each([
    [{ userType: 'pro' }, 'userType'],
    [{ warnDaysBeforeExpiry: 30 }, 'warnDaysBeforeExpiry'],
    [{ warnDaysBeforeExpiry: -1 }, 'warnDaysBeforeExpiry'],
    [{ warnDaysBeforeExpiry: 2.5 }, 'warnDaysBeforeExpiry'],
    [{ bookingHosts: 'zarezerwuj.pl' }, 'bookingHosts'],
    [{ bookingHosts: ['https://firma.pl/'] }, 'bookingHosts'],
    [{ bookingHosts: ['localhost'] }, 'bookingHosts'],
  ])('refuses %j and keeps the settings', async (changes, field) => {
    const store = await freshStore();
    await store.handlers.saveSettings({ department: 'IT' });
    const reply = await handleStoreMessage(
      store.handlers,
      { channel: 'zaa-store', name: 'saveSettings', payload: changes },
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(field) });
    expect(await store.handlers.getSettings({})).toEqual({ ...DEFAULT_SETTINGS, department: 'IT' });
  });
});

describe('forgetting', () => {
  it('forgetTenant removes that tenant and its employees only', async () => {
    const store = await freshStore();
    await store.handlers.saveRoster({ tenant: TENANT, employees: [employee(0, 'A'), employee(1, 'B')] });
    await store.handlers.saveRoster({ tenant: 'inna.zarezerwuj.pl', employees: [employee(0, 'C')] });
    await store.handlers.forgetTenant({ tenant: TENANT });
    const overview = await store.handlers.getOverview({});
    expect(overview.tenants.map((t) => t.tenant)).toEqual(['inna.zarezerwuj.pl']);
    expect(overview.employees.map((e) => e.name)).toEqual(['C']);
  });

  it('forgetZoomHost removes the host, its users and its invitations only', async () => {
    const store = await freshStore();
    for (const host of [HOST, 'firma.zoom.us']) {
      await store.handlers.saveZoomSnapshot({
        host,
        snapshot: { list: 'users', rows: zoomRows('active', 'a@x.pl'), filtered: false },
      });
      await store.handlers.recordInvitations({ host, emails: ['i@x.pl'], invitedOn: '2026-11-01' });
    }
    await store.handlers.forgetZoomHost({ host: HOST });
    const overview = await store.handlers.getOverview({});
    expect(overview.zoomHosts.map((h) => h.host)).toEqual(['firma.zoom.us']);
    expect(overview.zoomUsers.map((u) => u.host)).toEqual(['firma.zoom.us']);
    expect(overview.invitations.map((i) => i.host)).toEqual(['firma.zoom.us']);
  });
});

describe('failing writes', () => {
  it('a put that throws half-way leaves nothing half-written and answers ok:false', async () => {
    const store = await freshStore();
    await store.handlers.saveRoster({
      tenant: TENANT,
      url: 'https://a',
      employees: [employee(0, 'A'), employee(1, 'B'), employee(2, 'C')],
    });
    store.onWrite.mockClear();
    const originalPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++puts === 2) throw new DOMException('disk trouble', 'UnknownError');
      return originalPut.apply(this, args);
    });
    store.clock.now = NOW + 99;
    const reply = await handleStoreMessage(
      store.handlers,
      message('saveRoster', { tenant: TENANT, url: 'https://b', employees: [employee(0, 'X'), employee(1, 'Y')] }),
      FROM_EXTENSION_PAGE,
    );
    vi.restoreAllMocks();
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('disk trouble') });
    const context = await store.handlers.getBookingContext({ tenant: TENANT });
    expect(context.employees.map((e) => e.name)).toEqual(['A', 'B', 'C']);
    expect(context.tenantRecord).toEqual({ tenant: TENANT, readAt: NOW, url: 'https://a' });
    expect(store.onWrite).not.toHaveBeenCalled();
  });

  it('a full disk surfaces as a clear QuotaExceededError text, with nothing written', async () => {
    const store = await freshStore();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const reply = await handleStoreMessage(
      store.handlers,
      message('saveZoomSnapshot', {
        host: HOST,
        snapshot: { list: 'users', rows: zoomRows('active', 'a@x.pl', 'b@x.pl'), filtered: false },
      }),
      FROM_EXTENSION_PAGE,
    );
    vi.restoreAllMocks();
    expect(reply?.ok).toBe(false);
    expect(reply && !reply.ok && reply.error).toMatch(/QuotaExceededError/);
    expect(reply && !reply.ok && reply.error).toMatch(/Brak miejsca/);
    const overview = await store.handlers.getOverview({});
    expect(overview.zoomHosts).toEqual([]);
    expect(overview.zoomUsers).toEqual([]);
  });
});

describe('handleStoreMessage', () => {
  it.each([null, undefined, 'saveRoster', 42, [], {}, { channel: 'other', name: 'getSettings', payload: {} }, { type: 'ping' }])(
    'ignores a message not on the store channel: %j',
    async (foreign) => {
      const store = await freshStore();
      expect(await handleStoreMessage(store.handlers, foreign, FROM_EXTENSION_PAGE)).toBeUndefined();
    },
  );

  it('answers an unknown request name with an error instead of throwing', async () => {
    const store = await freshStore();
    expect(
      await handleStoreMessage(
        store.handlers,
        { channel: 'zaa-store', name: 'dropEverything', payload: {} },
        FROM_EXTENSION_PAGE,
      ),
    ).toEqual({
      ok: false,
      error: 'Unknown store request: dropEverything',
    });
    expect(
      await handleStoreMessage(store.handlers, { channel: 'zaa-store', name: 'toString', payload: {} }, FROM_EXTENSION_PAGE),
    ).toMatchObject({
      ok: false,
    });
  });

  it('answers a known request with its result', async () => {
    const store = await freshStore();
    expect(await handleStoreMessage(store.handlers, message('getSettings', {}), FROM_EXTENSION_PAGE)).toEqual({
      ok: true,
      result: DEFAULT_SETTINGS,
    });
  });

  it('refuses a snapshot of an unknown list', async () => {
    const store = await freshStore();
    const reply = await handleStoreMessage(
      store.handlers,
      {
        channel: 'zaa-store',
        name: 'saveZoomSnapshot',
        payload: { host: HOST, snapshot: { list: 'admins', rows: [], filtered: false } },
      },
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toEqual({
      ok: false,
      error: 'Invalid saveZoomSnapshot request: payload.snapshot.list: expected one of "users", "pending"',
    });
    expect((await store.handlers.getOverview({})).zoomHosts).toEqual([]);
  });

  it('turns a malformed payload into ok:false', async () => {
    const store = await freshStore();
    const reply = await handleStoreMessage(
      store.handlers,
      {
        channel: 'zaa-store',
        name: 'saveRoster',
        payload: { tenant: TENANT, employees: 'nope' },
      },
      FROM_EXTENSION_PAGE,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('employees') });
  });
});

describe('onWrite', () => {
  it('is called after each successful write and never for reads', async () => {
    const store = await freshStore();
    await store.handlers.getOverview({});
    await store.handlers.getSettings({});
    await store.handlers.exportBackup({});
    await store.handlers.getBookingContext({ tenant: TENANT });
    expect(store.onWrite).not.toHaveBeenCalled();
    await store.handlers.saveSettings({ department: 'X' });
    await store.handlers.recordInvitations({ host: HOST, emails: ['a@b.pl'], invitedOn: '2026-01-31' });
    expect(store.onWrite).toHaveBeenCalledTimes(2);
  });

  it('a failing announcement does not turn a committed write into an error', async () => {
    const store = await freshStore();
    store.onWrite.mockRejectedValue(new Error('storage.local unavailable'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(store.handlers.saveSettings({ department: 'X' })).resolves.toMatchObject({ department: 'X' });
  });
});
