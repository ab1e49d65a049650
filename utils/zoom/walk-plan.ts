/**
 * Reading every page of Zoom's Users and Pending lists for the admin (contract.md → `zaa-read-all`):
 * which one control to press next, from one look at the page. Pure: no DOM, no browser; the feature
 * (features/zoom-users/read-all.ts) reads the page into a `WalkView`, presses what this says, waits
 * until the page shows what `expectationOf` says, and asks again.
 *
 * The walk clears a search first (a filtered list never counts), reads the list on screen, then the
 * other, each page once (a page-size select raised to its largest size first, and put back before
 * the list is left), and returns to the tab, search and page the admin had. Whether a list is whole
 * is not decided here: the caller folds each page into the coverage (utils/roster/coverage.ts) and
 * passes what it says. When every page was seen and the coverage still is not whole, or the pager
 * offers no way to a page not seen, the walk ends in a failure, never in a claim.
 *
 * Verified against (tests/e2e/read-all.spec.ts): the real Element UI page tests/fixtures/zoom-element/template.html
 * in its pager layouts, and tests/fixtures/zoom/vue-users.html, users-ranges.html.
 */
import type { ZoomListName } from '../roster/model';
import type { ZoomPageRead, ZoomTab } from './types';

export const WALK_LISTS: readonly ZoomListName[] = ['users', 'pending'];

/** One look at the page, settled: what the walk needs of it. */
export interface WalkView {
  /** The active tab ('unknown' when none is marked). */
  tab: ZoomTab;
  /** The list read on screen (absent on a tab without one, such as Advanced). */
  list?: ZoomListName;
  page?: number;
  pageCount?: number;
  total?: number;
  firstRow?: number;
  lastRow?: number;
  pageSize?: number;
  /** Rows shown. */
  rows: number;
  /** The pager's "next"/"previous" controls: usable, disabled (false), or none (absent). */
  hasNextPage?: boolean;
  hasPrevPage?: boolean;
  /** Page numbers the pager shows as buttons (the current one included). */
  numbers: number[];
  /** The sizes its page-size select offers (empty: no such select). */
  sizes: number[];
  /** The search box beside the list: shown, and what it holds. */
  search: { shown: boolean; text: string };
  /** The list is filtered by a search. */
  filtered: boolean;
  /** The tabs the page shows, by kind. */
  tabs: ZoomTab[];
}

export type WalkStep =
  | { kind: 'tab'; tab: ZoomTab }
  | { kind: 'page'; page: number }
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'size'; size: number }
  | { kind: 'search'; text: string }
  | { kind: 'done' }
  | { kind: 'fail'; reason: WalkFailure };

export type WalkFailure =
  /** Filtered by a search the walk cannot clear (no search box shown). */
  | 'filter-not-clearable'
  /** A page not seen yet, and the pager offers nothing that leads there. */
  | 'cannot-reach'
  /** Every page was seen, and the list still does not add up (it changed meanwhile, or rows were unreadable). */
  | 'did-not-add-up'
  /** The page shows no Users or Pending tab to switch to. */
  | 'no-tab'
  /** More presses than the list's pages can need. */
  | 'too-many-steps';

/** Where the admin was when the walk started, to return there. */
export interface WalkOrigin {
  tab: ZoomTab;
  page?: number;
  firstRow?: number;
  search: string;
}

export interface WalkState {
  phase: 'read' | 'return';
  /** Lists to read, in order (the one on screen first); those already whole are left out. */
  lists: ZoomListName[];
  origin: WalkOrigin;
  /** Pages seen during the walk, by list. */
  seen: Partial<Record<ZoomListName, number[]>>;
  /** Pages seen whose number is not known yet, by the first row of their range. */
  seenRows: Partial<Record<ZoomListName, number[]>>;
  /** Rows per page as the list stated it (a range's full page, the size select). */
  sizes: Partial<Record<ZoomListName, number>>;
  /** The walk's own number for the page on screen when the pager states none (prev/next only), counted from the first page. */
  counted: number | null;
  /** Pages from the admin's page to the one on screen, while that can be told; null once it cannot. */
  fromOrigin: number | null;
  /** Sizes to put back before each list is left. */
  sizeBack: Partial<Record<ZoomListName, number>>;
  /** Lists whose page size was raised (never twice). */
  raised: ZoomListName[];
  /** The step pressed last, applied to the next look. */
  last: WalkStep | null;
  /** The admin's search was typed back (once: a page may show it otherwise, trimmed or lower-cased). */
  searchPut: boolean;
  steps: number;
}

