/**
 * Reads zarezerwuj.pl's resource (employee) list in both UI generations:
 * - 'table': one table with a name column (older UI, "Zasoby (pracownicy)"), maybe category and
 *   email columns, and an "edytuj" link per row;
 * - 'categories': resources grouped under category headings (new UI, "Kategorie zasobów i zasoby"),
 *   each with an edit icon; the name is the row's first text that is not an action, email or phone.
 * Names are read from text nodes (never markup); rows are found from the edit controls in one pass.
 *
 * Verified against tests/fixtures/booking: new-ui-resources.html, new-ui-resources-dialog.html,
 * new-ui-resources-links.html (categories; the last with delete, archive and logout links beside the
 * edit links), old-ui-resources.html (table), and the variants in tests/unit/booking/resource-list.test.ts.
 */
import { collapseWhitespace, foldLabel, labelScorer, visibleText } from '../dom/labels';
import {
  CONTROL_SELECTOR,
  HEADING_SELECTOR,
  contentEditControls,
  controlLabel,
  findResourceListHeading,
  headingLevel,
  isInChrome,
} from './page';
import { urlSaysItChanges } from './link-safety';
import { scoreEmailLabel } from './resource-form';
import type { ResourceListRead, ResourceRowRead } from './types';

type ListProblem = { problem: 'layout-unrecognised'; detail: string };

const TABLE_SELECTOR = 'table, [role="table"], [role="grid"]';
const ROW_LIKE = 'tr, li, [role="row"], [role="listitem"]';
const CATEGORY_HEADING_SELECTOR = `${HEADING_SELECTOR}, summary, caption`;

const scoreNameHeader = labelScorer(
  [
    'nazwa',
    'nazwa zasobu',
    'zasob',
    'imie i nazwisko',
    'pracownik',
    'osoba',
    'name',
    'resource',
    'resource name',
    'employee',
    'full name',
  ],
  ['nazwa', 'imie i nazwisko', 'name'],
);
const scoreCategoryHeader = labelScorer(['kategoria', 'kategoria zasobu', 'grupa', 'category', 'resource category', 'group']);

/** What an empty email cell may show instead of nothing. */
const EMPTY_PLACEHOLDERS = new Set(['-', '—', '–', 'brak', 'nie podano', 'none', 'n/a', 'not set']);

/** Labels of row actions, whose text is never the name. */
const ACTION_WORDS =
  /^(edytuj|edycja|edit|usun|delete|remove|zmien|kopiuj|copy|duplikuj|duplicate|podglad|preview|szczegoly|details|wiecej|more|zobacz|view|pokaz|show|ukryj|hide|przywroc|restore|archiwizuj|archive|zapisz|save|anuluj|cancel)\b/u;
const SKIPPED_TEXT = 'script, style, template, svg, select, option, textarea, button, [role="button"], [aria-hidden="true"]';
const PHRASING = new Set(['b', 'strong', 'em', 'i', 'u', 'mark', 'small', 's', 'abbr', 'bdi', 'bdo']);
const PHONE = /^[+()\d\s./-]{6,}$/u;
const INITIALS = /^\p{Lu}{1,3}$/u;

export function readResourceList(doc: Document, baseUrl: string): ResourceListRead | ListProblem {
  const found = findResourceListHeading(doc);
  if (!found) {
    return problem('No "Kategorie zasobów i zasoby" / "Zasoby (pracownicy)" heading on this page.');
  }
  const editControls = contentEditControls(doc);
  // Nested tables too: older panels lay pages out in tables. Only tables with a name column are read.
  const tables = Array.from(doc.querySelectorAll(TABLE_SELECTOR)).filter((table) => !isInChrome(table));
  const region = listRegion(found.heading, [...tables, ...editControls]);
  const origin = originOf(baseUrl);
  if (!origin) return problem(`Not a web address: ${baseUrl}`);

  const inRegion = (el: Element) => region.contains(el);
  const tableRows = readTables(tables.filter(inRegion), baseUrl, origin);
  if (tableRows.rows.length === 0 && tableRows.listsWithoutNames > 0) {
    // A headed table of editable rows without a name column: its other texts (categories) are not names.
    return problem('The resource table has a header row but no name column ("Nazwa").');
  }
  if (tableRows.rows.length > 0) {
    return {
      generation: tableRows.tablesRead === 1 ? 'table' : 'categories',
      listShowsEmails: tableRows.rows.every((row) => row.rawEmail !== null),
      rows: tableRows.rows,
    };
  }
  const grouped = readGroupedList(region, editControls.filter(inRegion), found.heading, baseUrl, origin);
  if (grouped.length > 0) {
    return { generation: 'categories', listShowsEmails: grouped.every((row) => row.rawEmail !== null), rows: grouped };
  }
  return problem(
    'The resource settings heading is there, but no resource could be read: no table with a name column and no resource with an edit link or button.',
  );
}

