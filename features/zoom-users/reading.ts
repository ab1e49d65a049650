/**
 * The reading loop of the Zoom Users page: read the page (adapters), keep what was seen (store),
 * repaint the badges, place the panel and the dialog's button, and read again when the page changes.
 */
import { batch, effect, untracked } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_HOST_CLASS, removeAllBadges } from '../../components/row-badge';
import { askStore } from '../../utils/store/client';
import { readZoomPage } from '../../utils/zoom/page';
import { resendLabelIn } from '../../utils/zoom/pending-table';
import { readTabs } from '../../utils/zoom/tabs';
import { walkableFrom } from '../../utils/zoom/walk-plan';
import type { AddUsersDialog, ReadRow } from '../../utils/zoom/types';
import { watchPage, type PageWatcher } from '../../utils/dom/observe';
import { afterNextFrame } from '../../utils/dom/slices';
import { queryOutsideRows } from '../../utils/dom/outside-rows';
import { TABLE_SELECTOR } from '../../utils/dom/table';
import type { MountedView } from '../../utils/dom/mount';
import { runSessionLoop } from '../shared/session-loop';
import { readAgainWhenTaught } from '../teach/taught-host';
import type { RowBadges } from './badges';
import type { ZoomPanelView } from './panel';
import { snapshotKey, type ZoomUsersState } from './state';
import type { ListSnapshot, ZoomListName } from '../../utils/roster/model';

export interface ZoomPageParts {
  badges: RowBadges;
  panel: ZoomPanelView;
  dialogButton: MountedView;
  /** The open Add Users dialog (its finder loads with the prefill: `then` reads again once it is there). */
  findDialog(doc: Document, then: () => void): AddUsersDialog | null;
}

/**
 * How long an empty list must hold still (no relevant change, no fade running) before it counts
 * as empty. Element UI shows its loading mask one Vue tick after a tab switch (the pane is shown
 * empty, with "No Data", for that tick) and fades masks and dialogs in 300 ms; a request that
 * starts a moment later still puts its mask up well within this. 800 ms covers the fade and that
 * moment twice over, and is still short next to an admin reading the panel.
 */
export const EMPTY_SETTLE_MS = 800;

/** What the walk through every page (read-all.ts) needs of the reading loop. */
export interface ReadingHooks {
  /** The snapshot taken last (saved, in order), with its key. */
  lastTaken(): { snapshot: ListSnapshot; key: string } | null;
  /** No relevant change and no fade running for `ms`. */
  heldStillFor(ms: number): boolean;
  /** The rows of the latest read, where they are on the page. */
  rows(): ReadRow[];
  /**
   * The page a walk's "next"/"previous" leads to, by its count from the first page: placed there when
   * the pager states neither the page's number nor its rows (and agrees: "previous" usable on any page
   * but the first). Null: nothing placed.
   */
  placeWalkedPage(place: { list: ZoomListName; page: number } | null): void;
  /** Reads the page now. */
  scan(): void;
}

