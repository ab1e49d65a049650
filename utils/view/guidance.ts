/**
 * What the admin should do next, in the order that matters most, the same in the panels and the popup:
 * invitations expired or expiring → the rest of Zoom's lists to see → people not on Zoom → people without a
 * usable address → accounts switched off → people still to activate → done. Pure: no DOM, no browser.
 *
 * "Done" only when nothing is left: every employee with an address has an active account.
 */
import { expiresSoon } from '../roster/attention';
import type { Coverage } from '../roster/model';
import type { EmployeeResult, ReconcileResult } from '../roster/reconcile';
import type { EmailReason } from '../roster/email';
import type { MessageKey, MessageParams } from '../i18n';

/** One person a step is about. */
export interface GuidedPerson {
  name: string;
  tenant: string;
  email: string;
  /** Invitations: days left (0 or below: expired); absent when Zoom shows no date. */
  daysLeft?: number;
}

export interface InvitationPerson extends GuidedPerson {
  /** Zoom still lists the invitation (Resend on the Pending tab), or it is gone (invite again with Prefill). */
  fix: 'resend' | 'invite-again';
}

export interface AddressPerson extends GuidedPerson {
  problem: 'no-email' | 'invalid-email' | 'probable-typo' | 'not-read';
  /** invalid-email: why. */
  reason?: EmailReason;
  /** probable-typo: the Zoom address it nearly matches. */
  suggestion?: string;
  /** Where the address is fixed (the resource's edit form), when the list links to it. */
  editUrl?: string;
}

export type GuidanceStep =
  | { kind: 'open-booking' }
  | { kind: 'open-zoom' }
  | { kind: 'invitations'; people: InvitationPerson[] }
  | { kind: 'complete-view' }
  | { kind: 'invite'; people: GuidedPerson[] }
  | { kind: 'fix-addresses'; people: AddressPerson[] }
  | { kind: 'reactivate'; people: GuidedPerson[] }
  | { kind: 'await-activation'; people: GuidedPerson[] }
  | { kind: 'done' };

export type GuidanceKind = GuidanceStep['kind'];

export interface GuidanceInput {
  /** Employees were read from the booking system. */
  hasRoster: boolean;
  /** A Zoom page of the host was read (or a CSV imported). */
  hasZoom: boolean;
  coverage: Coverage;
  result: ReconcileResult;
  /** Invitations with this many days left or fewer count as expiring (the admin's setting). */
  warnDays: number;
}

/** Every step still open, most pressing first; `[{ kind: 'done' }]` when nothing is left. */
export function guidanceSteps(input: GuidanceInput): GuidanceStep[] {
  if (!input.hasRoster) return [{ kind: 'open-booking' }];
  if (!input.hasZoom) return [{ kind: 'open-zoom' }];
  const invitations: InvitationPerson[] = [];
  const invite: GuidedPerson[] = [];
  const addresses: AddressPerson[] = [];
  const reactivate: GuidedPerson[] = [];
  const waiting: GuidedPerson[] = [];
  for (const r of input.result.employees) {
    switch (r.status) {
      case 'expired':
        invitations.push({ ...personOf(r), fix: r.stillPendingOnZoom ? 'resend' : 'invite-again' });
        break;
      case 'pending':
        if (expiresSoon(r.daysLeft, input.warnDays)) invitations.push({ ...personOf(r), fix: 'resend' });
        else waiting.push(personOf(r));
        break;
      case 'missing':
        if (r.suggestion === undefined) invite.push(personOf(r));
        else addresses.push({ ...personOf(r), problem: 'probable-typo', suggestion: r.suggestion, ...editOf(r) });
        break;
      case 'no-email':
        addresses.push({ ...personOf(r), problem: 'no-email', ...editOf(r) });
        break;
      case 'invalid-email':
        addresses.push({ ...personOf(r), problem: 'invalid-email', reason: r.invalidReason, ...editOf(r) });
        break;
      case 'unverified':
        // An address not read yet (the list shows none, the form was not opened) is the admin's to show us.
        if (r.employee.rawEmail === null) addresses.push({ ...personOf(r), problem: 'not-read', ...editOf(r) });
        break;
      case 'inactive':
        reactivate.push(personOf(r));
        break;
      case 'active':
        break;
    }
  }
  // The least time left first: those are the ones lost if the admin waits.
  invitations.sort((a, b) => (a.daysLeft ?? Number.POSITIVE_INFINITY) - (b.daysLeft ?? Number.POSITIVE_INFINITY));
  const steps: GuidanceStep[] = [];
  if (invitations.length) steps.push({ kind: 'invitations', people: invitations });
  if (input.coverage !== 'complete') steps.push({ kind: 'complete-view' });
  if (invite.length) steps.push({ kind: 'invite', people: invite });
  if (addresses.length) steps.push({ kind: 'fix-addresses', people: addresses });
  if (reactivate.length) steps.push({ kind: 'reactivate', people: reactivate });
  if (waiting.length) steps.push({ kind: 'await-activation', people: waiting });
  return steps.length ? steps : [{ kind: 'done' }];
}

