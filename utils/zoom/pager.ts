/**
 * What the list's pager says: the total ("Total 123", "Łącznie 123", "Razem 123", "123 result(s)",
 * "123 wyników"), the range ("1-50 of 123", "1 - 50 z 123"), the page size ("50/page", "50/stronę"),
 * the current page and the number of pages (Element UI's numbered pager, or "Page 2 of 3" /
 * "Strona 2 z 3"). Only what the page states is returned; nothing is guessed: a short last page
 * ("31 - 45 of 45") whose number no stated size tells is returned by its place (its first and last
 * rows) instead. A "Go to" / "Przejdź do" jumper is never read as the current page.
 * Also whether the list is filtered by a search (such a view never counts towards completeness).
 *
 * Verified against: tests/fixtures/zoom/users-en-table.html ("Total 5"), users-pl-grid.html
 * ("1-3 z 5", prev/next), vue-users.html (zm-pagination, "Total 5"/"Łącznie 5", numbered pager),
 * users-ranges.html (ranges only: "1 - 30 of 45" / "31 - 45 z 45", prev/next, a "Go to" / "Przejdź do" jumper),
 * and the real Element UI pagination of tests/fixtures/zoom-element/ ("Total 45"/"Wszystkich 45", a
 * "45 result(s)"/"45 wyników" total slot, `prev, next` only).
 */
import { isMarkedHidden, normalizeSpace } from '../dom/text';
import { isShown } from '../dom/visibility';
import { queryOutsideRows } from '../dom/outside-rows';

export interface PagerRead {
  page?: number;
  pageCount?: number;
  total?: number;
  /** A "next page" control exists: true when it can be used, false when disabled (last page). */
  hasNextPage?: boolean;
  /** A "previous page" control exists: true when it can be used (not the first page), false when disabled. */
  hasPrevPage?: boolean;
  /** The range's first and last rows (1-based places in the whole list), when a range is shown. */
  firstRow?: number;
  lastRow?: number;
  /** Rows per page, when a page-size select states it or a full page's range shows it. */
  pageSize?: number;
}

const NUMBER = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)`;
const TOTAL = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:total|łącznie|razem|ogółem|wszystkich|wszystkie|suma)\s*:?\s*` + NUMBER + String.raw`(?!\d)`,
  'iu',
);
// "123 total", and Zoom's own "40 result(s)" (Meetings page) / "45 wyników"; not "30 results per page".
const TOTAL_AFTER = new RegExp(
  String.raw`(?:^|\s)` +
    NUMBER +
    String.raw`\s+(?:total|in total|łącznie|w sumie|results?(?:\(s\))?|wynik(?:ów|i|u)?|pozycj[ia])(?![\p{L}\d])(?!\s*(?:/|per\s|na\s))`,
  'iu',
);
const RANGE = new RegExp(
  NUMBER + String.raw`\s*(?:[-–—]|to|do)\s*` + NUMBER + String.raw`\s+(?:of|z|ze|spośród|out of)\s+` + NUMBER,
  'iu',
);
const PAGE_OF = /(?:page|strona)\s+(\d+)\s*(?:of|z|\/)\s*(\d+)/iu;
const PAGE_SIZE = /(\d+)\s*(?:\/|per|na)\s*(?:page|stron[aęy]?|stronie)(?![\p{L}\d])/iu;
const DIGITS = /^\d+$/;

/** A navigation landmark that is a pager says so in its label ("Pagination", "Stronicowanie"). */
const PAGER_NAME = /paginat|pager|page|stron/i;

