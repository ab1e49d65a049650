/**
 * The read-all planner (utils/zoom/walk-plan.ts) driving a simulated Users page: the lists, their pagers
 * (numbered as Element UI windows them, range only, prev/next only without a total, a page-size select),
 * the tabs and the search, with each page folded into the real coverage (utils/roster/coverage.ts) as the
 * store folds it. From every starting tab and page: both lists whole, the page back where the admin was,
 * and only pager, size, tab and search presses.
 */
import { describe, expect, it } from 'vitest';
import { applySnapshot, emptyCoverage } from '../../../utils/roster/coverage';
import type { ListCoverage, ListSnapshot, ZoomListName } from '../../../utils/roster/model';
import type { ZoomPageRead, ZoomTab } from '../../../utils/zoom/types';
import {
  countedPlaceAfter,
  expectationOf,
  MAX_STEPS,
  meetsExpectation,
  placeOf,
  planStep,
  startWalk,
  type WalkState,
  type WalkStep,
  type WalkView,
  walkableFrom,
} from '../../../utils/zoom/walk-plan';

type PagerKind = 'numbered' | 'ranges' | 'prevnext' | 'prevnext-total';

interface SimOptions {
  users: number;
  pending: number;
  size: number;
  pager: PagerKind;
  /** Page sizes the select offers (numbered pagers only). */
  sizes?: number[];
  /** Element UI shows at most this many page buttons (the first, the last, and a window). */
  pagerCount?: number;
  /** Users list only: rows the table leaves unreadable on this page (fewer addresses than the range). */
  unreadablePage?: number;
  /** "next" does nothing from this page on. */
  stallFrom?: number;
  /** A tab switch starts the list at page 1 and drops the search (users-ranges.html, vue-users.html); else lists keep theirs (Element UI). */
  tabResets?: boolean;
}

/** A Users page as a person sees it; `press` is what the walk does to it. */
class SimPage {
  tab: ZoomTab = 'users';
  page: Record<ZoomListName, number> = { users: 1, pending: 1 };
  size: Record<ZoomListName, number>;
  search = '';
  applied = '';
  presses: WalkStep[] = [];

  constructor(readonly options: SimOptions) {
    this.size = { users: options.size, pending: options.size };
  }

  rowsOf(list: ZoomListName): string[] {
    const all = Array.from({ length: this.options[list] }, (_, i) => `${list}${i + 1}@firma.pl`);
    return list === 'users' && this.applied ? all.filter((email) => email.includes(this.applied)) : all;
  }

  countOf(list: ZoomListName): number {
    return Math.max(1, Math.ceil(this.rowsOf(list).length / this.size[list]));
  }

  press(step: WalkStep): void {
    this.presses.push(step);
    const list = this.tab === 'users' || this.tab === 'pending' ? this.tab : null;
    switch (step.kind) {
      case 'tab':
        this.tab = step.tab;
        if (this.options.tabResets) {
          this.page = { users: 1, pending: 1 };
          this.search = '';
          this.applied = '';
        }
        return;
      case 'next':
        if (!list || (this.options.stallFrom !== undefined && this.page[list] >= this.options.stallFrom)) return;
        this.page[list] = Math.min(this.countOf(list), this.page[list] + 1);
        return;
      case 'prev':
        if (list) this.page[list] = Math.max(1, this.page[list] - 1);
        return;
      case 'page':
        if (list) this.page[list] = step.page;
        return;
      case 'size':
        if (list) {
          this.size[list] = step.size;
          this.page[list] = 1;
        }
        return;
      case 'search':
        this.search = step.text;
        this.applied = step.text.trim();
        this.page.users = 1;
        return;
      default:
        throw new Error(`pressed ${step.kind}`);
    }
  }

