/**
 * The booking resource list read with what was taught, before the built-in adapter: rows in the
 * adapter's shape (toResourceRows), so the roster, the badges and the panel follow the same path.
 * A read with unreadable rows (a row without a name) must not replace the tenant's roster: it is
 * reported as `unreadable` and nothing of it is kept. A taught list not found any more is `stale`.
 */
import type { TaughtLayout } from '../../utils/roster/taught-layout';
import { readTaughtList, toResourceRows } from '../../utils/teach/apply';
import type { ResourceListRead } from '../../utils/booking/types';
import { extractEmails } from '../../utils/roster/email';

export type TaughtBookingRead =
  | { kind: 'none' }
  | { kind: 'stale' }
  | { kind: 'busy' }
  | { kind: 'unreadable'; rows: number }
  | { kind: 'read'; read: ResourceListRead };

export function readTaughtBookingList(doc: Document, layout: TaughtLayout | null): TaughtBookingRead {
  const taught = layout?.lists.resources;
  if (!taught) return { kind: 'none' };
  const read = readTaughtList(taught, doc);
  if (read.kind === 'stale') return { kind: 'stale' };
  if (read.busy) return { kind: 'busy' };
  if (read.unreadable > 0) return { kind: 'unreadable', rows: read.unreadable };
  return {
    kind: 'read',
    read: { generation: 'categories', listShowsEmails: taught.email !== undefined, rows: toResourceRows(read) },
  };
}

/** Whether the page shows any address at all (the booking flow then asks for the email's place too). */
export function pageShowsEmails(doc: Document): boolean {
  // Our panels live in shadow roots: their text is not part of the page's. The rendered text, not
  // textContent: the page's scripts and hidden parts are no addresses it shows.
  // biome-ignore lint/performance/useDomNodeTextContent: only what is rendered counts
  return extractEmails(doc.body?.innerText ?? '').length > 0;
}

/**
 * The taught read as the reading loop takes it: the list, a problem (unreadable rows: nothing of it
 * may replace the roster), 'busy' (still loading: nothing read), or null (the built-in read decides).
 */
export function taughtListRead(
  taught: TaughtBookingRead,
): ResourceListRead | { problem: 'layout-unrecognised'; detail: string } | 'busy' | null {
  if (taught.kind === 'read') return taught.read;
  if (taught.kind === 'busy') return 'busy';
  if (taught.kind === 'unreadable') {
    return {
      problem: 'layout-unrecognised',
      detail: `${taught.rows} row(s) of the taught list show no name: the list was not read.`,
    };
  }
  return null;
}

/** The resource settings' own address ("…/zasoby"): a list there that nothing reads is one to teach. */
export function looksLikeResourceSettings(location: { pathname: string }): boolean {
  return /\/zasoby\/?$/i.test(location.pathname);
}
