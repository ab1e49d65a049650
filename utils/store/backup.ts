/**
 * Validation of a backup file (and of settings, which a backup carries) before anything is written.
 * A bad file must change nothing, so the whole file is checked first and rebuilt from known fields only.
 */
import type {
  Employee,
  Invitation,
  ListCoverage,
  ListPass,
  Settings,
  TenantRecord,
  ZoomHostRecord,
  ZoomUser,
} from '../roster/model';
import type { BackupFile } from './messages';
import { isIsoDay } from '../roster/dates';

export const BACKUP_FORMAT = 'roster-assistant-backup';
export const BACKUP_VERSION = 1;

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };
/** `newerVersion`: the file was written by a newer version of the extension, whose format this one cannot read. */
export type ValidatedBackup = Validated<BackupFile> | { ok: false; error: string; newerVersion: number };

/** Raised inside the validators; carries the path of the offending field. */
class InvalidRecord extends Error {}

class NewerBackup extends InvalidRecord {
  constructor(readonly version: number) {
    super(
      `version ${version} was written by a newer version of the extension (this one reads version ${BACKUP_VERSION}); ` +
        'update the extension, then import the file again',
    );
  }
}

export function validateBackup(input: unknown): ValidatedBackup {
  try {
    return { ok: true, value: readBackup(input) };
  } catch (error) {
    const text = `Invalid backup file: ${(error as Error).message}`;
    // Checked before any record: a newer file is refused for its version, not for a store it added or renamed.
    if (error instanceof NewerBackup) return { ok: false, error: text, newerVersion: error.version };
    if (error instanceof InvalidRecord) return { ok: false, error: text };
    throw error;
  }
}

/** Checks a whole Settings object; throws Error with a readable reason. */
export function validateSettings(input: unknown): Settings {
  try {
    return readSettings(input, 'settings');
  } catch (error) {
    if (error instanceof InvalidRecord) throw new Error(`Invalid settings: ${error.message}`);
    throw error;
  }
}

function readBackup(input: unknown): BackupFile {
  if (!isPlainObject(input)) throw new InvalidRecord('not a JSON object');
  if (input.format !== BACKUP_FORMAT) {
    throw new InvalidRecord(`format must be "${BACKUP_FORMAT}" (this is not a Roster Assistant backup)`);
  }
  if (input.version !== BACKUP_VERSION) {
    if (typeof input.version === 'number' && input.version > BACKUP_VERSION) throw new NewerBackup(input.version);
    throw new InvalidRecord(`version must be ${BACKUP_VERSION}`);
  }
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: timestamp(input.exportedAt, 'exportedAt'),
    tenants: list(input.tenants, 'tenants', readTenant),
    employees: list(input.employees, 'employees', readEmployee),
    zoomHosts: list(input.zoomHosts, 'zoomHosts', readZoomHost),
    zoomUsers: list(input.zoomUsers, 'zoomUsers', readZoomUser),
    invitations: list(input.invitations, 'invitations', readInvitation),
    settings: readSettings(input.settings, 'settings'),
  };
  unique(backup.tenants, 'tenants', (t) => t.tenant);
  unique(backup.employees, 'employees', (e) => `${e.tenant}\u0000${e.order}`);
  unique(backup.zoomHosts, 'zoomHosts', (h) => h.host);
  unique(backup.zoomUsers, 'zoomUsers', (u) => `${u.host}\u0000${u.email}`);
  unique(backup.invitations, 'invitations', (i) => `${i.host}\u0000${i.email}`);
  return backup;
}

function readTenant(value: unknown, path: string): TenantRecord {
  const record = object(value, path);
  return withOptional(
    { tenant: nonEmptyString(record.tenant, `${path}.tenant`), readAt: timestamp(record.readAt, `${path}.readAt`) },
    { url: optional(record.url, `${path}.url`, string) },
  );
}

function readEmployee(value: unknown, path: string): Employee {
  const record = object(value, path);
  const rawEmail = record.rawEmail === null ? null : string(record.rawEmail, `${path}.rawEmail`);
  return withOptional(
    {
      tenant: nonEmptyString(record.tenant, `${path}.tenant`),
      name: string(record.name, `${path}.name`),
      rawEmail,
      readAt: timestamp(record.readAt, `${path}.readAt`),
      order: wholeNumber(record.order, `${path}.order`),
    },
    {
      resourceId: optional(record.resourceId, `${path}.resourceId`, string),
      category: optional(record.category, `${path}.category`, string),
      emailSource: optional(record.emailSource, `${path}.emailSource`, (v, p) =>
        oneOf(v, p, ['list', 'form', 'dialog'] as const),
      ),
      editUrl: optional(record.editUrl, `${path}.editUrl`, string),
    },
  );
}

function readZoomUser(value: unknown, path: string): ZoomUser {
  const record = object(value, path);
  return withOptional(
    {
      host: nonEmptyString(record.host, `${path}.host`),
      email: nonEmptyString(record.email, `${path}.email`),
      state: oneOf(record.state, `${path}.state`, ['active', 'inactive', 'pending'] as const),
      firstSeen: timestamp(record.firstSeen, `${path}.firstSeen`),
      lastSeen: timestamp(record.lastSeen, `${path}.lastSeen`),
    },
    {
      name: optional(record.name, `${path}.name`, string),
      userType: optional(record.userType, `${path}.userType`, string),
      invitedOn: optional(record.invitedOn, `${path}.invitedOn`, isoDay),
    },
  );
}

