/**
 * Booking employees against one Zoom host's data: one status per employee, decided in the order
 * of contract.md → Statuses. Pure: no DOM, no browser.
 */
import type { Bilingual, Coverage, Employee, EmployeeStatus, Invitation, RowStatus, ZoomUser } from './model';
import { checkEmail, normalizeEmail } from './email';
import { daysBetween, INVITATION_DAYS } from './dates';
import { createNearMatchIndex, type NearMatchIndex } from './suggest';

export interface ZoomViewInput {
  /** One Zoom host's users: states active | inactive | pending (emails normalised). */
  users: ZoomUser[];
  /** For that host: 'complete' when both its Users and Pending lists were seen whole. */
  coverage: Coverage;
  /** False when the current page could not be read: every employee with a valid email is 'unverified'. */
  readable: boolean;
  /** The extension's own invitation records for that host. */
  invitations: Invitation[];
}

export interface EmployeeResult {
  employee: Employee;
  status: EmployeeStatus;
  /** contract's data-email: normalised; '' when none or not read; for invalid-email the trimmed text. */
  email: string;
  /** pending / expired when the date is known: 30 − days since the invitation (≤ 0 once expired). */
  daysLeft?: number;
  /** contract's data-suggestion: the one close Zoom address, for an address not on Zoom. */
  suggestion?: string;
  invalidReason?: Bilingual;
  /** Employees in the input with this same normalised address (0 without a valid address). */
  sharedBy: number;
  zoomUser?: ZoomUser;
  /** Expired but Zoom still lists it as pending: the admin should press Resend, not invite again. */
  stillPendingOnZoom?: boolean;
}

export interface ReconcileResult {
  /** Same order as the input. */
  employees: EmployeeResult[];
  /** Zoom users (any state) whose address no employee has. */
  notInBooking: ZoomUser[];
  counts: Record<EmployeeStatus, number>;
  /** Normalised email → the employees with it (for row badges). */
  byEmail: Map<string, EmployeeResult[]>;
}

/** When one address is listed twice (Users and Pending), the Users list has the last word. */
const STATE_RANK = { active: 3, inactive: 2, pending: 1 } as const;

/**
 * Decides every employee's status against one Zoom host.
 * `today` is the browser's local day, `localDay(new Date())`.
 */
export function reconcile(employees: Employee[], zoom: ZoomViewInput, today: string): ReconcileResult {
  const { users, positionOf } = indexZoomUsers(zoom.users);
  /** Per Zoom user: the employees with its address (also marks the users some employee has). */
  const sharersOf: (EmployeeResult[] | undefined)[] = new Array(users.length);
  const invitationByEmail = indexInvitations(zoom.invitations);
  const daysLeft = daysLeftCounter(today);
  const complete = zoom.coverage === 'complete';
  const readable = zoom.readable;
  const tally = new Tally();
  const byEmail = new Map<string, EmployeeResult[]>();
  const shared: EmployeeResult[][] = [];
  const results: EmployeeResult[] = new Array(employees.length);
  let notOnZoom: EmployeeResult[] | undefined;

  for (let i = 0; i < employees.length; i++) {
    const employee = employees[i];
    const result = newResult(employee);
    results[i] = result;
    const check = employee.rawEmail === null ? null : checkEmail(employee.rawEmail);

    if (check === null) {
      result.status = 'unverified'; // not read yet: neither no-email nor anything on Zoom
    } else if (check.kind === 'empty') {
      result.status = 'no-email';
    } else if (check.kind === 'invalid') {
      result.status = 'invalid-email';
      result.email = check.text;
      result.invalidReason = check.reason;
    } else {
      const email = check.email;
      result.email = email;
      result.sharedBy = 1; // more when the address turns out to be shared (below)
      const position = positionOf.get(email);
      // The Zoom index already tells whether an address was seen: one Map operation, not two.
      const sharers = position === undefined ? byEmail.get(email) : sharersOf[position];
      if (sharers === undefined) {
        const group = [result];
        byEmail.set(email, group);
        if (position !== undefined) sharersOf[position] = group;
      } else {
        sharers.push(result);
        if (sharers.length === 2) shared.push(sharers);
      }

      if (position === undefined) {
        (notOnZoom ??= []).push(result);
        if (!readable) result.status = 'unverified';
        else judgeOffZoom(result, invitationByEmail.get(email), daysLeft, complete);
      } else if (!readable) {
        result.status = 'unverified';
      } else {
        judgeOnZoom(result, users[position], invitationByEmail, daysLeft);
      }
    }
    tally.add(result.status);
  }

  for (const sharers of shared) for (const result of sharers) result.sharedBy = sharers.length;
  if (notOnZoom) addSuggestions(notOnZoom, nearMatchIndexFor(zoom.users, users));

  const notInBooking: ZoomUser[] = [];
  for (let i = 0; i < users.length; i++) if (sharersOf[i] === undefined) notInBooking.push(users[i]);

  return { employees: results, notInBooking, counts: tally.counts(), byEmail };
}

