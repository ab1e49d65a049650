/**
 * Zoom's Pending list: invited addresses (each row with "Resend"/"Prześlij ponownie"/"Wyślij ponownie" and
 * "Delete"/"Usuń"), and the day of the invitation when the page shows one, read as the page's
 * language writes it (11/20/2026, Nov 20, 2026, 20.11.2026, 20 lis 2026).
 *
 * Verified against: tests/fixtures/zoom/users-en-table.html, users-pl-grid.html, vue-users.html,
 * users-ranges.html ("Resend" / "Wyślij ponownie").
 */
import { foldLabel } from '../dom/labels';
import { readListTable, type ListReadOptions, type ListTableResult } from './list-table';

/** The Pending list's shown rows (state 'pending'), or why it could not be read. */
export function readPendingTable(root: ParentNode, options: ListReadOptions = {}): ListTableResult {
  return readListTable(root, 'pending', options);
}

/**
 * Per-row actions only the Pending list has: tells that list apart when no tab says which it is.
 * Read folded (no case, no diacritics): Zoom's help says "Prześlij ponownie", the booking tutorial
 * "Wyślij ponownie"; a real page may use either.
 */
const RESEND = /\b(resend|re-send|send again)\b|\b(przeslij|wyslij) (ponownie|jeszcze raz)\b|\bponow (wysylke|zaproszenie)\b/;

/** Whether a control's label names the Resend action ("Resend", "Wyślij ponownie", "Prześlij ponownie"). */
export function isResendLabel(label: string): boolean {
  return RESEND.test(foldLabel(label));
}

export function looksLikePendingList(root: Element): boolean {
  for (const control of Array.from(root.querySelectorAll('button, a, [role="button"], [role="menuitem"]'))) {
    if (isResendLabel(control.textContent ?? '') || isResendLabel(control.getAttribute('aria-label') ?? '')) return true;
  }
  return false;
}

/**
 * The Resend control's label as this page writes it ("Resend", "Wyślij ponownie", "Prześlij ponownie"),
 * so guidance names the button the admin sees, not a guess at one of two translations.
 */
export function resendLabelIn(root: Element): string | null {
  for (const control of Array.from(root.querySelectorAll('button, a, [role="button"], [role="menuitem"]'))) {
    for (const label of [control.textContent ?? '', control.getAttribute('aria-label') ?? '']) {
      const text = label.replace(/\s+/g, ' ').trim();
      if (text.length <= 40 && isResendLabel(text)) return text;
    }
  }
  return null;
}