/** At most this many presses for a whole walk: 100 pages a list twice over, and the way back. */
export const MAX_STEPS = 450;

/** Starts a walk from the page as the admin left it; `whole` says which lists are whole already. */
export function startWalk(view: WalkView, whole: Record<ZoomListName, boolean>): WalkState {
  const current = view.list;
  const lists = [...WALK_LISTS].sort((a, b) => (a === current ? -1 : b === current ? 1 : 0)).filter((list) => !whole[list]);
  const origin: WalkOrigin = { tab: view.tab, search: view.search.shown ? view.search.text : '' };
  if (view.list) {
    if (view.page !== undefined) origin.page = view.page;
    else if (view.firstRow !== undefined) origin.firstRow = view.firstRow;
    else if (view.hasPrevPage === false) origin.page = 1;
  }
  return {
    phase: 'read',
    lists,
    origin,
    seen: {},
    seenRows: {},
    sizes: {},
    counted: view.list && view.page === undefined && view.firstRow === undefined && view.hasPrevPage === false ? 1 : null,
    fromOrigin: 0,
    sizeBack: {},
    raised: [],
    last: null,
    searchPut: false,
    steps: 0,
  };
}

/**
 * The next press, from the page as it is now (after the last press took effect) and which lists the
 * coverage says are whole. Returns the state to pass next time.
 */
export function planStep(
  previous: WalkState,
  view: WalkView,
  whole: Record<ZoomListName, boolean>,
): { state: WalkState; step: WalkStep } {
  const state = observe(previous, view);
  const step = choose(state, view, whole);
  if (step.kind === 'done' || step.kind === 'fail') return { state, step };
  if (state.steps >= MAX_STEPS) return { state, step: { kind: 'fail', reason: 'too-many-steps' } };
  return { state: { ...state, last: step, steps: state.steps + 1 }, step };
}

/** The number of the page on screen: as stated, by its first row and the list's size, or as counted by the walk. */
export function placeOf(state: WalkState, view: WalkView): number | undefined {
  if (view.page !== undefined) return view.page;
  const list = view.list;
  if (!list) return undefined;
  if (view.firstRow !== undefined) {
    const size = view.pageSize ?? state.sizes[list];
    return size && (view.firstRow - 1) % size === 0 ? (view.firstRow - 1) / size + 1 : undefined;
  }
  if (view.hasPrevPage === false) return 1;
  return state.counted ?? undefined;
}

/** Applies the last press to what the walk knows (counted page, distance from the admin's page, pages seen). */
function observe(previous: WalkState, view: WalkView): WalkState {
  const state: WalkState = {
    ...previous,
    seen: { ...previous.seen },
    seenRows: { ...previous.seenRows },
    sizes: { ...previous.sizes },
    sizeBack: { ...previous.sizeBack },
  };
  const last = previous.last;
  const stepped = last?.kind === 'next' ? 1 : last?.kind === 'prev' ? -1 : 0;
  // A press on a page number moves an unknown distance; a tab, size or search starts the list over.
  if (last && stepped === 0) state.fromOrigin = null;
  else if (previous.fromOrigin !== null) state.fromOrigin = previous.fromOrigin + stepped;

  const list = view.list;
  if (!list) {
    state.counted = null;
    return state;
  }
  // Pages numbered at another size are other pages.
  if (last?.kind === 'size') {
    delete state.seen[list];
    delete state.seenRows[list];
    delete state.sizes[list];
  }
  if (view.pageSize !== undefined) state.sizes[list] = view.pageSize;
  // The pager states no number: counted from its first page ("previous" disabled), one press at a time.
  if (view.page === undefined && view.firstRow === undefined) {
    if (view.hasPrevPage === false) state.counted = 1;
    else state.counted = previous.counted !== null && stepped !== 0 ? previous.counted + stepped : null;
  } else state.counted = view.page ?? null;

  const place = placeOf(state, view);
  // The admin's page, once the distance to a known page tells it.
  if (
    state.origin.page === undefined &&
    state.origin.firstRow === undefined &&
    state.fromOrigin !== null &&
    place !== undefined &&
    view.list === listOfTab(state.origin.tab)
  ) {
    state.origin = { ...state.origin, page: place - state.fromOrigin };
  }
  if (view.filtered) return state;
  if (place !== undefined) state.seen[list] = addOnce(state.seen[list], place);
  else if (view.firstRow !== undefined) state.seenRows[list] = addOnce(state.seenRows[list], view.firstRow);
  return state;
}

