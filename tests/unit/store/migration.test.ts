import { describe, it, expect, vi } from 'vitest';
import { openDB, deleteDB } from 'idb';
import { openStore, SCHEMA_VERSION } from '../../../utils/store/db';
import { createStoreHandlers } from '../../../utils/store/handlers';
import { DEFAULT_SETTINGS } from '../../../utils/roster/model';
import { uniqueName, NOW, employee } from './helpers';

/** Builds a database exactly as the first release left it (written out here, independent of db.ts). */
async function createVersion1Database(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('tenants', { keyPath: 'tenant' });
      database.createObjectStore('employees', { keyPath: ['tenant', 'name'] }).createIndex('by-tenant', 'tenant');
      database.createObjectStore('zoomUsers', { keyPath: ['host', 'email'] }).createIndex('by-host', 'host');
      database.createObjectStore('settings');
    },
  });
  await db.put('tenants', { tenant: 'firma.zarezerwuj.pl', readAt: NOW, url: 'https://firma.zarezerwuj.pl/zasoby' });
  await db.put('tenants', { tenant: 'inna.zarezerwuj.pl', readAt: NOW });
  // Version 1 kept an order only sometimes; keys sort by name, not by the booking list.
  await db.put('employees', {
    tenant: 'firma.zarezerwuj.pl',
    name: 'Zenon Ćwik',
    rawEmail: 'zenon@firma.pl',
    readAt: NOW,
    order: 0,
  });
  await db.put('employees', { tenant: 'firma.zarezerwuj.pl', name: 'Adam Łoś', rawEmail: null, readAt: NOW, order: 1 });
  await db.put('employees', { tenant: 'inna.zarezerwuj.pl', name: 'Ola', rawEmail: '', readAt: NOW });
  await db.put('employees', { tenant: 'inna.zarezerwuj.pl', name: 'Basia', rawEmail: 'basia@inna.pl', readAt: NOW });
  await db.put('zoomUsers', {
    host: 'us06web.zoom.us',
    email: 'zenon@firma.pl',
    state: 'active',
    firstSeen: NOW,
    lastSeen: NOW + 5,
  });
  await db.put('zoomUsers', {
    host: 'us06web.zoom.us',
    email: 'p@firma.pl',
    state: 'pending',
    invitedOn: '2026-11-01',
    firstSeen: NOW,
    lastSeen: NOW + 9,
  });
  await db.put('zoomUsers', { host: 'firma.zoom.us', email: 'x@firma.pl', state: 'inactive', firstSeen: NOW, lastSeen: NOW + 1 });
  await db.put('settings', { userType: 'licensed', department: 'IT', warnDaysBeforeExpiry: 3 }, 'current');
  db.close();
}

/** A host's coverage as version 2 stored it (a pass in progress on the Users list). */
const V2_HOST = {
  host: 'us06web.zoom.us',
  users: { complete: false, pass: { total: 4, pageCount: 2, pages: { 1: ['b@firma.pl', 'a@firma.pl'] }, startedAt: NOW } },
  pending: { complete: true, completedAt: NOW, source: 'pages' },
  lastReadAt: NOW + 9,
};

/** Builds a database exactly as version 2 left it: one record per Zoom user (written out here, independent of db.ts). */
async function createVersion2Database(name: string): Promise<void> {
  const db = await openDB(name, 2, {
    upgrade(database) {
      database.createObjectStore('tenants', { keyPath: 'tenant' });
      database.createObjectStore('employees', { keyPath: ['tenant', 'order'] }).createIndex('by-tenant', 'tenant');
      database.createObjectStore('zoomHosts', { keyPath: 'host' });
      database.createObjectStore('zoomUsers', { keyPath: ['host', 'email'] }).createIndex('by-host', 'host');
      database.createObjectStore('invitations', { keyPath: ['host', 'email'] }).createIndex('by-host', 'host');
      database.createObjectStore('settings');
    },
  });
  await db.put('tenants', { tenant: 'firma.zarezerwuj.pl', readAt: NOW });
  await db.put('employees', { tenant: 'firma.zarezerwuj.pl', order: 0, name: 'Anna', rawEmail: 'a@firma.pl', readAt: NOW });
  await db.put('zoomHosts', V2_HOST);
  await db.put('zoomHosts', { host: 'firma.zoom.us', users: { complete: false }, pending: { complete: false } });
  // Put in an order other than the key's: the key sorted them by host, then address.
  await db.put('zoomUsers', {
    host: 'us06web.zoom.us',
    email: 'b@firma.pl',
    name: 'B',
    state: 'inactive',
    userType: 'Basic',
    firstSeen: NOW,
    lastSeen: NOW + 2,
  });
  await db.put('zoomUsers', { host: 'firma.zoom.us', email: 'x@firma.pl', state: 'active', firstSeen: NOW, lastSeen: NOW + 1 });
  await db.put('zoomUsers', {
    host: 'us06web.zoom.us',
    email: 'p@firma.pl',
    state: 'pending',
    invitedOn: '2026-11-01',
    firstSeen: NOW,
    lastSeen: NOW + 9,
  });
  await db.put('zoomUsers', {
    host: 'us06web.zoom.us',
    email: 'a@firma.pl',
    state: 'active',
    firstSeen: NOW - 5,
    lastSeen: NOW + 2,
  });
  await db.put('invitations', { host: 'us06web.zoom.us', email: 'n@firma.pl', invitedOn: '2026-11-19', recordedAt: NOW });
  await db.put('settings', { ...DEFAULT_SETTINGS, department: 'IT' }, 'current');
  db.close();
}