/** The employee status a Zoom row's address shows, or 'not-in-booking'. */
export function rowStatusFor(email: string, result: ReconcileResult): RowStatus {
  const key = normalizeEmail(email);
  const sharing = key === null ? undefined : result.byEmail.get(key);
  return sharing ? sharing[0].status : 'not-in-booking';
}

/**
 * Addresses the Prefill fills by default, unique, in roster order: employees that are 'missing',
 * and 'expired' ones that Zoom no longer lists as pending (the others need Resend instead).
 */
export function prefillCandidates(result: ReconcileResult): string[] {
  const addresses: string[] = [];
  const seen = new Set<string>();
  for (const r of result.employees) {
    const wanted = r.status === 'missing' || (r.status === 'expired' && !r.stillPendingOnZoom);
    if (wanted && !seen.has(r.email)) {
      seen.add(r.email);
      addresses.push(r.email);
    }
  }
  return addresses;
}

/** Every result object has the same shape (fast property access in the loops above). */
function newResult(employee: Employee): EmployeeResult {
  return {
    employee,
    status: 'unverified',
    email: '',
    daysLeft: undefined,
    suggestion: undefined,
    invalidReason: undefined,
    sharedBy: 0,
    zoomUser: undefined,
    stillPendingOnZoom: undefined,
  };
}

function judgeOnZoom(
  result: EmployeeResult,
  user: ZoomUser,
  invitationByEmail: Map<string, Invitation>,
  daysLeft: (day: string) => number | undefined,
): void {
  result.zoomUser = user;
  if (user.state !== 'pending') {
    result.status = user.state;
    return;
  }
  // Zoom's date is the last (re)send; the extension's record is the fallback.
  const invitedOn = user.invitedOn ?? invitationByEmail.get(user.email)?.invitedOn;
  const left = invitedOn === undefined ? undefined : daysLeft(invitedOn);
  result.daysLeft = left;
  if (left === undefined || left > 0) {
    result.status = 'pending';
  } else {
    result.status = 'expired';
    result.stillPendingOnZoom = true;
  }
}

function judgeOffZoom(
  result: EmployeeResult,
  invitation: Invitation | undefined,
  daysLeft: (day: string) => number | undefined,
  complete: boolean,
): void {
  if (invitation !== undefined) {
    const left = daysLeft(invitation.invitedOn);
    if (left === undefined || left > 0) {
      result.status = 'pending';
      result.daysLeft = left;
      return;
    }
    // Known only from our record: it may have been accepted on a page not seen yet.
    if (complete) {
      result.status = 'expired';
      result.daysLeft = left;
      result.stillPendingOnZoom = false;
      return;
    }
  }
  result.status = complete ? 'missing' : 'unverified';
}

