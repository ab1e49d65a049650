/** The resource list's read as the store keeps it: one employee per row, in the list's order. */
import type { Employee } from '../../utils/roster/model';
import type { ResourceListRead } from '../../utils/booking/types';

/**
 * `known`: the tenant's roster as stored. A resource whose address the list does not show keeps
 * the one read from its form (or dialog) before: the list is read again on every visit, the forms
 * only after it, and the admin must not see every address vanish ("unverified") in between.
 */
export function employeesFromList(
  list: ResourceListRead,
  readAt: number,
  known: readonly Employee[] = [],
): Omit<Employee, 'tenant'>[] {
  const byIdentity = new Map<string, Employee>();
  for (const employee of known) {
    if (employee.rawEmail !== null && employee.emailSource !== 'list') byIdentity.set(identityOf(employee), employee);
  }
  return list.rows.map((row, order) => {
    const kept = row.rawEmail === null ? byIdentity.get(identityOf(row)) : undefined;
    return {
      name: row.name,
      rawEmail: kept ? kept.rawEmail : row.rawEmail,
      category: row.category,
      resourceId: row.resourceId,
      editUrl: row.editUrl,
      emailSource: kept ? kept.emailSource : row.rawEmail === null ? undefined : 'list',
      readAt,
      order,
    };
  });
}

/** The same resource across reads: its id, else its edit link, else its name. */
function identityOf(resource: Pick<Employee, 'resourceId' | 'editUrl' | 'name'>): string {
  if (resource.resourceId) return `id:${resource.resourceId}`;
  if (resource.editUrl) return `url:${resource.editUrl}`;
  return `name:${resource.name}`;
}

/** What a save depends on: a re-read that gives the same key needs no new save. */
export function rosterKey(list: ResourceListRead): string {
  return JSON.stringify(list.rows.map((r) => [r.name, r.rawEmail, r.category, r.editUrl, r.resourceId]));
}