describe('schema upgrade', () => {
  it('is at version 3', () => {
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('creates every store on a fresh database', async () => {
    const db = await openStore(uniqueName());
    expect([...db.objectStoreNames].sort()).toEqual([
      'employees',
      'invitations',
      'settings',
      'tenants',
      'zoomHosts',
      'zoomUserSets',
    ]);
    expect(db.version).toBe(3);
    db.close();
  });

  it('migrates a version 1 database with everything kept', async () => {
    const name = uniqueName();
    await createVersion1Database(name);
    const db = await openStore(name);
    expect(db.version).toBe(3);
    const handlers = createStoreHandlers(db);
    const overview = await handlers.getOverview({});

    expect(overview.tenants.map((t) => t.tenant).sort()).toEqual(['firma.zarezerwuj.pl', 'inna.zarezerwuj.pl']);
    expect(overview.employees.map((e) => [e.tenant, e.order, e.name, e.rawEmail])).toEqual([
      ['firma.zarezerwuj.pl', 0, 'Zenon Ćwik', 'zenon@firma.pl'],
      ['firma.zarezerwuj.pl', 1, 'Adam Łoś', null],
      // No order recorded: they keep the order they were stored in.
      ['inna.zarezerwuj.pl', 0, 'Basia', 'basia@inna.pl'],
      ['inna.zarezerwuj.pl', 1, 'Ola', ''],
    ]);
    expect(overview.zoomUsers.map((u) => `${u.host} ${u.email} ${u.state}`)).toEqual([
      'firma.zoom.us x@firma.pl inactive',
      'us06web.zoom.us p@firma.pl pending',
      'us06web.zoom.us zenon@firma.pl active',
    ]);
    const hosts = Object.fromEntries(overview.zoomHosts.map((h) => [h.host, h]));
    expect(hosts['us06web.zoom.us']).toEqual({
      host: 'us06web.zoom.us',
      users: { complete: false },
      pending: { complete: false },
      lastReadAt: NOW + 9,
    });
    expect(hosts['firma.zoom.us'].lastReadAt).toBe(NOW + 1);
    expect(overview.invitations).toEqual([]);
    expect(overview.settings).toEqual({ ...DEFAULT_SETTINGS, userType: 'licensed', department: 'IT', warnDaysBeforeExpiry: 3 });

    // The new key: employees are addressed by position now.
    expect(await db.get('employees', ['firma.zarezerwuj.pl', 1])).toMatchObject({ name: 'Adam Łoś' });
    await handlers.saveRoster({ tenant: 'inna.zarezerwuj.pl', employees: [employee(0, 'Ola'), employee(1, 'Ola')] });
    expect((await handlers.getBookingContext({ tenant: 'inna.zarezerwuj.pl' })).employees.map((e) => e.name)).toEqual([
      'Ola',
      'Ola',
    ]);
    db.close();
    await deleteDB(name);
  });

  it('opening the migrated database again changes nothing', async () => {
    const name = uniqueName();
    await createVersion1Database(name);
    const first = await openStore(name);
    const before = await createStoreHandlers(first, { now: () => NOW }).exportBackup({});
    first.close();
    const second = await openStore(name);
    expect(await createStoreHandlers(second, { now: () => NOW }).exportBackup({})).toEqual(before);
    second.close();
  });

  it('a migration that fails leaves the version 1 database as it was', async () => {
    const name = uniqueName();
    await createVersion1Database(name);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const originalPut = IDBObjectStore.prototype.put;
    let puts = 0;
    // The third record copied into the new employees store fails: the first two were written already.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++puts === 3) throw new DOMException('disk trouble', 'UnknownError');
      return originalPut.apply(this, args);
    });

    await expect(openStore(name)).rejects.toBeDefined();
    vi.restoreAllMocks();
    const after = await openDB(name);
    expect(after.version).toBe(1);
    expect([...after.objectStoreNames].sort()).toEqual(['employees', 'settings', 'tenants', 'zoomUsers']);
    expect(await after.count('employees')).toBe(4);
    expect(await after.get('employees', ['firma.zarezerwuj.pl', 'Adam Łoś'])).toMatchObject({ order: 1 });
    after.close();
  });

  it("migrates a version 2 database: each host's users become one record, nothing else changes", async () => {
    const name = uniqueName();
    await createVersion2Database(name);
    const db = await openStore(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'employees',
      'invitations',
      'settings',
      'tenants',
      'zoomHosts',
      'zoomUserSets',
    ]);
    // One record per host, one column per field, sorted by address.
    expect(await db.get('zoomUserSets', 'us06web.zoom.us')).toEqual({
      host: 'us06web.zoom.us',
      email: ['a@firma.pl', 'b@firma.pl', 'p@firma.pl'],
      name: [null, 'B', null],
      state: ['active', 'inactive', 'pending'],
      userType: [null, 'Basic', null],
      invitedOn: [null, null, '2026-11-01'],
      firstSeen: [NOW - 5, NOW, NOW],
      lastSeen: [NOW + 2, NOW + 2, NOW + 9],
    });
    expect((await db.get('zoomUserSets', 'firma.zoom.us'))?.email).toEqual(['x@firma.pl']);

    const handlers = createStoreHandlers(db, { now: () => NOW + 100 });
    const context = await handlers.getZoomContext({ host: 'us06web.zoom.us' });
    expect(context.zoomHost).toEqual(V2_HOST);
    expect(context.zoomUsers).toEqual([
      { host: 'us06web.zoom.us', email: 'a@firma.pl', state: 'active', firstSeen: NOW - 5, lastSeen: NOW + 2 },
      {
        host: 'us06web.zoom.us',
        email: 'b@firma.pl',
        name: 'B',
        state: 'inactive',
        userType: 'Basic',
        firstSeen: NOW,
        lastSeen: NOW + 2,
      },
      {
        host: 'us06web.zoom.us',
        email: 'p@firma.pl',
        state: 'pending',
        invitedOn: '2026-11-01',
        firstSeen: NOW,
        lastSeen: NOW + 9,
      },
    ]);
    // Exactly the fields each user had: none added as undefined.
    expect(Object.keys(context.zoomUsers[0]).sort()).toEqual(['email', 'firstSeen', 'host', 'lastSeen', 'state']);
    expect(context.invitations.map((i) => i.email)).toEqual(['n@firma.pl']);
    expect(context.employees.map((e) => e.name)).toEqual(['Anna']);
    expect(context.settings.department).toBe('IT');

    // The pass begun under version 2 goes on: page 2 completes it, and the user no page showed is gone.
    const done = await handlers.saveZoomSnapshot({
      host: 'us06web.zoom.us',
      snapshot: {
        list: 'users',
        rows: [
          { email: 'c@firma.pl', state: 'active' },
          { email: 'd@firma.pl', state: 'active' },
        ],
        page: 2,
        pageCount: 2,
        total: 4,
        filtered: false,
      },
    });
    expect(done).toEqual({ completed: true });
    const after = await handlers.getZoomContext({ host: 'us06web.zoom.us' });
    expect(after.zoomUsers.map((u) => `${u.email} ${u.state}`)).toEqual([
      'a@firma.pl active',
      'b@firma.pl inactive',
      'c@firma.pl active',
      'd@firma.pl active',
      'p@firma.pl pending',
    ]);
    db.close();
    await deleteDB(name);
  });

  it('a version 2 migration that fails leaves the version 2 database as it was', async () => {
    const name = uniqueName();
    await createVersion2Database(name);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const originalPut = IDBObjectStore.prototype.put;
    let puts = 0;
    // The second host's record fails after the first was written.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++puts === 2) throw new DOMException('disk trouble', 'UnknownError');
      return originalPut.apply(this, args);
    });

    await expect(openStore(name)).rejects.toBeDefined();
    vi.restoreAllMocks();
    const after = await openDB(name);
    expect(after.version).toBe(2);
    expect([...after.objectStoreNames].sort()).toEqual([
      'employees',
      'invitations',
      'settings',
      'tenants',
      'zoomHosts',
      'zoomUsers',
    ]);
    expect(await after.count('zoomUsers')).toBe(4);
    after.close();
  });

  it('a newer database than this code knows is refused, not downgraded', async () => {
    const name = uniqueName();
    (await openDB(name, SCHEMA_VERSION + 1)).close();
    await expect(openStore(name)).rejects.toMatchObject({ name: 'VersionError' });
  });
});