  /** The page as the reading gives it: the snapshot (tagged with the walk's count when the pager states nothing), and the look. */
  look(tag: number | null): { view: WalkView; snapshot?: ListSnapshot; rowsKey: string } {
    const tabs: ZoomTab[] = ['users', 'pending', 'advanced'];
    const search = { shown: this.tab === 'users', text: this.search };
    if (this.tab !== 'users' && this.tab !== 'pending') {
      return { view: { tab: this.tab, rows: 0, numbers: [], sizes: [], search, filtered: false, tabs }, rowsKey: '' };
    }
    const list = this.tab;
    const all = this.rowsOf(list);
    const size = this.size[list];
    const page = this.page[list];
    const first = (page - 1) * size;
    let rows = all.slice(first, first + size);
    if (list === 'users' && this.options.unreadablePage === page) rows = rows.slice(1);
    const count = this.countOf(list);
    const filtered = list === 'users' && this.applied !== '';
    const pager = this.options.pager;
    const snapshot: ListSnapshot = {
      list,
      rows: rows.map((email) => ({ email, state: list === 'pending' ? 'pending' : 'active' })),
      filtered,
    };
    const view: WalkView = { tab: list, list, rows: rows.length, numbers: [], sizes: [], search, filtered, tabs };
    const both = <K extends keyof ListSnapshot & keyof WalkView>(key: K, value: ListSnapshot[K] & WalkView[K]) => {
      snapshot[key] = value;
      view[key] = value;
    };
    both('hasNextPage', page < count);
    both('hasPrevPage', page > 1);
    if (pager === 'numbered') {
      both('page', page);
      both('pageCount', count);
      both('total', all.length);
      both('pageSize', size);
      view.numbers = elementNumbers(page, count, this.options.pagerCount ?? 7);
      view.sizes = this.options.sizes ?? [];
    } else if (pager === 'ranges') {
      both('total', all.length);
      if (all.length > 0) {
        both('firstRow', first + 1);
        both('lastRow', first + all.slice(first, first + size).length);
      }
      // The range tells the page only on a full page (as readPager does), or on the first.
      if (first + size < all.length || first === 0) {
        both('page', page);
        both('pageCount', count);
        both('pageSize', size);
      }
    } else if (pager === 'prevnext-total') {
      both('total', all.length);
    }
    if (snapshot.page === undefined && snapshot.firstRow === undefined && tag !== null && (tag === 1) === (page === 1)) {
      both('page', tag);
    }
    return { view, snapshot, rowsKey: rows.join(' ') };
  }
}

/** Element UI's numbered pager: the first and the last page, and a window around the current one. */
function elementNumbers(page: number, count: number, pagerCount: number): number[] {
  if (count <= pagerCount) return Array.from({ length: count }, (_, i) => i + 1);
  const half = (pagerCount - 1) / 2;
  const numbers = new Set([1, count]);
  if (page <= pagerCount - half) for (let n = 2; n < pagerCount; n++) numbers.add(n);
  else if (page >= count - half) for (let n = count - pagerCount + 2; n < count; n++) numbers.add(n);
  else for (let n = page - half + 1; n <= page + half - 1; n++) numbers.add(n);
  return [...numbers].sort((a, b) => a - b);
}

interface Run {
  end: WalkStep;
  sim: SimPage;
  whole: Record<ZoomListName, boolean>;
  coverage: Record<ZoomListName, ListCoverage>;
  stored: Record<ZoomListName, string[]>;
  steps: number;
}

