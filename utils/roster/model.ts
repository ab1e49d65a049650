/**
 * The shared vocabulary of the product. Pure types: no DOM, no browser.
 * See ../shared/contract.md for the exact meaning of every status.
 */

/** One status per booking employee, decided in this order (contract.md → Statuses). */
export const EMPLOYEE_STATUSES = [
  'no-email',
  'invalid-email',
  'active',
  'inactive',
  'pending',
  'expired',
  'missing',
  'unverified',
] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/** A Zoom row badge carries an employee status, or this for a Zoom user no employee has. */
export type RowStatus = EmployeeStatus | 'not-in-booking';

export type ZoomState = 'active' | 'inactive' | 'pending';
export type ZoomListName = 'users' | 'pending';

/** A text in both languages the product speaks. */
export interface Bilingual {
  pl: string;
  en: string;
}

/** An employee (a "zasób", resource) read from the booking system. */
export interface Employee {
  /** Booking tenant: the host the resource list was read from, e.g. "firma.zarezerwuj.pl". */
  tenant: string;
  /** The resource's id in the booking system when the page reveals it (edit link, data attribute). */
  resourceId?: string;
  /** As the booking system shows it, trimmed, whitespace runs collapsed to one space. */
  name: string;
  /**
   * The address as written in the booking system.
   * `null`: not read yet (the list shows no email and the edit form was not fetched or opened).
   * `''`: read, and empty.
   */
  rawEmail: string | null;
  category?: string;
  /** Where the address came from. */
  emailSource?: 'list' | 'form' | 'dialog';
  /** URL of the resource's edit form, when the list links to one. */
  editUrl?: string;
  /** When the list was read (ms since epoch). */
  readAt: number;
  /** Position in the booking list, so views keep the booking system's order. */
  order: number;
}

/** A user seen on a Zoom host's Users or Pending list (or imported from Zoom's CSV export). */
export interface ZoomUser {
  /** Zoom host, e.g. "us06web.zoom.us": hosts are kept apart, they can be different accounts. */
  host: string;
  /** Normalised address. */
  email: string;
  name?: string;
  state: ZoomState;
  userType?: string;
  /** Day of the invitation or its last resend as Zoom shows it, ISO "YYYY-MM-DD". */
  invitedOn?: string;
  firstSeen: number;
  lastSeen: number;
}

/** Written by the extension when the admin added addresses through a prefilled dialog. */
export interface Invitation {
  host: string;
  email: string;
  /** ISO "YYYY-MM-DD", the browser's local day when the admin pressed Add. */
  invitedOn: string;
  recordedAt: number;
}

/** A row as a Zoom adapter read it from the page (before storage stamps host and times). */
export interface ZoomRow {
  email: string;
  name?: string;
  state: ZoomState;
  userType?: string;
  invitedOn?: string;
}

/** What one look at a Zoom list page gives: its rows and whatever the pager says. */
export interface ListSnapshot {
  list: ZoomListName;
  rows: ZoomRow[];
  /** 1-based page number, when a pager shows it. */
  page?: number;
  /** Number of pages, when the pager shows it. */
  pageCount?: number;
  /** The list's total as the page states it ("Total 123", "1-50 of 123"). */
  total?: number;
  /** True when a search filter is applied: such a view never counts towards completeness. */
  filtered: boolean;
  /** The pager's "next page" control: true when usable, false when disabled, absent when there is none. */
  hasNextPage?: boolean;
  /**
   * The pager's "previous page" control: false when disabled (the first page), true when usable (not the
   * first page), absent when there is none. A page that states neither its number nor its rows but can
   * go back is not the first one, and its place is unknown.
   */
  hasPrevPage?: boolean;
  /**
   * The page's place in the whole list when a range shows it ("31 - 45 of 45": 31 and 45), 1-based.
   * Keys a page whose number the pager does not tell, so that pages never overwrite each other.
   */
  firstRow?: number;
  lastRow?: number;
  /** Rows per page, when the pager states it (a page-size select) or a full page's range shows it. */
  pageSize?: number;
}

/** Progress of one pass through a list, towards a complete view. */
export interface ListPass {
  total?: number;
  pageCount?: number;
  /** Rows per page, learned on one page of the pass and carried to the next ones. */
  pageSize?: number;
  /** Emails seen, by page number. */
  pages: Record<number, string[]>;
  /** Emails seen on pages whose number could not be told, by the place of their first row (1-based). */
  ranges?: Record<number, string[]>;
  startedAt: number;
}

export interface ListCoverage {
  /** The whole list has been seen at least once (and the stored set replaced by it). */
  complete: boolean;
  completedAt?: number;
  /** How the last complete view was obtained. */
  source?: 'pages' | 'csv';
  /** The pass in progress (pages seen so far). */
  pass?: ListPass;
}

/** What is stored per Zoom host besides its users. */
export interface ZoomHostRecord {
  host: string;
  users: ListCoverage;
  pending: ListCoverage;
  /** When a Users or Pending page of this host was last read. */
  lastReadAt?: number;
}

export type Coverage = 'none' | 'partial' | 'complete';

/** A booking tenant's roster as stored. */
export interface TenantRecord {
  tenant: string;
  readAt: number;
  /** Page URL the roster was read from, to offer "open the booking settings". */
  url?: string;
}

export interface Settings {
  userType: 'basic' | 'licensed' | 'on-prem';
  department: string;
  include: 'all-missing' | 'selection';
  warnDaysBeforeExpiry: number;
  bookingHosts: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  userType: 'basic',
  department: '',
  include: 'all-missing',
  warnDaysBeforeExpiry: 5,
  bookingHosts: ['zarezerwuj.pl'],
};