export function readZoomUsersPage(
  ctx: ContentScriptContext,
  stop: AbortSignal,
  state: ZoomUsersState,
  parts: ZoomPageParts,
): ReadingHooks {
  const { badges, panel, dialogButton, findDialog } = parts;
  let lastRows: ReadRow[] = [];
  let taken: { snapshot: ListSnapshot; key: string } | null = null;
  let walked: { list: ZoomListName; page: number } | null = null;
  let watcher: PageWatcher | null = null;
  let watchedRegions: Element[] = [];
  const saves = createSnapshotSaver(state);
  const views = createViewMemory();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  stop.addEventListener('abort', () => clearTimeout(settleTimer), { once: true });

  function scan(): void {
    // ctx.isInvalid also notices an extension that was reloaded or removed, and then tears us down.
    if (ctx.isInvalid || stop.aborted) return;
    clearTimeout(settleTimer);
    // Teaching (features/teach): what was taught for this host is read first; null: the built-in read.
    const taughtRead = state.taught.read(document, new URL(location.href));
    if (taughtRead === 'waiting') return;
    // Everything is read first, then written (state, badges, panel): no layout forced in between.
    const tabs = readTabs(document);
    const read = taughtRead ?? readZoomPage(document, new URL(location.href), tabs);
    if (walked && read.snapshot) placeWalked(read.snapshot, walked);
    const key = snapshotKey(read.snapshot);
    const openDialogNow = findDialog(document, scan) ?? state.taught.dialog(document);
    const tabList = tabs?.list ?? null;
    const walkable = walkableFrom(tabs?.tabs.map((tab) => tab.kind) ?? [], read);
    // Worked out once per read, not per mutation: the watcher consults them on every change.
    watchedRegions = [...regionsOf(read.rows, tabList, openDialogNow), ...state.taught.regions(document)];

    const previous = state.page.peek();
    // The rows first: a new page state repaints the badges at once, and must find these rows.
    lastRows = read.rows;
    batch(() => {
      if (previous.tab !== read.tab || previous.problem !== read.problem || previous.key !== key) {
        state.page.value = { tab: read.tab, problem: read.problem, snapshot: read.snapshot, key };
      }
      if (openDialogNow?.dialog !== state.dialog.peek()?.dialog) state.dialog.value = openDialogNow;
      if (walkable !== null && walkable !== state.walkable.peek()) state.walkable.value = walkable;
      if (read.tab === 'pending' && read.rows.length > 0 && state.resendLabel.peek() === null) {
        state.resendLabel.value = resendLabelIn(read.rows[0].row);
      }
    });
    badges.paint(read.rows);
    if (read.snapshot) {
      // A list is never taken as empty while the page may still be loading it (contract:
      // no "missing" from a list still loading): an empty read is saved only once it held still.
      // Nor are the rows of the view before under a new page number or filter: the pager and the
      // search change at the click, the rows (and the mask) a moment later.
      const empty = read.snapshot.rows.length === 0;
      const stale = views.showsRowsOfAnotherView(read.snapshot, performance.now(), EMPTY_SETTLE_MS);
      if (!stale && (!empty || watcher?.heldStillFor(EMPTY_SETTLE_MS))) {
        views.accept(read.snapshot);
        saves.save(read.snapshot, key);
        taken = { snapshot: read.snapshot, key };
      } else settleTimer = setTimeout(scan, EMPTY_SETTLE_MS);
    }
    panel.placeBy(tabList);
    panel.ensurePlaced();
    void dialogButton.ensurePlaced();
    // A scan reads the whole page as it is now, so what is queued (our badges) needs no second look.
    watcher?.forgetOwnChanges();
  }

  watcher = watchPage({
    root: document.documentElement,
    regions: () => watchedRegions,
    // Called for every change the page makes, so the cheapest tests come first.
    isOwnNode: (node) =>
      node.nodeType === 1 &&
      ((node as Element).classList.contains(BADGE_HOST_CLASS) || node === panel.view.host || node === dialogButton.host),
    onChange: scan,
    signal: stop,
  });
  // The badges wait for the store's answer; when it is an error, they show what is known.
  const stopErrorRepaint = effect(() => {
    if (state.storeError.value !== null) untracked(() => badges.paint(lastRows));
  });
  stop.addEventListener('abort', stopErrorRepaint, { once: true });
  runSessionLoop({
    stop,
    result: state.result,
    // Statuses change when the store answers: repaint the badges already on the page.
    repaint: () => {
      badges.paint(lastRows);
      watcher?.forgetOwnChanges();
    },
    reload: state.loadContext,
    scan,
    now: state.now,
    teardown: () => {
      panel.view.remove();
      dialogButton.remove();
      removeAllBadges(document);
    },
  });
  readAgainWhenTaught(state.taught, scan, stop);
  return {
    lastTaken: () => taken,
    heldStillFor: (ms) => watcher?.heldStillFor(ms) ?? false,
    rows: () => lastRows,
    placeWalkedPage(place) {
      walked = place;
    },
    scan,
  };
}

/** A page the pager does not number, placed where the walk counted it (only when "previous" agrees). */
function placeWalked(snapshot: ListSnapshot, walked: { list: ZoomListName; page: number }): void {
  if (snapshot.list !== walked.list || snapshot.page !== undefined || snapshot.firstRow !== undefined) return;
  if (snapshot.hasPrevPage === undefined || snapshot.hasPrevPage !== walked.page > 1) return;
  snapshot.page = walked.page;
}

/**
 * Remembers the view last taken (list, page, filter) and the addresses it showed. Two pages or two
 * filters of a list never show the very same rows, so a new view showing exactly the rows of the one
 * before is that one still on screen: Element UI moves its pager (and the search its hash) at the
 * click, while the rows and the loading mask come a tick later. Saved as page 2, page 1's rows would
 * complete the pass without page 2's users, and call them missing. Another page of the same list
 * showing them is never taken (a pager that moved while its list never loaded stays the page before);
 * a filter switched on or off counts once it has shown the same for `settleMs` (a search may match
 * every row; the pager's own change is not one the watcher waits on).
 */