/** Runs a walk as the feature does: look, fold into the coverage, plan, press, check the page did what was asked. */
function walk(sim: SimPage, startWhole: Partial<Record<ZoomListName, boolean>> = {}): Run {
  const coverage: Record<ZoomListName, ListCoverage> = {
    users: { ...emptyCoverage(), complete: startWhole.users === true },
    pending: { ...emptyCoverage(), complete: startWhole.pending === true },
  };
  // A list whole already holds all its users in the store.
  const stored: Record<ZoomListName, string[]> = {
    users: startWhole.users ? sim.rowsOf('users') : [],
    pending: startWhole.pending ? sim.rowsOf('pending') : [],
  };
  const whole = () => ({ users: coverage.users.complete, pending: coverage.pending.complete });
  const fold = (snapshot: ListSnapshot | undefined) => {
    if (!snapshot) return;
    const applied = applySnapshot(coverage[snapshot.list], snapshot, 1, stored[snapshot.list].length);
    coverage[snapshot.list] = applied.coverage;
    if (applied.completedEmails) stored[snapshot.list] = applied.completedEmails;
  };
  let tag: number | null = null;
  let look = sim.look(tag);
  fold(look.snapshot);
  let state: WalkState = startWalk(look.view, whole());
  for (let i = 0; i < MAX_STEPS + 5; i++) {
    const planned = planStep(state, look.view, whole());
    state = planned.state;
    const step = planned.step;
    if (step.kind === 'done' || step.kind === 'fail') return { end: step, sim, whole: whole(), coverage, stored, steps: i };
    const before = look;
    tag = countedPlaceAfter(state, look.view, step);
    sim.press(step);
    look = sim.look(tag);
    const expected = expectationOf(step, before.view);
    if (!meetsExpectation(expected, look.view, placeOf(state, look.view), before, look.rowsKey)) {
      return {
        end: { kind: 'fail', reason: 'cannot-reach' },
        sim,
        whole: whole(),
        coverage,
        stored,
        steps: i,
        stalled: true,
      } as Run;
    }
    fold(look.snapshot);
  }
  throw new Error('the walk never ended');
}

function expectWholeAndBack(run: Run, origin: { tab: ZoomTab; page: Record<ZoomListName, number>; search: string }): void {
  expect(run.end).toEqual({ kind: 'done' });
  expect(run.whole).toEqual({ users: true, pending: true });
  expect(run.stored.users).toHaveLength(run.sim.options.users);
  expect(run.stored.pending).toHaveLength(run.sim.options.pending);
  expect(run.sim.tab).toBe(origin.tab);
  expect(run.sim.search).toBe(origin.search);
  const list = origin.tab === 'users' || origin.tab === 'pending' ? origin.tab : null;
  if (list) expect(run.sim.page[list]).toBe(origin.page[list]);
  expect(run.sim.size).toEqual({ users: run.sim.options.size, pending: run.sim.options.size });
}

function simAt(options: SimOptions, tab: ZoomTab, page: number, search = ''): SimPage {
  const sim = new SimPage(options);
  sim.tab = tab;
  if (search) {
    sim.search = search;
    sim.applied = search;
  }
  if (tab === 'users' || tab === 'pending') sim.page[tab] = page;
  return sim;
}

const PAGERS: [PagerKind, Partial<SimOptions>][] = [
  ['numbered', {}],
  ['numbered', { sizes: [15, 30, 50] }],
  ['numbered', { tabResets: true }],
  ['ranges', {}],
  ['ranges', { tabResets: true }],
  ['prevnext', {}],
  ['prevnext', { tabResets: true }],
  ['prevnext-total', {}],
];

