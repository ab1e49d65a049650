/**
 * Generic table reading: a real `<table>`, an ARIA table/grid (`role=table|grid|treegrid` with
 * `role=row` and cell roles), and Element UI's split table (the header and the body in two
 * separate `<table>`s, columns tied only by position). Fixed-column copies that Element UI adds
 * (`…__fixed`, `…__fixed-right`, `…__fixed-left`) repeat rows already in the body table: they
 * are not read. Hidden tables (an inactive tab panel, `v-show` off) are not read either.
 *
 * One pass over the rows: cells come from `rows`/`cells` (real tables) or each row's children
 * (ARIA), never from a document-wide query per row.
 */
import { isHiddenWithin, isMarkedHidden, normalizeSpace, visibleText } from './text';
import { isLoadingMaskShown } from './visibility';
import { queryOutsideRows } from './outside-rows';

export interface TableRow {
  /** The row element (`tr`, or the element with `role=row`). */
  element: Element;
  /** Cells by column position (a cell spanning columns fills each of them); a real table's worked out on first use. */
  readonly cells: (Element | undefined)[];
  /**
   * The cell at a column position. In a real table whose rows span nothing, without touching the row's other
   * cells: a content script's first touch of each page element costs it a wrapper of its own (about 1 µs), and a
   * list reads three or four of a row's eight cells.
   */
  cellAt(position: number): Element | undefined;
}

export interface ReadTable {
  /** The element holding the whole table: both halves of a split table, and its empty/loading texts. */
  container: Element;
  /** Normalised, lower-cased header text by column position ('' where none). */
  headers: string[];
  /** Data rows that are shown, in page order. */
  rows: TableRow[];
  /** The table says it is loading (aria-busy, a loading mask or a "Loading…" text). */
  busy: boolean;
}

const ARIA_TABLE_SELECTOR = '[role="table"], [role="grid"], [role="treegrid"]';
/** A real table or an ARIA one. */
export const TABLE_SELECTOR = `table, ${ARIA_TABLE_SELECTOR}`;
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** A row's header cells: `th` in a real table, `columnheader` in an ARIA one. */
interface RawTable {
  element: Element;
  headers: string[] | null;
  rows: TableRow[];
}

/** Every shown table under `root`, split tables joined into one. */
export function readTables(root: ParentNode): ReadTable[] {
  const raw: RawTable[] = [];
  const stopAt = rootNode(root);
  // Found in document order, none inside another's rows (a layout table in a cell is part of that cell).
  for (const table of queryOutsideRows(root, TABLE_SELECTOR)) {
    if (isSkippedTable(table, stopAt)) continue;
    raw.push(table.tagName === 'TABLE' ? readHtmlTable(table as HTMLTableElement) : readAriaTable(table));
  }
  return joinSplitTables(raw).map(finishTable);
}

function rootNode(root: ParentNode): Node | null {
  return (root as Node).nodeType === 9 ? null : (root as Node);
}

/** Element UI's fixed-column wrappers, by their BEM block names (`el-table__fixed-right`, `zm-table__fixed`). */
const FIXED_COPY_CLASS = /__fixed(?:-right|-left|-body-wrapper|-header-wrapper|-footer-wrapper)?$/;

/** Inside a fixed-column copy of another table. */
export function isFixedColumnCopy(element: Element, stopAt?: Node | null): boolean {
  for (let node: Element | null = element; node && node !== stopAt; node = node.parentElement) {
    const classes = node.classList;
    for (let i = 0; i < classes.length; i++) if (FIXED_COPY_CLASS.test(classes[i])) return true;
  }
  return false;
}

function isSkippedTable(table: Element, stopAt: Node | null): boolean {
  if (isHiddenWithin(table, stopAt)) return true;
  if (isFixedColumnCopy(table, stopAt)) return true;
  // A layout table nested in a cell of another table is part of that table's cell.
  const outer = table.parentElement?.closest('td, th, [role="cell"], [role="gridcell"]');
  return Boolean(outer && (!stopAt || stopAt.contains(outer)));
}

function readHtmlTable(table: HTMLTableElement): RawTable {
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  /** The body's first row spans nothing: its number of cells, which a row with as many cells is read by (-1: no such row yet). */
  let plainWidth = -1;
  const allRows = table.rows;
  for (let i = 0; i < allRows.length; i++) {
    const row = allRows[i];
    const section = row.parentElement?.tagName;
    if (section === 'TFOOT') continue;
    const isHeaderRow = section === 'THEAD' || (rows.length === 0 && isAllHeaderCells(row.cells));
    if (isHeaderRow) {
      headers = mergeHeaderRow(headers, htmlRowCells(row));
      continue;
    }
    if (isMarkedHidden(row)) continue;
    if (rows.length === 0) {
      const first = htmlRowCells(row);
      if (first.length === row.cells.length) plainWidth = first.length;
      rows.push(readRowOf(row, first));
    } else rows.push(htmlRowOf(row, plainWidth));
  }
  return { element: table, headers, rows };
}