function readInvitation(value: unknown, path: string): Invitation {
  const record = object(value, path);
  return {
    host: nonEmptyString(record.host, `${path}.host`),
    email: nonEmptyString(record.email, `${path}.email`),
    invitedOn: isoDay(record.invitedOn, `${path}.invitedOn`),
    recordedAt: timestamp(record.recordedAt, `${path}.recordedAt`),
  };
}

function readZoomHost(value: unknown, path: string): ZoomHostRecord {
  const record = object(value, path);
  return withOptional(
    {
      host: nonEmptyString(record.host, `${path}.host`),
      users: readCoverage(record.users, `${path}.users`),
      pending: readCoverage(record.pending, `${path}.pending`),
    },
    { lastReadAt: optional(record.lastReadAt, `${path}.lastReadAt`, timestamp) },
  );
}

function readCoverage(value: unknown, path: string): ListCoverage {
  const record = object(value, path);
  return withOptional(
    { complete: boolean(record.complete, `${path}.complete`) },
    {
      completedAt: optional(record.completedAt, `${path}.completedAt`, timestamp),
      source: optional(record.source, `${path}.source`, (v, p) => oneOf(v, p, ['pages', 'csv'] as const)),
      pass: optional(record.pass, `${path}.pass`, readPass),
    },
  );
}

function readPass(value: unknown, path: string): ListPass {
  const record = object(value, path);
  return withOptional(
    {
      pages: readPlaces(record.pages, `${path}.pages`, 'page number'),
      startedAt: timestamp(record.startedAt, `${path}.startedAt`),
    },
    {
      total: optional(record.total, `${path}.total`, wholeNumber),
      pageCount: optional(record.pageCount, `${path}.pageCount`, wholeNumber),
      pageSize: optional(record.pageSize, `${path}.pageSize`, wholeNumber),
      ranges: optional(record.ranges, `${path}.ranges`, (v, p) => readPlaces(v, p, 'row number')),
    },
  );
}

/** Emails by page number, or by the place of a page's first row: keys are positive whole numbers. */
function readPlaces(value: unknown, path: string, what: string): Record<number, string[]> {
  const places: Record<number, string[]> = {};
  for (const [place, emails] of Object.entries(object(value, path))) {
    if (!/^[1-9]\d*$/.test(place)) throw new InvalidRecord(`${path}: "${place}" is not a ${what}`);
    places[Number(place)] = list(emails, `${path}.${place}`, nonEmptyString);
  }
  return places;
}

const HOST_NAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u;

function readSettings(value: unknown, path: string): Settings {
  const record = object(value, path);
  const days = wholeNumber(record.warnDaysBeforeExpiry, `${path}.warnDaysBeforeExpiry`);
  if (days > 29) throw new InvalidRecord(`${path}.warnDaysBeforeExpiry: must be a whole number from 0 to 29`);
  const hosts = list(record.bookingHosts, `${path}.bookingHosts`, (host, hostPath) => {
    const name = string(host, hostPath).trim().toLowerCase();
    if (!HOST_NAME.test(name)) throw new InvalidRecord(`${hostPath}: "${name}" is not a host name (e.g. firma.example.pl)`);
    return name;
  });
  return {
    userType: oneOf(record.userType, `${path}.userType`, ['basic', 'licensed', 'on-prem'] as const),
    department: string(record.department, `${path}.department`).trim(),
    include: oneOf(record.include, `${path}.include`, ['all-missing', 'selection'] as const),
    warnDaysBeforeExpiry: days,
    bookingHosts: [...new Set(hosts)],
  };
}

// ---------------------------------------------------------------------------------------------
// Small validators: each returns the value typed, or throws InvalidRecord naming the field.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new InvalidRecord(`${path}: expected an object`);
  return value;
}

function list<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) throw new InvalidRecord(`${path}: expected a list`);
  return value.map((element, index) => item(element, `${path}[${index}]`));
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new InvalidRecord(`${path}: expected text`);
  return value;
}

function nonEmptyString(value: unknown, path: string): string {
  if (string(value, path).trim() === '') throw new InvalidRecord(`${path}: must not be empty`);
  return value as string;
}

function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidRecord(`${path}: expected true or false`);
  return value;
}

function timestamp(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidRecord(`${path}: expected a time (milliseconds since 1970)`);
  }
  return value;
}

function wholeNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new InvalidRecord(`${path}: expected a whole number`);
  }
  return value;
}

function isoDay(value: unknown, path: string): string {
  const text = string(value, path);
  if (!isIsoDay(text)) throw new InvalidRecord(`${path}: expected a day as YYYY-MM-DD`);
  return text;
}

function oneOf<const T extends readonly string[]>(value: unknown, path: string, allowed: T): T[number] {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new InvalidRecord(`${path}: expected one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  }
  return value as T[number];
}

function optional<T>(value: unknown, path: string, read: (value: unknown, path: string) => T): T | undefined {
  return value === undefined ? undefined : read(value, path);
}

/** Adds the optional fields that are present, so records carry no `undefined` keys. */
function withOptional<T extends object, O extends object>(required: T, optionals: O): T & O {
  const result = { ...required } as Record<string, unknown>;
  for (const [key, value] of Object.entries(optionals)) if (value !== undefined) result[key] = value;
  return result as T & O;
}

function unique<T>(records: T[], path: string, keyOf: (record: T) => string): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const key = keyOf(record);
    if (seen.has(key)) throw new InvalidRecord(`${path}[${index}]: the same record appears twice`);
    seen.add(key);
  });
}
