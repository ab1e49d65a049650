/**
 * The background's answers to store requests. Plain functions over an idb handle, so they run
 * (and are tested) without a browser. Every write is one transaction: all of it lands, or none.
 *
 * Concurrency: the service worker answers messages from several tabs at once. Every
 * read-modify-write (a host's coverage pass and users, a roster, settings) reads and writes inside
 * one readwrite transaction, and IndexedDB runs readwrite transactions over the same stores one
 * after another, in the order they were created: two saves never both read the same old record.
 * Nothing here awaits anything but requests of that transaction (which would let it commit early).
 * What IndexedDB cannot know is which of two messages saw the page later: each request carries the
 * time it was sent (`sentAt`), and a user seen later is never overwritten or removed by an older look.
 */
import { applySnapshot, emptyHostRecord } from '../roster/coverage';
import {
  DEFAULT_SETTINGS,
  type Employee,
  type ListCoverage,
  type Settings,
  type ZoomHostRecord,
  type ZoomListName,
  type ZoomRow,
  type ZoomState,
  type ZoomUser,
} from '../roster/model';
import { validateBackup, validateSettings } from './backup';
import {
  ALL_STORES,
  SETTINGS_KEY,
  ownerRange,
  readTransaction,
  packUserSet,
  unpackUsers,
  userSetsOf,
  writeTransaction,
  type RosterDb,
  type WriteTransaction,
  type ZoomUserSet,
} from './db';
import type {
  BackupFile,
  RequestMeta,
  StoreMessage,
  StoreReply,
  StoreRequest,
  StoreRequestName,
  StoreResponse,
} from './messages';
import { addressKey } from '../roster/text';
import { isIsoDay } from '../roster/dates';
import { findByKey, keepFormAddresses } from '../roster/form-addresses';
import { shareWithBookingPage, withoutAddresses } from '../roster/booking-share';
import { localDay } from '../roster/dates';
import { toWire } from './wire';
import { checkPayload, PayloadError } from './payloads';
import { checkSender, withSenderHost, type Asking } from './sender-policy';

export type StoreHandlers = {
  [K in StoreRequestName]: (payload: StoreRequest<K>, meta?: RequestMeta) => Promise<StoreResponse<K>>;
};

/** The database's own requests; teaching's (kept in storage.local) are added by utils/store/taught.ts. */
export type DbStoreHandlers = Omit<StoreHandlers, 'getTaught' | 'saveTaught' | 'forgetTaught'>;

export interface StoreHandlerOptions {
  /** Called after every successful write (the background bumps STORE_REVISION_KEY with it). */
  onWrite?: () => void | Promise<void>;
  /** The clock, replaceable in tests. */
  now?: () => number;
}

/** Which stored states belong to which Zoom list. */
const LIST_STATES: Record<ZoomListName, readonly ZoomState[]> = {
  users: ['active', 'inactive'],
  pending: ['pending'],
};

