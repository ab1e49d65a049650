/** The resource list's read as the store keeps it: one employee per row, in the list's order. */
import type { Employee } from '../../utils/roster/model';
import type { ResourceListRead } from '../../utils/booking/types';

export function employeesFromList(list: ResourceListRead, readAt: number): Omit<Employee, 'tenant'>[] {
  return list.rows.map((row, order) => ({
    name: row.name,
    rawEmail: row.rawEmail,
    category: row.category,
    resourceId: row.resourceId,
    editUrl: row.editUrl,
    emailSource: row.rawEmail === null ? undefined : 'list',
    readAt,
    order,
  }));
}

/** What a save depends on: a re-read that gives the same key needs no new save. */
export function rosterKey(list: ResourceListRead): string {
  return JSON.stringify(list.rows.map((r) => [r.name, r.rawEmail, r.category, r.editUrl, r.resourceId]));
}
