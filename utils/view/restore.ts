/**
 * What the popup's file tools decide before anything is read or written (loaded with them, on the
 * admin's first click): whether a picked file may be read, and what a restore would replace.
 * Pure: no DOM, no browser.
 */
import type { Overview } from '../store/messages';
import { tenantsOf, type Problem } from './popup-model';

/** The largest file the popup reads (a backup of 10,000 users is about 3 MB; Zoom's CSV less). */
export const MAX_FILE_BYTES = 20 * 1000 * 1000;

/** A picked file refused for its size before it is read or parsed, or null when it may be read. */
export function fileSizeProblem(bytes: number): Problem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  // Rounded up, so a file just over the limit does not read as exactly the limit.
  const mb = (n: number) => String(Math.ceil(n / 100_000) / 10);
  return { key: 'popup.fileTooLarge', params: { size: mb(bytes), max: mb(MAX_FILE_BYTES) } };
}

/** What a restore replaces: every tenant's roster and every Zoom account stored now, with their counts. */
export interface StoredSummary {
  tenants: { tenant: string; employees: number }[];
  zoomHosts: { host: string; users: number }[];
}

export function storedSummary(overview: Overview): StoredSummary {
  const employees = new Map<string, number>();
  for (const e of overview.employees) employees.set(e.tenant, (employees.get(e.tenant) ?? 0) + 1);
  const users = new Map<string, number>();
  for (const u of overview.zoomUsers) users.set(u.host, (users.get(u.host) ?? 0) + 1);
  return {
    tenants: tenantsOf(overview).map(({ tenant }) => ({ tenant, employees: employees.get(tenant) ?? 0 })),
    zoomHosts: overview.zoomHosts.map(({ host }) => ({ host, users: users.get(host) ?? 0 })),
  };
}