function problem(detail: string): ListProblem {
  return { problem: 'layout-unrecognised', detail };
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The smallest part of the page around the list heading that holds a table or an edit control. */
function listRegion(heading: Element, content: Element[]): Element {
  for (let part = heading.parentElement; part; part = part.parentElement) {
    if (content.some((el) => part.contains(el))) return part;
  }
  return heading.ownerDocument.body ?? heading.ownerDocument.documentElement;
}

// ---------------------------------------------------------------------------------------------
// Tables (older UI, or one table per category)

interface TableGrid {
  header: Element[];
  rows: Element[][];
  rowElements: Element[];
}

function readTables(
  tables: Element[],
  baseUrl: string,
  origin: string,
): { rows: ResourceRowRead[]; tablesRead: number; listsWithoutNames: number } {
  const rows: ResourceRowRead[] = [];
  let tablesRead = 0;
  let listsWithoutNames = 0;
  for (const table of tables) {
    const grid = gridOf(table);
    if (!grid) continue;
    const columns = columnsOf(grid.header);
    if (columns.name < 0) {
      if (grid.header.length > 1 && grid.rowElements.some((row) => contentEditControls(row).length > 0)) listsWithoutNames += 1;
      continue;
    }
    tablesRead += 1;
    let category = columns.category < 0 ? precedingCategory(table) : undefined;
    grid.rows.forEach((cells, index) => {
      const row = grid.rowElements[index];
      if (row.hasAttribute('hidden')) return;
      if (cells.length === 1 && grid.header.length > 1) {
        // A group row spanning the table ("Fryzjerzy") names the category of the rows below it.
        const text = categoryText(cells[0]);
        if (text && contentEditControls(row).length === 0) category = text;
        return;
      }
      const nameCell = cells[columns.name];
      if (!nameCell) return;
      const name = readNameIn(nameCell) ?? wholeCellName(nameCell);
      if (!name) return;
      const rawEmail =
        columns.email >= 0 ? readEmailCell(cells[columns.email]) : (name.email ?? (name.sawEmailLabel ? '' : null));
      const rowCategory = columns.category >= 0 ? categoryText(cells[columns.category]) : category;
      const target = editTargetOf(row, baseUrl, origin, contentEditControls(row));
      rows.push(rowRead(row, name.anchor, name.name, rawEmail, rowCategory, target));
    });
  }
  return { rows, tablesRead, listsWithoutNames };
}

/**
 * The name column's text when it does not read as a name (only an emoji or digits, or an address):
 * it is still that resource's name, and the row must not be dropped.
 */
function wholeCellName(cell: Element): NameRead | null {
  const name = visibleText(cell);
  return name ? { name, anchor: cell, sawEmailLabel: false } : null;
}

/** Header cells and body rows (cells by column position, colspan counted) of a table or ARIA grid. */
function gridOf(table: Element): TableGrid | null {
  const rowElements =
    table.localName === 'table'
      ? ownTableRows(table)
      : Array.from(table.querySelectorAll('[role="row"]')).filter((row) => row.closest(TABLE_SELECTOR) === table);
  const cellsOf = (row: Element): Element[] =>
    table.localName === 'table'
      ? Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th')
      : Array.from(row.querySelectorAll('[role="columnheader"], [role="rowheader"], [role="cell"], [role="gridcell"]')).filter(
          (cell) => cell.closest('[role="row"]') === row,
        );
  const headerIndex = rowElements.findIndex((row) => isHeaderRow(row, cellsOf(row)));
  if (headerIndex < 0) return null;
  const header = spread(cellsOf(rowElements[headerIndex]));
  const body = rowElements.slice(headerIndex + 1).filter((row) => !isHeaderRow(row, cellsOf(row)));
  const bodyCells = body.map((row) => {
    const cells = cellsOf(row);
    // A lone cell spanning the table stays one cell: it is a group row.
    return cells.length === 1 ? cells : spread(cells);
  });
  return { header, rows: bodyCells, rowElements: body };
}

function ownTableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.localName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.localName)) {
      for (const row of Array.from(child.children)) if (row.localName === 'tr') rows.push(row);
    }
  }
  return rows;
}