/** Reads the pager and totals under `root` (the list's tab panel, or the whole page). */
export function readPager(root: ParentNode): PagerRead {
  const { texts, containers } = scanOutsideTables(root);
  const pageSize = pageSizeOf(texts, containers);

  let total: number | undefined;
  let page: number | undefined;
  let pageCount: number | undefined;
  let rangeRead: PagerRead | undefined;

  for (const text of texts) {
    const range = RANGE.exec(text);
    // The first range that reads as one ("31 - 45 of 45"), else the first seen ("0-0 of 0").
    if (range && rangeRead?.firstRow === undefined) {
      const read = readRange(toNumber(range[1]), toNumber(range[2]), toNumber(range[3]), pageSize);
      if (!rangeRead || read.firstRow !== undefined) rangeRead = read;
    }
    const stated = TOTAL.exec(text) ?? TOTAL_AFTER.exec(text);
    if (stated) total ??= toNumber(stated[1]);
    const pageOf = PAGE_OF.exec(text);
    if (pageOf) {
      page = Number(pageOf[1]);
      pageCount = Number(pageOf[2]);
    }
  }

  if (rangeRead) {
    total ??= rangeRead.total;
    page ??= rangeRead.page;
    pageCount ??= rangeRead.pageCount;
  }

  const numbered = numberedPages(containers);
  if (numbered.current !== undefined) page = numbered.current;
  if (numbered.last !== undefined) pageCount = Math.max(pageCount ?? 0, numbered.last, page ?? 0);
  if (pageCount === undefined && total !== undefined && pageSize) pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (page !== undefined && pageCount !== undefined && page > pageCount) page = undefined;

  const read: PagerRead = {};
  if (page !== undefined) read.page = page;
  if (pageCount !== undefined) read.pageCount = pageCount;
  if (total !== undefined) read.total = total;
  const next = stepControl(containers, 'next');
  if (next) read.hasNextPage = !isDisabled(next);
  const prev = stepControl(containers, 'prev');
  if (prev) read.hasPrevPage = !isDisabled(prev);
  if (rangeRead?.firstRow !== undefined && rangeRead.lastRow !== undefined) {
    read.firstRow = rangeRead.firstRow;
    read.lastRow = rangeRead.lastRow;
  }
  const size = pageSize ?? rangeRead?.pageSize;
  if (size !== undefined) read.pageSize = size;
  return read;
}

/** "Next page" / "previous page" by label, text or class (Element UI's btn-next often has neither label nor text). */
const STEP_LABEL = {
  next: /^(next|next page|następn[aey]?( strona)?|dalej|›|»|>|→)$/i,
  prev: /^(prev|previous|previous page|poprzedni[aey]?( strona)?|wstecz|‹|«|<|←)$/i,
};
const STEP_CLASS = {
  next: /(^|[-_\s])next($|[-_\s])/i,
  prev: /(^|[-_\s])prev($|[-_\s])/i,
};

/** The pager's "next" or "previous" control, in the pager containers found. */
export function stepControl(containers: Element[], which: 'next' | 'prev'): Element | null {
  for (const container of containers) {
    for (const control of Array.from(container.querySelectorAll('button, a, [role="button"], li'))) {
      const label = normalizeSpace(control.getAttribute('aria-label') ?? control.getAttribute('title') ?? control.textContent);
      if (STEP_LABEL[which].test(label) || STEP_CLASS[which].test(control.getAttribute('class') ?? '')) return control;
    }
  }
  return null;
}

export function isDisabled(control: Element): boolean {
  return (
    control.hasAttribute('disabled') ||
    control.getAttribute('aria-disabled') === 'true' ||
    /(^|[-_\s])(is-)?disabled($|[-_\s])/.test(control.getAttribute('class') ?? '')
  );
}