describe('walk-plan: every page of both lists, from any starting tab and page, and back', () => {
  for (const [pager, extra] of PAGERS) {
    const name = `${pager}${extra.sizes ? ' with sizes' : ''}${extra.tabResets ? ', tabs reset the list' : ''}`;
    for (const [users, pending, size] of [
      [45, 3, 30],
      [1000, 7, 100],
      [5, 0, 2],
    ] as const) {
      it(`${name}: ${users} users and ${pending} pending at ${size} a page`, () => {
        const options: SimOptions = { users, pending, size, pager, ...extra };
        const usersPages = Math.ceil(users / size);
        const pendingPages = Math.max(1, Math.ceil(pending / size));
        const starts: [ZoomTab, number][] = [
          ...Array.from({ length: usersPages }, (_, i): [ZoomTab, number] => ['users', i + 1]),
          ...Array.from({ length: pendingPages }, (_, i): [ZoomTab, number] => ['pending', i + 1]),
          ['advanced', 1],
        ];
        for (const [tab, page] of starts) {
          const sim = simAt(options, tab, page);
          const origin = { tab, page: { ...sim.page }, search: '' };
          const run = walk(sim);
          expectWholeAndBack(run, origin);
          // Only pager, size and tab presses (no search: none was on).
          expect(sim.presses.every((step) => ['next', 'prev', 'page', 'size', 'tab'].includes(step.kind))).toBe(true);
        }
      });
    }
  }

  it('clears a search first, reads everything, then types it back and returns to the page', () => {
    for (const [pager, extra] of PAGERS) {
      const sim = simAt({ users: 45, pending: 3, size: 30, pager, ...extra }, 'users', 1, 'users1');
      const run = walk(sim);
      expectWholeAndBack(run, { tab: 'users', page: { users: 1, pending: 1 }, search: 'users1' });
      expect(sim.presses[0]).toEqual({ kind: 'search', text: '' });
      expect(sim.presses.filter((step) => step.kind === 'search')).toEqual([
        { kind: 'search', text: '' },
        { kind: 'search', text: 'users1' },
      ]);
    }
  });

  it('raises the page size to the largest first and puts it back before leaving the list', () => {
    const sim = simAt({ users: 45, pending: 3, size: 30, pager: 'numbered', sizes: [15, 30, 50] }, 'users', 2);
    const run = walk(sim);
    expectWholeAndBack(run, { tab: 'users', page: { users: 2, pending: 1 }, search: '' });
    expect(sim.presses).toEqual([
      { kind: 'size', size: 50 },
      { kind: 'size', size: 30 },
      { kind: 'tab', tab: 'pending' },
      { kind: 'tab', tab: 'users' },
      { kind: 'page', page: 2 },
    ]);
  });

  it('numbered, 10 pages from page 5: each page once, by its number', () => {
    const sim = simAt({ users: 1000, pending: 3, size: 100, pager: 'numbered' }, 'users', 5);
    walk(sim);
    const pages = sim.presses.filter((step) => step.kind === 'page').map((step) => (step as { page: number }).page);
    expect(pages.slice(0, 9).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10]);
    expect(sim.presses.filter((step) => step.kind === 'next' || step.kind === 'prev')).toEqual([]);
  });

  it('prev/next without a total, from the last page: back to the first (counting), then on, and back to the last', () => {
    const sim = simAt({ users: 45, pending: 3, size: 15, pager: 'prevnext' }, 'users', 3);
    const run = walk(sim);
    expectWholeAndBack(run, { tab: 'users', page: { users: 3, pending: 1 }, search: '' });
    expect(sim.presses.slice(0, 4).map((step) => step.kind)).toEqual(['prev', 'prev', 'next', 'next']);
  });

  it('skips a list already whole', () => {
    const sim = simAt({ users: 45, pending: 3, size: 30, pager: 'numbered' }, 'users', 1);
    const run = walk(sim, { users: true });
    expect(run.end).toEqual({ kind: 'done' });
    expect(sim.presses).toEqual([
      { kind: 'tab', tab: 'pending' },
      { kind: 'tab', tab: 'users' },
    ]);
  });

  it('nothing to press when both lists are whole already', () => {
    const sim = simAt({ users: 45, pending: 3, size: 30, pager: 'numbered' }, 'pending', 1);
    expect(walk(sim, { users: true, pending: true }).end).toEqual({ kind: 'done' });
    expect(sim.presses).toEqual([]);
  });
});