function readRowOf(element: Element, cells: (Element | undefined)[]): TableRow {
  return { element, cells, cellAt: (position) => cells[position] };
}

/**
 * A real table's row, its cells placed on first use. A row with as many cells as the body's first row, which
 * spans nothing, spans nothing either (it would be wider than the table): its cells are taken by position.
 */
function htmlRowOf(row: HTMLTableRowElement, plainWidth: number): TableRow {
  let cells: (Element | undefined)[] | null = null;
  const collection = row.cells;
  const plain = collection.length === plainWidth;
  return {
    element: row,
    get cells() {
      cells ??= htmlRowCells(row);
      return cells;
    },
    cellAt(position) {
      if (cells) return cells[position];
      return plain ? (collection[position] ?? undefined) : this.cells[position];
    },
  };
}

function isAllHeaderCells(cells: HTMLCollectionOf<HTMLTableCellElement>): boolean {
  if (cells.length === 0) return false;
  for (let i = 0; i < cells.length; i++) if (cells[i].tagName !== 'TH') return false;
  return true;
}

/** An ARIA row's cells by column position: colspan fills every column it covers, aria-colindex wins when given. */
function positionedCells(cells: ArrayLike<Element>): (Element | undefined)[] {
  const positioned: (Element | undefined)[] = [];
  let column = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    let span = 1;
    if (cell.hasAttributes()) {
      const colIndex = Number(cell.getAttribute('aria-colindex'));
      if (Number.isInteger(colIndex) && colIndex > 0) column = colIndex - 1;
      span = Math.max(1, Math.min(50, Number(cell.getAttribute('colspan')) || 1));
    }
    positioned[column] = cell;
    for (let s = 1; s < span; s++) positioned[column + s] = cell;
    column += span;
  }
  return positioned;
}

/**
 * A real table row's cells by column position: only `colspan` places them (the browser reads it as the cell's
 * `colSpan`, one property per cell: a thousand rows of seven cells are read on every change of the list).
 */
function htmlRowCells(row: HTMLTableRowElement): (Element | undefined)[] {
  const positioned: (Element | undefined)[] = [];
  // The row's children, not its live `cells` collection: walking siblings is the cheaper of the two.
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
    const span = (cell as HTMLTableCellElement).colSpan;
    positioned.push(cell);
    for (let s = 1; s < span && s < 50; s++) positioned.push(cell);
  }
  return positioned;
}

/** Two header rows (grouped columns): the lower row's text wins where it has one. */
function mergeHeaderRow(previous: string[] | null, cells: (Element | undefined)[]): string[] {
  const texts = cells.map((cell) => (cell ? headerText(cell) : ''));
  if (!previous) return texts;
  return texts.map((text, i) => text || previous[i] || '');
}

export function headerText(cell: Element): string {
  const text = normalizeSpace(visibleText(cell)) || cell.getAttribute('aria-label') || '';
  return normalizeSpace(text).toLowerCase();
}

function readAriaTable(grid: Element): RawTable {
  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  for (const row of Array.from(grid.querySelectorAll('[role="row"]'))) {
    if (row.closest(ARIA_TABLE_SELECTOR) !== grid) continue; // a nested grid's row
    const cells = ariaCellsOf(row);
    if (cells.length === 0) continue;
    if (cells.every((cell) => cell.getAttribute('role') === 'columnheader')) {
      headers = mergeHeaderRow(headers, positionedCells(cells));
      continue;
    }
    if (isHiddenWithin(row, grid)) continue;
    rows.push(readRowOf(row, positionedCells(cells)));
  }
  return { element: grid, headers, rows };
}

/** The row's cells: usually its children; else the nearest descendants with a cell role. */
function ariaCellsOf(row: Element): Element[] {
  const direct: Element[] = [];
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    if (CELL_ROLES.has(child.getAttribute('role') ?? '')) direct.push(child);
  }
  if (direct.length > 0) return direct;
  return Array.from(row.querySelectorAll('[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]')).filter(
    (cell) => cell.parentElement?.closest('[role="row"]') === row,
  );
}

