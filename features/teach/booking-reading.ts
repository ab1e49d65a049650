/**
 * The booking resource list read with what was taught, before the built-in adapter: rows in the
 * adapter's shape (toResourceRows), so the roster, the badges and the panel follow the same path.
 * A read with unreadable rows (a row without a name) must not replace the tenant's roster: it is
 * reported as `unreadable` and nothing of it is kept. A taught list not found any more is `stale`.
 */
import type { TaughtLayout } from '../../utils/roster/taught-layout';
import { readTaughtList, toResourceRows } from '../../utils/teach/apply';
import type { TaughtBookingRead } from './booking-list';
import { extractEmails } from '../../utils/roster/email';

export type { TaughtBookingRead } from './booking-list';

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
