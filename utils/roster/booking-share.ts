/**
 * What a booking page is given of a Zoom host (contract.md → What the extension never does): the
 * users whose address is one of that tenant's resources' addresses, and for a resource whose address
 * is not on Zoom, the one address it nearly matches. Never the account's other users: whatever the
 * content script holds, a compromised page could read, and what it shows sits in the page's DOM.
 *
 * The near matches are decided here, with all of the host's users, exactly as reconcile decides them
 * (a tie between two users is no suggestion: with fewer users, one of them would look unique), and
 * travel with the context, so the page's reconcile gives the same statuses as with every user.
 * Pure: the background calls it when a booking page asks for its context.
 */
import { normalizeEmail } from './email';
import type { Employee, Invitation, ListCoverage, ListPass, ZoomHostRecord, ZoomUser } from './model';
import { reconcile } from './reconcile';

export interface BookingShare {
  /** The users with a resource's address or a suggested one. */
  users: ZoomUser[];
  /** The extension's invitation records for those addresses only. */
  invitations: Invitation[];
  /** [resource address, the one Zoom address it nearly matches], for reconcile's `nearMatches`. */
  nearMatches: [string, string][];
}

export function shareWithBookingPage(
  employees: Employee[],
  users: ZoomUser[],
  invitations: Invitation[],
  today: string,
): BookingShare {
  // Statuses do not matter here, only which addresses the resources have and their suggestions.
  const result = reconcile(employees, { users, coverage: 'none', readable: true, invitations: [] }, today);
  const wanted = new Set<string>();
  const nearMatches: [string, string][] = [];
  for (const r of result.employees) {
    if (r.email === '' || r.status === 'invalid-email') continue;
    wanted.add(r.email);
    if (r.suggestion !== undefined) {
      wanted.add(r.suggestion);
      nearMatches.push([r.email, r.suggestion]);
    }
  }
  return {
    users: users.filter((user) => wanted.has(user.email)),
    invitations: invitations.filter((invitation) => wanted.has(normalizeEmail(invitation.email) ?? '')),
    nearMatches,
  };
}

/**
 * A host's record without the addresses a pass through its lists collected page by page: the page
 * numbers stay (coverage is 'partial' by them), the addresses seen on them do not.
 */
export function withoutAddresses(record: ZoomHostRecord): ZoomHostRecord {
  return { ...record, users: coverageOnly(record.users), pending: coverageOnly(record.pending) };
}

function coverageOnly(coverage: ListCoverage): ListCoverage {
  if (!coverage.pass) return coverage;
  const pass: ListPass = { ...coverage.pass, pages: emptied(coverage.pass.pages) };
  if (coverage.pass.ranges) pass.ranges = emptied(coverage.pass.ranges);
  return { ...coverage, pass };
}

function emptied(places: Record<number, string[]>): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const place of Object.keys(places)) out[Number(place)] = [];
  return out;
}
