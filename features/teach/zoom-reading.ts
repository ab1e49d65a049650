/**
 * The Zoom Users page read with what was taught, before the built-in adapters: the taught list of
 * the list on screen gives the rows (toReadRows), the pager and totals come from the list's scope
 * (readPager), and the snapshot follows the same coverage rules as a built-in read. Nothing is
 * claimed that was not seen:
 * - the list on screen is the one the recognised tabs name; when the tabs are not recognised, it is
 *   the one the admin named while teaching (remembered for the list elements of this session), else,
 *   at the session's first read, the only taught list found; such a read never counts towards a
 *   complete view, and elements never named (the page switched lists) are not read;
 * - a read with unreadable rows (no address, or several, in the taught place) never counts either;
 * - a taught list that no longer finds rows is ignored (`stale`), and the built-in read goes on.
 */
import type { ListSnapshot, ZoomListName, ZoomRow, ZoomState } from '../../utils/roster/model';
import type { TaughtLayout, TaughtList } from '../../utils/roster/taught-layout';
import { readTaughtList, toReadRows, findTaughtField, type TaughtListRead } from '../../utils/teach/apply';
import { activeTabOf, readTabs } from '../../utils/zoom/tabs';
import { isFilteredView, readPager } from '../../utils/zoom/pager';
import { looksLikePendingList } from '../../utils/zoom/pending-table';
import { stateWord } from '../../utils/zoom/list-table';
import { describeDialog } from '../../utils/zoom/add-users-find';
import type { AddUsersDialog, ZoomPageRead } from '../../utils/zoom/types';
import { visibleTextSegments } from '../../utils/dom/text';
import { nameLists, type NamedLists } from './named-lists';

const LIST_NAMES: ZoomListName[] = ['users', 'pending'];

export type { NamedLists } from './named-lists';
export { createNamedLists, nameLists } from './named-lists';

export type TaughtZoomRead =
  /** Nothing taught for the list on screen: the built-in read decides. */
  | { kind: 'none' }
  /** Taught, and not found on the page any more: ignored, with the stale notice. */
  | { kind: 'stale' }
  | { kind: 'read'; read: ZoomPageRead };

export function readTaughtZoomPage(doc: Document, url: URL, layout: TaughtLayout | null, named: NamedLists): TaughtZoomRead {
  if (!layout || Object.keys(layout.lists).length === 0) return { kind: 'none' };
  const tabs = readTabs(doc);
  const activeTab = activeTabOf(tabs);
  if (activeTab === 'advanced') return { kind: 'none' };
  const known = activeTab === 'users' || activeTab === 'pending';

  let list: ZoomListName | null = null;
  let read: Extract<TaughtListRead, { kind: 'rows' }> | null = null;
  let sawStale = false;
  const candidates = known ? [activeTab as ZoomListName] : LIST_NAMES;
  const found: { name: ZoomListName; read: Extract<TaughtListRead, { kind: 'rows' }> }[] = [];
  for (const name of candidates) {
    const taught = layout.lists[name];
    if (!taught) continue;
    const result = readTaughtList(taught, doc);
    if (result.kind === 'stale') sawStale = true;
    else found.push({ name, read: result });
  }
  if (known) {
    if (found.length === 1) ({ name: list, read } = found[0]);
  } else {
    const chosen = chooseUnnamedList(found, named, url);
    if (chosen) ({ name: list, read } = chosen);
  }
  if (!list || !read) return sawStale && found.length === 0 ? { kind: 'stale' } : { kind: 'none' };

  const tab = known ? activeTab : list;
  // Still loading: the rows may belong to the page before.
  if (read.busy) return { kind: 'read', read: { tab, rows: [] } };
  const rows = toReadRows(read);
  const scope = read.containers[0].closest('[role="tabpanel"]') ?? doc.body;
  let pager = readPager(scope);
  if (Object.keys(pager).length === 0 && scope !== doc.body && doc.body) pager = readPager(doc.body);
  const name = list;
  const namePlaced = layout.lists[name]?.name !== undefined;
  const snapshot: ListSnapshot = {
    list: name,
    rows: read.rows.filter((row) => row.email !== '').map((row) => zoomRowOf(name, namePlaced, row.row, row.email, row.name)),
    ...pager,
    // Not a whole view: which list this is was not told by the page, or some rows could not be read.
    filtered: isFilteredView(doc, url) || !known || read.unreadable > 0,
  };
  return { kind: 'read', read: { tab, snapshot, rows } };
}