export function createViewMemory(): {
  showsRowsOfAnotherView(snapshot: ListSnapshot, now: number, settleMs: number): boolean;
  accept(snapshot: ListSnapshot): void;
} {
  let last: { view: string; rows: string; snapshot: ListSnapshot } | null = null;
  let doubt: { view: string; rows: string; since: number } | null = null;
  const viewOf = (snapshot: ListSnapshot) => `${snapshot.list} ${placeOf(snapshot) ?? ''} ${snapshot.filtered === true}`;
  // Asked twice of each read (is it another view's, then taken): 1,000 addresses sorted once.
  let sorted: { snapshot: ListSnapshot; rows: string } | null = null;
  const rowsOf = (snapshot: ListSnapshot) => {
    if (sorted?.snapshot !== snapshot) {
      const rows = snapshot.rows
        .map((row) => row.email.toLowerCase())
        .sort()
        .join(' ');
      sorted = { snapshot, rows };
    }
    return sorted.rows;
  };
  return {
    showsRowsOfAnotherView(snapshot, now, settleMs) {
      if (!last || snapshot.rows.length === 0) return false;
      const view = viewOf(snapshot);
      const rows = rowsOf(snapshot);
      if (last.view === view || last.rows !== rows) return false;
      if (isAnotherPage(last.snapshot, snapshot)) return true;
      if (!doubt || doubt.view !== view || doubt.rows !== rows) doubt = { view, rows, since: now };
      return now - doubt.since < settleMs;
    },
    accept(snapshot) {
      last = { view: viewOf(snapshot), rows: rowsOf(snapshot), snapshot };
      doubt = null;
    },
  };
}

/**
 * The same list under the same filter, at another place: a page number or first row both state and that
 * differ, or (a pager that numbers nothing) the first page against one that can go back.
 */
function isAnotherPage(before: ListSnapshot, now: ListSnapshot): boolean {
  if (before.list !== now.list || before.filtered !== now.filtered) return false;
  const a = placeOf(before);
  const b = placeOf(now);
  return a !== undefined && b !== undefined && a !== b && !(a === 'later' && b !== 1) && !(b === 'later' && a !== 1);
}

/** Where a page is: its number, its first row, or only whether it is the first page ("previous" disabled). */
function placeOf(snapshot: ListSnapshot): number | string | undefined {
  if (snapshot.page !== undefined) return snapshot.page;
  if (snapshot.firstRow !== undefined) return `row ${snapshot.firstRow}`;
  if (snapshot.hasPrevPage === false) return 1;
  return snapshot.hasPrevPage === true ? 'later' : undefined;
}

/**
 * Saves each new snapshot once, one at a time and in the order the pages were read: page 2's
 * snapshot never overtakes page 1's, and a failed save is retried by the next read of that page
 * (never forgotten because a later page was saved meanwhile).
 */
function createSnapshotSaver(state: ZoomUsersState): { save(snapshot: ListSnapshot, key: string): void } {
  let lastKey = '';
  let queue: Promise<unknown> = Promise.resolve();
  return {
    save(snapshot, key) {
      if (key === lastKey) return;
      lastKey = key;
      // Once the frame with the badges was painted: sending 1,000 rows to the background takes a few ms, which
      // the read that badged them and that frame need not wait for (a task posted now would run before it).
      queue = queue.then(afterPaint).then(() =>
        askStore('saveZoomSnapshot', { host: state.host, snapshot }).catch((error: Error) => {
          if (lastKey === key) lastKey = '';
          state.storeError.value = String(error.message ?? error);
        }),
      );
    },
  };
}

const afterPaint = () => new Promise<void>((resolve) => afterNextFrame(resolve));

/**
 * The table's wrapper, its tab list, and the open dialog: where relevant changes happen. The
 * watcher also takes state changes of the wrapper's siblings (the loading mask beside it, as far
 * as list-table.ts looks for one), not their text. With no rows read (loading, empty, not
 * recognised), every table on the page is watched that way.
 */
function regionsOf(rows: ReadRow[], tabs: Element | null, dialog: AddUsersDialog | null): Element[] {
  const regions: Element[] = [];
  const firstTable = rows[0]?.row.closest(TABLE_SELECTOR);
  const tables = firstTable ? [firstTable] : queryOutsideRows(document, TABLE_SELECTOR);
  for (const table of tables) {
    const wrapper = table.parentElement;
    if (wrapper && !regions.includes(wrapper)) regions.push(wrapper);
  }
  if (tabs) regions.push(tabs);
  if (dialog) regions.push(dialog.dialog);
  return regions;
}