export function createStoreHandlers(db: RosterDb, options: StoreHandlerOptions = {}): DbStoreHandlers {
  const now = options.now ?? Date.now;

  /** Runs a write; on success tells the listeners, whose failure does not undo a committed write. */
  async function written<T>(result: Promise<T>): Promise<T> {
    const value = await result;
    try {
      await options.onWrite?.();
    } catch (error) {
      console.warn('Roster Assistant: could not announce a store change', error);
    }
    return value;
  }

  return {
    saveRoster: ({ tenant, url, employees }, meta) =>
      written(
        writeTransaction(db, ['tenants', 'employees'], async (tx) => {
          const owner = requireName(tenant, 'tenant');
          const listed = stampRoster(owner, employees);
          const readAt = observedAt(meta, now());
          // A list read before the stored one (its message merely arrived later) is older news: it replaces nothing.
          const current = await tx.objectStore('tenants').get(owner);
          if (current && current.readAt > readAt) return { count: listed.length };
          const store = tx.objectStore('employees');
          // A list that shows no addresses keeps what each resource's form said (contract.md).
          const stamped = keepFormAddresses(await store.getAll(ownerRange(owner)), listed);
          await store.delete(ownerRange(owner));
          await queueAll(stamped, (employee) => store.put(employee));
          await tx.objectStore('tenants').put(withoutUndefined({ tenant: owner, readAt, url }));
          return { count: stamped.length };
        }),
      ),

    updateEmployeeEmails: ({ tenant, updates }) =>
      written(
        writeTransaction(db, ['employees'], async (tx) => {
          const owner = requireName(tenant, 'tenant');
          const store = tx.objectStore('employees');
          // Found by what the form said it is about, in the roster as stored now: never by a position.
          const employees = await store.getAll(ownerRange(owner));
          let count = 0;
          for (const update of requireArray(updates, 'updates')) {
            if (typeof update?.resource?.name !== 'string' || typeof update.rawEmail !== 'string') {
              throw new Error('Each update needs a resource (its id or name) and an address');
            }
            const employee = findByKey(employees, update.resource);
            if (!employee) continue;
            // The records are this transaction's own copies: a second update of the same resource sees the first.
            employee.rawEmail = update.rawEmail;
            employee.emailSource = update.emailSource === 'dialog' ? 'dialog' : 'form';
            await store.put(employee);
            count++;
          }
          return { count };
        }),
      ),

    saveZoomSnapshot: ({ host, snapshot }, meta) =>
      written(
        writeTransaction(db, ['zoomHosts', 'zoomUserSets'], async (tx) => {
          const owner = requireName(host, 'host');
          if (snapshot?.list !== 'users' && snapshot?.list !== 'pending') {
            throw new Error('snapshot.list must be "users" or "pending"');
          }
          const rows = requireArray(snapshot.rows, 'snapshot.rows');
          const time = now();
          const seenAt = observedAt(meta, time);
          const [stored, before] = await Promise.all([tx.objectStore('zoomHosts').get(owner), readUsers(tx, owner)]);
          const record = stored ?? emptyHostRecord(owner);
          const users = new UserSet(owner, before);
          users.merge(rows, seenAt);

          const applied = applySnapshot(record[snapshot.list], snapshot, time, users.countOf(snapshot.list));
          if (applied.completedEmails) users.removeListExcept(snapshot.list, new Set(applied.completedEmails), seenAt);
          const writes: Promise<unknown>[] = [];
          if (users.changed) writes.push(writeUsers(tx, users));
          const lastReadAt = Math.max(record.lastReadAt ?? -Infinity, seenAt);
          writes.push(tx.objectStore('zoomHosts').put({ ...record, [snapshot.list]: applied.coverage, lastReadAt }));
          await Promise.all(writes);
          return { completed: applied.completedEmails !== undefined };
        }),
      ),

    importZoomCsv: ({ host, rows }, meta) =>
      written(
        writeTransaction(db, ['zoomHosts', 'zoomUserSets'], async (tx) => {
          const owner = requireName(host, 'host');
          const time = now();
          const byEmail = new Map<string, ZoomRow>();
          for (const row of requireArray(rows, 'rows')) {
            const email = addressKey(row.email);
            if (email) byEmail.set(email, { ...row, email });
          }
          const imported = [...byEmail.values()];
          const hasPending = imported.some((row) => row.state === 'pending');
          const [stored, before] = await Promise.all([tx.objectStore('zoomHosts').get(owner), readUsers(tx, owner)]);
          // The file is the whole list as the admin exported it: it replaces what was stored.
          const users = new UserSet(owner, before);
          const keep = new Set(byEmail.keys());
          users.removeListExcept('users', keep);
          if (hasPending) users.removeListExcept('pending', keep);
          users.merge(imported, observedAt(meta, time));

          const record = stored ?? emptyHostRecord(owner);
          const completeByCsv: ListCoverage = { complete: true, completedAt: time, source: 'csv' };
          await Promise.all([
            users.changed ? writeUsers(tx, users) : undefined,
            tx.objectStore('zoomHosts').put({
              ...record,
              users: completeByCsv,
              pending: hasPending ? completeByCsv : record.pending,
              lastReadAt: time,
            }),
          ]);
          return { count: imported.length };
        }),
      ),

    recordInvitations: ({ host, emails, invitedOn }) =>
      written(
        writeTransaction(db, ['invitations'], async (tx) => {
          const owner = requireName(host, 'host');
          if (!isIsoDay(invitedOn)) throw new Error(`invitedOn must be a day as YYYY-MM-DD, not "${invitedOn}"`);
          const addresses = [...new Set(requireArray(emails, 'emails').map(addressKey).filter(Boolean))];
          const recordedAt = now();
          for (const email of addresses) {
            await tx.objectStore('invitations').put({ host: owner, email, invitedOn, recordedAt });
          }
          return { count: addresses.length, recordedAt };
        }),
      ),

    withdrawInvitations: ({ host, emails, invitedOn, recordedAt }) =>
      written(
        writeTransaction(db, ['invitations'], async (tx) => {
          const owner = requireName(host, 'host');
          if (!isIsoDay(invitedOn)) throw new Error(`invitedOn must be a day as YYYY-MM-DD, not "${invitedOn}"`);
          if (!Number.isFinite(recordedAt)) throw new Error('recordedAt must be a time');
          const addresses = [...new Set(requireArray(emails, 'emails').map(addressKey).filter(Boolean))];
          const store = tx.objectStore('invitations');
          let count = 0;
          for (const email of addresses) {
            const stored = await store.get([owner, email]);
            // Recorded by another Add (before or since): not this one's to withdraw.
            if (stored?.invitedOn !== invitedOn || stored.recordedAt !== recordedAt) continue;
            await store.delete([owner, email]);
            count++;
          }
          return { count };
        }),
      ),

    getZoomContext: ({ host }) =>
      readTransaction(db, ALL_STORES, async (tx) => {
        // All requests queued at once: the transaction answers them in one go.
        const [tenants, employees, zoomHost, zoomUsers, invitations, settings] = await Promise.all([
          tx.objectStore('tenants').getAll(),
          tx.objectStore('employees').getAll(),
          tx.objectStore('zoomHosts').get(host),
          readUsers(tx, host),
          tx.objectStore('invitations').index('by-host').getAll(host),
          tx.objectStore('settings').get(SETTINGS_KEY),
        ]);
        return {
          host,
          tenants,
          employees: sortEmployees(employees),
          zoomHost: zoomHost ?? null,
          zoomUsers,
          invitations,
          settings: withDefaults(settings),
        };
      }),

    getBookingContext: ({ tenant, zoomHost }) =>
      readTransaction(db, ALL_STORES, async (tx) => {
        const [hosts, tenantRecord, employees, settings] = await Promise.all([
          tx.objectStore('zoomHosts').getAll(),
          tx.objectStore('tenants').get(tenant),
          tx.objectStore('employees').index('by-tenant').getAll(tenant),
          tx.objectStore('settings').get(SETTINGS_KEY),
        ]);
        const zoomHosts = mostRecentFirst(hosts).map(withoutAddresses);
        const chosen = zoomHosts.find((record) => record.host === zoomHost) ?? zoomHosts[0] ?? null;
        const [allUsers, allInvitations] = chosen
          ? await Promise.all([readUsers(tx, chosen.host), tx.objectStore('invitations').index('by-host').getAll(chosen.host)])
          : [[], []];
        const roster = sortEmployees(employees);
        // The page gets only what its resources need of Zoom (contract.md → What the extension never does).
        const shared = shareWithBookingPage(roster, allUsers, allInvitations, localDay(new Date(now())));
        return {
          tenant,
          tenantRecord: tenantRecord ?? null,
          employees: roster,
          zoomHosts,
          zoomHost: chosen,
          zoomUsers: shared.users,
          invitations: shared.invitations,
          nearMatches: shared.nearMatches,
          settings: withDefaults(settings),
        };
      }),

    getOverview: () =>
      readTransaction(db, ALL_STORES, async (tx) => ({
        tenants: await tx.objectStore('tenants').getAll(),
        employees: sortEmployees(await tx.objectStore('employees').getAll()),
        zoomHosts: mostRecentFirst(await tx.objectStore('zoomHosts').getAll()),
        zoomUsers: allUsers(await tx.objectStore('zoomUserSets').getAll()),
        invitations: await tx.objectStore('invitations').getAll(),
        settings: withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY)),
      })),

    getSettings: () =>
      readTransaction(db, ['settings'], async (tx) => withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY))),

    saveSettings: (changes) =>
      written(
        writeTransaction(db, ['settings'], async (tx) => {
          const store = tx.objectStore('settings');
          const current = withDefaults(await store.get(SETTINGS_KEY));
          const settings = validateSettings({ ...current, ...knownSettings(changes) });
          await store.put(settings, SETTINGS_KEY);
          return settings;
        }),
      ),

    exportBackup: () =>
      readTransaction(
        db,
        ALL_STORES,
        async (tx): Promise<BackupFile> => ({
          format: 'roster-assistant-backup',
          version: 1,
          exportedAt: now(),
          tenants: await tx.objectStore('tenants').getAll(),
          employees: sortEmployees(await tx.objectStore('employees').getAll()),
          zoomHosts: await tx.objectStore('zoomHosts').getAll(),
          zoomUsers: allUsers(await tx.objectStore('zoomUserSets').getAll()),
          invitations: await tx.objectStore('invitations').getAll(),
          settings: withDefaults(await tx.objectStore('settings').get(SETTINGS_KEY)),
        }),
      ),

    importBackup: async ({ backup }) => {
      // The whole file is checked before the first write: a bad file changes nothing.
      const validated = validateBackup(backup);
      if (!validated.ok) return validated;
      const file = validated.value;
      return written(
        writeTransaction(db, ALL_STORES, async (tx) => {
          for (const name of ALL_STORES) await tx.objectStore(name).clear();
          await queueAll(file.tenants, (record) => tx.objectStore('tenants').put(record));
          await queueAll(file.employees, (record) => tx.objectStore('employees').put(record));
          await queueAll(file.zoomHosts, (record) => tx.objectStore('zoomHosts').put(record));
          await queueAll(userSetsOf(file.zoomUsers), (record) => tx.objectStore('zoomUserSets').put(record));
          await queueAll(file.invitations, (record) => tx.objectStore('invitations').put(record));
          await tx.objectStore('settings').put(file.settings, SETTINGS_KEY);
          return { ok: true as const };
        }),
      );
    },

    forgetTenant: ({ tenant }) =>
      written(
        writeTransaction(db, ['tenants', 'employees'], async (tx) => {
          await tx.objectStore('tenants').delete(tenant);
          await tx.objectStore('employees').delete(ownerRange(tenant));
          return { ok: true as const };
        }),
      ),

    forgetZoomHost: ({ host }) =>
      written(
        writeTransaction(db, ['zoomHosts', 'zoomUserSets', 'invitations'], async (tx) => {
          await tx.objectStore('zoomHosts').delete(host);
          await tx.objectStore('zoomUserSets').delete(host);
          await tx.objectStore('invitations').delete(ownerRange(host));
          return { ok: true as const };
        }),
      ),
  };
}