/** The most pressing step. */
export function nextGuidanceStep(input: GuidanceInput): GuidanceStep {
  return guidanceSteps(input)[0];
}

function personOf(r: EmployeeResult): GuidedPerson {
  const person: GuidedPerson = { name: r.employee.name, tenant: r.employee.tenant, email: r.email };
  if (r.daysLeft !== undefined) person.daysLeft = r.daysLeft;
  return person;
}

function editOf(r: EmployeeResult): { editUrl?: string } {
  return r.employee.editUrl ? { editUrl: r.employee.editUrl } : {};
}

// ---------------------------------------------------------------------------------------------
// After the admin's Add

export interface AddOutcomeInput {
  /** The addresses Zoom took (the ones in the dialog when Add was pressed). */
  invited: string[];
  /** The employees of the roster, to name the invited and those left out. */
  result: ReconcileResult;
}

export interface AddOutcome {
  /** Whom Zoom emailed: the employee's name, or the address when no employee has it. */
  invited: { name: string; email: string }[];
  /** Still not on Zoom after this Add, and why: a probable typo kept out of the fill, or not chosen. */
  leftOut: { name: string; email: string; why: 'probable-typo' | 'not-filled'; suggestion?: string }[];
}

/**
 * What to tell the admin after Zoom took an Add: who got Zoom's email (each must click "Aktywuj swoje
 * konto Zoom" within 30 days) and who is still not on Zoom and why.
 */
export function addOutcomeOf(input: AddOutcomeInput): AddOutcome {
  const invitedSet = new Set(input.invited);
  const invited = input.invited.map((email) => {
    const found = input.result.byEmail.get(email)?.[0];
    return { name: found ? found.employee.name : email, email };
  });
  const leftOut: AddOutcome['leftOut'] = [];
  for (const r of input.result.employees) {
    if (r.status !== 'missing' || invitedSet.has(r.email)) continue;
    if (r.suggestion !== undefined)
      leftOut.push({ name: r.employee.name, email: r.email, why: 'probable-typo', suggestion: r.suggestion });
    else leftOut.push({ name: r.employee.name, email: r.email, why: 'not-filled' });
  }
  return { invited, leftOut };
}

// ---------------------------------------------------------------------------------------------
// What a step says (message keys and their values; the components only translate them)

export interface Said {
  key: MessageKey;
  params?: MessageParams;
}

/**
 * The bar's one short whole sentence for a step: all the first paint says of guidance (the opened panel's
 * full view of each step is ./step-view.ts, loaded with it). One person to chase: named.
 */
export function stepHeadline(step: GuidanceStep): Said {
  switch (step.kind) {
    case 'open-booking':
    case 'open-zoom':
    case 'complete-view':
    case 'done':
      return { key: `guide.${step.kind}.short` as MessageKey };
    case 'invitations':
      // One person: the bar names them ("Grażyna Nowak: zaproszenie wygasa za 3 dni").
      return step.people.length === 1
        ? invitationSaid(step.people[0])
        : { key: 'guide.invitations', params: { n: step.people.length } };
    default:
      return { key: `guide.${step.kind}` as MessageKey, params: { n: step.people.length } };
  }
}

/** One invitation: expiring in n days, or expired. */
export function invitationSaid(p: InvitationPerson): Said {
  if (p.daysLeft !== undefined && p.daysLeft > 0) return { key: 'guide.expiresIn', params: { name: p.name, n: p.daysLeft } };
  return { key: 'guide.expired', params: { name: p.name } };
}