/** Days left per invitation day, memoised: a list has few distinct dates. */
function daysLeftCounter(today: string): (day: string) => number | undefined {
  const memo = new Map<string, number | undefined>();
  return (day) => {
    let left = memo.get(day);
    if (left === undefined && !memo.has(day)) {
      const d = daysBetween(day, today);
      left = Number.isNaN(d) ? undefined : INVITATION_DAYS - d;
      memo.set(day, left);
    }
    return left;
  };
}

/** One user per address (the Users list wins over Pending), with each one's position. */
function indexZoomUsers(all: ZoomUser[]): { users: ZoomUser[]; positionOf: Map<string, number> } {
  const users: ZoomUser[] = [];
  const positionOf = new Map<string, number>();
  for (const user of all) {
    const position = positionOf.get(user.email);
    if (position === undefined) {
      positionOf.set(user.email, users.length);
      users.push(user);
    } else if (STATE_RANK[user.state] > STATE_RANK[users[position].state]) {
      users[position] = user;
    }
  }
  return { users, positionOf };
}

/** The latest record per address (an address invited again restarts its 30 days). */
function indexInvitations(invitations: Invitation[]): Map<string, Invitation> {
  const byEmail = new Map<string, Invitation>();
  for (const invitation of invitations) {
    const email = normalizeEmail(invitation.email);
    if (email === null) continue;
    const known = byEmail.get(email);
    if (known === undefined || invitation.invitedOn > known.invitedOn) byEmail.set(email, invitation);
  }
  return byEmail;
}

/** Counts per status, kept in plain fields (faster than indexing a record by status). */
class Tally {
  private noEmail = 0;
  private invalidEmail = 0;
  private active = 0;
  private inactive = 0;
  private pending = 0;
  private expired = 0;
  private missing = 0;
  private unverified = 0;

  add(status: EmployeeStatus): void {
    switch (status) {
      case 'no-email': this.noEmail++; break;
      case 'invalid-email': this.invalidEmail++; break;
      case 'active': this.active++; break;
      case 'inactive': this.inactive++; break;
      case 'pending': this.pending++; break;
      case 'expired': this.expired++; break;
      case 'missing': this.missing++; break;
      case 'unverified': this.unverified++; break;
    }
  }

  counts(): Record<EmployeeStatus, number> {
    return {
      'no-email': this.noEmail,
      'invalid-email': this.invalidEmail,
      active: this.active,
      inactive: this.inactive,
      pending: this.pending,
      expired: this.expired,
      missing: this.missing,
      unverified: this.unverified,
    };
  }
}

/**
 * Near-match indexes by the Zoom users array they were built from. Reconcile runs again on every
 * change of the roster, the settings or the view while a host's users stay the same array (the
 * store replaces the array when Zoom data changes; callers must not mutate it in place).
 */
let nearMatchIndexes = new WeakMap<readonly ZoomUser[], { length: number; index: NearMatchIndex }>();

/** Forgets the near-match indexes (and the answers they memoised), e.g. to measure a cold run. */
export function clearNearMatchIndexes(): void {
  nearMatchIndexes = new WeakMap();
}

/** Built only when some address is not on Zoom; candidates are active or pending users. */
function nearMatchIndexFor(input: readonly ZoomUser[], users: ZoomUser[]): NearMatchIndex {
  const known = nearMatchIndexes.get(input);
  if (known && known.length === input.length) return known.index;
  const index = createNearMatchIndex(suggestableAddresses(users));
  nearMatchIndexes.set(input, { length: input.length, index });
  return index;
}

function addSuggestions(notOnZoom: EmployeeResult[], index: NearMatchIndex): void {
  const suggestions = index.suggestAll(notOnZoom.map((result) => result.email));
  notOnZoom.forEach((result, i) => (result.suggestion = suggestions[i]));
}

function suggestableAddresses(users: ZoomUser[]): string[] {
  const addresses: string[] = [];
  for (const user of users) if (user.state !== 'inactive') addresses.push(user.email);
  return addresses;
}
