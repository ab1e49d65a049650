/**
 * "Read all pages" (contract.md → `zaa-read-all`): the page's own pager, page-size select and tabs,
 * pressed one at a time as a person would, until both Zoom lists are whole, then back to the tab, search
 * and page the admin had. Loaded on the first press (zoom-read-all.js, see ./read-all-loader.ts).
 *
 * What to press comes from utils/zoom/walk-plan.ts; what may be pressed from utils/zoom/pager-controls.ts
 * (pager buttons, page numbers, the size select and its options) and the tabs: never a row, a checkbox,
 * a dialog or a link away. Each page counts as any page does: the reading loop (./reading.ts) reads and
 * saves it once it holds still; the walk waits for that, and folds the page into its own copy of the
 * coverage (utils/roster/coverage.ts) to know when a list is whole, as the store will.
 *
 * The admin stays in charge: a click or key press of theirs on the page stops it at once (`stopped`);
 * a press the page does not answer in time, a dialog or message appearing, a page gone elsewhere or no
 * longer readable end it (`failed`) with what happened. Nothing is claimed from a page that did not show.
 */
import type { ListCoverage, ListSnapshot, ZoomListName } from '../../utils/roster/model';
import { applySnapshot, coverageOf, emptyCoverage } from '../../utils/roster/coverage';
import { readTabs } from '../../utils/zoom/tabs';
import { findSearchField } from '../../utils/zoom/pager';
import {
  findPagerControls,
  leavesThePage,
  shownSizeOption,
  type PageSizeSelect,
  type PagerControls,
} from '../../utils/zoom/pager-controls';
import { isZoomUsersPage } from '../../utils/zoom/page';
import {
  countedPlaceAfter,
  expectationOf,
  meetsExpectation,
  placeOf,
  planStep,
  startWalk,
  type WalkFailure,
  type WalkState,
  type WalkStep,
  type WalkView,
} from '../../utils/zoom/walk-plan';
import { chooseNativeOption, typeSearch } from '../../utils/dom/fill';
import { isShown } from '../../utils/dom/visibility';
import { normalizeSpace } from '../../utils/dom/text';
import { problemSaid, progressSaid, type ReadAllProblem, type ReadAllStatus } from '../../utils/view/read-all';
import type { ReadingHooks } from './reading';
import type { ZoomUsersState } from './state';

export interface ReadAllOptions {
  /** How long a press may take to show what it was for (the page's own loading included). */
  stepTimeoutMs?: number;
  /** How long the page must hold still (no change, no fade) before the walk looks at it. */
  holdMs?: number;
}

export interface ReadAll {
  start(): Promise<void>;
  /** The panel's Stop. */
  stop(): void;
}

const STEP_TIMEOUT_MS = 5_000;
const HOLD_MS = 150;
const POLL_MS = 40;
/** The store takes the last pages a moment after they were read. */
const CONFIRM_MS = 5_000;
const ADMIN_EVENTS = ['pointerdown', 'mousedown', 'keydown', 'click'] as const;

/** One settled look at the page: what the planner reads, the controls it may press, the snapshot taken. */
interface Look {
  view: WalkView;
  rowsKey: string;
  snapshot: ListSnapshot | null;
  key: string;
  controls: PagerControls | null;
}

type Ending =
  | { state: 'done' }
  | { state: 'stopped'; by: 'admin' | 'button' }
  | { state: 'failed'; problem: ReadAllProblem; text?: string };

