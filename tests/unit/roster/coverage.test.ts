import { describe, it, expect } from 'vitest';
import { applySnapshot, coverageOf, emptyCoverage, emptyHostRecord } from '../../../utils/roster/coverage';
import type { ListCoverage, ListSnapshot, ZoomHostRecord, ZoomRow } from '../../../utils/roster/model';

const NOW = 1_700_000_000_000;

function rows(...emails: string[]): ZoomRow[] {
  return emails.map((email) => ({ email, state: 'active' }));
}

function snapshot(partial: Partial<ListSnapshot> & { rows: ZoomRow[] }): ListSnapshot {
  return { list: 'users', filtered: false, ...partial };
}

/** Folds snapshots in order, as the store would, counting what a completed pass would leave stored. */
function fold(snapshots: ListSnapshot[], start: ListCoverage = emptyCoverage(), stored = 0) {
  let coverage = start;
  let completedEmails: string[] | undefined;
  snapshots.forEach((shot, index) => {
    const applied = applySnapshot(coverage, shot, NOW + index, stored);
    coverage = applied.coverage;
    completedEmails = applied.completedEmails ?? completedEmails;
    if (applied.completedEmails) stored = applied.completedEmails.length;
  });
  return { coverage, completedEmails };
}

describe('applySnapshot', () => {
  it('completes a list with neither pager nor total on sight (one page)', () => {
    const result = applySnapshot(emptyCoverage(), snapshot({ rows: rows('a@firma.pl', 'b@firma.pl') }), NOW, 0);
    expect(result.coverage.complete).toBe(true);
    expect(result.coverage.source).toBe('pages');
    expect(result.coverage.completedAt).toBe(NOW);
    expect(result.completedEmails?.sort()).toEqual(['a@firma.pl', 'b@firma.pl']);
  });

  it('completes an empty list, with total 0 or without a total', () => {
    const withZero = applySnapshot(emptyCoverage(), snapshot({ list: 'pending', rows: [], total: 0, pageCount: 1 }), NOW, 3);
    expect(withZero.coverage.complete).toBe(true);
    expect(withZero.completedEmails).toEqual([]);
    const withoutTotal = applySnapshot(emptyCoverage(), snapshot({ list: 'pending', rows: [] }), NOW, 0);
    expect(withoutTotal.coverage.complete).toBe(true);
    expect(withoutTotal.completedEmails).toEqual([]);
  });

  it('needs every page 1..pageCount, in any order, and returns the union', () => {
    const pages = [
      snapshot({ rows: rows('c@x.pl'), page: 3, pageCount: 3 }),
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 3 }),
    ];
    const partial = fold(pages);
    expect(partial.coverage.complete).toBe(false);
    expect(partial.completedEmails).toBeUndefined();
    expect(partial.coverage.pass?.pages).toEqual({ 1: ['a@x.pl'], 3: ['c@x.pl'] });

    const done = fold([...pages, snapshot({ rows: rows('b@x.pl'), page: 2, pageCount: 3 })]);
    expect(done.coverage.complete).toBe(true);
    expect(done.completedEmails?.sort()).toEqual(['a@x.pl', 'b@x.pl', 'c@x.pl']);
  });

  it('seeing the same page twice does not complete a list', () => {
    const result = fold([
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2 }),
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2 }),
    ]);
    expect(result.coverage.complete).toBe(false);
  });

  it('completes when distinct emails reach the total, without a page count', () => {
    const first = fold([snapshot({ rows: rows('a@x.pl', 'b@x.pl'), page: 1, total: 3 })]);
    expect(first.coverage.complete).toBe(false);
    const done = fold([
      snapshot({ rows: rows('a@x.pl', 'b@x.pl'), page: 1, total: 3 }),
      // The same address on two pages (the list shifted) counts once.
      snapshot({ rows: rows('B@X.pl', 'c@x.pl'), page: 2, total: 3 }),
    ]);
    expect(done.coverage.complete).toBe(true);
    expect(done.completedEmails?.sort()).toEqual(['a@x.pl', 'b@x.pl', 'c@x.pl']);
  });

  it('counts a range pager ("1-50 of 120") by page number with a page count', () => {
    const fifty = (from: number) => rows(...Array.from({ length: 50 }, (_, i) => `u${from + i}@x.pl`));
    const result = fold([
      snapshot({ rows: fifty(0), page: 1, pageCount: 3, total: 120 }),
      snapshot({ rows: fifty(50), page: 2, pageCount: 3, total: 120 }),
    ]);
    expect(result.coverage.complete).toBe(false);
    const done = fold([
      snapshot({ rows: fifty(0), page: 1, pageCount: 3, total: 120 }),
      snapshot({ rows: fifty(50), page: 2, pageCount: 3, total: 120 }),
      snapshot({ rows: rows(...Array.from({ length: 20 }, (_, i) => `u${100 + i}@x.pl`)), page: 3, pageCount: 3, total: 120 }),
    ]);
    expect(done.coverage.complete).toBe(true);
    expect(done.completedEmails).toHaveLength(120);
  });

  it('ignores a filtered snapshot entirely, even one that would look complete', () => {
    const start = fold([snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2 })]).coverage;
    const result = applySnapshot(start, snapshot({ rows: rows('z@x.pl'), total: 1, filtered: true }), NOW, 0);
    expect(result.coverage).toBe(start);
    expect(result.completedEmails).toBeUndefined();
    const empty = applySnapshot(emptyCoverage(), snapshot({ rows: [], total: 0, filtered: true }), NOW, 0);
    expect(empty.coverage.complete).toBe(false);
  });

  it('starts a new pass when the total or the page count changes (the list changed)', () => {
    const result = fold([
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2, total: 4 }),
      snapshot({ rows: rows('c@x.pl', 'd@x.pl', 'e@x.pl'), page: 2, pageCount: 2, total: 5 }),
    ]);
    expect(result.coverage.complete).toBe(false);
    expect(result.coverage.pass?.total).toBe(5);
    expect(result.coverage.pass?.pages).toEqual({ 2: ['c@x.pl', 'd@x.pl', 'e@x.pl'] });

    const pageSize = fold([
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 3 }),
      snapshot({ rows: rows('b@x.pl'), page: 2, pageCount: 2 }),
    ]);
    expect(pageSize.coverage.pass?.pages).toEqual({ 2: ['b@x.pl'] });
  });

  it('a page that does not show the total does not restart the pass', () => {
    const result = fold([
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2, total: 2 }),
      snapshot({ rows: rows('b@x.pl'), page: 2, pageCount: 2 }),
    ]);
    expect(result.coverage.complete).toBe(true);
  });

  it('a page number above 1 with no page count or total proves nothing', () => {
    const result = applySnapshot(emptyCoverage(), snapshot({ rows: rows('a@x.pl'), page: 2 }), NOW, 0);
    expect(result.coverage.complete).toBe(false);
  });

  it('starts a fresh pass after completing, keeping the list complete while totals agree', () => {
    const done = fold([
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2, total: 2 }),
      snapshot({ rows: rows('b@x.pl'), page: 2, pageCount: 2, total: 2 }),
    ]);
    expect(done.coverage.pass?.pages).toEqual({});
    const again = applySnapshot(done.coverage, snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2, total: 2 }), NOW + 10, 2);
    expect(again.coverage.complete).toBe(true);
    expect(again.completedEmails).toBeUndefined();
  });

  it('un-completes when a later unfiltered total differs from what is stored, until a new pass completes', () => {
    const done = fold([
      snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 2, total: 2 }),
      snapshot({ rows: rows('b@x.pl'), page: 2, pageCount: 2, total: 2 }),
    ]).coverage;
    const changed = applySnapshot(
      done,
      snapshot({ rows: rows('a@x.pl', 'c@x.pl'), page: 1, pageCount: 2, total: 3 }),
      NOW + 10,
      2,
    );
    expect(changed.coverage.complete).toBe(false);
    expect(changed.completedEmails).toBeUndefined();

    // A filtered view with a different total does not un-complete.
    const filtered = applySnapshot(done, snapshot({ rows: rows('a@x.pl'), total: 1, filtered: true }), NOW + 10, 2);
    expect(filtered.coverage.complete).toBe(true);

    const stillChanged = applySnapshot(
      changed.coverage,
      snapshot({ rows: rows('a@x.pl', 'c@x.pl'), page: 1, pageCount: 2, total: 3 }),
      NOW + 20,
      3,
    );
    expect(stillChanged.coverage.complete).toBe(false);
    const whole = applySnapshot(
      stillChanged.coverage,
      snapshot({ rows: rows('b@x.pl'), page: 2, pageCount: 2, total: 3 }),
      NOW + 30,
      3,
    );
    expect(whole.coverage.complete).toBe(true);
    expect(whole.completedEmails?.sort()).toEqual(['a@x.pl', 'b@x.pl', 'c@x.pl']);
  });

  it('does not modify the coverage it was given', () => {
    const start = fold([snapshot({ rows: rows('a@x.pl'), page: 1, pageCount: 3 })]).coverage;
    const copy = structuredClone(start);
    applySnapshot(start, snapshot({ rows: rows('b@x.pl'), page: 2, pageCount: 3 }), NOW, 0);
    expect(start).toEqual(copy);
  });
});