// ---------------------------------------------------------------------------------------------
// The message envelope

export function isStoreMessage(message: unknown): message is StoreMessage {
  return typeof message === 'object' && message !== null && (message as { channel?: unknown }).channel === 'zaa-store';
}

/**
 * Answers a message on channel 'zaa-store'; undefined for any other message. Never throws.
 * `asking`: who sent it (sender-policy.ts → whoIsAsking). The request runs only if that sender may ask
 * it (SENDER_POLICY), with a payload of the right shape (payloads.ts), for the sender's own host.
 */
export async function handleStoreMessage(
  handlers: DbStoreHandlers | StoreHandlers,
  message: unknown,
  asking: Asking,
): Promise<StoreReply | undefined> {
  if (!isStoreMessage(message)) return undefined;
  const name = message.name;
  if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) {
    return { ok: false, error: `Unknown store request: ${String(name)}` };
  }
  try {
    const rule = checkSender(name, asking);
    const payload = withSenderHost(rule, checkPayload(name, message.payload ?? {}), asking);
    const handler = (handlers as StoreHandlers)[name] as (payload: unknown, meta: RequestMeta) => Promise<StoreResponse>;
    const sentAt = Number.isFinite(message.sentAt) ? message.sentAt : undefined;
    return { ok: true, result: toWire(name, await handler(payload, { sentAt })) as StoreResponse };
  } catch (error) {
    if (error instanceof PayloadError) return { ok: false, error: `Invalid ${name} request: ${error.message}` };
    return { ok: false, error: describeStoreError(error) };
  }
}

