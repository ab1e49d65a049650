/**
 * Zoom's Users list: one row per account user with its address, name, state and user type.
 * State comes from a status column or a status tag in the row ("Active", "Deactivated",
 * "Aktywny", "Dezaktywowany"); a list that shows no status lists active users.
 *
 * Verified against: tests/fixtures/zoom/users-en-table.html, users-pl-grid.html, vue-users.html,
 * unrecognised.html, unrecognised-no-table.html.
 */
import { readListTable, type ListRowRead, type ListTableResult } from './list-table';

export type { ListRowRead, ListTableResult };

/** The Users list's shown rows, or why it could not be read. */
export function readUsersTable(root: ParentNode): ListTableResult {
  return readListTable(root, 'users');
}