interface JoinedTable {
  container: Element;
  headers: string[];
  rows: TableRow[];
}

/** How far up a header-only table and a body-only table may share an ancestor to be one table. */
const SPLIT_TABLE_MAX_DEPTH = 3;

/**
 * Element UI's split table: a table with a header and no rows, followed by a table with no
 * header, under a common ancestor a few levels up. Columns line up by position.
 */
function joinSplitTables(raw: RawTable[]): JoinedTable[] {
  const joined: JoinedTable[] = [];
  const used = new Set<RawTable>();
  for (let i = 0; i < raw.length; i++) {
    const table = raw[i];
    if (used.has(table)) continue;
    used.add(table);
    const body = table.headers && table.rows.length === 0 ? findBodyHalf(raw, i, used) : null;
    if (body) {
      used.add(body.table);
      joined.push({ container: body.ancestor, headers: table.headers ?? [], rows: body.table.rows });
    } else {
      joined.push({ container: tableContainer(table.element), headers: table.headers ?? [], rows: table.rows });
    }
  }
  return joined;
}

function findBodyHalf(raw: RawTable[], headerIndex: number, used: Set<RawTable>): { table: RawTable; ancestor: Element } | null {
  const header = raw[headerIndex];
  let ancestor: Element | null = header.element.parentElement;
  for (let depth = 0; ancestor && depth < SPLIT_TABLE_MAX_DEPTH; depth++, ancestor = ancestor.parentElement) {
    for (let j = headerIndex + 1; j < raw.length; j++) {
      const candidate = raw[j];
      if (used.has(candidate) || candidate.headers) continue;
      if (ancestor.contains(candidate.element)) return { table: candidate, ancestor };
    }
  }
  return null;
}

/** A real table's wrapper holds its empty and loading texts; an ARIA grid holds its own. */
function tableContainer(table: Element): Element {
  return table.tagName === 'TABLE' && table.parentElement ? table.parentElement : table;
}

function finishTable(table: JoinedTable): ReadTable {
  return { ...table, busy: isBusy(table.container) };
}

const LOADING_TEXT = /^(loading|ładowanie|wczytywanie|trwa (ładowanie|wczytywanie))\b/i;
const LOADING_CLASS = /(^|[-_])loading(-mask)?$/;

/**
 * The table says its rows are being fetched: `aria-busy` on it or an ancestor, or a shown
 * loading mask (Element UI's `v-loading` puts one beside the table, as a child of its wrapper):
 * one that can be seen and is not fading out (visibility.ts → isLoadingMaskShown).
 * Only the container, its ancestors and the children of the nearest two are looked at: never
 * every row.
 */
function isBusy(container: Element): boolean {
  if (container.closest('[aria-busy="true"]')) return true;
  for (let scope: Element | null = container, level = 0; scope && level < 2; scope = scope.parentElement, level++) {
    for (let child = scope.firstElementChild; child; child = child.nextElementSibling) {
      if (child.getAttribute('aria-busy') === 'true') return true;
      if (hasClassMatching(child, LOADING_CLASS) && !isMarkedHidden(child) && isLoadingMaskShown(child)) return true;
    }
  }
  return false;
}

function hasClassMatching(element: Element, pattern: RegExp): boolean {
  const classes = element.classList;
  for (let i = 0; i < classes.length; i++) if (pattern.test(classes[i])) return true;
  return false;
}

/** "Loading…" as the only text of a table without rows (checked by readers when they find none). */
export function saysLoading(container: Element): boolean {
  return LOADING_TEXT.test(textOutsideHeaders(container));
}

const EMPTY_STATE_TEXT =
  /\b(no data|no users|no results|no pending|no records|nothing found|no matching)\b|brak (danych|użytkowników|wyników|oczekujących|zaproszeń|rekordów)|nie znaleziono/i;

/** The table shows an empty-state text ("No Data", "Brak danych"): an empty list, not a missing one. */
export function saysEmpty(container: Element): boolean {
  return EMPTY_STATE_TEXT.test(textOutsideHeaders(container));
}

/** Visible text of a table container, header cells left out (a header could say "No."). */
function textOutsideHeaders(container: Element): string {
  const parts: string[] = [];
  collectOutsideHeaders(container, parts);
  return normalizeSpace(parts.join(' '));
}

function collectOutsideHeaders(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const element = child as Element;
      if (isMarkedHidden(element)) continue;
      if (element.tagName === 'THEAD' || element.getAttribute('role') === 'columnheader') continue;
      collectOutsideHeaders(element, out);
    }
  }
}

