/**
 * The Zoom Users page (zoom.us/account/user#/, regional, vanity and zoomgov hosts): which tab is
 * shown, and that tab's list read into a snapshot, or the reason it cannot be read. A page that
 * cannot be read gives no rows at all: nothing is claimed that was not seen.
 *
 * Verified against: tests/fixtures/zoom/users-en-table.html, users-pl-grid.html, vue-users.html,
 * unrecognised.html, unrecognised-no-table.html, payment-required.html, payment-required-pl.html.
 */
import type { ListSnapshot, ZoomListName, ZoomRow } from '../roster/model';
import type { ReadRow, ZoomPageRead, ZoomTab } from './types';
import { activeTabOf, readTabs, type TabRead } from './tabs';
import { readUsersTable, type ListRowRead } from './users-table';
import { looksLikePendingList, readPendingTable } from './pending-table';
import { isFilteredView, readPager } from './pager';
import { detectPaymentRequired } from './notices';
import { isHiddenWithin } from '../dom/text';
import { TABLE_SELECTOR } from '../dom/table';
import { queryOutsideRows } from '../dom/outside-rows';

const USERS_PATH = /^\/account\/user\/?$/;
/** '', '#', '#/', '#/pending', '#/?searchKey=…': the list routes. Deeper routes are other pages. */
const LIST_ROUTE = /^\/?([\w-]+\/?)?$/;

/** The Users page of the Zoom web portal, on any tab; not its sub-pages (a user's profile). */
export function isZoomUsersPage(url: URL): boolean {
  if (!USERS_PATH.test(url.pathname)) return false;
  return LIST_ROUTE.test(hashRoute(url));
}

/** The hash route without its query: '#/pending?x=1' → '/pending'. */
function hashRoute(url: URL): string {
  const hash = url.hash.replace(/^#/, '');
  const query = hash.indexOf('?');
  return query >= 0 ? hash.slice(0, query) : hash;
}

/**
 * Reads the shown tab and its list. `tabs`: the page's tabs when the caller has just read them (the
 * reading loop needs them too; a page of 1,000 rows is walked once for them, not twice).
 */
export function readZoomPage(doc: Document, url: URL, tabs: ReturnType<typeof readTabs> = readTabs(doc)): ZoomPageRead {
  const activeTab = activeTabOf(tabs);
  if (activeTab === 'advanced') return { tab: activeTab, rows: [] };

  const scope = listScope(doc, tabs?.tabs ?? []);
  // Tabs are shown but none reads as Users or Pending: which list this is cannot be told, and a
  // guess could take Pending invitations for active users (and, with a total, replace the stored
  // Users list). Only a list with Resend buttons still tells itself apart.
  if (!tabs && showsUnnamedTabs(doc) && !looksLikePendingList(scopeElement(scope) ?? doc.documentElement)) {
    return { tab: 'unknown', problem: detectPaymentRequired(doc) ? 'payment-required' : 'layout-unrecognised', rows: [] };
  }
  const list = activeTab === 'users' || activeTab === 'pending' ? activeTab : guessList(scope, url);
  const result = list === 'pending' ? readPendingTable(scope) : readUsersTable(scope);
  // Without a recognised tab, the list read names the tab; a page not read leaves it unknown.
  const tab: ZoomTab = activeTab !== 'unknown' || 'problem' in result || result.busy ? activeTab : list;

  if ('problem' in result) {
    return { tab, problem: detectPaymentRequired(doc) ? 'payment-required' : 'layout-unrecognised', rows: [] };
  }
  // Still loading: the rows may belong to the page before, so no snapshot; read again when the
  // table settles. The rows still come back: a badge follows the address its row shows now.
  if (result.busy) return { tab, busy: true, rows: result.rows.map(toReadRow) };
  // An empty table under Zoom's payment notice is the notice, not an empty list.
  if (result.rows.length === 0 && detectPaymentRequired(doc)) return { tab, problem: 'payment-required', rows: [] };

  const snapshot: ListSnapshot = {
    list,
    rows: result.rows.map(toZoomRow),
    ...pagerOf(scope, doc),
    filtered: isFilteredView(doc, url),
  };
  return { tab, snapshot, rows: result.rows.map(toReadRow) };
}

/**
 * No tab marked active (or no tabs): the Pending list is the one with Resend buttons; else the
 * route may say so; else it is the Users list.
 */
function guessList(scope: ParentNode, url: URL): ZoomListName {
  const element = scopeElement(scope);
  if (element && looksLikePendingList(element)) return 'pending';
  return /(^|\/)pending\/?$/i.test(hashRoute(url)) ? 'pending' : 'users';
}

/** A shown tab list whose tabs the adapter could not name (icons, new words). */
function showsUnnamedTabs(doc: Document): boolean {
  return queryOutsideRows(doc, '[role="tablist"] [role="tab"]').some((tab) => !isHiddenWithin(tab));
}

/** The active tab's panel when the page ties one to it and it holds the list; else the whole page. */
function listScope(doc: Document, tabs: TabRead[]): ParentNode {
  const body = doc.body ?? doc;
  const active = tabs.find((tab) => tab.active)?.element;
  const candidates: (Element | null)[] = [];
  const controls = active?.getAttribute('aria-controls');
  if (controls) candidates.push(doc.getElementById(controls));
  // One walk of the page for its panels (it may hold 1,000 rows twice over).
  const panels = queryOutsideRows(doc, '[role="tabpanel"]');
  if (active?.id) {
    candidates.push(...panels.filter((panel) => (panel.getAttribute('aria-labelledby') ?? '').split(/\s+/).includes(active.id)));
  }
  const shownPanels = panels.filter((panel) => !isHiddenWithin(panel));
  if (shownPanels.length === 1) candidates.push(shownPanels[0]);
  for (const panel of candidates) {
    if (panel && !isHiddenWithin(panel) && panel.querySelector(TABLE_SELECTOR)) return panel;
  }
  return body;
}

function scopeElement(scope: ParentNode): Element | null {
  return (scope as Node).nodeType === 9 ? (scope as Document).body : (scope as Element);
}

/** The pager inside the list's panel, else anywhere on the page. */
function pagerOf(
  scope: ParentNode,
  doc: Document,
): Pick<ListSnapshot, 'page' | 'pageCount' | 'total' | 'hasNextPage' | 'hasPrevPage' | 'firstRow' | 'lastRow' | 'pageSize'> {
  const near = readPager(scope);
  if (Object.keys(near).length > 0 || !doc.body || scope === doc.body) return near;
  return readPager(doc.body);
}

function toZoomRow(row: ListRowRead): ZoomRow {
  const zoomRow: ZoomRow = { email: row.email, state: row.state };
  if (row.name !== undefined) zoomRow.name = row.name;
  if (row.userType !== undefined) zoomRow.userType = row.userType;
  if (row.invitedOn !== undefined) zoomRow.invitedOn = row.invitedOn;
  return zoomRow;
}

function toReadRow(row: ListRowRead): ReadRow {
  return { email: row.email, row: row.element, badgeAnchor: row.badgeAnchor };
}
