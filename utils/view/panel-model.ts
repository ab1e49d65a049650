/**
 * Turns a reconciliation into what a panel shows: groups, counts, progress, notices.
 * Pure: no DOM, no browser. Components render this and decide nothing.
 */
import { expiresSoon } from '../roster/attention';
import type { Coverage, EmployeeStatus, ZoomUser } from '../roster/model';
import { EMPLOYEE_STATUSES } from '../roster/model';
import type { EmployeeResult, ReconcileResult } from '../roster/reconcile';
import { prefillCandidates, probableTypos } from '../roster/reconcile-core';
import type { MessageKey } from '../i18n';
import { guidanceSteps, stepHeadline, type GuidanceStep, type Said } from './guidance';

export type NoticeKind =
  | 'no-roster'
  | 'partial-view'
  | 'layout-unrecognised'
  | 'payment-required'
  | 'resend-soon'
  | 'read-failed'
  /**
   * Resources whose edit forms the booking panel's own script draws: not read in the background (that
   * would run the panel's code), so the admin is told to open each one's form, which is then read.
   */
  | 'forms-need-opening'
  | 'probable-typo'
  | 'store-failed'
  /** The typo matcher (a chunk loaded with the store's copy) did not load: no suggestions were looked for. */
  | 'typos-unchecked'
  /** A taught layout (issue 14) finds nothing on the page any more: ignored until taught again. */
  | 'taught-layout-stale';

/** An employee whose address is most likely misspelled: what the booking system has, what Zoom has. */
export interface TypoItem {
  name: string;
  tenant: string;
  /** The booking address (normalised). */
  email: string;
  /** The close Zoom address. */
  suggestion: string;
  /** The admin chose to include it in the fill anyway (for this session). */
  included: boolean;
}

export interface PanelNotice {
  kind: NoticeKind;
  /** Extra values for the message (names of failed resources, the error text …). */
  params?: Record<string, string | number>;
  /** partial-view: 'nothing-seen' when no page of that Zoom account was read yet (one notice for that fact). */
  detail?: 'nothing-seen';
  /** probable-typo: each employee with both addresses. */
  typos?: TypoItem[];
}

/** The message a notice shows. */
export function noticeMessageKey(notice: PanelNotice): MessageKey {
  if (notice.kind === 'resend-soon') return notice.params?.label ? 'resendSoon' : 'resendSoonUnlabelled';
  if (notice.kind === 'partial-view' && notice.detail === 'nothing-seen') return 'notice.partial-view-none';
  if (notice.kind === 'forms-need-opening')
    return notice.params?.label ? 'notice.forms-need-opening' : 'notice.forms-need-opening-no-label';
  return `notice.${notice.kind}` as MessageKey;
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
  /**
   * Addresses a prefill would fill: missing (probable typos only when included on purpose), and
   * expired ones Zoom no longer lists.
   */
  prefillEmails: string[];
  /** Missing employees one or two typos from a Zoom address (each also listed in the probable-typo notice). */
  typos: TypoItem[];
  /** Expired invitations Zoom still lists: Resend, not a new invitation. */
  resendEmails: string[];
  /** What to do, most pressing first (utils/view/guidance.ts); the opened panel words them (./step-view.ts). */
  steps: GuidanceStep[];
  /** What the steps' wording needs of the page: Resend's label as Zoom shows it, and whether "Read all pages" is offered. */
  stepWords: { resendLabel: string | null; readAllOffered: boolean };
  /** The bar's one sentence: a problem of the page, else the most pressing step. */
  headline: BarHeadline;
  /** Notices the headline does not already say, for the bar as whole short titles (in full when opened). */
  barNotices: PanelNotice[];
}

/** Notices a guidance step already says (the opened panel shows the step, not both). */
export const SAID_BY_STEPS: ReadonlySet<NoticeKind> = new Set<NoticeKind>(['partial-view', 'resend-soon']);

export interface BarHeadline {
  said: Said;
  /** When the sentence is a problem notice's title (contract: that `zaa-notice`, its full text for assistive technology). */
  notice?: PanelNotice;
  tone: 'done' | 'todo' | 'problem';
}

export interface PanelInputs {
  result: ReconcileResult;
  coverage: Coverage;
  /** Problems of the page in front of the admin, decided by the adapters. */
  pageNotices: PanelNotice[];
  hasRoster: boolean;
  warnDaysBeforeExpiry: number;
  /** Probable typos the admin chose to fill anyway (kept for the session); none by default. */
  includeTypos?: ReadonlySet<string>;
  /** A Zoom page of the host was read (always on a Zoom page; on a booking page, once one was). */
  hasZoom?: boolean;
  /** The Resend button's label as the Zoom page shows it, when seen. */
  resendLabel?: string | null;
  /** The panel offers "Read all pages" (zaa-read-all): the view step says so. */
  readAllOffered?: boolean;
}

/** Problems of the page or the store, most serious first: the bar says these before any step. */
const PROBLEMS: NoticeKind[] = [
  'store-failed',
  'layout-unrecognised',
  'payment-required',
  'taught-layout-stale',
  'no-roster',
  'read-failed',
];

