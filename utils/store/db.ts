/**
 * The extension's IndexedDB database: schema, migrations and the one-transaction write helper.
 * Opened only in the background (and extension pages): a content script would open the page's database.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { emptyHostRecord } from '../roster/coverage';
import { packUsers, unpackUsers, type ZoomUserColumns } from './wire';
import {
  DEFAULT_SETTINGS,
  type Employee,
  type Invitation,
  type Settings,
  type TenantRecord,
  type ZoomHostRecord,
  type ZoomUser,
} from '../roster/model';

export const STORE_NAME = 'roster-assistant';
export const SCHEMA_VERSION = 3;
/** The settings store holds one record under this key. */
export const SETTINGS_KEY = 'current';

/**
 * All users of one Zoom host in one record: a save reads and writes one record and a load reads one,
 * where one record per user cost 10,000 requests and index updates a save. Stored as columns (one
 * array per field, one entry per user, sorted by address), which IndexedDB's structured clone
 * copies about five times faster than 10,000 objects; the same shape the replies travel in.
 */
export type ZoomUserSet = ZoomUserColumns;

/** One host's users as the record that stores them, sorted by address. */
export function packUserSet(host: string, users: readonly ZoomUser[]): ZoomUserSet {
  return packUsers(host, sortByEmail([...users]));
}

export { unpackUsers };

export interface RosterSchema extends DBSchema {
  tenants: { key: string; value: TenantRecord };
  employees: { key: [string, number]; value: Employee; indexes: { 'by-tenant': string } };
  zoomHosts: { key: string; value: ZoomHostRecord };
  zoomUserSets: { key: string; value: ZoomUserSet };
  invitations: { key: [string, string]; value: Invitation; indexes: { 'by-host': string } };
  settings: { key: string; value: Settings };
}

export type RosterDb = IDBPDatabase<RosterSchema>;
export type RosterStoreName = StoreNames<RosterSchema>;
export const ALL_STORES: RosterStoreName[] = ['tenants', 'employees', 'zoomHosts', 'zoomUserSets', 'invitations', 'settings'];

export interface OpenStoreOptions {
  /** Called when the handle stops being usable (closed for another version, or by the browser). */
  onClose?: () => void;
}

export async function openStore(name = STORE_NAME, options: OpenStoreOptions = {}): Promise<RosterDb> {
  const db = await openDB<RosterSchema>(name, SCHEMA_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      const untypedDb = database as unknown as IDBPDatabase;
      const untypedTx = transaction as unknown as UpgradeTransaction;
      // A failed upgrade reaches the caller through openDB's rejection; this copy needs no handler.
      untypedTx.done.catch(() => undefined);
      runMigrations(untypedDb, untypedTx, oldVersion).catch((error: unknown) => {
        // A migration that fails half-way must not leave a half-migrated database behind.
        console.error('Roster Assistant: database migration failed', error);
        abortQuietly(untypedTx);
      });
    },
    blocking() {
      // A newer version wants to open: step aside rather than block it.
      db.close();
      options.onClose?.();
    },
    terminated() {
      options.onClose?.();
    },
  });
  return db;
}

// ---------------------------------------------------------------------------------------------
// Migrations: each step takes the database from version N-1 to N, inside the upgrade transaction.
// Only IndexedDB requests may be awaited here, or the transaction would commit early.

type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: IDBPDatabase, tx: UpgradeTransaction) => Promise<void> | void;

const MIGRATIONS: Record<number, Migration> = {
  1: createVersion1,
  2: migrateVersion1To2,
  3: migrateVersion2To3,
};

async function runMigrations(db: IDBPDatabase, tx: UpgradeTransaction, oldVersion: number): Promise<void> {
  for (let version = oldVersion + 1; version <= SCHEMA_VERSION; version++) {
    await MIGRATIONS[version](db, tx);
  }
}

/** The first release: employees keyed by name (two resources with one name collided), no hosts, no invitations. */
export function createVersion1(db: IDBPDatabase): void {
  db.createObjectStore('tenants', { keyPath: 'tenant' });
  db.createObjectStore('employees', { keyPath: ['tenant', 'name'] }).createIndex('by-tenant', 'tenant');
  db.createObjectStore('zoomUsers', { keyPath: ['host', 'email'] }).createIndex('by-host', 'host');
  db.createObjectStore('settings');
}

/** An employee as version 1 stored it: no `order` guaranteed. */
type EmployeeV1 = Omit<Employee, 'order'> & { order?: number };
/** Settings as version 1 stored them: without `include` and `bookingHosts`. */
type SettingsV1 = Partial<Settings>;

/**
 * Version 2 keys employees by their position in the booking list, adds per-host coverage
 * (`zoomHosts`) and the extension's own record of invitations.
 */
