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
  await db.put('employees', { tenant: 'firma.zarezerwuj.pl', name: 'Zenon Ćwik', rawEmail: 'zenon@firma.pl', readAt: NOW, order: 0 });
  await db.put('employees', { tenant: 'firma.zarezerwuj.pl', name: 'Adam Łoś', rawEmail: null, readAt: NOW, order: 1 });
  await db.put('employees', { tenant: 'inna.zarezerwuj.pl', name: 'Ola', rawEmail: '', readAt: NOW });
  await db.put('employees', { tenant: 'inna.zarezerwuj.pl', name: 'Basia', rawEmail: 'basia@inna.pl', readAt: NOW });
  await db.put('zoomUsers', { host: 'us06web.zoom.us', email: 'zenon@firma.pl', state: 'active', firstSeen: NOW, lastSeen: NOW + 5 });
  await db.put('zoomUsers', { host: 'us06web.zoom.us', email: 'p@firma.pl', state: 'pending', invitedOn: '2026-11-01', firstSeen: NOW, lastSeen: NOW + 9 });
  await db.put('zoomUsers', { host: 'firma.zoom.us', email: 'x@firma.pl', state: 'inactive', firstSeen: NOW, lastSeen: NOW + 1 });
  await db.put('settings', { userType: 'licensed', department: 'IT', warnDaysBeforeExpiry: 3 }, 'current');
  db.close();
}

describe('schema upgrade', () => {
  it('is at version 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('creates every store on a fresh database', async () => {
    const db = await openStore(uniqueName());
    expect([...db.objectStoreNames].sort()).toEqual(['employees', 'invitations', 'settings', 'tenants', 'zoomHosts', 'zoomUsers']);
    expect(db.version).toBe(2);
    db.close();
  });

  it('migrates a version 1 database with everything kept', async () => {
    const name = uniqueName();
    await createVersion1Database(name);
    const db = await openStore(name);
    expect(db.version).toBe(2);
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
    expect(overview.zoomUsers).toHaveLength(3);
    const hosts = Object.fromEntries(overview.zoomHosts.map((h) => [h.host, h]));
    expect(hosts['us06web.zoom.us']).toEqual({ host: 'us06web.zoom.us', users: { complete: false }, pending: { complete: false }, lastReadAt: NOW + 9 });
    expect(hosts['firma.zoom.us'].lastReadAt).toBe(NOW + 1);
    expect(overview.invitations).toEqual([]);
    expect(overview.settings).toEqual({ ...DEFAULT_SETTINGS, userType: 'licensed', department: 'IT', warnDaysBeforeExpiry: 3 });

    // The new key: employees are addressed by position now.
    expect(await db.get('employees', ['firma.zarezerwuj.pl', 1])).toMatchObject({ name: 'Adam Łoś' });
    await handlers.saveRoster({ tenant: 'inna.zarezerwuj.pl', employees: [employee(0, 'Ola'), employee(1, 'Ola')] });
    expect((await handlers.getBookingContext({ tenant: 'inna.zarezerwuj.pl' })).employees.map((e) => e.name)).toEqual(['Ola', 'Ola']);
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
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
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

  it('a newer database than this code knows is refused, not downgraded', async () => {
    const name = uniqueName();
    (await openDB(name, 3)).close();
    await expect(openStore(name)).rejects.toMatchObject({ name: 'VersionError' });
  });
});
