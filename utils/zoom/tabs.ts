/**
 * The Users / Pending / Advanced tabs (Użytkownicy / Oczekujące or W oczekiwaniu / Zaawansowane),
 * named by their label folded for comparison (case, diacritics and spacing do not matter).
 * The active tab is read from the page: `role=tab` with `aria-selected`, else an active class
 * (`is-active`, `active`, `…--active`) or `aria-current`; never from the URL alone, because a
 * tab switch may leave the URL as it was.
 *
 * Verified against: tests/fixtures/zoom/users-en-table.html (role=tab, aria-selected),
 * users-pl-grid.html (links with an active class, no roles), vue-users.html (Element UI zm-tabs),
 * unrecognised-no-table.html (no tabs), payment-required-tutorial-pl.html (zm-tabs, "W oczekiwaniu"),
 * users-ranges.html (role=tab buttons re-rendered on every switch; "W oczekiwaniu" in Polish).
 */
import type { ZoomTab } from './types';
import { foldLabel } from '../dom/labels';
import { isMarkedHidden, visibleText } from '../dom/text';
import { queryOutsideRows } from '../dom/outside-rows';

export interface TabRead {
  element: Element;
  kind: ZoomTab;
  active: boolean;
}

/** Tab names, folded (lower case, no diacritics): Zoom's help says "Oczekujące", the booking tutorial "W oczekiwaniu". */
const TAB_WORDS: [RegExp, ZoomTab][] = [
  [/^(users|all users|active users|uzytkownicy|wszyscy uzytkownicy|aktywni uzytkownicy)$/, 'users'],
  [/^(pending|pending users|invited|oczekujace|oczekujacy|w oczekiwaniu|zaproszeni|zaproszenia)$/, 'pending'],
  [/^(advanced|zaawansowane)$/, 'advanced'],
];

/** "Pending (3)", "Oczekujące 3": a count may follow the name. */
const TRAILING_COUNT = /\s*[([]?\s*\d[\d\s.,]*\s*[)\]]?$/;