function headlineOf(notices: PanelNotice[], steps: GuidanceStep[]): BarHeadline {
  for (const kind of PROBLEMS) {
    const notice = notices.find((n) => n.kind === kind);
    if (notice) {
      return {
        said: { key: `noticeTitle.${kind}` as MessageKey },
        notice,
        tone: kind === 'payment-required' ? 'todo' : 'problem',
      };
    }
  }
  const first = steps[0];
  return { said: stepHeadline(first), tone: first.kind === 'done' ? 'done' : 'todo' };
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
  return r.status === 'pending' && expiresSoon(r.daysLeft, warnDays);
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

/**
 * buildPanelModel, remembering its last answer: the same inputs give the same model object, so the views that
 * read it are not brought up to date. A page read sets the page's state, and so asks for the model again, with
 * every read (a page of the same people, the same rows again after a re-render); the model goes over every
 * employee (about 5 ms for 1,000), which would run in the read's own task. The statuses (`result`) and the
 * typos chosen are compared by identity (their signals keep the same object while nothing changed), the
 * page's notices by what they say.
 */
export function rememberedPanelModel(): (inputs: PanelInputs) => PanelModel {
  let last: { inputs: PanelInputs; notices: string; model: PanelModel } | null = null;
  return (inputs) => {
    const notices = JSON.stringify(inputs.pageNotices);
    if (last && sameInputs(last.inputs, inputs) && last.notices === notices) return last.model;
    last = { inputs, notices, model: buildPanelModel(inputs) };
    return last.model;
  };
}

function sameInputs(a: PanelInputs, b: PanelInputs): boolean {
  return (
    a.result === b.result &&
    a.coverage === b.coverage &&
    a.hasRoster === b.hasRoster &&
    a.warnDaysBeforeExpiry === b.warnDaysBeforeExpiry &&
    a.includeTypos === b.includeTypos &&
    a.hasZoom === b.hasZoom &&
    a.resendLabel === b.resendLabel &&
    a.readAllOffered === b.readAllOffered
  );
}

export function buildPanelModel(inputs: PanelInputs): PanelModel {
  const { result } = inputs;
  const include = inputs.includeTypos ?? new Set<string>();
  const notices: PanelNotice[] = [...inputs.pageNotices];
  if (!inputs.hasRoster) notices.unshift({ kind: 'no-roster' });
  const pageUnreadable = inputs.pageNotices.some((n) => n.kind === 'layout-unrecognised' || n.kind === 'payment-required');
  if (inputs.hasRoster && !pageUnreadable && inputs.coverage !== 'complete') {
    // Nothing of the account seen yet and only part of it seen are one fact: nobody can be called missing.
    notices.push(inputs.coverage === 'none' ? { kind: 'partial-view', detail: 'nothing-seen' } : { kind: 'partial-view' });
  }
  const resendEmails = unique(result.employees.filter((r) => needsResend(r, inputs.warnDaysBeforeExpiry)).map((r) => r.email));
  if (resendEmails.length) {
    const params: Record<string, string | number> = { n: resendEmails.length };
    if (inputs.resendLabel) params.label = inputs.resendLabel;
    notices.push({ kind: 'resend-soon', params });
  }
  const typos: TypoItem[] = probableTypos(result).map((r) => ({
    name: r.employee.name,
    tenant: r.employee.tenant,
    email: r.email,
    suggestion: r.suggestion as string,
    included: include.has(r.email),
  }));
  if (typos.length) notices.push({ kind: 'probable-typo', params: { n: typos.length }, typos });
  const steps = guidanceSteps({
    hasRoster: inputs.hasRoster,
    hasZoom: inputs.hasZoom ?? true,
    coverage: inputs.coverage,
    result,
    warnDays: inputs.warnDaysBeforeExpiry,
  });
  const headline = headlineOf(notices, steps);
  return {
    steps,
    stepWords: { resendLabel: inputs.resendLabel ?? null, readAllOffered: inputs.readAllOffered === true },
    headline,
    barNotices: notices.filter((n) => n !== headline.notice),
    groups: groupByTenant(result.employees),
    counts: result.counts,
    progress: progressOf(result.counts),
    coverage: inputs.coverage,
    notices,
    notInBooking: result.notInBooking,
    prefillEmails: prefillCandidates(result, include),
    typos,
    resendEmails,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * What the views show of a reconciliation, as one string: re-reading an unchanged page gives the
 * same signature, so the panel need not re-render a thousand employees for nothing.
 */
export function resultSignature(result: ReconcileResult): string {
  const parts: string[] = [];
  for (const r of result.employees) {
    parts.push(
      `${r.employee.tenant}\u0001${r.employee.order}\u0001${r.employee.name}\u0001${r.status}\u0001${r.email}\u0001${r.daysLeft ?? ''}\u0001${r.suggestion ?? ''}\u0001${r.sharedBy}\u0001${r.stillPendingOnZoom ? 1 : 0}`,
    );
  }
  parts.push('\u0002');
  for (const user of result.notInBooking) parts.push(`${user.email}\u0001${user.name ?? ''}\u0001${user.state}`);
  return parts.join('\u0003');
}
