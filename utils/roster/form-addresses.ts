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
  keys.push(`name:${nameKey(employee.name)}`);
  return keys;
}

function pathOf(url: string): string | null {
  try {
    const parsed = new URL(url, 'https://tenant.invalid');
    // A client-side route in the hash ("#/zasoby/12") is part of where the form is; an anchor is not.
    const route = /^#!?\//u.test(parsed.hash) ? parsed.hash.replace(/\/+$/, '') : '';
    return parsed.pathname.replace(/\/+$/, '') + parsed.search + route;
  } catch {
    return null;
  }
}

/** A resource's name as lists and forms are compared: whitespace collapsed, case ignored. */
function nameKey(name: string): string {
  return collapseWhitespace(name).normalize('NFC').toLowerCase();
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

/** The one resource whose edit page the URL is (its edit URL, or its id in the path or query); null when none or several. */
function urlOwner<T extends Pick<Employee, 'resourceId' | 'editUrl' | 'name'>>(employees: readonly T[], url: string): T | null {
  const path = pathOf(url);
  if (path === null) return null;
  const byUrl = employees.filter((e) => e.editUrl && pathOf(e.editUrl) === path);
  if (byUrl.length === 1) return byUrl[0];
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A broken escape: its segments are compared as written.
  }
  const segments = new Set(decoded.split(/[/?&=#!]/));
  const byId = employees.filter((e) => e.resourceId && segments.has(e.resourceId));
  return byId.length === 1 ? byId[0] : null;
}

/**
 * The resource a form is about, from what the form itself says (contract.md: never another row,
 * whatever was clicked last or the list's order):
 * - `name`, its name field ("Nazwa"): a form that names a resource belongs to the one resource of
 *   that name, or to none (one not in the roster, or two of the same name the URL cannot tell apart);
 * - `url`, where the form is (its own page or route; a dialog only when the URL changed for it): the
 *   resource whose edit URL it is or whose id it holds.
 * When both say something they must agree. `null` when nothing is sure: then nothing is recorded.
 */
export function formOwner<T extends Pick<Employee, 'resourceId' | 'editUrl' | 'name'>>(
  employees: readonly T[],
  form: { url?: string; name?: string },
): T | null {
  const name = form.name ? nameKey(form.name) : '';
  const named = name ? employees.filter((e) => nameKey(e.name) === name) : null;
  if (named?.length === 0) return null;
  const byUrl = form.url ? urlOwner(employees, form.url) : null;
  if (byUrl) return !named || named.includes(byUrl) ? byUrl : null;
  return named?.length === 1 ? named[0] : null;
}

/**
 * How an address read from a form names its resource in the store: the booking system's id when
 * the list gave one, else the name. Never a position in a list, which a newer read may give another.
 */
export interface ResourceKey {
  resourceId?: string;
  name: string;
}

export function resourceKeyOf(resource: Pick<Employee, 'resourceId' | 'name'>): ResourceKey {
  return resource.resourceId ? { resourceId: resource.resourceId, name: resource.name } : { name: resource.name };
}

/** The one resource with that key (by id when the key has one, else by name); `null` when none or several. */
export function findByKey<T extends Pick<Employee, 'resourceId' | 'name'>>(employees: readonly T[], key: ResourceKey): T | null {
  const matches = key.resourceId
    ? employees.filter((e) => e.resourceId === key.resourceId)
    : employees.filter((e) => nameKey(e.name) === nameKey(key.name));
  return matches.length === 1 ? matches[0] : null;
}
