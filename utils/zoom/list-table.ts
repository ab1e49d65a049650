/**
 * Reads Zoom's Users and Pending lists from whatever table shape the page uses (see ../dom/table.ts),
 * finding columns by meaning: header text in Polish and English, and cells that hold an address.
 * Shared by users-table.ts and pending-table.ts.
 *
 * Verified against: tests/fixtures/zoom/users-en-table.html, users-pl-grid.html, vue-users.html
 * (en, pl; with and without the fixed column), unrecognised.html, unrecognised-no-table.html.
 */
import { extractEmails } from '../roster/email';
import { parsePortalDate } from '../roster/dates';
import type { ZoomListName, ZoomRow, ZoomState } from '../roster/model';
import { readTables, saysEmpty, saysLoading, type ReadTable, type TableRow } from '../dom/table';
import { isBlockTag, isMarkedHidden, normalizeSpace, renderedText, visibleText, visibleTextSegments } from '../dom/text';

export interface ListRowRead extends ZoomRow {
  /** The shown row (never Element UI's fixed-column copy). */
  element: Element;
  /** Where the badge goes: the cell holding the address. */
  badgeAnchor: Element;
}

export type ListTableResult =
  /** `busy`: the table says it is still loading; its rows may be stale or not there yet. */
  { rows: ListRowRead[]; busy?: true } | { problem: 'layout-unrecognised'; detail: string };

export interface ListReadOptions {
  /** Reads an invitation date as the page writes it (defaults to parsePortalDate). */
  parseDate?: (text: string) => string | undefined;
}

// ── Vocabulary (lower-case, whitespace-normalised) ──────────────────────────────────────────

