/**
 * Zoom's Pending list: invited addresses (each row with "Resend"/"Prześlij ponownie" and
 * "Delete"/"Usuń"), and the day of the invitation when the page shows one, read as the page's
 * language writes it (11/20/2026, Nov 20, 2026, 20.11.2026, 20 lis 2026).
 *
 * Verified against: tests/fixtures/zoom/users-en-table.html, users-pl-grid.html, vue-users.html.
 */
import { readListTable, type ListReadOptions, type ListTableResult } from './list-table';

/** The Pending list's shown rows (state 'pending'), or why it could not be read. */
export function readPendingTable(root: ParentNode, options: ListReadOptions = {}): ListTableResult {
  return readListTable(root, 'pending', options);
}

/** Per-row actions only the Pending list has: tells that list apart when no tab says which it is. */
const RESEND = /\b(resend|re-send)\b|prześlij ponownie|wyślij ponownie/i;

export function looksLikePendingList(root: Element): boolean {
  for (const control of Array.from(root.querySelectorAll('button, a, [role="button"], [role="menuitem"]'))) {
    if (RESEND.test(control.textContent ?? '') || RESEND.test(control.getAttribute('aria-label') ?? '')) return true;
  }
  return false;
}
