/**
 * What the popup and the options page show, decided without the DOM or the browser:
 * which tenant meets which Zoom host, the counts, the next step, the search, and the checks of
 * what the admin types or picks (host names, backup files). Components render this and decide nothing.
 */
import type { MessageKey, MessageParams } from '../i18n';
import type { Coverage, EmployeeStatus, TenantRecord, ZoomHostRecord } from '../roster/model';
import { coverageOf } from '../roster/coverage';
import { isZoomHost } from '../roster/hosts';
import { prefillCandidates, probableTypos, reconcile, type EmployeeResult, type ReconcileResult } from '../roster/reconcile';
import { foldText } from '../roster/text';
import type { Overview } from '../store/messages';
import { progressOf } from './panel-model';
import { nextGuidanceStep, type GuidanceKind, type GuidanceStep } from './guidance';
import { stepView, type StepView } from './step-view';

export { isZoomHost };

export const DEFAULT_BOOKING_URL = 'https://zarezerwuj.pl/';
export const DEFAULT_ZOOM_HOST = 'zoom.us';
/** The booking hosts the manifest always covers (the domain and its subdomains). */
export const BUILT_IN_BOOKING_HOST = 'zarezerwuj.pl';

/** The most pressing step (utils/view/guidance.ts), with the page where it is done. */
export interface NextStep {
  kind: GuidanceKind;
  view: StepView;
  /** The page the step's button opens (none when there is nothing to open: done, or waiting for activation). */
  url?: string;
  /** How many people the step is about (0 for a step about the pages). */
  n: number;
}

export interface PopupChoice {
  tenant?: string;
  zoomHost?: string;
}

export interface PopupView {
  /** Every tenant read so far, most recently read first. */
  tenants: TenantRecord[];
  tenant: TenantRecord | null;
  /** Every Zoom host read so far, most recently read first. */
  zoomHosts: ZoomHostRecord[];
  zoomHost: ZoomHostRecord | null;
  coverage: Coverage;
  result: ReconcileResult;
  counts: Record<EmployeeStatus, number>;
  progress: { active: number; valid: number };
  /**
   * Addresses to invite (missing, and expired ones Zoom no longer lists), unique, in roster order;
   * probable typos are left out (contract.md → Prefill), as in the panel's Prefill.
   */
  missingEmails: string[];
  /** Missing employees one or two typos from a Zoom address: to correct in the booking system first. */
  probableTypos: EmployeeResult[];
  /** One employee per address in `missingEmails`, for the CSV for Zoom's import. */
  missingEmployees: EmployeeResult[];
  nextStep: NextStep;
}

/**
 * Pairs the chosen tenant (else the one read most recently) with the chosen Zoom host (else the one
 * read most recently) and reconciles them. `today` is the browser's local day.
 */
export function buildPopupView(overview: Overview, choice: PopupChoice, today: string): PopupView {
  const tenants = tenantsOf(overview);
  const tenant = tenants.find((record) => record.tenant === choice.tenant) ?? tenants[0] ?? null;
  const zoomHosts = [...overview.zoomHosts].sort((a, b) => (b.lastReadAt ?? 0) - (a.lastReadAt ?? 0));
  const zoomHost = zoomHosts.find((record) => record.host === choice.zoomHost) ?? zoomHosts[0] ?? null;
  const coverage = coverageOf(zoomHost);
  const employees = tenant ? overview.employees.filter((e) => e.tenant === tenant.tenant) : [];
  const host = zoomHost?.host;
  const result = reconcile(
    employees,
    {
      users: host ? overview.zoomUsers.filter((u) => u.host === host) : [],
      coverage,
      readable: true,
      invitations: host ? overview.invitations.filter((i) => i.host === host) : [],
    },
    today,
  );
  const missingEmails = prefillCandidates(result);
  const typos = probableTypos(result);
  const wanted = new Set(missingEmails);
  // The first employee with each address (delete() is true only the first time).
  const missingEmployees = result.employees.filter((r) => wanted.delete(r.email));
  return {
    tenants,
    tenant,
    zoomHosts,
    zoomHost,
    coverage,
    result,
    counts: result.counts,
    progress: progressOf(result.counts),
    missingEmails,
    missingEmployees,
    probableTypos: typos,
    nextStep: nextStepOf(
      nextGuidanceStep({
        hasRoster: tenant !== null && employees.length > 0,
        hasZoom: zoomHost !== null,
        coverage,
        result,
        warnDays: overview.settings.warnDaysBeforeExpiry,
      }),
      tenant,
      zoomHost,
    ),
  };
}

/** Tenant records, plus any tenant known only from its employees (an older backup), newest first. */
export function tenantsOf(overview: Overview): TenantRecord[] {
  const byTenant = new Map(overview.tenants.map((record) => [record.tenant, record]));
  for (const employee of overview.employees) {
    const known = byTenant.get(employee.tenant);
    if (!known) byTenant.set(employee.tenant, { tenant: employee.tenant, readAt: employee.readAt });
  }
  return [...byTenant.values()].sort((a, b) => b.readAt - a.readAt || a.tenant.localeCompare(b.tenant));
}

function nextStepOf(step: GuidanceStep, tenant: TenantRecord | null, zoomHost: ZoomHostRecord | null): NextStep {
  const zoomUrl = zoomUsersUrl(zoomHost?.host ?? DEFAULT_ZOOM_HOST);
  const urls: Record<GuidanceKind, string | undefined> = {
    'open-booking': bookingUrl(tenant),
    'open-zoom': zoomUrl,
    invitations: zoomUrl,
    'complete-view': zoomUrl,
    invite: zoomUrl,
    'fix-addresses': bookingUrl(tenant),
    reactivate: zoomUrl,
    'await-activation': undefined,
    done: undefined,
  };
  const n = 'people' in step ? step.people.length : 0;
  const next: NextStep = { kind: step.kind, view: stepView(step), n };
  const url = urls[step.kind];
  if (url) next.url = url;
  return next;
}