/**
 * The places in fixed-column copies of `anchor`'s table row that stand where `anchor` stands in
 * it (same row of the body, same cell, same path inside the cell). Element UI lays the copy over the
 * table and does not align row heights itself: whatever makes a row taller must be mirrored there,
 * or the copy's buttons (Resend, Delete) drift onto the wrong rows.
 */
export function fixedCopyTwins(anchor: Element, copiesByTable = new Map<Element, HTMLTableElement[]>()): Element[] {
  const cell = anchor.tagName === 'TD' || anchor.tagName === 'TH' ? anchor : anchor.closest('td, th');
  const row = cell?.parentElement;
  const section = row?.parentElement;
  const places = placesOf(copiesByTable);
  const table = section && places.tableOf(section);
  if (!cell || !row || !table || !section) return [];
  // The copies first, once per table: most tables have none, and then nothing per row is worked out.
  let copies = copiesByTable.get(table);
  if (!copies) {
    copies = isFixedColumnCopy(table) ? [] : fixedCopiesOf(table, section.children.length);
    copiesByTable.set(table, copies);
  }
  if (copies.length === 0) return [];
  const rowIndex = places.indexIn(section, row);
  const cellIndex = elementIndex(cell);
  const path = pathWithin(cell, anchor);
  const twins: Element[] = [];
  for (const copy of copies) {
    const twinRow = places.bodyOf(copy)?.children[rowIndex];
    const twinCell = twinRow?.children[cellIndex];
    const twin = twinCell && followPath(twinCell, path);
    if (twin) twins.push(twin);
  }
  return twins;
}

/**
 * What one pass over a table's rows (one `copiesByTable`) works out once: each row's place in its
 * section (an `indexOf` per row would make a 1,000-row pass quadratic) and each copy's body.
 */
interface Places {
  /** The table a body section is part of (the same for every row of the pass). */
  tableOf(section: Element): HTMLTableElement | null;
  indexIn(section: Element, row: Element): number;
  bodyOf(copy: HTMLTableElement): Element | null;
}

const placesByPass = new WeakMap<Map<Element, HTMLTableElement[]>, Places>();

function placesOf(pass: Map<Element, HTMLTableElement[]>): Places {
  let places = placesByPass.get(pass);
  if (places) return places;
  const indexes = new Map<Element, Map<Element, number>>();
  const bodies = new Map<HTMLTableElement, Element | null>();
  const tables = new Map<Element, HTMLTableElement | null>();
  places = {
    tableOf(section) {
      let table = tables.get(section);
      if (table === undefined) {
        table = section.closest('table');
        tables.set(section, table);
      }
      return table;
    },
    indexIn(section, row) {
      let bySection = indexes.get(section);
      if (!bySection) {
        bySection = new Map();
        for (let i = 0, child = section.firstElementChild; child; child = child.nextElementSibling, i++) bySection.set(child, i);
        indexes.set(section, bySection);
      }
      return bySection.get(row) ?? -1;
    },
    bodyOf(copy) {
      if (!bodies.has(copy)) bodies.set(copy, copy.querySelector('tbody'));
      return bodies.get(copy) ?? null;
    },
  };
  placesByPass.set(pass, places);
  return places;
}

/**
 * The copies of this table: in the same table component (div.zm-table > …__body-wrapper > table
 * beside div.zm-table > …__fixed-right > … > table), whose fixed wrapper is a child of that
 * component, with as many body rows. Another table on the page is never taken for a copy.
 */
function fixedCopiesOf(table: HTMLTableElement, rowCount: number): HTMLTableElement[] {
  const component = table.parentElement?.parentElement;
  if (!component) return [];
  return Array.from(component.querySelectorAll('table')).filter((other) => {
    if (other === table || other.querySelector('tbody')?.children.length !== rowCount) return false;
    for (let node = other.parentElement; node && node !== component; node = node.parentElement) {
      if (node.parentElement === component) return isFixedColumnCopy(node, component);
    }
    return false;
  });
}

function pathWithin(ancestor: Element, node: Element): number[] {
  const path: number[] = [];
  for (let current: Element = node; current !== ancestor && current.parentElement; current = current.parentElement) {
    path.unshift(elementIndex(current));
  }
  return path;
}

/** The element's place among its parent's element children (a sibling walk: indexOf on a live collection is slow). */
function elementIndex(element: Element): number {
  let index = 0;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
  return index;
}

function followPath(start: Element, path: number[]): Element | null {
  let current: Element | null = start;
  for (const index of path) current = current?.children[index] ?? null;
  return current;
}
