/**
 * The typed message API between content scripts / extension pages and the background store.
 * Content scripts cannot open our IndexedDB (it would belong to the page's origin), so every
 * read and write goes through here.
 */
import type {
  Employee,
  Invitation,
  ListSnapshot,
  Settings,
  TenantRecord,
  ZoomHostRecord,
  ZoomRow,
  ZoomUser,
} from '../roster/model';
import type { Attention } from '../roster/attention';
import type { ResourceKey } from '../roster/form-addresses';
import type { TaughtLayout } from '../roster/taught-layout';

/** Everything stored, as exported in a backup. */
export interface BackupFile {
  format: 'roster-assistant-backup';
  version: 1;
  exportedAt: number;
  tenants: TenantRecord[];
  employees: Employee[];
  zoomHosts: ZoomHostRecord[];
  zoomUsers: ZoomUser[];
  invitations: Invitation[];
  settings: Settings;
  /** What the admin taught, by host (utils/store/taught.ts); absent in files written before teaching. */
  taught?: Record<string, TaughtLayout>;
}

/** What a Zoom page needs to reconcile on its own, without a round trip per row. */
export interface ZoomContext {
  host: string;
  tenants: TenantRecord[];
  employees: Employee[];
  zoomHost: ZoomHostRecord | null;
  zoomUsers: ZoomUser[];
  invitations: Invitation[];
  settings: Settings;
}

/**
 * What a booking page needs: its roster and the Zoom host read most recently (or the chosen one).
 * Only what its resources need of that host (utils/roster/booking-share.ts): never the account's
 * other users, nor the addresses a pass through Zoom's lists collected.
 */
export interface BookingContext {
  tenant: string;
  tenantRecord: TenantRecord | null;
  employees: Employee[];
  /** All Zoom hosts read so far, most recently read first (coverage only, no addresses). */
  zoomHosts: ZoomHostRecord[];
  /** The host the statuses are taken against (null: no Zoom page read yet). */
  zoomHost: ZoomHostRecord | null;
  /** The users whose address is a resource's, or the one a resource's address nearly matches. */
  zoomUsers: ZoomUser[];
  /** The extension's invitation records for those addresses. */
  invitations: Invitation[];
  /** [resource address, its one suggestion], decided with all of the host's users (reconcile's nearMatches). */
  nearMatches: [string, string][];
  settings: Settings;
}

export interface Overview {
  tenants: TenantRecord[];
  employees: Employee[];
  zoomHosts: ZoomHostRecord[];
  zoomUsers: ZoomUser[];
  invitations: Invitation[];
  settings: Settings;
}

/**
 * An address read from a resource's own form, for the resource that form is about: named by its id
 * or name, never by its position in a list (a newer read of the list may have put another there).
 */
export interface FormAddress {
  resource: ResourceKey;
  rawEmail: string;
  emailSource: 'form' | 'dialog';
}

/** Request name → [request payload, response]. */
export interface StoreApi {
  saveRoster: [{ tenant: string; url?: string; employees: Omit<Employee, 'tenant'>[] }, { count: number }];
  /** Update single employees' addresses read from edit forms (keeps the rest of the roster). */
  updateEmployeeEmails: [{ tenant: string; updates: FormAddress[] }, { count: number }];
  saveZoomSnapshot: [{ host: string; snapshot: ListSnapshot }, { completed: boolean }];
  importZoomCsv: [{ host: string; rows: ZoomRow[] }, { count: number }];
  /** After the admin's Add that Zoom took; `recordedAt` names this record for a withdrawal. */
  recordInvitations: [{ host: string; emails: string[]; invitedOn: string }, { count: number; recordedAt: number }];
  /**
   * An error Zoom showed a moment after that Add: removes exactly the invitations that Add recorded
   * (same host, address, day and recordedAt), nothing recorded before or after it.
   */
  withdrawInvitations: [{ host: string; emails: string[]; invitedOn: string; recordedAt: number }, { count: number }];
  getZoomContext: [{ host: string }, ZoomContext];
  getBookingContext: [{ tenant: string; zoomHost?: string }, BookingContext];
  getOverview: [Record<string, never>, Overview];
  getSettings: [Record<string, never>, Settings];
  saveSettings: [Partial<Settings>, Settings];
  exportBackup: [Record<string, never>, BackupFile];
  /**
   * Validates first; a bad file changes nothing. `newerVersion` when the file was written by a newer
   * version of the extension (the popup says so in the admin's language: `popup.backupNewer`).
   */
  importBackup: [{ backup: unknown }, { ok: true } | { ok: false; error: string; newerVersion?: number }];
  forgetTenant: [{ tenant: string }, { ok: true }];
  forgetZoomHost: [{ host: string }, { ok: true }];
  /** Teaching (utils/store/taught.ts): what was taught for a Zoom host or booking tenant. */
  getTaught: [{ host: string }, { layout: TaughtLayout | null }];
  saveTaught: [{ host: string; layout: TaughtLayout }, { ok: true }];
  forgetTaught: [{ host: string }, { ok: true }];
}

export type StoreRequestName = keyof StoreApi;
export type StoreRequest<K extends StoreRequestName = StoreRequestName> = StoreApi[K][0];
export type StoreResponse<K extends StoreRequestName = StoreRequestName> = StoreApi[K][1];

/** The envelope on the wire. */
export interface StoreMessage<K extends StoreRequestName = StoreRequestName> {
  channel: 'zaa-store';
  name: K;
  payload: StoreRequest<K>;
  /** Date.now() when the page sent it: of two looks at one list, the later one wins, whichever arrives last. */
  sentAt?: number;
}

/** What the background knows of a request besides its payload. */
export interface RequestMeta {
  sentAt?: number;
}

/**
 * The background answers either with the result or with an error text (never throws across).
 * On the wire, the users of getZoomContext and getBookingContext travel as columns (wire.ts → toWire);
 * askStore gives them back as objects.
 */
export type StoreReply<K extends StoreRequestName = StoreRequestName> =
  | { ok: true; result: StoreResponse<K> }
  | { ok: false; error: string };

/** Key in browser.storage.local bumped after every write, so open pages can refresh their copy. */
export const STORE_REVISION_KEY = 'zaaStoreRevision';

// ── Toolbar count (issue 15) ──────────────────────────────────────────────────────────────────
// Not a store request: it needs the sender's tab and no database, so it has its own channel
// (answered by utils/store/toolbar.ts).

/** A page session reports what its tab's employees need; the background shows it on that tab's button. */
export interface ToolbarMessage {
  channel: 'zaa-toolbar';
  name: 'setToolbarCount';
  payload: Attention;
  /** The page's features stopped (or never ran): the button goes back to the grey icon on this tab. */
  idle?: true;
}

export type ToolbarReply = { ok: true } | { ok: false; error: string };
