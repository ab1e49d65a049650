/**
 * Turns a reconciliation into what a panel shows: groups, counts, progress, notices.
 * Pure: no DOM, no browser. Components render this and decide nothing.
 */
import type { Coverage, EmployeeStatus, ZoomUser } from '../roster/model';
import { EMPLOYEE_STATUSES } from '../roster/model';
import type { EmployeeResult, ReconcileResult } from '../roster/reconcile';
import { prefillCandidates } from '../roster/reconcile';

export type NoticeKind =
  | 'no-roster'
  | 'partial-view'
  | 'layout-unrecognised'
  | 'payment-required'
  | 'resend-soon'
  | 'read-failed'
  | 'store-failed';

export interface PanelNotice {
  kind: NoticeKind;
  /** Extra values for the message (names of failed resources, the error text …). */
  params?: Record<string, string | number>;
}

export interface EmployeeGroup {
  tenant: string;
  employees: EmployeeResult[];
}

export interface PanelModel {
  groups: EmployeeGroup[];
  counts: Record<EmployeeStatus, number>;
  /** Employees active on Zoom, out of those with a valid address. */
  progress: { active: number; valid: number };
  coverage: Coverage;
  notices: PanelNotice[];
  notInBooking: ZoomUser[];
  /** Addresses a prefill would fill (missing, and expired ones Zoom no longer lists). */
  prefillEmails: string[];
  /** Expired invitations Zoom still lists: Resend, not a new invitation. */
  resendEmails: string[];
}

export interface PanelInputs {
  result: ReconcileResult;
  coverage: Coverage;
  /** Problems of the page in front of the admin, decided by the adapters. */
  pageNotices: PanelNotice[];
  hasRoster: boolean;
  warnDaysBeforeExpiry: number;
}

export function countByStatus(results: EmployeeResult[]): Record<EmployeeStatus, number> {
  const counts = Object.fromEntries(EMPLOYEE_STATUSES.map((s) => [s, 0])) as Record<EmployeeStatus, number>;
  for (const r of results) counts[r.status]++;
  return counts;
}

export function progressOf(counts: Record<EmployeeStatus, number>): { active: number; valid: number } {
  const invalidOrNone = counts['no-email'] + counts['invalid-email'];
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { active: counts.active, valid: total - invalidOrNone };
}

/** Pending or expired-but-listed employees whose invitation needs a Resend soon. */
export function needsResend(r: EmployeeResult, warnDays: number): boolean {
  if (r.status === 'expired') return r.stillPendingOnZoom === true;
  return r.status === 'pending' && r.daysLeft !== undefined && r.daysLeft <= warnDays;
}

export function groupByTenant(results: EmployeeResult[]): EmployeeGroup[] {
  const groups = new Map<string, EmployeeResult[]>();
  for (const r of results) {
    const list = groups.get(r.employee.tenant);
    if (list) list.push(r);
    else groups.set(r.employee.tenant, [r]);
  }
  return [...groups].map(([tenant, employees]) => ({ tenant, employees }));
}

export function buildPanelModel(inputs: PanelInputs): PanelModel {
  const { result } = inputs;
  const notices: PanelNotice[] = [...inputs.pageNotices];
  if (!inputs.hasRoster) notices.unshift({ kind: 'no-roster' });
  const pageUnreadable = inputs.pageNotices.some(
    (n) => n.kind === 'layout-unrecognised' || n.kind === 'payment-required',
  );
  if (inputs.hasRoster && !pageUnreadable && inputs.coverage !== 'complete') notices.push({ kind: 'partial-view' });
  const resendEmails = unique(
    result.employees.filter((r) => needsResend(r, inputs.warnDaysBeforeExpiry)).map((r) => r.email),
  );
  if (resendEmails.length) notices.push({ kind: 'resend-soon', params: { n: resendEmails.length } });
  return {
    groups: groupByTenant(result.employees),
    counts: result.counts,
    progress: progressOf(result.counts),
    coverage: inputs.coverage,
    notices,
    notInBooking: result.notInBooking,
    prefillEmails: prefillCandidates(result),
    resendEmails,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
