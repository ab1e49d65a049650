import { describe, it, expect } from 'vitest';
import { createViewMemory, EMPTY_SETTLE_MS } from '../../../features/zoom-users/reading';
import type { ListSnapshot } from '../../../utils/roster/model';

const emails = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `user${from + i}@firma.pl`);
const snapshot = (page: number, addresses: string[], extra: Partial<ListSnapshot> = {}): ListSnapshot => ({
  list: 'users',
  rows: addresses.map((email) => ({ email, state: 'active' as const })),
  page,
  total: 45,
  filtered: false,
  ...extra,
});

describe('createViewMemory: the rows of the view before under a new page number or filter', () => {
  it("takes page 2 showing page 1's rows (the pager moved, the rows not yet, or never) as the view before, however long it stays", () => {
    const views = createViewMemory();
    const page1 = snapshot(1, emails(1, 30));
    expect(views.showsRowsOfAnotherView(page1, 0, EMPTY_SETTLE_MS)).toBe(false);
    views.accept(page1);
    const stale = snapshot(2, emails(1, 30));
    expect(views.showsRowsOfAnotherView(stale, 100, EMPTY_SETTLE_MS)).toBe(true);
    expect(views.showsRowsOfAnotherView(stale, 100 + EMPTY_SETTLE_MS - 1, EMPTY_SETTLE_MS)).toBe(true);
    // Two pages of one list never show the very same rows: saved as page 2, they would complete the
    // list without page 2's users (a pager that moved while its list never loaded).
    expect(views.showsRowsOfAnotherView(stale, 100 + 60_000, EMPTY_SETTLE_MS)).toBe(true);
    // The same by the range's first row (a range-only pager).
    views.accept(snapshot(1, emails(1, 30), { page: undefined, firstRow: 1, lastRow: 30 }));
    const rangeStale = snapshot(1, emails(1, 30), { page: undefined, firstRow: 31, lastRow: 45 });
    expect(views.showsRowsOfAnotherView(rangeStale, 100_000, EMPTY_SETTLE_MS)).toBe(true);
  });

  it('a pager that numbers nothing: the first page ("previous" disabled) against any later page is another page', () => {
    const views = createViewMemory();
    views.accept(snapshot(1, emails(1, 30), { page: undefined, total: undefined, hasPrevPage: false }));
    // The walk's count placed it at 2, or nothing placed it: "previous" usable says it is not the first page.
    expect(
      views.showsRowsOfAnotherView(snapshot(2, emails(1, 30), { total: undefined, hasPrevPage: true }), 60_000, EMPTY_SETTLE_MS),
    ).toBe(true);
    expect(
      views.showsRowsOfAnotherView(
        snapshot(1, emails(1, 30), { page: undefined, total: undefined, hasPrevPage: true }),
        60_000,
        EMPTY_SETTLE_MS,
      ),
    ).toBe(true);
    // Two later pages, neither numbered: nothing tells them apart but the wait (and coverage places neither).
    views.accept(snapshot(1, emails(31, 45), { page: undefined, total: undefined, hasPrevPage: true }));
    const later = snapshot(1, emails(31, 45), { page: undefined, total: undefined, hasPrevPage: true, hasNextPage: false });
    expect(views.showsRowsOfAnotherView(later, 0, EMPTY_SETTLE_MS)).toBe(false);
  });

  it('a filter switched on that shows the same rows counts once it held still (a search may match every row)', () => {
    const views = createViewMemory();
    views.accept(snapshot(1, emails(1, 3), { total: 3 }));
    const filtered = snapshot(1, emails(1, 3), { total: 3, filtered: true });
    expect(views.showsRowsOfAnotherView(filtered, 0, EMPTY_SETTLE_MS)).toBe(true);
    expect(views.showsRowsOfAnotherView(filtered, EMPTY_SETTLE_MS, EMPTY_SETTLE_MS)).toBe(false);
  });

  it('takes the real page 2 at once, and the same view read again at once', () => {
    const views = createViewMemory();
    views.accept(snapshot(1, emails(1, 30)));
    expect(views.showsRowsOfAnotherView(snapshot(1, emails(1, 30).reverse()), 5, EMPTY_SETTLE_MS)).toBe(false);
    expect(views.showsRowsOfAnotherView(snapshot(2, emails(31, 45)), 5, EMPTY_SETTLE_MS)).toBe(false);
  });

  it("a cleared search still showing the filter's rows is the filter's view; an empty read is left to the empty rule", () => {
    const views = createViewMemory();
    views.accept(snapshot(1, ['jan.mazur@salon-ania.pl'], { filtered: true, total: 1 }));
    expect(views.showsRowsOfAnotherView(snapshot(1, ['jan.mazur@salon-ania.pl'], { total: 1 }), 0, EMPTY_SETTLE_MS)).toBe(true);
    expect(views.showsRowsOfAnotherView(snapshot(1, [], { total: 0 }), 0, EMPTY_SETTLE_MS)).toBe(false);
  });

  it('a doubt starts over when the view or its rows change, and ends with the next accepted view', () => {
    const views = createViewMemory();
    views.accept(snapshot(1, emails(1, 30)));
    expect(views.showsRowsOfAnotherView(snapshot(2, emails(1, 30)), 0, EMPTY_SETTLE_MS)).toBe(true);
    // Now page 3 with the same rows: a new doubt, counted from now.
    expect(views.showsRowsOfAnotherView(snapshot(3, emails(1, 30)), EMPTY_SETTLE_MS, EMPTY_SETTLE_MS)).toBe(true);
    views.accept(snapshot(2, emails(31, 45)));
    expect(views.showsRowsOfAnotherView(snapshot(1, emails(31, 45)), 0, EMPTY_SETTLE_MS)).toBe(true);
    expect(views.showsRowsOfAnotherView(snapshot(2, emails(31, 45), { list: 'pending' }), 0, EMPTY_SETTLE_MS)).toBe(true);
  });
});