function choose(state: WalkState, view: WalkView, whole: Record<ZoomListName, boolean>): WalkStep {
  if (state.phase === 'read') {
    const step = readStep(state, view, whole);
    if (step) return step;
    state.phase = 'return';
  }
  return returnStep(state, view);
}

/** The next press while reading; null when every list is whole and every size is back. */
function readStep(state: WalkState, view: WalkView, whole: Record<ZoomListName, boolean>): WalkStep | null {
  // A filtered list never counts: the search goes first, whatever the tab.
  if (view.filtered) {
    return view.search.shown && view.search.text !== ''
      ? { kind: 'search', text: '' }
      : { kind: 'fail', reason: 'filter-not-clearable' };
  }
  const list = view.list;
  // The list on screen is whole: its size goes back before it is left.
  if (list && state.sizeBack[list] !== undefined && whole[list]) {
    const size = state.sizeBack[list] as number;
    delete state.sizeBack[list];
    if (view.pageSize !== size) return { kind: 'size', size };
  }
  const next = state.lists.find((name) => !whole[name]);
  if (!next) return null;
  if (list !== next) return view.tabs.includes(next) ? { kind: 'tab', tab: next } : { kind: 'fail', reason: 'no-tab' };

  const size = raisedSize(state, view, list);
  if (size !== undefined) {
    state.raised = [...state.raised, list];
    if (view.pageSize !== undefined) state.sizeBack[list] = view.pageSize;
    return { kind: 'size', size };
  }
  return moveToUnseen(state, view, list);
}

/** The largest size the select offers, when it is larger than the current one and the list has more than one page. */
function raisedSize(state: WalkState, view: WalkView, list: ZoomListName): number | undefined {
  if (state.raised.includes(list) || view.sizes.length === 0) return undefined;
  const largest = Math.max(...view.sizes);
  if (view.pageSize === undefined || largest <= view.pageSize) return undefined;
  const morePages =
    (view.pageCount ?? 1) > 1 || view.hasNextPage === true || view.hasPrevPage === true || (view.total ?? 0) > view.rows;
  return morePages ? largest : undefined;
}

/** Pages of the list not seen yet, and whether any lies before or after the page on screen. */
export function unseenPages(
  state: WalkState,
  view: WalkView,
  list: ZoomListName,
): { pages: number[] | null; before: boolean; after: boolean; place?: number } {
  const place = placeOf(state, view);
  const size = view.pageSize ?? state.sizes[list];
  const seen = new Set(state.seen[list] ?? []);
  if (size) for (const row of state.seenRows[list] ?? []) if ((row - 1) % size === 0) seen.add((row - 1) / size + 1);
  const count = view.pageCount ?? (view.total !== undefined && size ? Math.max(1, Math.ceil(view.total / size)) : undefined);
  if (count !== undefined && place !== undefined) {
    const pages: number[] = [];
    for (let page = 1; page <= count; page++) if (!seen.has(page)) pages.push(page);
    return { pages, before: pages.some((page) => page < place), after: pages.some((page) => page > place), place };
  }
  // Not numbered: what lies beyond the page on screen, by its rows or its controls.
  let before: boolean;
  if (place !== undefined) {
    before = false;
    for (let page = 1; page < place; page++) if (!seen.has(page)) before = true;
  } else before = view.firstRow !== undefined ? view.firstRow > 1 : view.hasPrevPage === true;
  const after =
    view.lastRow !== undefined && view.total !== undefined
      ? view.lastRow < view.total && !(place !== undefined && count !== undefined && place >= count)
      : view.hasNextPage === true;
  return { pages: null, before, after, place };
}