async function migrateVersion1To2(db: IDBPDatabase, tx: UpgradeTransaction): Promise<void> {
  const oldEmployees = (await tx.objectStore('employees').getAll()) as EmployeeV1[];
  db.deleteObjectStore('employees');
  const employees = db.createObjectStore('employees', { keyPath: ['tenant', 'order'] });
  employees.createIndex('by-tenant', 'tenant');
  for (const employee of numberEmployees(oldEmployees)) await employees.put(employee);

  // Users already stored came from pages of unknown extent: the host is seen, never complete.
  const zoomHosts = db.createObjectStore('zoomHosts', { keyPath: 'host' });
  for (const record of hostsOfUsers((await tx.objectStore('zoomUsers').getAll()) as ZoomUser[])) {
    await zoomHosts.put(record);
  }

  db.createObjectStore('invitations', { keyPath: ['host', 'email'] }).createIndex('by-host', 'host');

  const settingsStore = tx.objectStore('settings');
  const oldSettings = (await settingsStore.get(SETTINGS_KEY)) as SettingsV1 | undefined;
  if (oldSettings) await settingsStore.put({ ...DEFAULT_SETTINGS, ...oldSettings }, SETTINGS_KEY);
}

/** Keeps each tenant's recorded order where there was one; else the order they were stored in. */
function numberEmployees(oldEmployees: EmployeeV1[]): Employee[] {
  const byTenant = new Map<string, EmployeeV1[]>();
  for (const employee of oldEmployees) {
    const list = byTenant.get(employee.tenant) ?? [];
    list.push(employee);
    byTenant.set(employee.tenant, list);
  }
  const numbered: Employee[] = [];
  for (const list of byTenant.values()) {
    const sorted = list
      .map((employee, index) => ({ employee, index }))
      .sort((a, b) => (a.employee.order ?? Infinity) - (b.employee.order ?? Infinity) || a.index - b.index);
    for (const [order, { employee }] of sorted.entries()) numbered.push({ ...employee, order });
  }
  return numbered;
}

/** Version 3 keeps each host's users in one record (`zoomUserSets`) instead of one record per user. */
async function migrateVersion2To3(db: IDBPDatabase, tx: UpgradeTransaction): Promise<void> {
  const oldUsers = (await tx.objectStore('zoomUsers').getAll()) as ZoomUser[];
  db.deleteObjectStore('zoomUsers');
  const sets = db.createObjectStore('zoomUserSets', { keyPath: 'host' });
  for (const set of userSetsOf(oldUsers)) await sets.put(set);
}

/** Groups users by host into the records that store them. */
export function userSetsOf(users: readonly ZoomUser[]): ZoomUserSet[] {
  const byHost = new Map<string, ZoomUser[]>();
  for (const user of users) {
    const list = byHost.get(user.host) ?? [];
    list.push(user);
    byHost.set(user.host, list);
  }
  return [...byHost].sort(([a], [b]) => compareKeys(a, b)).map(([host, list]) => packUserSet(host, list));
}

/** Sorts in place by address, the order the per-user key of version 2 gave them. */
export function sortByEmail(users: ZoomUser[]): ZoomUser[] {
  return users.sort((a, b) => compareKeys(a.email, b.email));
}

/** IndexedDB's order of string keys (by UTF-16 code unit), which plain `<` gives too. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hostsOfUsers(users: ZoomUser[]): ZoomHostRecord[] {
  const hosts = new Map<string, ZoomHostRecord>();
  for (const user of users) {
    const record = hosts.get(user.host) ?? emptyHostRecord(user.host);
    record.lastReadAt = Math.max(record.lastReadAt ?? 0, user.lastSeen ?? 0);
    hosts.set(user.host, record);
  }
  return [...hosts.values()];
}

// ---------------------------------------------------------------------------------------------
// Transactions

export type WriteTransaction<S extends RosterStoreName[]> = IDBPTransaction<RosterSchema, S, 'readwrite'>;
export type ReadTransaction<S extends RosterStoreName[]> = IDBPTransaction<RosterSchema, S, 'readonly'>;

/**
 * Runs `work` in one readwrite transaction and waits for it to commit. If anything fails, the
 * transaction is aborted, so nothing half-written remains, and the first error is rethrown.
 * `work` must await only requests of this transaction.
 */
export async function writeTransaction<S extends RosterStoreName[], T>(
  db: RosterDb,
  stores: S,
  work: (tx: WriteTransaction<S>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return result;
}

export async function readTransaction<S extends RosterStoreName[], T>(
  db: RosterDb,
  stores: S,
  work: (tx: ReadTransaction<S>) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readonly');
  const result = await work(tx);
  await tx.done;
  return result;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the failed request itself.
  }
}

/** All keys of one tenant (employees) or one host (invitations): [owner] < [owner, x] < [owner, []]. */
export function ownerRange(owner: string): IDBKeyRange {
  return IDBKeyRange.bound([owner], [owner, []]);
}