const HEADER = {
  email: /(^|[\s/(])(e-?mail|adres e-?mail)/,
  name: /^(name|full name|display name|user name|username|user|users|imię i nazwisko|nazwisko i imię|nazwa|nazwa użytkownika|użytkownik|użytkownicy)$/,
  firstName: /^(first name|imię)$/,
  lastName: /^(last name|nazwisko)$/,
  status: /^(status|state|stan|user status|status użytkownika|status konta)$/,
  userType: /(^type$|^typ$|user type|typ użytkownika|^licen|^typ licencji)/,
  invited: /(invit|zaprosz|^date|^data|sent|wysł|wysłan)/,
};

const STATE_WORDS: [RegExp, ZoomState][] = [
  [/^(active|aktywn[yaei]|aktywni)$/i, 'active'],
  [/^(inactive|deactivated|disabled|suspended|nieaktywn[yaei]|dezaktywowan[yaei]|wyłączon[yaei]|zawieszon[yaei])$/i, 'inactive'],
  [/^(pending|oczekując[yaei]|w oczekiwaniu|oczekuje)$/i, 'pending'],
];

const USER_TYPE_WORDS: [RegExp, string][] = [
  [/^(basic|podstawowy|podstawowa|podstawowe)$/i, 'Basic'],
  [/^(licensed|z licencją|licencjonowany|licencjonowana|licencja|pro)$/i, 'Licensed'],
  [/^(on-prem|on prem|on-premise|lokalny|lokalna)$/i, 'On-Prem'],
];

/** Words that sit next to a name but are not part of it: roles, avatar initials. */
const NOT_A_NAME = /^(owner|admin|member|właściciel|administrator|członek|\(you\)|\(ty\)|ty|you)$/i;
const INITIALS = /^\p{Lu}{1,3}$/u;

/** How many rows are looked at to find the email column. */
const SAMPLE_ROWS = 30;

// ── Reading ─────────────────────────────────────────────────────────────────────────────────

interface Columns {
  email: number;
  name?: number;
  firstName?: number;
  lastName?: number;
  status?: number;
  userType?: number;
  invited?: number;
}

/** Reads the list under `root` as Zoom's Users or Pending list. */
export function readListTable(root: ParentNode, list: ZoomListName, options: ListReadOptions = {}): ListTableResult {
  const tables = readTables(root);
  if (tables.length === 0) return noTable(root, list);

  let best: { table: ReadTable; columns: Columns; emailRows: number } | null = null;
  for (const table of tables) {
    const found = findColumns(table);
    if (found && (!best || found.emailRows > best.emailRows)) best = { table, ...found };
  }
  if (best) {
    const rows = readRows(best.table, best.columns, list, options.parseDate ?? parsePortalDate);
    return best.table.busy ? { rows, busy: true } : { rows };
  }
  return tablesWithoutEmails(tables);
}

function noTable(root: ParentNode, list: ZoomListName): ListTableResult {
  // An empty Pending list may be shown as a bare "No data" text; the Users list always has its owner.
  const scope = (root as Node).nodeType === 9 ? (root as Document).body : (root as Element);
  if (list === 'pending' && scope && saysEmpty(scope)) return { rows: [] };
  return { problem: 'layout-unrecognised', detail: 'No table, grid or list of rows was found.' };
}

/** No table holds an address: empty tables are an empty list, tables with rows are a layout we do not know. */
function tablesWithoutEmails(tables: ReadTable[]): ListTableResult {
  const withRows = tables.filter((table) => table.rows.length > 0 && !isEmptyStateRow(table));
  if (withRows.length > 0) {
    if (withRows.some((table) => table.busy)) return { rows: [], busy: true };
    const headers = withRows[0].headers.filter(Boolean).join(', ');
    return {
      problem: 'layout-unrecognised',
      detail: `A table with ${withRows[0].rows.length} rows has no column holding email addresses (headers: ${headers || 'none'}).`,
    };
  }
  if (tables.some((table) => table.busy || (table.rows.length === 0 && saysLoading(table.container)))) {
    return { rows: [], busy: true };
  }
  return { rows: [] };
}

/** A plain table may show its empty state as a single row ("No data" across all columns). */
function isEmptyStateRow(table: ReadTable): boolean {
  return table.rows.length === 1 && saysEmpty(table.container);
}

function findColumns(table: ReadTable): { columns: Columns; emailRows: number } | null {
  if (table.rows.length === 0) return null;
  const byHeader = columnsByHeader(table.headers);
  const sample = table.rows.slice(0, SAMPLE_ROWS);
  const emailCounts = countEmailCells(sample);

  let email = -1;
  // A column headed "Email" counts only if its cells really hold addresses.
  if (byHeader.email !== undefined && (emailCounts[byHeader.email] ?? 0) > 0) email = byHeader.email;
  else {
    let bestCount = 0;
    emailCounts.forEach((count, column) => {
      if (count > bestCount) {
        bestCount = count;
        email = column;
      }
    });
  }
  if (email < 0) return null;
  const columns: Columns = { ...byHeader, email };
  if (columns.name === email) delete columns.name;
  return { columns, emailRows: emailCounts[email] };
}

function columnsByHeader(headers: string[]): Omit<Columns, 'email'> & { email?: number } {
  const columns: Omit<Columns, 'email'> & { email?: number } = {};
  headers.forEach((header, index) => {
    if (!header) return;
    if (HEADER.email.test(header)) columns.email ??= index;
    else if (HEADER.firstName.test(header)) columns.firstName ??= index;
    else if (HEADER.lastName.test(header)) columns.lastName ??= index;
    else if (HEADER.name.test(header)) columns.name ??= index;
    else if (HEADER.status.test(header)) columns.status ??= index;
    else if (HEADER.userType.test(header)) columns.userType ??= index;
    else if (HEADER.invited.test(header)) columns.invited ??= index;
  });
  return columns;
}

function countEmailCells(rows: TableRow[]): number[] {
  const counts: number[] = [];
  for (const row of rows) {
    const seen = new Set<Element>();
    row.cells.forEach((cell, column) => {
      if (!cell || seen.has(cell)) return; // a spanning cell counts once
      seen.add(cell);
      if (cellEmail(cell)) counts[column] = (counts[column] ?? 0) + 1;
    });
  }
  return counts;
}

function readRows(
  table: ReadTable,
  columns: Columns,
  list: ZoomListName,
  parseDate: (text: string) => string | undefined,
): ListRowRead[] {
  const rows: ListRowRead[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const emailCell = row.cellAt(columns.email);
    if (!emailCell) continue;
    const found = cellEmail(emailCell);
    // A row repeated by the page (a fixed-column copy we could not tell apart) is one row.
    if (!found || seen.has(found.email)) continue;
    seen.add(found.email);

    const read: ListRowRead = {
      email: found.email,
      state: list === 'pending' ? 'pending' : stateOf(row, columns),
      element: row.element,
      badgeAnchor: emailCell,
    };
    const name = nameOf(row, columns, emailCell, found.element);
    if (name) read.name = name;
    const userType = userTypeOf(row, columns);
    if (userType) read.userType = userType;
    if (list === 'pending') {
      const invitedOn = invitedOnOf(row, columns, emailCell, parseDate);
      if (invitedOn) read.invitedOn = invitedOn;
    }
    rows.push(read);
  }
  return rows;
}

// ── Cells ───────────────────────────────────────────────────────────────────────────────────

/** Tags a search highlight or emphasis wraps around part of an address (`<mark>anna</mark>.nowak@…`). */
const INLINE_EMPHASIS = new Set(['MARK', 'B', 'STRONG', 'EM', 'I', 'U', 'S', 'CODE', 'FONT', 'SUB', 'SUP', 'WBR']);

/**
 * The address a cell holds and the element that holds it. The address is read from the smallest
 * element around it, so a name in a sibling element never runs into it ("Anna" + "anna@…").
 */
export function cellEmail(cell: Element): { email: string; element: Element } | null {
  const text = cell.textContent ?? '';
  if (text.indexOf('@') < 0) return mailtoEmail(cell);
  const atNode = firstVisibleTextWithAt(cell);
  if (!atNode) return null;
  let holder = atNode.parentElement ?? cell;
  while (holder !== cell && INLINE_EMPHASIS.has(holder.tagName) && holder.parentElement) holder = holder.parentElement;
  const email = extractEmails(renderedText(holder))[0] ?? extractEmails(atNode.nodeValue ?? '')[0];
  return email ? { email, element: holder } : null;
}

function mailtoEmail(cell: Element): { email: string; element: Element } | null {
  const link = cell.querySelector('a[href^="mailto:" i]');
  if (!link) return null;
  const email = extractEmails((link.getAttribute('href') ?? '').slice('mailto:'.length).split('?')[0])[0];
  return email ? { email, element: link } : null;
}

function firstVisibleTextWithAt(node: Node): Text | null {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if ((child.nodeValue ?? '').indexOf('@') >= 0) return child as Text;
    } else if (child.nodeType === 1 && !isMarkedHidden(child as Element)) {
      const found = firstVisibleTextWithAt(child);
      if (found) return found;
    }
  }
  return null;
}

