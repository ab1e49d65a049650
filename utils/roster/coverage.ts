/**
 * How much of a Zoom host's Users and Pending lists has been seen (contract.md → "Complete view").
 * Pure: no DOM, no browser. The store folds every look at a list page in here.
 */
import type { Coverage, ListCoverage, ListPass, ListSnapshot, ZoomHostRecord } from './model';
import { addressKey } from './text';

export function emptyCoverage(): ListCoverage {
  return { complete: false };
}

export function emptyHostRecord(host: string): ZoomHostRecord {
  return { host, users: emptyCoverage(), pending: emptyCoverage() };
}

export interface AppliedSnapshot {
  coverage: ListCoverage;
  /** Present only when this snapshot completed a pass: every address the whole list holds. */
  completedEmails?: string[];
}

/**
 * Folds one look at a list page into the coverage; when the pass completes, returns the whole list's emails.
 * `storedCount` is the number of users of that list stored right now: an unfiltered total that differs
 * from it means the list changed on Zoom since it was last seen whole.
 */
export function applySnapshot(coverage: ListCoverage, snapshot: ListSnapshot, now: number, storedCount: number): AppliedSnapshot {
  // A search shows the filter's rows and the filter's total: it says nothing about the whole list.
  if (snapshot.filtered) return { coverage };

  const stillWhole = !coverage.complete || snapshot.total === undefined || snapshot.total === storedCount;
  const continued = continuedPass(coverage.pass, snapshot, now);
  const place = placeOf(continued, snapshot);
  const pass = recordPage(withPageCount(continued, place), snapshot, place);
  const emails = passEmails(pass);

  if (isWholeListSeen(pass, snapshot, place, emails.length)) {
    return {
      coverage: { complete: true, completedAt: now, source: 'pages', pass: freshPass(snapshot, now) },
      completedEmails: emails,
    };
  }
  return { coverage: { ...coverage, complete: coverage.complete && stillWhole, pass } };
}

/** 'none': nothing seen of this host; 'complete': both lists seen whole; else 'partial'. */
export function coverageOf(host: ZoomHostRecord | null): Coverage {
  if (!host) return 'none';
  if (host.users.complete && host.pending.complete) return 'complete';
  const seenAnything =
    host.lastReadAt !== undefined ||
    host.users.complete ||
    host.pending.complete ||
    hasPages(host.users.pass) ||
    hasPages(host.pending.pass);
  return seenAnything ? 'partial' : 'none';
}

function hasPages(pass: ListPass | undefined): boolean {
  return pass !== undefined && (Object.keys(pass.pages).length > 0 || Object.keys(pass.ranges ?? {}).length > 0);
}

function freshPass(snapshot: ListSnapshot, now: number): ListPass {
  return withoutUndefined({
    total: snapshot.total,
    pageCount: snapshot.pageCount,
    pageSize: snapshot.pageSize,
    pages: {},
    startedAt: now,
  });
}

/**
 * Keeps the pass going while the list looks the same; a total or page count that differs from the
 * pass's means the list changed (or its page size did), so the pages seen so far no longer add up.
 * A figure the page does not show contradicts nothing; one the pass lacked is adopted.
 */
function continuedPass(pass: ListPass | undefined, snapshot: ListSnapshot, now: number): ListPass {
  if (
    !pass ||
    differs(pass.total, snapshot.total) ||
    differs(pass.pageCount, snapshot.pageCount) ||
    differs(pass.pageSize, snapshot.pageSize)
  ) {
    return freshPass(snapshot, now);
  }
  return withoutUndefined({
    ...pass,
    total: pass.total ?? snapshot.total,
    pageCount: pass.pageCount ?? snapshot.pageCount,
    pageSize: pass.pageSize ?? snapshot.pageSize,
  });
}

/** Where a look at a list page is recorded in the pass: by page number, else by its first row. */
interface Place {
  page?: number;
  firstRow?: number;
  /** The page count the carried page size gives, when the pager did not state one. */
  pageCount?: number;
}

/**
 * Its page number when the pager tells it, else the one the pass's page size (learned on an earlier
 * page) gives its first row (page 2 for rows 31-45 at 30 a page), else its first row alone, so that
 * pages never overwrite each other. A page with neither (no pager at all, or a "previous" control that
 * is disabled) is page 1; one that can go back but states neither has no known place (`{}`): taken for
 * page 1, a prev/next pager's last page would overwrite the first and complete the list without it.
 */
