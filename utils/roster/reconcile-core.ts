/**
 * Booking employees against one Zoom host's data: one status per employee, decided in the order
 * of contract.md → Statuses. Pure: no DOM, no browser.
 *
 * The suggestions (contract: data-suggestion) come from a finder given by the caller (./near-matches.ts,
 * which ./reconcile.ts passes), or ready-made (`nearMatches`): a page given its suggestions bundles no
 * matcher, and the Zoom page loads it beside the store's answer instead of with its first paint.
 */
import type { Coverage, Employee, EmployeeStatus, Invitation, RowStatus, ZoomUser } from './model';
import { checkEmail, normalizeEmail, plainEmail, type EmailReason } from './email';
import { daysBetween, INVITATION_DAYS } from './dates';

export interface ZoomViewInput {
  /** One Zoom host's users: states active | inactive | pending (emails normalised). */
  users: ZoomUser[];
  /** For that host: 'complete' when both its Users and Pending lists were seen whole. */
  coverage: Coverage;
  /** False when the current page could not be read: every employee with a valid email is 'unverified'. */
  readable: boolean;
  /** The extension's own invitation records for that host. */
  invitations: Invitation[];
  /**
   * The suggestions, when they were decided elsewhere with all of the host's users (the background,
   * for a booking page that is given only the users its resources need: booking-share.ts). An address
   * absent here has none; `users` are then not searched for near matches.
   */
  nearMatches?: ReadonlyMap<string, string>;
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
  /** Why the address is invalid, as a code (utils/view/email-reason.ts says it). */
  invalidReason?: EmailReason;
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
 * Gives each address not on Zoom its suggestion, if any. `input` is the users as given (the key its
 * index is kept by), `users` the same with each address once.
 */
export type NearMatchFinder = (notOnZoom: EmployeeResult[], input: readonly ZoomUser[], users: readonly ZoomUser[]) => void;

/**
 * Decides every employee's status against one Zoom host.
 * `today` is the browser's local day, `localDay(new Date())`. Without `nearMatches` in `zoom` and
 * without `findNearMatches`, nobody gets a suggestion.
 */
export function reconcileWith(
  employees: Employee[],
  zoom: ZoomViewInput,
  today: string,
  findNearMatches?: NearMatchFinder,
): ReconcileResult {
  // One Map is both the Zoom index and the result's byEmail: fewer Map operations per address.
  const { byEmail, groups, deduplicated } = indexZoomUsers(zoom.users);
  const invitationByEmail = indexInvitations(zoom.invitations);
  const daysLeft = daysLeftCounter(today);
  const complete = zoom.coverage === 'complete';
  const readable = zoom.readable;
  const tally = new Tally();
  const shared: Group[] = [];
  const results: EmployeeResult[] = new Array(employees.length);
  let notOnZoom: EmployeeResult[] | undefined;

  for (let i = 0; i < employees.length; i++) {
    const employee = employees[i];
    const result = newResult(employee);
    results[i] = result;
    const raw = employee.rawEmail;
    // Not read yet (null) stays 'unverified': neither no-email nor anything on Zoom.
    const email = raw === null ? null : (plainEmail(raw) ?? checkedEmail(raw, result));
    if (email !== null) {
      result.email = email;
      result.sharedBy = 1; // more when the address turns out to be shared (below)
      const group = byEmail.get(email);
      if (group === undefined) {
        byEmail.set(email, [result]);
      } else {
        const first = group[0];
        if (isZoomUser(first)) {
          group[0] = result; // the first employee with a Zoom address takes its user's place
          result.zoomUser = first;
        } else {
          group.push(result);
          if (group.length === 2) shared.push(group);
          result.zoomUser = first.zoomUser;
        }
      }

      const user = result.zoomUser;
      if (user === undefined) {
        notOnZoom ??= [];
        notOnZoom.push(result);
        if (!readable) result.status = 'unverified';
        else judgeOffZoom(result, invitationByEmail.get(email), daysLeft, complete);
      } else if (!readable) {
        result.status = 'unverified';
      } else {
        judgeOnZoom(result, user, invitationByEmail, daysLeft);
      }
    }
    tally.add(result.status);
  }

  for (const group of shared) for (const result of group) (result as EmployeeResult).sharedBy = group.length;
  if (notOnZoom && zoom.nearMatches) {
    for (const result of notOnZoom) result.suggestion = zoom.nearMatches.get(result.email);
  } else if (notOnZoom && findNearMatches) {
    findNearMatches(notOnZoom, zoom.users, deduplicated ? groups.map(zoomUserOf) : zoom.users);
  }

  // Zoom addresses no employee took still hold their user: those are not in booking.
  const notInBooking: ZoomUser[] = [];
  for (const group of groups) {
    const first = group[0];
    if (isZoomUser(first)) {
      notInBooking.push(first);
      byEmail.delete(first.email);
    }
  }
  // A page that cannot be read tells nothing about Zoom: no user is attached to anyone.
  if (!readable) for (const result of results) result.zoomUser = undefined;

  // Every group left holds employees only (each Zoom user was replaced or deleted above).
  return { employees: results, notInBooking, counts: tally.counts(), byEmail: byEmail as Map<string, EmployeeResult[]> };
}

/**
 * The employees with one address; until an employee with it is seen, the group of a Zoom address
 * holds that Zoom user in the first place.
 */
type Group = (EmployeeResult | ZoomUser)[];

function isZoomUser(member: EmployeeResult | ZoomUser): member is ZoomUser {
  return (member as EmployeeResult).employee === undefined; // a plain load: cheaper than `in`
}

function zoomUserOf(group: Group): ZoomUser {
  const first = group[0];
  return isZoomUser(first) ? first : (first.zoomUser as ZoomUser);
}

/** The employee status a Zoom row's address shows, or 'not-in-booking'. */
export function rowStatusFor(email: string, result: ReconcileResult): RowStatus {
  const key = normalizeEmail(email);
  const sharing = key === null ? undefined : result.byEmail.get(key);
  return sharing ? sharing[0].status : 'not-in-booking';
}

/**
 * A `missing` employee with a suggestion: most likely a typo on one side (contract.md → Prefill),
 * so inviting the address as written would send an invitation nobody receives.
 */
export function isProbableTypo(r: EmployeeResult): boolean {
  return r.status === 'missing' && r.suggestion !== undefined;
}

/** The probable typos, one per address, in roster order. */
export function probableTypos(result: ReconcileResult): EmployeeResult[] {
  const seen = new Set<string>();
  return result.employees.filter((r) => isProbableTypo(r) && !seen.has(r.email) && seen.add(r.email));
}

/**
 * Addresses the Prefill fills, unique, in roster order: employees that are 'missing' (a probable
 * typo only when the admin included its address on purpose), and 'expired' ones that Zoom no
 * longer lists as pending (the others need Resend instead).
 */
export function prefillCandidates(result: ReconcileResult, includeTypos: ReadonlySet<string> = NO_ADDRESSES): string[] {
  const addresses: string[] = [];
  const seen = new Set<string>();
  for (const r of result.employees) {
    const wanted =
      (r.status === 'missing' && (r.suggestion === undefined || includeTypos.has(r.email))) ||
      (r.status === 'expired' && !r.stillPendingOnZoom);
    if (wanted && !seen.has(r.email)) {
      seen.add(r.email);
      addresses.push(r.email);
    }
  }
  return addresses;
}

const NO_ADDRESSES: ReadonlySet<string> = new Set();

/**
 * The full check, for what `plainEmail` leaves: the normalised address, or null with the result
 * marked no-email or invalid-email.
 */
function checkedEmail(raw: string, result: EmployeeResult): string | null {
  const check = checkEmail(raw);
  if (check.kind === 'valid') return check.email;
  if (check.kind === 'empty') {
    result.status = 'no-email';
  } else {
    result.status = 'invalid-email';
    result.email = check.text;
    result.invalidReason = check.reason;
  }
  return null;
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

/**
 * One group per Zoom address, holding its user (the Users list wins over Pending), in the order
 * the addresses first appear. `deduplicated`: some address was listed twice.
 */
function indexZoomUsers(all: readonly ZoomUser[]): { byEmail: Map<string, Group>; groups: Group[]; deduplicated: boolean } {
  const byEmail = new Map<string, Group>();
  const groups: Group[] = new Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const group: Group = [all[i]];
    groups[i] = group;
    byEmail.set(all[i].email, group);
  }
  // The usual case, every address once: one Map operation per user. Otherwise start again.
  if (byEmail.size === all.length) return { byEmail, groups, deduplicated: false };
  byEmail.clear();
  groups.length = 0;
  for (const user of all) {
    const group = byEmail.get(user.email);
    if (group === undefined) {
      const created: Group = [user];
      byEmail.set(user.email, created);
      groups.push(created);
    } else if (STATE_RANK[user.state] > STATE_RANK[(group[0] as ZoomUser).state]) {
      group[0] = user;
    }
  }
  return { byEmail, groups, deduplicated: true };
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
      case 'no-email':
        this.noEmail++;
        break;
      case 'invalid-email':
        this.invalidEmail++;
        break;
      case 'active':
        this.active++;
        break;
      case 'inactive':
        this.inactive++;
        break;
      case 'pending':
        this.pending++;
        break;
      case 'expired':
        this.expired++;
        break;
      case 'missing':
        this.missing++;
        break;
      case 'unverified':
        this.unverified++;
        break;
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