/**
 * Where the admin is in the welcome page's four steps (read the employees, see Zoom's lists, invite, wait
 * for activation), from the most pressing step: 5 when everything is done.
 */
export function welcomeStepOf(kind: GuidanceKind): 1 | 2 | 3 | 4 | 5 {
  switch (kind) {
    case 'open-booking':
      return 1;
    case 'open-zoom':
    case 'complete-view':
      return 2;
    case 'invitations':
    case 'invite':
    case 'fix-addresses':
    case 'reactivate':
      return 3;
    case 'await-activation':
      return 4;
    case 'done':
      return 5;
  }
}

/** Zoom's Users page on a host. The host is checked, so a stored value never leads elsewhere. */
export function zoomUsersUrl(host: string): string {
  return isZoomHost(host) ? `https://${host}/account/user#/` : `https://${DEFAULT_ZOOM_HOST}/account/user#/`;
}

/** The page the roster was read from, when it is a plain https/http address; else the booking home page. */
export function bookingUrl(tenant: TenantRecord | null): string {
  const stored = tenant?.url;
  if (stored) {
    try {
      const url = new URL(stored);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not an address: fall back below
    }
  }
  return DEFAULT_BOOKING_URL;
}

// ---------------------------------------------------------------------------------------------
// Search

/** Employees whose name or address holds every word of the query; all of them for an empty query. */
export function filterEmployees(results: EmployeeResult[], query: string): EmployeeResult[] {
  // Folded (utils/roster/text.ts), so "lecka" finds "Łęcka".
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return results;
  return results.filter((r) => {
    const haystack = foldText(`${r.employee.name} ${r.email} ${r.employee.rawEmail ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}

// ---------------------------------------------------------------------------------------------
// Host names typed by the admin

const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host name in what the admin typed ("rezerwacje.firma.pl", "https://Rezerwacje.firma.pl/panel"),
 * lower-cased and in its ASCII (punycode) form as match patterns need it; null when it is not one:
 * spaces, a port, user info, a wildcard, an IP address, a single label, an empty label.
 */
export function parseHostName(input: string): string | null {
  let text = input.trim();
  if (!text || /\s/.test(text)) return null;
  text = text.replace(/^https?:\/\//i, '');
  const host = text.split(/[/?#]/, 1)[0];
  if (!host || /[@:*\\%]/.test(host) || host.endsWith('.')) return null;
  let ascii: string;
  try {
    ascii = new URL(`https://${host}/`).hostname;
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (labels.length < 2 || ascii.length > 253) return null;
  if (!labels.every((label) => ASCII_LABEL.test(label))) return null;
  if (/^\d+$/.test(labels[labels.length - 1])) return null; // an IP address, not a domain
  return ascii;
}

/** A Zoom host typed by the admin (for a CSV import with no Zoom page read yet), or null. */
export function parseZoomHost(input: string): string | null {
  const host = parseHostName(input);
  return host && isZoomHost(host) ? host : null;
}

/** Already reached without asking: zarezerwuj.pl and its subdomains. */
export function isBuiltInBookingHost(host: string): boolean {
  return host === BUILT_IN_BOOKING_HOST || host.endsWith(`.${BUILT_IN_BOOKING_HOST}`);
}

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
}

export type HostCheck = { ok: true; host: string } | { ok: false; problem: Problem };

/** Checks a custom booking domain before the browser is asked for access to it. */
export function checkNewBookingHost(input: string, current: readonly string[]): HostCheck {
  const host = parseHostName(input);
  if (!host) return { ok: false, problem: { key: 'settings.hostInvalid' } };
  if (isBuiltInBookingHost(host)) return { ok: false, problem: { key: 'settings.hostBuiltIn', params: { host } } };
  if (current.includes(host)) return { ok: false, problem: { key: 'settings.hostDuplicate', params: { host } } };
  return { ok: true, host };
}

/** The days-before-expiry field: a whole number from 0 to 29, or null. */
export function parseWarnDays(input: string): number | null {
  const text = input.trim();
  if (!/^\d{1,2}$/.test(text)) return null;
  const days = Number(text);
  return days <= 29 ? days : null;
}

// ---------------------------------------------------------------------------------------------
// Files

export type BackupRead = { ok: true; backup: unknown } | { ok: false; problem: Problem };

/**
 * A first look at a backup file, so the common mistakes get a clear message in the admin's language;
 * the store checks every record again before it writes anything.
 */
export function readBackupText(text: string): BackupRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { key: 'popup.backupNotJson' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: { key: 'popup.backupNotOurs' } };
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== 'roster-assistant-backup') return { ok: false, problem: { key: 'popup.backupNotOurs' } };
  if (typeof version === 'number' && version > 1) {
    return { ok: false, problem: { key: 'popup.backupNewer', params: { version } } };
  }
  return { ok: true, backup: data };
}

export function backupFileName(day: string): string {
  return `roster-assistant-backup-${day}.json`;
}

/** "zoom-import-2026-11-20.csv", or "zoom-import-2026-11-20-part-2-of-3.csv" when there are several. */
export function zoomImportFileName(day: string, part: number, parts: number): string {
  return parts > 1 ? `zoom-import-${day}-part-${part}-of-${parts}.csv` : `zoom-import-${day}.csv`;
}