function cellText(cell: Element | undefined): string {
  return cell ? visibleText(cell) : '';
}

function stateOf(row: TableRow, columns: Columns): ZoomState {
  if (columns.status !== undefined) {
    const state = stateWord(cellText(row.cellAt(columns.status)));
    if (state) return state;
  }
  // No status column: a status tag anywhere in the row ("Deactivated" under the name). Only cells
  // whose text holds a stem of some status word are walked: most rows hold none (one look at the row's text).
  if (!MAY_HOLD_STATE_WORD.test(row.element.textContent ?? '')) return 'active';
  for (const segment of rowSegments(row, MAY_HOLD_STATE_WORD)) {
    const state = stateWord(segment);
    if (state) return state;
  }
  return 'active';
}

/**
 * A stem of every STATE_WORDS pattern ("w oczekiwaniu" by its one-word part, "dezaktywowany" by
 * "aktyw"): a text without any of them holds no status word. Case-insensitive as the patterns are.
 */
const MAY_HOLD_STATE_WORD = /activ|aktyw|disabled|suspended|wyłączon|zawieszon|pending|oczekuj|oczekiwaniu/i;

/** The state a status word names ("Deactivated", "Nieaktywny"), if any; also for taught rows (features/teach). */
export function stateWord(text: string): ZoomState | undefined {
  const normalised = normalizeSpace(text);
  for (const [pattern, state] of STATE_WORDS) if (pattern.test(normalised)) return state;
  return undefined;
}

function userTypeOf(row: TableRow, columns: Columns): string | undefined {
  if (columns.userType !== undefined) {
    const text = cellText(row.cellAt(columns.userType));
    return userTypeWord(text) ?? (text || undefined);
  }
  for (const segment of rowSegments(row)) {
    const type = userTypeWord(segment);
    if (type) return type;
  }
  return undefined;
}