function isHeaderRow(row: Element, cells: Element[]): boolean {
  if (row.parentElement?.localName === 'thead') return true;
  return cells.length > 0 && cells.every((cell) => cell.localName === 'th' || cell.getAttribute('role') === 'columnheader');
}

/** Repeats a cell once per column it spans, so index = column position. */
function spread(cells: Element[]): Element[] {
  const out: Element[] = [];
  for (const cell of cells) {
    const span = Math.min(Math.max(Number(cell.getAttribute('colspan')) || 1, 1), 50);
    for (let i = 0; i < span; i += 1) out.push(cell);
  }
  return out;
}

function columnsOf(header: Element[]): { name: number; email: number; category: number } {
  const best = (score: (folded: string) => number): number => {
    let index = -1;
    let top = 0;
    header.forEach((cell, i) => {
      const value = score(foldLabel(visibleText(cell)));
      if (value > top) {
        top = value;
        index = i;
      }
    });
    return index;
  };
  return { name: best(scoreNameHeader), email: best(scoreEmailLabel), category: best(scoreCategoryHeader) };
}

/** An email cell: the address as written (trimmed), '' when empty or a "none" placeholder. */
function readEmailCell(cell: Element | undefined): string {
  if (!cell) return '';
  const text = (cell.textContent ?? '').trim();
  if (!text || EMPTY_PLACEHOLDERS.has(foldLabel(text))) return '';
  const withAt = textPieces(cell).filter((p) => p.text.includes('@'));
  // Two addresses in one field (say, two mailto links) are read as written, never as the first one.
  return withAt.length === 1 ? withAt[0].text : collapseWhitespace(text);
}