/** A text the admin (or a developer reading the console) can act on. */
export function describeStoreError(error: unknown): string {
  const { name, message } = errorParts(error);
  if (name === 'QuotaExceededError') {
    return (
      'Brak miejsca na dane rozszerzenia: nic nie zapisano. / ' +
      'Not enough storage space for the extension’s data: nothing was saved (QuotaExceededError).'
    );
  }
  if (name === 'VersionError') {
    return `The extension's database is newer than this version of the extension (VersionError): ${message}`;
  }
  if (name && name !== 'Error' && !message.includes(name)) return `${name}: ${message}`;
  return message || name || 'Unknown store error';
}

/** Errors from IndexedDB are DOMExceptions, which are not always `instanceof Error`. */
function errorParts(error: unknown): { name: string; message: string } {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : '', message: typeof message === 'string' ? message : String(error) };
  }
  return { name: '', message: String(error) };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Queues one request per item in the transaction and waits for them all: the transaction keeps
 * their order, and awaiting each in turn made 10,000 records take seconds. If queuing throws
 * half-way, the requests already queued fail with the aborted transaction: they are waited for
 * too, so none of them is left as an unhandled rejection.
 */
async function queueAll<T>(items: readonly T[], request: (item: T) => Promise<unknown>): Promise<void> {
  const queued: Promise<unknown>[] = [];
  try {
    for (const item of items) queued.push(request(item));
  } catch (error) {
    for (const promise of queued) promise.catch(() => undefined);
    throw error;
  }
  await Promise.all(queued);
}