export function createReadAll(
  state: ZoomUsersState,
  reading: ReadingHooks,
  ownHosts: () => (Element | null)[],
  stop: AbortSignal,
  options: ReadAllOptions = {},
): ReadAll {
  const stepTimeoutMs = options.stepTimeoutMs ?? STEP_TIMEOUT_MS;
  const holdMs = options.holdMs ?? HOLD_MS;
  let run: AbortController | null = null;

  async function start(): Promise<void> {
    if (run || stop.aborted) return;
    const controller = new AbortController();
    run = controller;
    const endWithPage = () => controller.abort('teardown');
    stop.addEventListener('abort', endWithPage, { once: true });
    // The admin's own click or key press anywhere on the page (not in our panel) hands the page back at once.
    const onAdmin = (event: Event) => {
      if (!event.isTrusted) return;
      const path = event.composedPath();
      if (ownHosts().some((host) => host && path.includes(host))) return;
      controller.abort('admin');
    };
    for (const type of ADMIN_EVENTS) document.addEventListener(type, onAdmin, { capture: true, signal: controller.signal });
    state.readAll.value = { state: 'running' };
    try {
      const ending = await walk(controller.signal);
      if (controller.signal.reason !== 'teardown') state.readAll.value = statusOf(ending);
    } finally {
      reading.placeWalkedPage(null);
      stop.removeEventListener('abort', endWithPage);
      if (!controller.signal.aborted) controller.abort('ended');
      run = null;
    }
  }

  function statusOf(ending: Ending): ReadAllStatus {
    if (ending.state === 'done') return { state: 'done', message: { key: 'readAll.done' } };
    if (ending.state === 'stopped') {
      return { state: 'stopped', message: { key: ending.by === 'admin' ? 'readAll.stopped' : 'readAll.stoppedByButton' } };
    }
    return {
      state: 'failed',
      message: problemSaid(ending.problem, { seconds: Math.round(stepTimeoutMs / 1000), text: ending.text }),
      hint: { key: 'readAll.byHand' },
    };
  }

  async function walk(signal: AbortSignal): Promise<Ending> {
    const marks = pageMarks();
    const first = await settle(signal, marks, () => true);
    if ('state' in first) return first;
    const coverage = startingCoverage();
    const folded = new Set<string>();
    const fold = (look: Look) => {
      if (!look.snapshot || folded.has(look.key)) return;
      folded.add(look.key);
      const list = look.snapshot.list;
      const applied = applySnapshot(coverage[list].record, look.snapshot, Date.now(), coverage[list].count);
      coverage[list] = { record: applied.coverage, count: applied.completedEmails?.length ?? coverage[list].count };
    };
    const whole = () => ({ users: coverage.users.record.complete, pending: coverage.pending.record.complete });
    fold(first);
    let plan: WalkState = startWalk(first.view, whole());
    let look = first;
    for (;;) {
      const planned = planStep(plan, look.view, whole());
      plan = planned.state;
      const step = planned.step;
      if (step.kind === 'done') break;
      if (step.kind === 'fail') return failed(step.reason);
      showProgress(plan, look, step);
      const before = look;
      const place = countedPlaceAfter(plan, look.view, step);
      reading.placeWalkedPage(place !== null && look.view.list ? { list: look.view.list, page: place } : null);
      const refused = await press(step, look, signal);
      if (signal.aborted) return stoppedBy(signal);
      if (refused) return failed(refused);
      const expected = expectationOf(step, before.view);
      const after = await settle(signal, marks, (candidate) =>
        meetsExpectation(expected, candidate.view, placeOf(plan, candidate.view), before, candidate.rowsKey),
      );
      if ('state' in after) return after;
      fold(after);
      look = after;
    }
    // The store folds the same pages: the view is whole once it says so.
    return (await confirmed(signal)) ? { state: 'done' } : signal.aborted ? stoppedBy(signal) : failed('did-not-add-up');
  }

  /** Where the walk is going: the list and page the press is for ("Users: page 2 of 4"), or back to the admin's page. */
  function showProgress(plan: WalkState, look: Look, step: WalkStep): void {
    const view = look.view;
    const size = view.pageSize;
    const count = view.pageCount ?? (view.total !== undefined && size ? Math.max(1, Math.ceil(view.total / size)) : undefined);
    const place = placeOf(plan, view);
    let progress: ReadAllStatus['progress'];
    if (plan.phase === 'return') progress = { key: 'readAll.returning' };
    else if (step.kind === 'tab')
      progress = step.tab === 'users' || step.tab === 'pending' ? progressSaid(step.tab, undefined, undefined) : undefined;
    else if (view.list) {
      const target =
        step.kind === 'page'
          ? step.page
          : place === undefined
            ? undefined
            : place + (step.kind === 'next' ? 1 : step.kind === 'prev' ? -1 : 0);
      // A new size changes the count: said once the page shows it.
      progress = progressSaid(view.list, step.kind === 'size' ? undefined : target, step.kind === 'size' ? undefined : count);
    }
    state.readAll.value = { state: 'running', progress };
  }

  /** Each list's stored coverage, and how many users the store holds for it (a whole list compares its total with that). */
  function startingCoverage(): Record<ZoomListName, { record: ListCoverage; count: number }> {
    const context = state.context.peek();
    const users = context?.zoomUsers ?? [];
    const pending = users.filter((user) => user.state === 'pending').length;
    return {
      users: { record: context?.zoomHost?.users ?? emptyCoverage(), count: users.length - pending },
      pending: { record: context?.zoomHost?.pending ?? emptyCoverage(), count: pending },
    };
  }

  async function confirmed(signal: AbortSignal): Promise<boolean> {
    const until = performance.now() + CONFIRM_MS;
    while (!signal.aborted && performance.now() < until) {
      if (coverageOf(state.context.peek()?.zoomHost ?? null) === 'complete') return true;
      await sleep(POLL_MS * 2);
    }
    return coverageOf(state.context.peek()?.zoomHost ?? null) === 'complete';
  }

  /** Waits until the page holds still, was read and taken by the reading loop, and shows what `wanted` says. */
  async function settle(signal: AbortSignal, marks: PageMarks, wanted: (look: Look) => boolean): Promise<Look | Ending> {
    const until = performance.now() + stepTimeoutMs;
    for (;;) {
      if (signal.aborted) return stoppedBy(signal);
      const interrupted = interruption(marks);
      if (interrupted) return interrupted;
      const look = lookNow();
      if (look && wanted(look)) return look;
      // A page that cannot be read for the whole wait (not a moment while it switches lists).
      if (performance.now() > until) return failed(state.page.peek().problem ? 'unreadable' : 'stuck');
      await sleep(POLL_MS);
    }
  }

  function lookNow(): Look | null {
    if (!reading.heldStillFor(holdMs)) return null;
    const page = state.page.peek();
    const tabs = (readTabs(document)?.tabs ?? []).map((tab) => tab.kind);
    const field = findSearchField(document);
    const search = { shown: field !== null, text: field ? normalizeSpace(field.value) : '' };
    if (!page.snapshot) {
      // A list still loading shows no snapshot; a tab without a list (Advanced) is settled as it is.
      if (page.tab === 'users' || page.tab === 'pending' || page.problem) return null;
      const view: WalkView = { tab: page.tab, rows: 0, numbers: [], sizes: [], search, filtered: false, tabs };
      return { view, rowsKey: '', snapshot: null, key: `tab:${page.tab}`, controls: null };
    }
    const taken = reading.lastTaken();
    if (!taken || taken.key !== page.key) return null;
    const snapshot = taken.snapshot;
    const controls = findPagerControls(scopeOfList(), document);
    const view: WalkView = {
      tab: page.tab,
      list: snapshot.list,
      rows: snapshot.rows.length,
      numbers: [...controls.numbers.keys()],
      sizes: controls.size?.options.map((option) => option.size) ?? [],
      search,
      filtered: snapshot.filtered,
      tabs,
    };
    for (const key of ['page', 'pageCount', 'total', 'firstRow', 'lastRow', 'pageSize', 'hasNextPage', 'hasPrevPage'] as const) {
      if (snapshot[key] !== undefined) (view as unknown as Record<string, unknown>)[key] = snapshot[key];
    }
    // What the pager's controls say about the moves: a control that is there but disabled is no move.
    view.hasNextPage = controls.next ? true : snapshot.hasNextPage === undefined ? undefined : false;
    view.hasPrevPage = controls.prev ? true : snapshot.hasPrevPage === undefined ? undefined : false;
    const rowsKey = snapshot.rows
      .map((row) => row.email)
      .sort()
      .join(' ');
    return { view, rowsKey, snapshot, key: taken.key, controls };
  }

  /** The list's tab panel (where its own pager is), found from its rows or the active tab. */
  function scopeOfList(): ParentNode {
    const row = reading.rows()[0]?.row;
    const panel = row?.closest('[role="tabpanel"]');
    if (panel) return panel;
    const active = readTabs(document)?.tabs.find((tab) => tab.active)?.element;
    const controlled = active?.getAttribute('aria-controls');
    const byControls = controlled ? document.getElementById(controlled) : null;
    return byControls && isShown(byControls) ? byControls : document.body;
  }

  async function press(step: WalkStep, look: Look, signal: AbortSignal): Promise<ReadAllProblem | null> {
    switch (step.kind) {
      case 'tab': {
        const tab = readTabs(document)?.tabs.find((one) => one.kind === step.tab)?.element;
        return clickControl(tab ?? null) ? null : 'no-tab';
      }
      case 'page':
        return clickControl(look.controls?.numbers.get(step.page) ?? null) ? null : 'cannot-reach';
      case 'next':
        return clickControl(look.controls?.next ?? null) ? null : 'cannot-reach';
      case 'prev':
        return clickControl(look.controls?.prev ?? null) ? null : 'cannot-reach';
      case 'size': {
        const select = look.controls?.size;
        return select && (await chooseSize(select, step.size, signal)) ? null : 'cannot-reach';
      }
      case 'search': {
        const field = findSearchField(document);
        if (!field) return 'filter-not-clearable';
        await typeSearch(field, step.text);
        return null;
      }
      default:
        return null;
    }
  }

  function failed(problem: ReadAllProblem | WalkFailure, text?: string): Ending {
    return { state: 'failed', problem, text };
  }

  function stoppedBy(signal: AbortSignal): Ending {
    return { state: 'stopped', by: signal.reason === 'admin' ? 'admin' : 'button' };
  }

  return {
    start,
    stop() {
      run?.abort('button');
    },
  };
}