function toNumber(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

/**
 * "51-100 of 123": page 2 of 3, rows 51 to 100, 50 a page. On the last page the range is shorter
 * than a page, so the page size is known only from a page-size select or when one size alone fits
 * what came before; else only the rows' place is returned (the store may know the size from the
 * pass's earlier pages).
 */
function readRange(start: number, end: number, total: number, pageSize: number | undefined): PagerRead {
  if (!(start >= 1 && end >= start && total >= end)) {
    // "0-0 of 0": an empty list.
    return total === 0 ? { total: 0, page: 1, pageCount: 1 } : { total };
  }
  const place = { total, firstRow: start, lastRow: end };
  const shown = end - start + 1;
  // A page that is not the last is full: its range is the page size.
  const fullPage = end < total ? shown : undefined;
  let size = pageSize ?? fullPage;
  if (size === undefined) size = start === 1 ? shown : onlyPageSizeFitting(start - 1, shown);
  const stated = fullPage !== undefined ? { ...place, pageSize: fullPage } : place;
  if (size === undefined || (start - 1) % size !== 0) return stated;
  return { ...stated, page: (start - 1) / size + 1, pageCount: Math.max(1, Math.ceil(total / size)) };
}

/** The one page size (a divisor of the rows before this page, at least this page's rows), if only one fits. */
function onlyPageSizeFitting(rowsBefore: number, shown: number): number | undefined {
  const fits: number[] = [];
  for (let size = shown; size <= rowsBefore; size++) if (rowsBefore % size === 0) fits.push(size);
  return fits.length === 1 ? fits[0] : undefined;
}

function pageSizeOf(texts: string[], containers: Element[]): number | undefined {
  for (const container of containers) {
    // Element UI's page-size select shows "20/page" in a read-only input, not as text.
    for (const input of Array.from(container.querySelectorAll('input'))) {
      const match = PAGE_SIZE.exec((input as HTMLInputElement).value ?? '');
      if (match) return Number(match[1]);
    }
  }
  for (const text of texts) {
    const match = PAGE_SIZE.exec(text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** The elements under `root` that name themselves a pager (outside tables and hidden parts). */
export function pagerContainers(root: ParentNode): Element[] {
  return scanOutsideTables(root).containers;
}

/** The rows per page a page-size option or select says ("30/page", "50 / stronę", "100 na stronie"). */
export function pageSizeIn(text: string): number | undefined {
  const match = PAGE_SIZE.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * One walk over `root`, skipping tables, grids and hidden parts: the short texts that could state
 * a total or a range (each read as one line), and the elements that name themselves a pager.
 */
function scanOutsideTables(root: ParentNode): { texts: string[]; containers: Element[] } {
  const found = { texts: [] as string[], containers: [] as Element[], seen: new Set<Element>() };
  if ((root as Node).nodeType === 1 && isPagerContainer(root as Element)) found.containers.push(root as Element);
  scan(root as Node, found, false);
  return { texts: found.texts, containers: found.containers };
}

const MAX_PAGER_TEXT = 80;
const HAS_DIGIT = /\d/;

function scan(node: Node, found: { texts: string[]; containers: Element[]; seen: Set<Element> }, insidePager: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if (HAS_DIGIT.test(child.nodeValue ?? '')) collectLines(child, found);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (isMarkedHidden(element) || isTablePart(element)) continue;
      const pager = !insidePager && isPagerContainer(element);
      if (pager) found.containers.push(element);
      scan(element, found, insidePager || pager);
    }
  }
}

/** The text node's own element first, then up to two ancestors while they stay short ("Total" and "5" may sit apart). */
function collectLines(text: Node, found: { texts: string[]; seen: Set<Element> }): void {
  let line = text.parentElement;
  for (let level = 0; line && level < 3; level++, line = line.parentElement) {
    if (isTablePart(line)) break;
    const content = shortTextOf(line);
    if (content === null) break;
    if (found.seen.has(line)) continue;
    found.seen.add(line);
    found.texts.push(content);
  }
}

/**
 * The element's text when it is short, else null. Counted while walking, so an ancestor that
 * holds the whole list (a thousand rows) is given up at once instead of being read in full.
 */
function shortTextOf(element: Element): string | null {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        length += value.length;
        if (length > MAX_PAGER_TEXT * 4) return false;
        parts.push(value);
      } else if (child.nodeType === 1) {
        const inner = child as Element;
        if (isTablePart(inner)) return false;
        // Elements side by side are separate words: "Total 45" + "30/page" is not "Total 4530/page".
        parts.push(' ');
        if (!walk(inner)) return false;
        parts.push(' ');
      }
    }
    return true;
  };
  if (!walk(element)) return null;
  const text = normalizeSpace(parts.join(''));
  return text.length > MAX_PAGER_TEXT ? null : text;
}

/** Rows and cells are the list itself: numbers there are data, not the pager. */
function isTablePart(element: Element): boolean {
  if (element.tagName === 'TABLE') return true;
  const role = element.getAttribute('role');
  return role === 'table' || role === 'grid' || role === 'treegrid' || role === 'row' || role === 'rowgroup';
}

const PAGER_CLASS = /paginat|pager/i;

/** Element UI's `zm-pagination` / `zm-pager`, or a navigation landmark labelled as paging. */
function isPagerContainer(element: Element): boolean {
  if (element.tagName === 'NAV' || element.getAttribute('role') === 'navigation') {
    return PAGER_NAME.test(element.getAttribute('aria-label') ?? '');
  }
  const className = element.getAttribute('class');
  return className !== null && PAGER_CLASS.test(className);
}

/** Numbered page buttons: the highest is the page count, the marked one the current page. */
function numberedPages(containers: Element[]): { current?: number; last?: number } {
  let current: number | undefined;
  let last: number | undefined;
  for (const container of containers) {
    for (const item of Array.from(container.querySelectorAll('li, button, a, [role="button"]'))) {
      if (item.childElementCount > 1) continue;
      const text = normalizeSpace(item.textContent);
      if (!DIGITS.test(text)) continue;
      const number = Number(text);
      last = Math.max(last ?? 0, number);
      if (isCurrentPage(item)) current = number;
    }
  }
  return { current, last };
}