describe('walk-plan: failures, never a claim', () => {
  it('a page whose rows cannot all be read: every page seen, the list does not add up', () => {
    const sim = simAt({ users: 45, pending: 3, size: 30, pager: 'ranges', unreadablePage: 2 }, 'users', 1);
    const run = walk(sim);
    expect(run.end).toEqual({ kind: 'fail', reason: 'did-not-add-up' });
    expect(run.whole.users).toBe(false);
    expect(run.stored.users).toEqual([]);
  });

  it('"next" that does nothing: the page did not move (the feature fails it by its wait), nothing stored', () => {
    const sim = simAt({ users: 45, pending: 3, size: 15, pager: 'prevnext' }, 'users', 1);
    sim.options.stallFrom = 2;
    const run = walk(sim) as Run & { stalled?: boolean };
    expect(run.stalled).toBe(true);
    expect(run.whole.users).toBe(false);
    expect(run.stored.users).toEqual([]);
  });

  it('a search with no search box shown cannot be cleared', () => {
    const sim = simAt({ users: 45, pending: 3, size: 30, pager: 'numbered' }, 'users', 1, 'x');
    const look = sim.look(null);
    const view = { ...look.view, search: { shown: false, text: '' } };
    const state = startWalk(view, { users: false, pending: false });
    expect(planStep(state, view, { users: false, pending: false }).step).toEqual({
      kind: 'fail',
      reason: 'filter-not-clearable',
    });
  });

  it('a page not seen and no control leading there: cannot reach', () => {
    const view: WalkView = {
      tab: 'users',
      list: 'users',
      page: 1,
      pageCount: 3,
      total: 90,
      rows: 30,
      numbers: [1],
      sizes: [],
      search: { shown: false, text: '' },
      filtered: false,
      tabs: ['users', 'pending'],
    };
    const state = startWalk(view, { users: false, pending: false });
    expect(planStep(state, view, { users: false, pending: false }).step).toEqual({ kind: 'fail', reason: 'cannot-reach' });
  });

  it('no Pending tab to switch to', () => {
    const sim = simAt({ users: 5, pending: 3, size: 30, pager: 'numbered' }, 'users', 1);
    const look = sim.look(null);
    const view = { ...look.view, tabs: ['users'] as ZoomTab[] };
    const state = startWalk(view, { users: true, pending: false });
    expect(planStep(state, view, { users: true, pending: false }).step).toEqual({ kind: 'fail', reason: 'no-tab' });
  });

  it('a walk that goes on and on ends at the step limit', () => {
    const view: WalkView = {
      tab: 'users',
      list: 'users',
      rows: 30,
      hasNextPage: true,
      numbers: [],
      sizes: [],
      search: { shown: false, text: '' },
      filtered: false,
      tabs: ['users', 'pending'],
    };
    let state = startWalk(view, { users: false, pending: false });
    let last: WalkStep = { kind: 'done' };
    for (let i = 0; i <= MAX_STEPS; i++) {
      const planned = planStep(state, view, { users: false, pending: false });
      state = planned.state;
      last = planned.step;
      if (last.kind === 'fail') break;
    }
    expect(last).toEqual({ kind: 'fail', reason: 'too-many-steps' });
  });
});

describe('walk-plan: expectations and places', () => {
  const base: WalkView = {
    tab: 'users',
    list: 'users',
    page: 1,
    rows: 30,
    numbers: [],
    sizes: [],
    search: { shown: true, text: '' },
    filtered: false,
    tabs: ['users', 'pending'],
  };

  it('a move is met only by another place and other rows', () => {
    const state = startWalk(base, { users: false, pending: false });
    const expected = expectationOf({ kind: 'next' }, base);
    const before = { view: base, rowsKey: 'a b' };
    expect(meetsExpectation(expected, { ...base, page: 2 }, 2, before, 'a b')).toBe(false);
    expect(meetsExpectation(expected, base, 1, before, 'c d')).toBe(false);
    expect(meetsExpectation(expected, { ...base, page: 2 }, placeOf(state, { ...base, page: 2 }), before, 'c d')).toBe(true);
    expect(meetsExpectation(expected, { ...base, tab: 'pending', list: 'pending', page: 2 }, 2, before, 'c d')).toBe(false);
  });

  it('a tab, a size and a search are met by what they set', () => {
    expect(
      meetsExpectation(
        { tab: 'pending', list: 'pending' },
        { ...base, tab: 'pending', list: 'pending' },
        1,
        { view: base, rowsKey: '' },
        '',
      ),
    ).toBe(true);
    expect(
      meetsExpectation(
        { tab: 'advanced' },
        { ...base, tab: 'advanced', list: undefined },
        undefined,
        { view: base, rowsKey: '' },
        '',
      ),
    ).toBe(true);
    expect(
      meetsExpectation(
        expectationOf({ kind: 'size', size: 50 }, base),
        { ...base, pageSize: 30 },
        1,
        { view: base, rowsKey: '' },
        '',
      ),
    ).toBe(false);
    expect(
      meetsExpectation(
        expectationOf({ kind: 'search', text: '' }, base),
        { ...base, filtered: true },
        1,
        { view: base, rowsKey: '' },
        '',
      ),
    ).toBe(false);
  });

  it('places a range by the size the list stated on an earlier page, and counts pages where nothing is stated', () => {
    let state = startWalk(
      { ...base, page: 1, firstRow: 1, lastRow: 30, pageSize: 30, total: 45 },
      { users: false, pending: false },
    );
    state = planStep(
      state,
      { ...base, page: 1, firstRow: 1, lastRow: 30, pageSize: 30, total: 45 },
      { users: false, pending: false },
    ).state;
    expect(placeOf(state, { ...base, page: undefined, firstRow: 31, lastRow: 45, total: 45 })).toBe(2);
    const unnumbered = { ...base, page: undefined, hasPrevPage: false, hasNextPage: true };
    const counted = startWalk(unnumbered, { users: false, pending: false });
    expect(placeOf(counted, unnumbered)).toBe(1);
    expect(countedPlaceAfter(counted, unnumbered, { kind: 'next' })).toBe(2);
    expect(countedPlaceAfter(counted, unnumbered, { kind: 'prev' })).toBeNull();
    const lost = { ...unnumbered, hasPrevPage: true };
    expect(countedPlaceAfter(startWalk(lost, { users: false, pending: false }), lost, { kind: 'next' })).toBeNull();
  });
});