/**
 * Presses a control the way `element.click()` does (the page's own handlers run, as for a person's
 * click). Never one that would leave the page (a link to another page, a button that submits a form).
 */
function clickControl(control: Element | null): boolean {
  if (!(control instanceof HTMLElement) || !control.isConnected || leavesThePage(control)) return false;
  control.click();
  return true;
}

/** The page-size select set to `size`: a native select's option, or its list opened and the option clicked. */
async function chooseSize(select: PageSizeSelect, size: number, signal: AbortSignal): Promise<boolean> {
  const option = select.options.find((one) => one.size === size);
  if (select.native) {
    if (!option) return false;
    await chooseNativeOption(select.native, (option.element as HTMLOptionElement).value);
    return true;
  }
  if (!clickControl(select.opener)) return false;
  // The list shows a moment later (a fade; Element UI moves it to the body on its first opening).
  for (let waited = 0; waited < 1_500 && !signal.aborted; waited += POLL_MS) {
    await sleep(POLL_MS);
    const shown = option?.element.isConnected && isShown(option.element) ? option.element : shownSizeOption(document, size);
    if (shown) return clickControl(shown);
  }
  return false;
}

/** What was on the page when the walk started: dialogs and messages already there are not the walk's doing. */
interface PageMarks {
  dialogs: Set<Element>;
  messages: Set<string>;
}

const DIALOGS = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]';

function pageMarks(): PageMarks {
  return { dialogs: new Set(shownDialogs()), messages: new Set(shownMessages()) };
}

function shownDialogs(): Element[] {
  return Array.from(document.querySelectorAll(DIALOGS)).filter((dialog) => isShown(dialog));
}

function shownMessages(): string[] {
  return Array.from(document.querySelectorAll('[role="alert"]'))
    .filter((alert) => isShown(alert))
    .map((alert) => normalizeSpace(alert.textContent))
    .filter((text) => text !== '');
}

function interruption(marks: PageMarks): Ending | null {
  if (!isZoomUsersPage(new URL(location.href))) return { state: 'failed', problem: 'navigated' };
  if (shownDialogs().some((dialog) => !marks.dialogs.has(dialog))) return { state: 'failed', problem: 'dialog' };
  const message = shownMessages().find((text) => !marks.messages.has(text));
  if (message) return { state: 'failed', problem: 'message', text: message.length > 160 ? `${message.slice(0, 157)}…` : message };
  return null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