/**
 * When the page behind a request was seen: when it was sent, never later than now (a clock of the
 * same machine; a wrong future value must not make a look outrank every later one).
 */
function observedAt(meta: RequestMeta | undefined, time: number): number {
  const sentAt = meta?.sentAt;
  return typeof sentAt === 'number' && Number.isFinite(sentAt) ? Math.min(sentAt, time) : time;
}

/** Any transaction whose scope holds zoomUserSets. */
interface UsersTransaction {
  objectStore(name: 'zoomUserSets'): { get(host: string): Promise<ZoomUserSet | undefined> };
}

async function readUsers(tx: UsersTransaction, host: string): Promise<ZoomUser[]> {
  return unpackUsers(await tx.objectStore('zoomUserSets').get(host));
}

function writeUsers(tx: WriteTransaction<['zoomHosts', 'zoomUserSets']>, users: UserSet): Promise<unknown> {
  const list = users.list();
  const store = tx.objectStore('zoomUserSets');
  return list.length ? store.put(packUserSet(users.host, list)) : store.delete(users.host);
}

function allUsers(sets: ZoomUserSet[]): ZoomUser[] {
  return sets.flatMap((set) => unpackUsers(set));
}

/** One host's users, changed in memory after one read and written back once, only if anything changed. */
class UserSet {
  private readonly byEmail: Map<string, ZoomUser>;
  changed = false;

  constructor(
    readonly host: string,
    users: readonly ZoomUser[],
  ) {
    this.byEmail = new Map(users.map((user) => [user.email, user]));
  }