/** Which tab a label names ('unknown' when none); the tab's route id (`tab-/pending`) helps when the label is an icon. */
export function tabKindOf(label: string, id = ''): ZoomTab {
  const text = foldLabel(label).replace(TRAILING_COUNT, '');
  for (const [pattern, kind] of TAB_WORDS) if (pattern.test(text)) return kind;
  const route = id.toLowerCase();
  if (/(^|[-/#_])pending$/.test(route)) return 'pending';
  if (/(^|[-/#_])advanced$/.test(route)) return 'advanced';
  if (/^tab-\/?(users)?$/.test(route)) return 'users';
  return 'unknown';
}

/** The element holding the Users/Pending tabs, or null when the page shows none. */
export function findTabList(doc: Document): Element | null {
  return readTabs(doc)?.list ?? null;
}

/** The active tab: 'unknown' when no tab list is recognised or no tab in it is marked active. */
export function readActiveTab(doc: Document): ZoomTab {
  return activeTabOf(readTabs(doc));
}

export function activeTabOf(tabs: { tabs: TabRead[] } | null): ZoomTab {
  if (!tabs) return 'unknown';
  return tabs.tabs.find((tab) => tab.active)?.kind ?? 'unknown';
}

/** The tab list and its tabs (each with its kind and whether it is the active one). */
export function readTabs(doc: Document): { list: Element; tabs: TabRead[] } | null {
  return ariaTabs(doc) ?? tabsByText(doc);
}

function isListTab(tab: TabRead): boolean {
  return tab.kind === 'users' || tab.kind === 'pending';
}

function ariaTabs(doc: Document): { list: Element; tabs: TabRead[] } | null {
  const byList = new Map<Element, Element[]>();
  for (const tab of queryOutsideRows(doc, '[role="tab"]')) {
    if (isHiddenTab(tab)) continue;
    const list = tab.closest('[role="tablist"]') ?? tab.parentElement;
    if (!list) continue;
    byList.set(list, [...(byList.get(list) ?? []), tab]);
  }
  let best: { list: Element; tabs: TabRead[]; score: number } | null = null;
  for (const [list, elements] of byList) {
    const tabs = markActive(elements.map((element) => ({ element, kind: kindOfTab(element), active: false })));
    const score = new Set(tabs.filter(isListTab).map((tab) => tab.kind)).size;
    if (score > 0 && (!best || score > best.score)) best = { list, tabs, score };
  }
  return best ? { list: best.list, tabs: best.tabs } : null;
}

function kindOfTab(element: Element): ZoomTab {
  const label = visibleText(element) || element.getAttribute('aria-label') || '';
  return tabKindOf(label, element.id || element.getAttribute('aria-controls') || '');
}

/** Tabs hidden by their markup (a collapsed mobile copy) are not the ones the admin sees. */
function isHiddenTab(tab: Element): boolean {
  for (let node: Element | null = tab; node; node = node.parentElement) if (isMarkedHidden(node)) return true;
  return false;
}

/**
 * aria-selected is the strongest mark; then aria-current; then an active class on the tab,
 * its list item or its link. The first kind of mark present decides.
 */
function markActive(tabs: TabRead[]): TabRead[] {
  const checks: ((element: Element) => boolean)[] = [
    (element) => element.getAttribute('aria-selected') === 'true',
    (element) => hasAriaCurrent(element),
    (element) => hasActiveClass(element),
  ];
  for (const check of checks) {
    const active = tabs.filter((tab) => onTabOrAround(tab.element, check));
    if (active.length === 1) return tabs.map((tab) => ({ ...tab, active: tab === active[0] }));
  }
  return tabs;
}

function onTabOrAround(element: Element, check: (element: Element) => boolean): boolean {
  if (check(element)) return true;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) if (check(child)) return true;
  const parent = element.parentElement;
  // The tab's own list item (`li.active > a`), not the whole tab list.
  return Boolean(parent && parent.childElementCount === 1 && check(parent));
}

function hasAriaCurrent(element: Element): boolean {
  const current = element.getAttribute('aria-current');
  return current !== null && current !== 'false';
}

const ACTIVE_CLASS = /^(is-)?(active|selected|current)$|[-_](active|selected|current)$/;

function hasActiveClass(element: Element): boolean {
  const classes = element.classList;
  for (let i = 0; i < classes.length; i++) if (ACTIVE_CLASS.test(classes[i])) return true;
  return false;
}

/** How far apart (in levels) the Users and Pending tabs may be and still form one tab list. */
const TAB_LIST_MAX_DEPTH = 3;

/**
 * No ARIA tabs: links or buttons reading "Users" and "Pending" close together (a left-menu
 * "Users" item far from any "Pending" is not a tab).
 */
function tabsByText(doc: Document): { list: Element; tabs: TabRead[] } | null {
  const candidates: TabRead[] = [];
  for (const element of queryOutsideRows(doc, 'a, button, li, [role="button"], [role="link"]')) {
    if (element.childElementCount > 3) continue;
    const text = element.textContent ?? '';
    if (text.length > 40) continue;
    const kind = tabKindOf(text);
    if (kind === 'unknown' || isHiddenTab(element)) continue;
    candidates.push({ element, kind, active: false });
  }
  for (const pending of candidates.filter((tab) => tab.kind === 'pending')) {
    const list = commonTabList(pending.element, candidates);
    if (!list) continue;
    const tabs = outermostTabs(candidates.filter((tab) => list.contains(tab.element)));
    return { list, tabs: markActive(tabs) };
  }
  return null;
}

function commonTabList(pendingTab: Element, candidates: TabRead[]): Element | null {
  let ancestor = pendingTab.parentElement;
  for (let depth = 0; ancestor && depth < TAB_LIST_MAX_DEPTH; depth++, ancestor = ancestor.parentElement) {
    const scope = ancestor;
    if (candidates.some((tab) => tab.kind === 'users' && scope.contains(tab.element))) return scope;
  }
  return null;
}

/** `li > a` both read "Users": keep the list item, which carries the active mark as often as its link. */
function outermostTabs(tabs: TabRead[]): TabRead[] {
  return tabs.filter((tab) => !tabs.some((other) => other !== tab && other.element.contains(tab.element)));
}