const CURRENT_CLASS = /^(is-)?(active|current|selected)$|[-_](active|current|selected)$/;

export function isCurrentPage(item: Element): boolean {
  const ariaCurrent = item.getAttribute('aria-current');
  if (ariaCurrent !== null && ariaCurrent !== 'false') return true;
  if (item.getAttribute('aria-selected') === 'true' || item.getAttribute('aria-pressed') === 'true') return true;
  const classes = item.classList;
  for (let i = 0; i < classes.length; i++) if (CURRENT_CLASS.test(classes[i])) return true;
  return false;
}

// ── Filtered view ───────────────────────────────────────────────────────────────────────────

const SEARCH_KEYS = ['searchKey', 'searchkey', 'search', 'keyword', 'keywords', 'query', 'q', 'filter'];
const SEARCH_LABEL = /search|szukaj|wyszukaj|filtr|filter|znajdź/i;

/** A search is applied: a search box holds a value, or the URL (its hash route) carries a search key. */
export function isFilteredView(doc: Document, url: URL): boolean {
  return urlHasSearch(url) || searchBoxHasValue(doc);
}

function urlHasSearch(url: URL): boolean {
  const hashQuery = url.hash.indexOf('?') >= 0 ? url.hash.slice(url.hash.indexOf('?') + 1) : '';
  for (const params of [new URLSearchParams(hashQuery), url.searchParams]) {
    for (const key of SEARCH_KEYS) if (normalizeSpace(params.get(key))) return true;
  }
  return false;
}

/** Not text boxes, left out by the query: a thousand row checkboxes say "on". */
const NOT_TEXT_INPUTS = ['checkbox', 'radio', 'hidden', 'button', 'submit', 'reset', 'file', 'image']
  .map((type) => `:not([type="${type}" i])`)
  .join('');

function searchBoxHasValue(doc: Document): boolean {
  const unnamed: HTMLInputElement[] = [];
  for (const input of queryOutsideRows(doc, `input${NOT_TEXT_INPUTS}`)) {
    const field = input as HTMLInputElement;
    if (!TEXT_INPUT_TYPES.has(field.type)) continue; // a thousand row checkboxes say "on"
    if (!normalizeSpace(field.value)) continue;
    if (field.closest('[role="dialog"], dialog')) continue; // the Add Users dialog is no search
    if (isSearchField(field, false)) return true;
    unnamed.push(field);
  }
  // The labels last, all in one look: an input's `labels` walks the whole document each time (a page
  // size select holds a value on every read).
  if (unnamed.length === 0) return false;
  for (const label of queryOutsideRows(doc, 'label')) {
    const control = (label as HTMLLabelElement).control;
    if (control && unnamed.includes(control as HTMLInputElement) && SEARCH_LABEL.test(label.textContent ?? '')) return true;
  }
  return false;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** The page's search box for its lists: one holding a search first, else the first one shown (none in a dialog). */
export function findSearchField(doc: Document): HTMLInputElement | null {
  let empty: HTMLInputElement | null = null;
  for (const input of queryOutsideRows(doc, `input${NOT_TEXT_INPUTS}`)) {
    const field = input as HTMLInputElement;
    if (!TEXT_INPUT_TYPES.has(field.type) || field.closest('[role="dialog"], dialog') || !isSearchField(field)) continue;
    if (!isShown(field)) continue;
    if (normalizeSpace(field.value)) return field;
    empty ??= field;
  }
  return empty;
}

/** `withLabel`: also its label's text (false: only what the field itself says). */
function isSearchField(field: HTMLInputElement, withLabel = true): boolean {
  if (field.type === 'search' || field.getAttribute('role') === 'searchbox') return true;
  if (field.closest('[role="search"], search')) return true;
  const own = [
    field.getAttribute('placeholder'),
    field.getAttribute('aria-label'),
    field.getAttribute('name'),
    field.getAttribute('title'),
  ];
  // Its label last: `labels` searches the document.
  return SEARCH_LABEL.test(own.join(' ')) || (withLabel && SEARCH_LABEL.test(field.labels?.[0]?.textContent ?? ''));
}