  /** Takes the rows as seen at `seenAt`, keeping what is known of each from before; a later look wins. */
  merge(rows: readonly ZoomRow[], seenAt: number): void {
    for (const row of rows) {
      const email = addressKey(row.email);
      if (!email) continue;
      const existing = this.byEmail.get(email);
      if (existing && existing.lastSeen > seenAt) continue;
      const user = mergedUser(this.host, email, row, existing, seenAt);
      if (existing && sameUser(existing, user)) continue;
      this.byEmail.set(email, user);
      this.changed = true;
    }
  }

  countOf(list: ZoomListName): number {
    let count = 0;
    for (const user of this.byEmail.values()) if (LIST_STATES[list].includes(user.state)) count++;
    return count;
  }

  /** Removes the list's users not in `keep`, except those seen after `seenAt` (by a later look). */
  removeListExcept(list: ZoomListName, keep: Set<string>, seenAt = Infinity): void {
    for (const [email, user] of this.byEmail) {
      if (!LIST_STATES[list].includes(user.state) || keep.has(email) || user.lastSeen > seenAt) continue;
      this.byEmail.delete(email);
      this.changed = true;
    }
  }

  list(): ZoomUser[] {
    return [...this.byEmail.values()];
  }
}

function mergedUser(host: string, email: string, row: ZoomRow, existing: ZoomUser | undefined, time: number): ZoomUser {
  const sameList = existing !== undefined && listOf(existing.state) === listOf(row.state);
  return withoutUndefined({
    host,
    email,
    name: row.name ?? existing?.name,
    state: row.state,
    userType: row.userType ?? (sameList ? existing?.userType : undefined),
    // The invitation day means something only while the user is pending.
    invitedOn: row.state === 'pending' ? (row.invitedOn ?? (sameList ? existing?.invitedOn : undefined)) : undefined,
    firstSeen: existing?.firstSeen ?? time,
    lastSeen: time,
  });
}

const USER_FIELDS = ['name', 'state', 'userType', 'invitedOn', 'firstSeen', 'lastSeen'] as const;

function sameUser(a: ZoomUser, b: ZoomUser): boolean {
  return USER_FIELDS.every((field) => a[field] === b[field]);
}

function listOf(state: ZoomState): ZoomListName {
  return state === 'pending' ? 'pending' : 'users';
}

function stampRoster(tenant: string, employees: Omit<Employee, 'tenant'>[]): Employee[] {
  const seenOrders = new Set<number>();
  return requireArray(employees, 'employees').map((employee) => {
    if (!Number.isFinite(employee.order)) throw new Error(`Employee "${employee.name}" has no position (order)`);
    if (seenOrders.has(employee.order)) throw new Error(`Two employees share position ${employee.order}`);
    seenOrders.add(employee.order);
    return { ...employee, tenant };
  });
}

function sortEmployees(employees: Employee[]): Employee[] {
  return employees.sort((a, b) => (a.tenant < b.tenant ? -1 : a.tenant > b.tenant ? 1 : a.order - b.order));
}

function mostRecentFirst(hosts: ZoomHostRecord[]): ZoomHostRecord[] {
  return hosts.sort((a, b) => (b.lastReadAt ?? -Infinity) - (a.lastReadAt ?? -Infinity) || (a.host < b.host ? -1 : 1));
}

function withDefaults(stored: Settings | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...stored, bookingHosts: [...(stored?.bookingHosts ?? DEFAULT_SETTINGS.bookingHosts)] };
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Only the fields Settings has; `undefined` means "leave as is". */
function knownSettings(changes: Partial<Settings>): Partial<Settings> {
  if (typeof changes !== 'object' || changes === null) throw new Error('Settings must be an object');
  const known: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (changes[key] !== undefined) known[key] = changes[key];
  return known as Partial<Settings>;
}

function requireName(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`A store request needs a ${what}`);
  return value;
}

function requireArray<T>(value: T[], what: string): T[] {
  if (!Array.isArray(value)) throw new Error(`${what} must be a list`);
  return value;
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