describe('coverageOf', () => {
  const complete: ListCoverage = { complete: true, completedAt: NOW, source: 'pages' };

  it('is none for an unknown host or one with nothing seen', () => {
    expect(coverageOf(null)).toBe('none');
    expect(coverageOf(emptyHostRecord('us06web.zoom.us'))).toBe('none');
  });

  it('is complete only when both lists are complete', () => {
    const host: ZoomHostRecord = { ...emptyHostRecord('firma.zoom.us'), users: complete, pending: complete, lastReadAt: NOW };
    expect(coverageOf(host)).toBe('complete');
    expect(coverageOf({ ...host, pending: emptyCoverage() })).toBe('partial');
    expect(coverageOf({ ...host, users: { complete: false, pass: { pages: { 1: ['a@x.pl'] }, startedAt: NOW } } })).toBe(
      'partial',
    );
  });

  it('is partial once any page was read', () => {
    expect(coverageOf({ ...emptyHostRecord('zoom.us'), lastReadAt: NOW })).toBe('partial');
  });
});

describe('a pager with only prev/next controls (no total, no page numbers)', () => {
  const now = 1_000;
  const snap = (page: number, emails: string[], hasNextPage?: boolean) => ({
    list: 'users' as const,
    rows: emails.map((email) => ({ email, state: 'active' as const })),
    page,
    filtered: false,
    hasNextPage,
  });

  it('does not take the first page for the whole list while "next" is usable', () => {
    const first = applySnapshot(emptyCoverage(), { ...snap(1, ['a@x.pl', 'b@x.pl'], true), page: undefined }, now, 0);
    expect(first.coverage.complete).toBe(false);
    expect(first.completedEmails).toBeUndefined();
  });

  it('completes on the last page (next disabled) once every page before it was seen', () => {
    const first = applySnapshot(emptyCoverage(), snap(1, ['a@x.pl', 'b@x.pl'], true), now, 0);
    const last = applySnapshot(first.coverage, snap(2, ['c@x.pl'], false), now, 2);
    expect(last.coverage.complete).toBe(true);
    expect(last.completedEmails?.sort()).toEqual(['a@x.pl', 'b@x.pl', 'c@x.pl']);
  });

  it('does not complete on the last page when an earlier page was never seen', () => {
    const last = applySnapshot(emptyCoverage(), snap(3, ['e@x.pl'], false), now, 0);
    expect(last.coverage.complete).toBe(false);
  });

  // Element UI's `prev, next` layout: no number, no total; only the controls' states tell anything.
  const unnumbered = (emails: string[], hasPrevPage: boolean, hasNextPage: boolean) => ({
    ...snap(1, emails, hasNextPage),
    page: undefined,
    hasPrevPage,
  });

  it('a page that can go back but states no number or rows is placed nowhere: the last page never overwrites the first', () => {
    const first = applySnapshot(emptyCoverage(), unnumbered(['a@x.pl', 'b@x.pl'], false, true), now, 0);
    expect(first.coverage.pass?.pages).toEqual({ 1: ['a@x.pl', 'b@x.pl'] });
    const last = applySnapshot(first.coverage, unnumbered(['c@x.pl'], true, false), now, 2);
    expect(last.coverage.complete).toBe(false);
    expect(last.completedEmails).toBeUndefined();
    expect(last.coverage.pass?.pages).toEqual({ 1: ['a@x.pl', 'b@x.pl'] });
  });

  it('an unplaced page with no rows is not taken for an empty list', () => {
    const empty = applySnapshot(emptyCoverage(), unnumbered([], true, false), now, 0);
    expect(empty.coverage.complete).toBe(false);
  });

  it('"previous" disabled is the first page: one page with both controls disabled is the whole list', () => {
    const only = applySnapshot(emptyCoverage(), unnumbered(['a@x.pl'], false, false), now, 0);
    expect(only.coverage.complete).toBe(true);
    expect(only.completedEmails).toEqual(['a@x.pl']);
  });
});

