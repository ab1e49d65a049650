/**
 * The shape of every store request's payload, checked in the background before the request runs:
 * a page's script (or a content script in a compromised page) can send anything, and a wrong type
 * must be refused with a message naming the field, not fail half-way through a write.
 *
 * A small schema helper, no library (this runs in the background bundle only): each check returns
 * the value typed or throws PayloadError naming the field. Records refuse fields they do not know,
 * so a new field must be added here on purpose.
 */
import type { TaughtLayout } from '../roster/taught-layout';
import type { StoreRequest, StoreRequestName } from './messages';

export class PayloadError extends Error {}

export type Check<T> = (value: unknown, path: string) => T;
/** A record's field; `optional` fields may be absent (or undefined). */
type Field<T> = Check<T> & { optional?: true };

function refuse(path: string, expected: string): never {
  throw new PayloadError(`${path}: expected ${expected}`);
}

export const text =
  (max = 10_000): Check<string> =>
  (value, path) => {
    if (typeof value !== 'string') refuse(path, 'text');
    if (value.length > max) refuse(path, `text of at most ${max} characters`);
    return value;
  };

/** A host name or tenant: non-empty, no longer than DNS allows. */
export const hostName: Check<string> = (value, path) => {
  const name = text(255)(value, path);
  if (name.trim() === '') refuse(path, 'a host name, not empty text');
  return name;
};

export const whole: Check<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) refuse(path, 'a whole number');
  return value;
};

export const time: Check<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) refuse(path, 'a time (milliseconds since 1970)');
  return value;
};

export const flag: Check<boolean> = (value, path) => {
  if (typeof value !== 'boolean') refuse(path, 'true or false');
  return value;
};

export const oneOf =
  <const T extends readonly string[]>(...allowed: T): Check<T[number]> =>
  (value, path) => {
    if (typeof value !== 'string' || !allowed.includes(value)) refuse(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    return value as T[number];
  };

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value, path) =>
    value === null ? null : check(value, path);

/** Anything, typed as T: for a part the handler checks whole itself (a backup file, a taught layout). */
export const checkedByHandler =
  <T = unknown>(): Check<T> =>
  (value) =>
    value as T;

export const list =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) refuse(path, 'a list');
    if (value.length > max) refuse(path, `a list of at most ${max} items`);
    return value.map((element, index) => item(element, `${path}[${index}]`));
  };

export function optional<T>(check: Check<T>): Field<T | undefined> {
  const field: Field<T | undefined> = (value, path) => (value === undefined ? undefined : check(value, path));
  field.optional = true;
  return field;
}

type Shape = Record<string, Field<unknown>>;
type Required<S extends Shape> = { [K in keyof S as S[K] extends { optional: true } ? never : K]: ReturnType<S[K]> };
type Optional<S extends Shape> = { [K in keyof S as S[K] extends { optional: true } ? K : never]?: ReturnType<S[K]> };
export type RecordOf<S extends Shape> = Required<S> & Optional<S>;

/** A plain object with exactly these fields (optional ones may be missing); unknown fields are refused. */
export function record<S extends Shape>(shape: S): Check<RecordOf<S>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(path, 'an object');
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      if (!check.optional && !Object.hasOwn(input, key)) throw new PayloadError(`${path}.${key}: missing`);
      const checked = check(input[key], `${path}.${key}`);
      if (checked === undefined) delete out[key];
      else out[key] = checked;
    }
    for (const key of Object.keys(input)) {
      if (!Object.hasOwn(shape, key)) throw new PayloadError(`${path}: unknown field "${key}"`);
    }
    return out as RecordOf<S>;
  };
}

// ---------------------------------------------------------------------------------------------
// The payloads. Limits are far above any real account (Zoom's CSV import takes 9,999 per file).

const MAX_ROWS = 100_000;
const zoomState = oneOf('active', 'inactive', 'pending');

const zoomRow = record({
  email: text(1000),
  name: optional(text(1000)),
  state: zoomState,
  userType: optional(text(200)),
  invitedOn: optional(text(40)),
});

const employeeRow = record({
  name: text(1000),
  rawEmail: nullable(text(2000)),
  resourceId: optional(text(1000)),
  category: optional(text(1000)),
  emailSource: optional(oneOf('list', 'form', 'dialog')),
  editUrl: optional(text(4000)),
  readAt: time,
  order: whole,
});

const snapshot = record({
  list: oneOf('users', 'pending'),
  rows: list(zoomRow, MAX_ROWS),
  page: optional(whole),
  pageCount: optional(whole),
  total: optional(whole),
  filtered: flag,
  hasNextPage: optional(flag),
  hasPrevPage: optional(flag),
  firstRow: optional(whole),
  lastRow: optional(whole),
  pageSize: optional(whole),
});

const settingsChanges = record({
  userType: optional(oneOf('basic', 'licensed', 'on-prem')),
  department: optional(text(200)),
  include: optional(oneOf('all-missing', 'selection')),
  warnDaysBeforeExpiry: optional(whole),
  bookingHosts: optional(list(hostName, 1000)),
});

const nothing = record({});

/**
 * One check per request (the mapped type makes a missing one a type error). The result is what the
 * handler gets: the checked copy, never the message's own object.
 */
export const PAYLOADS: { [K in StoreRequestName]: Check<StoreRequest<K>> } = {
  saveRoster: record({ tenant: hostName, url: optional(text(4000)), employees: list(employeeRow, MAX_ROWS) }),
  // An address read from a form goes to the resource the form names (issue 21, item 2).
  updateEmployeeEmails: record({
    tenant: hostName,
    updates: list(
      record({
        resource: record({ resourceId: optional(text(1000)), name: text(1000) }),
        rawEmail: text(2000),
        emailSource: oneOf('form', 'dialog'),
      }),
      MAX_ROWS,
    ),
  }),
  saveZoomSnapshot: record({ host: hostName, snapshot }),
  importZoomCsv: record({ host: hostName, rows: list(zoomRow, MAX_ROWS) }),
  recordInvitations: record({ host: hostName, emails: list(text(1000), MAX_ROWS), invitedOn: text(40) }),
  withdrawInvitations: record({ host: hostName, emails: list(text(1000), MAX_ROWS), invitedOn: text(40), recordedAt: time }),
  getZoomContext: record({ host: hostName }),
  getBookingContext: record({ tenant: hostName, zoomHost: optional(hostName) }),
  getOverview: nothing,
  getSettings: nothing,
  saveSettings: settingsChanges,
  exportBackup: nothing,
  importBackup: record({ backup: checkedByHandler() }),
  forgetTenant: record({ tenant: hostName }),
  forgetZoomHost: record({ host: hostName }),
  getTaught: record({ host: hostName }),
  saveTaught: record({ host: hostName, layout: checkedByHandler<TaughtLayout>() }),
  forgetTaught: record({ host: hostName }),
};

/** The payload checked against its request's shape; throws PayloadError naming the field. */
export function checkPayload<K extends StoreRequestName>(name: K, payload: unknown): StoreRequest<K> {
  return (PAYLOADS[name] as Check<StoreRequest<K>>)(payload, 'payload');
}
