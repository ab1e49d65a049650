/**
 * The reading loop of the Zoom Users page: read the page (adapters), keep what was seen (store),
 * repaint the badges, place the panel and the dialog's button, and read again when the page changes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BADGE_HOST_CLASS, removeAllBadges } from '../../components/row-badge';
import { askStore } from '../../utils/store/client';
import { readZoomPage } from '../../utils/zoom/page';
import { findTabList } from '../../utils/zoom/tabs';
import { findAddUsersDialog } from '../../utils/zoom/add-users-dialog';
import type { AddUsersDialog, ReadRow } from '../../utils/zoom/types';
import { watchPage, type PageWatcher } from '../../utils/dom/observe';
import type { MountedView } from '../../utils/dom/mount';
import { runSessionLoop } from '../shared/session-loop';
import type { RowBadges } from './badges';
import type { ZoomPanelView } from './panel';
import { snapshotKey, type ZoomUsersState } from './state';

export interface ZoomPageParts {
  badges: RowBadges;
  panel: ZoomPanelView;
  dialogButton: MountedView;
}

export function readZoomUsersPage(ctx: ContentScriptContext, stop: AbortSignal, state: ZoomUsersState, parts: ZoomPageParts): void {
  const { badges, panel, dialogButton } = parts;
  let lastRows: ReadRow[] = [];
  let savedKey = '';
  let watcher: PageWatcher | null = null;
  let watchedRegions: Element[] = [];

  function scan(): void {
    // ctx.isInvalid also notices an extension that was reloaded or removed, and then tears us down.
    if (ctx.isInvalid || stop.aborted) return;
    // Teaching (features/teach): what was taught for this host is read first; null: the built-in read.
    const taughtRead = state.taught.read(document, new URL(location.href));
    if (taughtRead === 'waiting') return;
    const read = taughtRead ?? readZoomPage(document, new URL(location.href));
    const key = snapshotKey(read.snapshot);
    const previous = state.page.peek();
    // The rows first: a new page state repaints the badges at once, and must find these rows.
    lastRows = read.rows;
    if (previous.tab !== read.tab || previous.problem !== read.problem || previous.key !== key) {
      state.page.value = { tab: read.tab, problem: read.problem, snapshot: read.snapshot, key };
    }
    badges.paint(read.rows);
    if (read.snapshot && key !== savedKey) {
      savedKey = key;
      void askStore('saveZoomSnapshot', { host: state.host, snapshot: read.snapshot }).catch((error: Error) => {
        savedKey = '';
        state.storeError.value = String(error.message ?? error);
      });
    }
    const openDialogNow = findAddUsersDialog(document) ?? state.taught.dialog(document);
    if (openDialogNow?.dialog !== state.dialog.peek()?.dialog) state.dialog.value = openDialogNow;
    const tabList = findTabList(document);
    panel.placeBy(tabList);
    // Worked out once per read, not per mutation: the watcher consults them on every change.
    watchedRegions = [...regionsOf(read.rows, tabList, openDialogNow), ...state.taught.regions(document)];
    void panel.view.ensurePlaced();
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
  // Teaching: read again with what was just taught, or without what was forgotten.
  stop.addEventListener('abort', state.taught.layout.subscribe(() => scan()), { once: true });
  stop.addEventListener('abort', state.taught.loaded.subscribe(() => scan()), { once: true });
}

/** The table, its tab list, and the open dialog: where relevant changes happen. */
function regionsOf(rows: ReadRow[], tabs: Element | null, dialog: AddUsersDialog | null): Element[] {
  const regions: Element[] = [];
  const firstRow = rows[0]?.row;
  const table = firstRow?.closest('table, [role="table"], [role="grid"]')?.parentElement;
  if (table) regions.push(table);
  if (tabs) regions.push(tabs);
  if (dialog) regions.push(dialog.dialog);
  return regions;
}