describe('a pager that shows only ranges ("1 - 30 of 45", then "31 - 45 of 45")', () => {
  const people = (from: number, to: number) => rows(...Array.from({ length: to - from + 1 }, (_, i) => `u${from + i}@x.pl`));
  // As readPager gives them: a full page tells its number and size; the short last page only its rows.
  const first30 = () =>
    snapshot({ rows: people(1, 30), page: 1, pageCount: 2, total: 45, firstRow: 1, lastRow: 30, pageSize: 30 });
  const last15 = () => snapshot({ rows: people(31, 45), total: 45, firstRow: 31, lastRow: 45 });

  it('carries the page size of page 1 to the ambiguous last page, which becomes page 2', () => {
    const done = fold([first30(), last15()]);
    expect(done.coverage.complete).toBe(true);
    expect(done.completedEmails).toHaveLength(45);
  });

  it('the last page seen first is kept by its first row, and page 1 does not overwrite it', () => {
    const half = fold([last15()]);
    expect(half.coverage.complete).toBe(false);
    expect(half.coverage.pass?.pages).toEqual({});
    expect(Object.keys(half.coverage.pass?.ranges ?? {})).toEqual(['31']);
    const done = fold([last15(), first30()]);
    expect(done.coverage.complete).toBe(true);
    expect(done.completedEmails?.sort()).toEqual(
      people(1, 45)
        .map((row) => row.email)
        .sort(),
    );
  });

  it('"1 - 2 of 3" then "3 - 3 of 3", in either order', () => {
    const page1 = snapshot({
      rows: rows('a@x.pl', 'b@x.pl'),
      page: 1,
      pageCount: 2,
      total: 3,
      firstRow: 1,
      lastRow: 2,
      pageSize: 2,
    });
    const page2 = snapshot({ rows: rows('c@x.pl'), total: 3, firstRow: 3, lastRow: 3 });
    for (const order of [
      [page1, page2],
      [page2, page1],
    ]) {
      const done = fold(order);
      expect(done.coverage.complete).toBe(true);
      expect(done.completedEmails?.sort()).toEqual(['a@x.pl', 'b@x.pl', 'c@x.pl']);
    }
    expect(fold([page2]).coverage.complete).toBe(false);
    expect(fold([page1]).coverage.complete).toBe(false);
  });

  it('a middle page placed only by its rows ("31 - 60 of 100", no page number) still counts', () => {
    const pages = [
      snapshot({ rows: people(31, 60), total: 100, firstRow: 31, lastRow: 60 }),
      snapshot({ rows: people(61, 90), total: 100, firstRow: 61, lastRow: 90 }),
      snapshot({ rows: people(91, 100), total: 100, firstRow: 91, lastRow: 100 }),
    ];
    expect(fold(pages).coverage.complete).toBe(false);
    const done = fold([...pages, snapshot({ rows: people(1, 30), total: 100, firstRow: 1, lastRow: 30 })]);
    expect(done.coverage.complete).toBe(true);
    expect(done.completedEmails).toHaveLength(100);
  });

  it('the same range twice is not the whole list', () => {
    expect(fold([last15(), last15()]).coverage.complete).toBe(false);
    expect(fold([first30(), first30()]).coverage.complete).toBe(false);
  });

  it('a range that moved because the total changed starts a new pass', () => {
    const moved = snapshot({ rows: people(31, 46), total: 46, firstRow: 31, lastRow: 46 });
    const result = fold([first30(), moved]);
    expect(result.coverage.complete).toBe(false);
    expect(result.coverage.pass?.total).toBe(46);
    expect(result.coverage.pass?.pages).toEqual({});
    expect(Object.keys(result.coverage.pass?.ranges ?? {})).toEqual(['31']);
    // And the old total's last page does not complete the new pass either.
    expect(fold([first30(), moved, last15()]).coverage.complete).toBe(false);
  });

  it('a filtered list showing a range is never counted', () => {
    const filtered = snapshot({ rows: people(31, 45), total: 45, firstRow: 31, lastRow: 45, filtered: true });
    const start = fold([first30()]).coverage;
    const result = applySnapshot(start, filtered, NOW, 0);
    expect(result.coverage).toBe(start);
    expect(result.coverage.complete).toBe(false);
    // A search that finds 15 of them and says "1 - 15 of 15" is not a complete list of 15 either.
    const search = snapshot({ rows: people(1, 15), page: 1, pageCount: 1, total: 15, firstRow: 1, lastRow: 15, filtered: true });
    expect(applySnapshot(emptyCoverage(), search, NOW, 0).coverage.complete).toBe(false);
  });

  it('a page showing fewer rows than its range says (still loading) is not recorded', () => {
    const loading = snapshot({ rows: people(31, 40), total: 45, firstRow: 31, lastRow: 45 });
    const result = fold([first30(), loading]);
    expect(result.coverage.complete).toBe(false);
    expect(result.coverage.pass?.pages).toEqual({ 1: people(1, 30).map((row) => row.email) });
    expect(result.coverage.pass?.ranges).toBeUndefined();
  });

  it('a page size that changed mid-pass starts a new pass instead of misplacing pages', () => {
    const by15 = snapshot({ rows: people(16, 30), page: 2, pageCount: 3, total: 45, firstRow: 16, lastRow: 30, pageSize: 15 });
    const result = fold([first30(), by15]);
    expect(result.coverage.pass?.pageSize).toBe(15);
    expect(result.coverage.pass?.pages).toEqual({ 2: people(16, 30).map((row) => row.email) });
    expect(fold([first30(), by15, last15()]).coverage.complete).toBe(false);
  });

  it('a carried page size that does not divide the first row keeps the page by its rows', () => {
    const odd = snapshot({ rows: people(21, 45), total: 45, firstRow: 21, lastRow: 45 });
    const result = fold([first30(), odd]);
    expect(result.coverage.complete).toBe(true); // 1-30 and 21-45: all 45 addresses seen
    const short = fold([first30(), snapshot({ rows: people(36, 45), total: 45, firstRow: 36, lastRow: 45 })]);
    expect(short.coverage.complete).toBe(false);
    expect(Object.keys(short.coverage.pass?.ranges ?? {})).toEqual(['36']);
  });

  it('a list of one short page ("1 - 3 of 3") completes at once', () => {
    const one = snapshot({ rows: rows('a@x.pl', 'b@x.pl', 'c@x.pl'), page: 1, pageCount: 1, total: 3, firstRow: 1, lastRow: 3 });
    expect(applySnapshot(emptyCoverage(), one, NOW, 0).coverage.complete).toBe(true);
  });

  it('coverageOf sees a pass holding only ranges as partial', () => {
    const pass = fold([last15()]).coverage;
    expect(coverageOf({ ...emptyHostRecord('zoom.us'), users: pass })).toBe('partial');
  });
});