function placeOf(pass: ListPass, snapshot: ListSnapshot): Place {
  if (snapshot.page !== undefined) return { page: snapshot.page };
  if (snapshot.firstRow === undefined) return snapshot.hasPrevPage === true ? {} : { page: 1 };
  const size = pass.pageSize;
  if (size !== undefined && size > 0 && (snapshot.firstRow - 1) % size === 0) {
    const page = (snapshot.firstRow - 1) / size + 1;
    const pageCount = pass.total !== undefined ? Math.max(1, Math.ceil(pass.total / size)) : undefined;
    // A page count stated earlier in the pass that disagrees: the size is not this list's; keep the place only.
    if (pageCount === undefined || !differs(pass.pageCount, pageCount)) return { page, pageCount };
  }
  return { firstRow: snapshot.firstRow };
}

function withPageCount(pass: ListPass, place: Place): ListPass {
  return pass.pageCount === undefined && place.pageCount !== undefined ? { ...pass, pageCount: place.pageCount } : pass;
}

function withoutUndefined(pass: ListPass): ListPass {
  const copy = { ...pass } as Record<string, unknown>;
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as unknown as ListPass;
}

function differs(known: number | undefined, seen: number | undefined): boolean {
  return known !== undefined && seen !== undefined && known !== seen;
}

/**
 * Records what the page shows under its place. A page whose rows are fewer than its range says
 * ("31 - 45 of 45" but 10 addresses read) is still loading or not all readable: it is not recorded.
 */
function recordPage(pass: ListPass, snapshot: ListSnapshot, place: Place): ListPass {
  const emails = [...new Set(snapshot.rows.map((row) => addressKey(row.email)).filter((email) => email !== ''))];
  if (
    snapshot.firstRow !== undefined &&
    snapshot.lastRow !== undefined &&
    emails.length < snapshot.lastRow - snapshot.firstRow + 1
  ) {
    return pass;
  }
  if (place.page !== undefined) return { ...pass, pages: { ...pass.pages, [place.page]: emails } };
  if (place.firstRow !== undefined) return { ...pass, ranges: { ...pass.ranges, [place.firstRow]: emails } };
  return pass;
}

function passEmails(pass: ListPass): string[] {
  const all = new Set<string>();
  for (const emails of Object.values(pass.pages)) for (const email of emails) all.add(email);
  for (const emails of Object.values(pass.ranges ?? {})) for (const email of emails) all.add(email);
  return [...all];
}

function isWholeListSeen(pass: ListPass, snapshot: ListSnapshot, place: Place, distinctEmails: number): boolean {
  if (place.page === undefined && place.firstRow === undefined) return false;
  if (isEmptyList(snapshot, place.page ?? 1)) return true;
  // Placed by its rows alone: the pager showed a range, so a total; only the count of addresses can tell.
  if (place.page === undefined) return pass.total !== undefined && distinctEmails >= pass.total;
  const page = place.page;
  if (pass.pageCount === undefined && pass.total === undefined) {
    // A usable "next page" control says there is more, whatever else the page shows.
    if (snapshot.hasNextPage === true) return false;
    // Next disabled: this is the last page; the list is whole once every page up to it was seen.
    if (snapshot.hasNextPage === false) return allPagesSeen(pass, page);
    // No pager and no total: the list is one page, seen whole now. A page number above 1
    // without a page count reveals a pager of unknown length, which proves nothing.
    return page <= 1;
  }
  if (pass.pageCount !== undefined && allPagesSeen(pass, pass.pageCount)) return true;
  return pass.total !== undefined && distinctEmails >= pass.total;
}

function isEmptyList(snapshot: ListSnapshot, page: number): boolean {
  if (snapshot.total === 0) return true;
  return snapshot.rows.length === 0 && snapshot.total === undefined && page <= 1;
}

function allPagesSeen(pass: ListPass, pageCount: number): boolean {
  for (let page = 1; page <= pageCount; page++) {
    if (!(page in pass.pages)) return false;
  }
  return true;
}