function moveToUnseen(state: WalkState, view: WalkView, list: ZoomListName): WalkStep {
  const unseen = unseenPages(state, view, list);
  const { place } = unseen;
  if (unseen.pages && place !== undefined) {
    if (unseen.pages.length === 0) return { kind: 'fail', reason: 'did-not-add-up' };
    // A page not seen with a button of its own: the nearest one (a person clicks the number).
    const direct = unseen.pages
      .filter((page) => view.numbers.includes(page))
      .sort((a, b) => Math.abs(a - place) - Math.abs(b - place) || a - b)[0];
    if (direct !== undefined) return { kind: 'page', page: direct };
    const after = unseen.pages.filter((page) => page > place);
    const before = unseen.pages.filter((page) => page < place);
    const towardsBefore = before.length > 0 && (after.length === 0 || place - before[before.length - 1] <= after[0] - place);
    return stepTowards(view, towardsBefore ? 'prev' : 'next');
  }
  if (!unseen.before && !unseen.after) return { kind: 'fail', reason: 'did-not-add-up' };
  // Unnumbered: back to the first page first (it tells the count from there), then onwards.
  if (unseen.before && view.hasPrevPage === true) return { kind: 'prev' };
  if (unseen.before && view.numbers.includes(1) && place !== 1) return { kind: 'page', page: 1 };
  if (unseen.after && view.hasNextPage === true) return { kind: 'next' };
  return { kind: 'fail', reason: 'cannot-reach' };
}

function stepTowards(view: WalkView, direction: 'prev' | 'next'): WalkStep {
  if (direction === 'prev' && view.hasPrevPage === true) return { kind: 'prev' };
  if (direction === 'next' && view.hasNextPage === true) return { kind: 'next' };
  // The other way round still reaches it through the pages in between, where the pager may show more.
  if (direction === 'prev' && view.hasNextPage === true && view.numbers.length > 0) return { kind: 'next' };
  if (direction === 'next' && view.hasPrevPage === true && view.numbers.length > 0) return { kind: 'prev' };
  return { kind: 'fail', reason: 'cannot-reach' };
}

/** Back where the admin was: the tab, then the search, then the page; done when there (or when it cannot be told). */
function returnStep(state: WalkState, view: WalkView): WalkStep {
  const origin = state.origin;
  if (origin.tab !== 'unknown' && view.tab !== origin.tab) {
    return view.tabs.includes(origin.tab) ? { kind: 'tab', tab: origin.tab } : { kind: 'done' };
  }
  if (!view.list) return { kind: 'done' };
  if (view.search.shown && view.search.text !== origin.search && !state.searchPut) {
    state.searchPut = true;
    return { kind: 'search', text: origin.search };
  }
  const place = placeOf(state, view);
  if (origin.page !== undefined && place !== undefined && place !== origin.page) {
    if (view.numbers.includes(origin.page)) return { kind: 'page', page: origin.page };
    return stepBack(view, origin.page < place ? 'prev' : 'next');
  }
  // A page the pager does not number (the list kept its page while the other was read): back to the first, counting from there.
  if (origin.page !== undefined && place === undefined && view.firstRow === undefined) return stepBack(view, 'prev');
  if (
    origin.page === undefined &&
    origin.firstRow !== undefined &&
    view.firstRow !== undefined &&
    view.firstRow !== origin.firstRow
  ) {
    return stepBack(view, origin.firstRow < view.firstRow ? 'prev' : 'next');
  }
  return { kind: 'done' };
}

/** On the way back, a page that cannot be reached is left as it is: the lists were read whole. */
function stepBack(view: WalkView, direction: 'prev' | 'next'): WalkStep {
  if (direction === 'prev' && view.hasPrevPage === true) return { kind: 'prev' };
  if (direction === 'next' && view.hasNextPage === true) return { kind: 'next' };
  return { kind: 'done' };
}