describe('walkableFrom: offered only where the tabs and the pager can be driven', () => {
  const tabs: ZoomTab[] = ['users', 'pending', 'advanced'];
  const read = (snapshot: Partial<ListSnapshot> | undefined, extra: Partial<ZoomPageRead> = {}): ZoomPageRead => ({
    tab: 'users',
    rows: [],
    ...(snapshot ? { snapshot: { list: 'users', rows: [], filtered: false, ...snapshot } } : {}),
    ...extra,
  });
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `u${i}@firma.pl`, state: 'active' as const }));

  it('a pager with a "next" control (usable or not), and a filtered list (the walk clears the search)', () => {
    expect(walkableFrom(tabs, read({ page: 1, pageCount: 2, hasNextPage: true }))).toBe(true);
    expect(walkableFrom(tabs, read({ hasNextPage: false, hasPrevPage: true }))).toBe(true);
    expect(walkableFrom(tabs, read({ total: 1, rows: rows(1), filtered: true }))).toBe(true);
  });

  it('one page: no pager and no total, a page count of 1, or a total the rows hold', () => {
    expect(walkableFrom(tabs, read({ rows: rows(3) }))).toBe(true);
    expect(walkableFrom(tabs, read({ page: 1, pageCount: 1 }))).toBe(true);
    expect(walkableFrom(tabs, read({ total: 3, rows: rows(3) }))).toBe(true);
  });

  it('not: a total or page count beyond the rows with nothing to press, or a "Go to"-only pager', () => {
    expect(walkableFrom(tabs, read({ total: 45, rows: rows(30) }))).toBe(false);
    expect(walkableFrom(tabs, read({ page: 1, pageCount: 3 }))).toBe(false);
    expect(walkableFrom(tabs, read({ firstRow: 1, lastRow: 30, total: 45 }))).toBe(false);
  });

  it('not without both list tabs, nor on a page that cannot be read; undecided while it loads; the Advanced tab is fine', () => {
    expect(walkableFrom(['users'], read({ hasNextPage: true }))).toBe(false);
    expect(walkableFrom([], read({ hasNextPage: true }))).toBe(false);
    expect(walkableFrom(tabs, read(undefined, { problem: 'layout-unrecognised' }))).toBe(false);
    expect(walkableFrom(tabs, read(undefined, { busy: true }))).toBeNull();
    expect(walkableFrom(tabs, read(undefined, { tab: 'advanced' }))).toBe(true);
  });
});