/** The heading or caption just before a table, when several tables are grouped by category. */
function precedingCategory(table: Element): string | undefined {
  const caption = table.querySelector('caption');
  if (caption) return categoryText(caption);
  for (let el = table.previousElementSibling; el; el = el.previousElementSibling) {
    const heading = el.matches(HEADING_SELECTOR) ? el : el.querySelector(HEADING_SELECTOR);
    if (heading) return isListTitle(heading) ? undefined : categoryText(heading);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Grouped list (new UI): rows found from their edit controls

interface CandidateRow {
  row: Element;
  name: NameRead;
}

function readGroupedList(
  region: Element,
  controls: Element[],
  listHeading: Element,
  baseUrl: string,
  origin: string,
): ResourceRowRead[] {
  const targets = countEditTargets(controls, region, baseUrl);
  const candidates: CandidateRow[] = [];
  const controlsByRow = new Map<Element, Element[]>();
  for (const control of controls) {
    const found = rowAndName(control, region, targets);
    if (!found) continue;
    const rowControls = controlsByRow.get(found.row);
    if (rowControls) {
      rowControls.push(control);
      continue;
    }
    controlsByRow.set(found.row, [control]);
    candidates.push(found);
  }
  const headers = categoryHeaderRows(candidates);
  const rows = headers.size > 0 ? candidates.filter((c) => !headers.has(c)) : candidates;
  const categories = categoriesByRow(region, listHeading, new Set(rows.map((c) => c.row)));
  return rows.map((candidate) => {
    const { name } = candidate;
    const rawEmail = name.email ?? (name.sawEmailLabel ? '' : null);
    const target = editTargetOf(candidate.row, baseUrl, origin, controlsByRow.get(candidate.row) ?? []);
    return rowRead(candidate.row, name.anchor, name.name, rawEmail, categories.get(candidate.row), target);
  });
}

/**
 * A category header with its own edit icon reads like a row named by a heading. Those are the
 * headers when they are a minority among rows named by plain text, or, when every row is named by
 * a heading (cards), when their headings rank above the others (h2 categories over h3 names).
 */
function categoryHeaderRows(candidates: CandidateRow[]): Set<CandidateRow> {
  const headingNamed = candidates.filter((c) => c.name.headingLevel !== undefined);
  if (headingNamed.length === 0) return new Set();
  if (headingNamed.length * 2 < candidates.length) return new Set(headingNamed);
  const levels = headingNamed.map((c) => c.name.headingLevel as number);
  const top = Math.min(...levels);
  if (levels.every((level) => level === top)) return new Set();
  const headers = headingNamed.filter((c) => c.name.headingLevel === top);
  return headers.length * 2 < candidates.length ? new Set(headers) : new Set();
}

/**
 * Each row's category: the last category heading before it, after the list's own title. One walk
 * through the region in document order (no per-row position queries: those are slow in some DOMs).
 */
function categoriesByRow(region: Element, listHeading: Element, rows: Set<Element>): Map<Element, string | undefined> {
  const headings = new Set(
    Array.from(region.querySelectorAll(CATEGORY_HEADING_SELECTOR)).filter(
      (heading) => heading !== listHeading && !isInChrome(heading) && !isListTitle(heading) && !insideRow(heading, rows, region),
    ),
  );
  const byRow = new Map<Element, string | undefined>();
  let afterTitle = !region.contains(listHeading);
  let category: string | undefined;
  const walker = region.ownerDocument.createTreeWalker(region, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node === listHeading) afterTitle = true;
    else if (afterTitle && headings.has(node)) category = categoryText(node) ?? category;
    else if (rows.has(node)) byRow.set(node, category);
  }
  return byRow;
}

function insideRow(element: Element, rows: Set<Element>, region: Element): boolean {
  for (let el: Element | null = element; el && el !== region; el = el.parentElement) if (rows.has(el)) return true;
  return false;
}

/**
 * How many distinct edit targets each ancestor (up to the region) holds. Two controls for the same
 * resource (its name linked to the edit page and an edit icon) count once.
 */
function countEditTargets(controls: Element[], region: Element, baseUrl: string): Map<Element, number> {
  const counts = new Map<Element, number>();
  const lastKey = new Map<Element, string | Element>();
  for (const control of controls) {
    const key: string | Element = hrefOf(control, baseUrl) ?? control;
    for (let el = control.parentElement; el && el !== region; el = el.parentElement) {
      if (lastKey.get(el) === key) continue;
      lastKey.set(el, key);
      counts.set(el, (counts.get(el) ?? 0) + 1);
    }
  }
  return counts;
}

/** The row of one edit control: its list item or table row, else the widest wrapper of it alone. */
function rowAndName(control: Element, region: Element, counts: Map<Element, number>): { row: Element; name: NameRead } | null {
  const item = control.closest(ROW_LIKE);
  if (item && item !== region && region.contains(item) && (counts.get(item) ?? 0) <= 1) {
    const name = readNameIn(item);
    return name ? { row: item, name } : null;
  }
  let row: Element = control;
  for (let parent = row.parentElement; parent && parent !== region; parent = parent.parentElement) {
    if ((counts.get(parent) ?? 0) > 1 || hasHeadingOutside(parent, row)) break;
    row = parent;
  }
  const name = readNameIn(row);
  if (name) return { row, name };
  // A card whose name is its heading: the row stopped below the heading, so take one step up.
  const parent = row.parentElement;
  if (parent && parent !== region && (counts.get(parent) ?? 0) <= 1) {
    const wider = readNameIn(parent);
    if (wider) return { row: parent, name: wider };
  }
  return null;
}

/** A category heading beside the row (not inside it) ends the climb: the row must not swallow it. */
function hasHeadingOutside(parent: Element, row: Element): boolean {
  for (const heading of Array.from(parent.querySelectorAll(CATEGORY_HEADING_SELECTOR))) {
    if (!row.contains(heading)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Names and emails inside a row or cell

interface TextPiece {
  text: string;
  parent: Element;
}

interface NameRead {
  name: string;
  anchor: Element;
  /** The address the row shows as written, when it shows one. */
  email?: string;
  /** The row labels an email ("E-mail:") even if nothing follows it. */
  sawEmailLabel: boolean;
  /** Level of the heading that holds the name, when a heading does (cards, category headers). */
  headingLevel?: number;
}

/** Text pieces a person reads in `container`, without actions, icons, scripts or hidden text. */
function textPieces(container: Element): TextPiece[] {
  const pieces: TextPiece[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || isSkipped(parent, container)) continue;
    const text = collapseWhitespace(node.nodeValue ?? '');
    if (text) pieces.push({ text, parent });
  }
  return pieces;
}

function isSkipped(element: Element, container: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (el.matches(SKIPPED_TEXT)) return true;
    if ((el.localName === 'a' || el.getAttribute('role') === 'link' || el.getAttribute('role') === 'menuitem') && isAction(el)) {
      return true;
    }
    if (el === container) break;
  }
  return false;
}

function isAction(control: Element): boolean {
  return ACTION_WORDS.test(foldLabel(controlLabel(control)));
}

function readNameIn(container: Element): NameRead | null {
  const pieces = textPieces(container);
  let email: string | undefined;
  let sawEmailLabel = false;
  const names: TextPiece[] = [];
  const initials: TextPiece[] = [];
  for (const piece of pieces) {
    if (piece.text.includes('@')) {
      email ??= piece.text;
    } else if (piece.text.endsWith(':')) {
      if (scoreEmailLabel(foldLabel(piece.text)) > 0) sawEmailLabel = true;
    } else if (!/[\p{L}\p{N}]/u.test(piece.text) || PHONE.test(piece.text)) {
      // Icons, separators and phone numbers are not names.
    } else if (INITIALS.test(piece.text)) {
      initials.push(piece);
    } else {
      names.push(piece);
    }
  }
  const first = names[0] ?? initials[0];
  if (!first) return null;

  let holder = first.parent;
  while (holder !== container && PHRASING.has(holder.localName) && holder.parentElement) holder = holder.parentElement;
  const name =
    holder === container
      ? first.text
      : collapseWhitespace(
          names
            .filter((piece) => holder.contains(piece.parent))
            .map((piece) => piece.text)
            .join(' ') || first.text,
        );
  const heading = holder.closest(HEADING_SELECTOR);
  const read: NameRead = { name, anchor: anchorFor(holder, container), email, sawEmailLabel };
  if (heading && container.contains(heading)) read.headingLevel = headingLevel(heading);
  return read;
}

/** Where a badge can go: the element holding the name, but never inside a link or button. */
function anchorFor(holder: Element, container: Element): Element {
  let anchor = holder;
  while (anchor !== container && anchor.matches(CONTROL_SELECTOR) && anchor.parentElement) anchor = anchor.parentElement;
  return anchor;
}

// ---------------------------------------------------------------------------------------------
// Edit links, ids, categories

function hrefOf(control: Element, baseUrl: string): string | null {
  const href = control.getAttribute('href');
  if (!href || href.startsWith('#') || /^\s*javascript:/iu.test(href)) return null;
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return null;
  }
}

/**
 * The row's edit page on the same origin, and the resource's id from it or from the row's data.
 * A control whose label or address says it deletes, archives or logs out gives no edit page, even
 * when it looks like one (link-safety.ts): a row whose only link deletes has none.
 */
function editTargetOf(
  row: Element,
  baseUrl: string,
  origin: string,
  controls: Element[],
): { editUrl?: string; resourceId?: string; editLabel?: string } {
  let editUrl: string | undefined;
  let editLabel: string | undefined;
  for (const control of controls) {
    const href = hrefOf(control, baseUrl);
    if (!href || new URL(href).origin !== origin) continue;
    // The controls are edit controls (page.ts → isEditControl: none whose label deletes); the address may still.
    if (urlSaysItChanges(href)) continue;
    editUrl = href;
    editLabel = controlLabel(control) || undefined;
    break;
  }
  const resourceId = (editUrl ? idFromUrl(editUrl) : undefined) ?? idFromData(row, controls);
  return { editUrl, resourceId, editLabel };
}

function idFromUrl(url: string): string | undefined {
  const parsed = new URL(url);
  for (const key of ['id', 'resource_id', 'resourceId', 'zasob', 'zasob_id']) {
    const value = parsed.searchParams.get(key);
    if (value) return value;
  }
  const segment = parsed.pathname
    .split('/')
    .find((part) => /^\d+$/u.test(part) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(part));
  return segment || undefined;
}

function idFromData(row: Element, controls: Element[]): string | undefined {
  for (const el of [row, ...controls]) {
    for (const attr of ['data-resource-id', 'data-zasob-id', 'data-id']) {
      const value = el.getAttribute(attr)?.trim();
      if (value) return value;
    }
  }
  return undefined;
}

function categoryText(element: Element): string | undefined {
  const text = textPieces(element)
    .map((piece) => piece.text)
    .join(' ')
    .replace(/\s*\(\d+\)$/u, '');
  return collapseWhitespace(text) || undefined;
}

function isListTitle(heading: Element): boolean {
  const folded = foldLabel(heading.textContent ?? '');
  return /kategorie zasobow i zasoby|resource categories and resources|zasoby \(pracownicy\)|resources \(employees\)/u.test(
    folded,
  );
}

function rowRead(
  row: Element,
  badgeAnchor: Element,
  name: string,
  rawEmail: string | null,
  category: string | undefined,
  target: { editUrl?: string; resourceId?: string; editLabel?: string },
): ResourceRowRead {
  const read: ResourceRowRead = { name, rawEmail, row, badgeAnchor };
  if (category) read.category = category;
  if (target.resourceId) read.resourceId = target.resourceId;
  if (target.editUrl) read.editUrl = target.editUrl;
  if (target.editLabel) read.editLabel = target.editLabel;
  return read;
}