function userTypeWord(text: string): string | undefined {
  const normalised = normalizeSpace(text);
  for (const [pattern, type] of USER_TYPE_WORDS) if (pattern.test(normalised)) return type;
  return undefined;
}

/** The row's visible text segments, cell by cell; with `worthWalking`, only of the cells whose whole text passes it. */
function rowSegments(row: TableRow, worthWalking?: RegExp): string[] {
  const segments: string[] = [];
  const seen = new Set<Element>();
  for (const cell of row.cells) {
    if (!cell || seen.has(cell)) continue;
    seen.add(cell);
    // Each visible segment is a part of the cell's text: a cell whose text fails the test holds none that passes.
    if (worthWalking && !worthWalking.test(cell.textContent ?? '')) continue;
    segments.push(...visibleTextSegments(cell));
  }
  return segments;
}

function invitedOnOf(
  row: TableRow,
  columns: Columns,
  emailCell: Element,
  parseDate: (text: string) => string | undefined,
): string | undefined {
  if (columns.invited !== undefined) {
    const day = parseDate(cellText(row.cellAt(columns.invited)));
    if (day) return day;
  }
  for (const cell of row.cells) {
    if (!cell || cell === emailCell) continue;
    const day = parseDate(cellText(cell));
    if (day) return day;
  }
  // "Invited 11/20/2026" under the address.
  return parseDate(cellText(emailCell).replace(/\S+@\S+/g, ' '));
}

function nameOf(row: TableRow, columns: Columns, emailCell: Element, emailElement: Element): string | undefined {
  if (columns.name !== undefined && row.cellAt(columns.name) !== emailCell) {
    const name = nameFromCell(row.cellAt(columns.name), null);
    if (name) return name;
  }
  if (columns.firstName !== undefined || columns.lastName !== undefined) {
    const first = columns.firstName !== undefined ? nameFromCell(row.cellAt(columns.firstName), null) : undefined;
    const last = columns.lastName !== undefined ? nameFromCell(row.cellAt(columns.lastName), null) : undefined;
    const name = normalizeSpace([first, last].filter(Boolean).join(' '));
    if (name) return name;
  }
  // The name above the address in the same cell.
  return nameFromCell(emailCell, emailElement === emailCell ? null : emailElement);
}

/**
 * The first line of a cell's text that reads as a name: the text of one block (so "Anna" +
 * "<b>Kowalska</b>" stay one name, while a department on the next line is left out), skipping
 * avatar initials, status and type tags, role words and addresses.
 */
function nameFromCell(cell: Element | undefined, skip: Element | null): string | undefined {
  if (!cell) return undefined;
  const lines = new Map<Element, string[]>();
  collectNameLines(cell, cell, skip, lines);
  for (const words of lines.values()) {
    const line = normalizeSpace(words.join(' '));
    if (line) return line;
  }
  return undefined;
}

function collectNameLines(node: Node, block: Element, skip: Element | null, lines: Map<Element, string[]>): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = normalizeSpace(child.nodeValue);
      if (!text || !looksLikeNamePart(text)) continue;
      const words = lines.get(block) ?? [];
      words.push(text);
      lines.set(block, words);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (element === skip || isMarkedHidden(element)) continue;
      if (isControl(element)) continue;
      collectNameLines(element, isBlockTag(element) ? element : block, skip, lines);
    }
  }
}

const CONTROL_TAGS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

function isControl(element: Element): boolean {
  return CONTROL_TAGS.has(element.tagName) || element.getAttribute('role') === 'button';
}

/** A role word, a status word or a user type: one test per text of a name cell (every row's, on every read). */
const NOT_A_NAME_PART = new RegExp(
  [NOT_A_NAME, ...STATE_WORDS.map(([pattern]) => pattern), ...USER_TYPE_WORDS.map(([pattern]) => pattern)]
    .map((pattern) => `(?:${pattern.source})`)
    .join('|'),
  'i',
);

/** `text` is normalised. */
function looksLikeNamePart(text: string): boolean {
  if (text.indexOf('@') >= 0) return false;
  if (text.length <= 6 && INITIALS.test(text)) return false; // three letters, each one or two UTF-16 units
  return !NOT_A_NAME_PART.test(text);
}