/**
 * Without recognised tabs: the list the admin named for these very elements, else the only taught
 * list found (not contradicted by the route or by Resend buttons); several, or none: null.
 */
export function chooseUnnamedList<T extends { name: ZoomListName; read: { containers: Element[] } }>(
  found: T[],
  named: NamedLists,
  url: URL,
): T | null {
  const byMemory = found.filter((one) => one.read.containers.every((container) => named.map.get(container) === one.name));
  if (byMemory.length === 1) return byMemory[0];
  // Elements this session never named, after others were: a switch the page did not show in its tabs.
  if (named.any) return null;
  // Lists of the same structure find the same elements: which one is on screen cannot be told.
  const distinct = found.filter(
    (one) => !found.some((other) => other !== one && other.read.containers.some((c) => one.read.containers.includes(c))),
  );
  if (distinct.length !== 1 || found.length !== 1) return null;
  const only = distinct[0];
  const routeSaysPending = /(^|\/)pending\/?(\?|$)/i.test(url.hash.replace(/^#\/?/, ''));
  const resend = only.read.containers.some((container) => looksLikePendingList(container));
  if (only.name === 'users' && (routeSaysPending || resend)) return null;
  nameLists(named, only.read.containers, only.name);
  return only;
}

function zoomRowOf(list: ZoomListName, namePlaced: boolean, row: Element, email: string, name: string | undefined): ZoomRow {
  const state = list === 'pending' ? 'pending' : (rowStates(row).find((word) => word !== 'pending') ?? 'active');
  const zoomRow: ZoomRow = { email, state };
  if (namePlaced && name) zoomRow.name = name;
  return zoomRow;
}

/** A row's state as last worked out, while its text stays the same (scans repeat on every change of the page). */
const statesSeen = new WeakMap<Element, { text: string; states: ZoomState[] }>();

/** Status words of a row ("Basic · Deactivated" is two). */
function rowStates(row: Element): ZoomState[] {
  const text = row.textContent ?? '';
  const seen = statesSeen.get(row);
  if (seen && seen.text === text) return seen.states;
  const words = visibleTextSegments(row).flatMap((segment) => segment.split(/\s*[·•|,;]\s*/));
  const states = words.map((word) => stateWord(word)).filter((state): state is ZoomState => state !== undefined);
  statesSeen.set(row, { text, states });
  return states;
}

/** The open dialog with the taught email field, described like the built-in one; null when not on the page. */
export function taughtAddUsersDialog(doc: Document, layout: TaughtLayout | null): AddUsersDialog | null {
  if (!layout?.emailField) return null;
  const field = findTaughtField(layout.emailField, doc);
  // A rich-text (contenteditable) field is not filled: Zoom's is an input or a textarea, and a
  // wrong kind of filling could leave half an address in it.
  if (!field || !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return null;
  const dialog = field.closest('[role="dialog"], [role="alertdialog"], [aria-modal="true"]');
  return dialog ? describeDialog(dialog, field) : null;
}

/** The taught list elements found now, for the session's memory of named lists. */
export function containersOf(taught: TaughtList | undefined, doc: Document): Element[] {
  if (!taught) return [];
  const read = readTaughtList(taught, doc);
  return read.kind === 'rows' ? read.containers : [];
}

/**
 * What the reading watches for taught lists: two levels above each list found (below the body), so
 * a wrapper shown or hidden (a list switched without tabs) is a change too. Taught lists that are
 * not on the page are found again through the page's added elements, which are always watched.
 */
export function watchedAround(lists: (TaughtList | undefined)[], doc: Document): Element[] {
  const regions = new Set<Element>();
  for (const list of lists) {
    for (const container of containersOf(list, doc)) {
      let region = container;
      for (
        let up = 0;
        up < 2 && region.parentElement && region.parentElement !== doc.body && region.parentElement !== doc.documentElement;
        up++
      ) {
        region = region.parentElement;
      }
      regions.add(region);
    }
  }
  return [...regions];
}