/** What the page must show before the walk looks again. */
export interface WalkExpectation {
  tab?: ZoomTab;
  list?: ZoomListName;
  /** The page number it must state (or be placed at). */
  page?: number;
  /** The page must have moved: another place, or other rows, than before the press. */
  moved?: boolean;
  pageSize?: number;
  filtered?: boolean;
}

export function expectationOf(step: WalkStep, before: WalkView): WalkExpectation {
  switch (step.kind) {
    case 'tab':
      return listOfTab(step.tab) ? { tab: step.tab, list: listOfTab(step.tab) } : { tab: step.tab };
    case 'page':
      return { list: before.list, page: step.page, moved: true };
    case 'next':
    case 'prev':
      return { list: before.list, moved: true };
    case 'size':
      return { list: before.list, pageSize: step.size };
    case 'search':
      return { list: before.list, filtered: step.text.trim() !== '' };
    default:
      return {};
  }
}

/**
 * Whether the page shows what the press was for. `moved` compares the place and the rows (`rowsKey`:
 * the addresses shown) with the look before the press: two pages of a list never show the same rows.
 */
export function meetsExpectation(
  expected: WalkExpectation,
  view: WalkView,
  placed: number | undefined,
  before: { view: WalkView; rowsKey: string },
  rowsKey: string,
): boolean {
  if (expected.tab !== undefined && view.tab !== expected.tab) return false;
  if (expected.list !== undefined && view.list !== expected.list) return false;
  if (expected.page !== undefined && placed !== expected.page) return false;
  if (expected.pageSize !== undefined && view.pageSize !== expected.pageSize) return false;
  if (expected.filtered !== undefined && view.filtered !== expected.filtered) return false;
  if (expected.moved && (rowsKey === before.rowsKey || samePlace(view, before.view))) return false;
  return true;
}

function samePlace(a: WalkView, b: WalkView): boolean {
  if (a.page !== undefined || b.page !== undefined) return a.page === b.page;
  if (a.firstRow !== undefined || b.firstRow !== undefined) return a.firstRow === b.firstRow;
  // Neither states a place: the rows alone tell (checked by the caller).
  return false;
}

/**
 * The number of the page a "next" or "previous" press leads to, by the walk's count: for the reading
 * to place a page whose pager states neither its number nor its rows (it uses it only then).
 */
export function countedPlaceAfter(state: WalkState, view: WalkView, step: WalkStep): number | null {
  if (!view.list || (step.kind !== 'next' && step.kind !== 'prev')) return null;
  const now = placeOf(state, view);
  if (now === undefined) return null;
  const next = now + (step.kind === 'next' ? 1 : -1);
  return next >= 1 ? next : null;
}

export function listOfTab(tab: ZoomTab): ZoomListName | undefined {
  return tab === 'users' || tab === 'pending' ? tab : undefined;
}

function addOnce(values: number[] | undefined, value: number): number[] {
  return values?.includes(value) ? values : [...(values ?? []), value];
}

/**
 * Whether the walk can be offered on the page as last read (contract: the pager and the tabs are
 * recognised): both list tabs shown, the list readable, and either one page only or a pager with a
 * "next" control to drive. A list that states a total or a page count but offers no "next" is not
 * driven: the admin completes it by hand or with a CSV. Null: cannot be told now (still loading).
 */
export function walkableFrom(tabs: readonly ZoomTab[], read: ZoomPageRead): boolean | null {
  if (!tabs.includes('users') || !tabs.includes('pending') || read.problem) return false;
  if (read.busy) return null;
  const snapshot = read.snapshot;
  if (!snapshot) return read.tab === 'advanced';
  // A search shows the filter's pager: the walk clears it, and sees the list's own.
  if (snapshot.hasNextPage !== undefined || snapshot.filtered) return true;
  const states = [snapshot.page, snapshot.pageCount, snapshot.total, snapshot.firstRow, snapshot.hasPrevPage];
  // No pager and no total: one page (contract). One page by its own count or total: nothing to drive.
  if (states.every((value) => value === undefined)) return true;
  return snapshot.pageCount === 1 || (snapshot.total !== undefined && snapshot.total <= snapshot.rows.length);
}
