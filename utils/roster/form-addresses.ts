/**
 * Addresses read from resources' forms, kept across reads of the list (contract.md, "Which data
 * meets which"): a list that shows no addresses does not forget what the forms said, and a form
 * seen later (fetched, opened in place, or through a client-side route) finds its resource.
 * Pure: no DOM, no browser.
 */
import type { Employee } from './model';
import { collapseWhitespace } from './text';

type Listed = Omit<Employee, 'tenant'>;

/** How a resource is recognised from one read to the next: its id, else its edit URL, else its name. */
function identities(employee: Pick<Employee, 'resourceId' | 'editUrl' | 'name'>): string[] {
  const keys: string[] = [];
  if (employee.resourceId) keys.push(`id:${employee.resourceId}`);
  const path = employee.editUrl ? pathOf(employee.editUrl) : null;
  if (path) keys.push(`url:${path}`);
  keys.push(`name:${collapseWhitespace(employee.name).toLowerCase()}`);
  return keys;
}

function pathOf(url: string): string | null {
  try {
    const parsed = new URL(url, 'https://tenant.invalid');
    return parsed.pathname.replace(/\/+$/, '') + parsed.search;
  } catch {
    return null;
  }
}

/**
 * The new list read, with each resource the list shows no address for keeping the address its form
 * gave before. A name shared by several earlier resources identifies none of them.
 */
export function keepFormAddresses<T extends Listed>(previous: readonly Listed[], next: readonly T[]): T[] {
  const known = new Map<string, Listed | null>();
  for (const employee of previous) {
    if (employee.rawEmail === null || (employee.emailSource !== 'form' && employee.emailSource !== 'dialog')) continue;
    for (const key of identities(employee)) known.set(key, known.has(key) ? null : employee);
  }
  return next.map((employee) => {
    if (employee.rawEmail !== null) return employee;
    for (const key of identities(employee)) {
      const earlier = known.get(key);
      if (earlier) return { ...employee, rawEmail: earlier.rawEmail, emailSource: earlier.emailSource };
    }
    return employee;
  });
}

/**
 * The resource a form belongs to: the one whose id is in the form's URL or whose edit URL it is,
 * else the one with the form's name (only when exactly one has it). `null` when none is sure.
 */
export function formOwner<T extends Pick<Employee, 'resourceId' | 'editUrl' | 'name'>>(
  employees: readonly T[],
  form: { url: string; name?: string },
): T | null {
  const path = pathOf(form.url);
  const byUrl = employees.filter((e) => e.editUrl && path !== null && pathOf(e.editUrl) === path);
  if (byUrl.length === 1) return byUrl[0];
  if (path !== null) {
    const segments = new Set(
      path
        .split(/[/?&=#]/)
        .filter(Boolean)
        .map((s) => decodeURIComponent(s)),
    );
    const byId = employees.filter((e) => e.resourceId && segments.has(e.resourceId));
    if (byId.length === 1) return byId[0];
  }
  const name = form.name ? collapseWhitespace(form.name).toLowerCase() : '';
  if (!name) return null;
  const byName = employees.filter((e) => collapseWhitespace(e.name).toLowerCase() === name);
  return byName.length === 1 ? byName[0] : null;
}
