/**
 * Zoom CSV files: the import file for Zoom's "Import users" (built from employees missing on
 * Zoom), and reading Zoom's users export (a complete view of the Users list).
 * Pure: no DOM, no browser.
 *
 * Reading an export, decided for what an admin expects:
 * - The file as Zoom writes it: UTF-8 with a BOM, the export's own header (Email, …, Last Login(UTC),
 *   …, User Type or License Type, …, User Status, …) in any order, extra columns ignored; or the
 *   import template's header (Email, First Name, Last Name, Department, Manager, …).
 * - Headers are matched by name, in English or Polish, ignoring case, diacritics, spacing, quotes,
 *   brackets and a BOM; the delimiter is detected (Zoom writes commas, a Polish Excel semicolons).
 *   Columns the import does not use are listed in `ignoredColumns`.
 * - A file with an email column but no column of Zoom's files (a list of addresses from elsewhere)
 *   is neither, and refused naming the columns found: taken for a complete Users list, it would
 *   call everyone in it active.
 * - A file that is empty, binary, has no email column or no data rows is refused (ok: false) with
 *   a message in Polish and English.
 * - A row whose address is not valid is skipped and reported in `skipped` with its line number
 *   (the file's own line, header = 1): such a row cannot match any employee's valid address, so
 *   leaving it out changes no status, while refusing the whole file would leave the admin with
 *   nothing. A file in which no row has a valid address is refused, listing the lines.
 * - The same address twice counts once (the first row wins).
 * - Status (User Status / Status): Active/Aktywny → active, Inactive/Deactivated/Nieaktywny → inactive,
 *   Pending/Oczekujący → pending; empty or unknown → active (Zoom's export lists Users).
 */
import Papa from 'papaparse';
import { normalizeEmail } from './email';
import type { Bilingual, ZoomRow, ZoomState } from './model';
import { splitName } from './names';
import { collapseWhitespace, foldText } from './text';

export const ZOOM_IMPORT_HEADER = [
  'Email',
  'First Name',
  'Last Name',
  'Department',
  'Manager',
  'User Group',
  'Job Title',
  'Location',
] as const;

/** Zoom's import takes at most 9,999 users per file. */
export const ZOOM_IMPORT_MAX_ROWS = 9999;

const CRLF = '\r\n';

export interface ImportRow {
  email: string;
  firstName: string;
  lastName: string;
  department: string;
}

export interface SkippedRow {
  /** Line in the file, the header being line 1. */
  line: number;
  /** The email cell as written (trimmed). */
  value: string;
}

export type CsvImportResult =
  | { ok: true; rows: ZoomRow[]; ignoredColumns: string[]; skipped: SkippedRow[] }
  | { ok: false; error: Bilingual };

// ---------------------------------------------------------------------------------------------
// Import file (what the admin uploads to Zoom)

/**
 * One CSV text per file, each at most ZOOM_IMPORT_MAX_ROWS rows plus the header, CRLF line ends.
 * Invalid addresses are left out, duplicates (case-insensitive) written once; names are split into
 * first and last name (see names.ts). No people, no files.
 */
export function buildZoomImportCsv(people: { email: string; name: string }[], options: { department?: string } = {}): string[] {
  const department = options.department?.trim() ?? '';
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const person of people) {
    const email = normalizeEmail(person.email);
    if (!email || seen.has(email)) continue;
    seen.add(email);
    const { firstName, lastName } = namesFor(person.name, email);
    rows.push([guardFormula(email), guardFormula(firstName), guardFormula(lastName), guardFormula(department), '', '', '', '']);
  }
  const files: string[] = [];
  for (let start = 0; start < rows.length; start += ZOOM_IMPORT_MAX_ROWS) {
    files.push(toCsv([[...ZOOM_IMPORT_HEADER], ...rows.slice(start, start + ZOOM_IMPORT_MAX_ROWS)]));
  }
  return files;
}

/** Reads an import file back (for round-trip checks): the formula guard is taken off again. */
export function parseZoomImportCsv(text: string): ImportRow[] {
  const parsed = Papa.parse<string[]>(stripBom(text), { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header) return [];
  const column = (name: string) => header.findIndex((cell) => normaliseHeader(cell) === normaliseHeader(name));
  const email = column('Email');
  const first = column('First Name');
  const last = column('Last Name');
  const department = column('Department');
  return data.map((row) => ({
    email: unguardFormula(row[email] ?? ''),
    firstName: unguardFormula(row[first] ?? ''),
    lastName: unguardFormula(row[last] ?? ''),
    department: unguardFormula(row[department] ?? ''),
  }));
}

/** A person without a usable name is imported under the local part of the address. */
function namesFor(name: string, email: string): { firstName: string; lastName: string } {
  const split = splitName(name ?? '');
  if (split.firstName !== '') return split;
  return splitName(email.slice(0, email.indexOf('@')));
}

/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or a tab or CR) is run as a formula
 * when the file is opened in a spreadsheet. Such text cells get a leading apostrophe (OWASP).
 * A lone sign (the "-" used for a missing last name) is no formula and stays as it is.
 * Addresses too: `=cmd|'/ccalc'!a0@x.pl` is a valid address (its local part may start with = + -),
 * and a formula run on the admin's machine is worse than the one row Zoom's import then refuses.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function guardFormula(text: string): string {
  if (text.length > 1 && FORMULA_START.test(text)) return `'${text}`;
  if (/^[\t\r]/.test(text)) return `'${text}`;
  return text;
}

function unguardFormula(text: string): string {
  return text.length > 2 && text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function toCsv(rows: string[][]): string {
  return Papa.unparse(rows, { newline: CRLF, quotes: false, escapeFormulae: false }) + CRLF;
}

// ---------------------------------------------------------------------------------------------
// Zoom's users export (what the admin downloads from Zoom and gives to the extension)

type Field = 'email' | 'firstName' | 'lastName' | 'name' | 'userType' | 'status';

/**
 * Header names, compared folded (case, diacritics, spacing, quotes and brackets do not matter).
 * English: Zoom's users export as a script parsing a real one shows it (../shared/zoom-portal.md,
 * "The Users export CSV": Email, First Name, Last Name, Department, User Group, IM Group,
 * Last Login(UTC), Last Client Version, Creation Date, Role, User Type, Login Type, User Status,
 * PMI, Job Title, Location; newer exports may say License Type), and Zoom's import template.
 * Polish: UNPROVEN. No Polish export has been seen; the names below are our guesses, chosen to
 * match Zoom's Polish UI words where the help article gives them ("Typ użytkownika", "Dział",
 * "Grupa użytkowników", "Grupa IM", "Nazwa stanowiska", "Lokalizacja").
 */
const HEADER_ALIASES: Record<Field, string[]> = {
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'emails', 'adres e-mail', 'adres email', 'e-mail adres', 'adres'],
  firstName: ['first name', 'firstname', 'given name', 'imię', 'imie'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'nazwisko'],
  name: ['name', 'full name', 'display name', 'user name', 'imię i nazwisko', 'imie i nazwisko', 'nazwa', 'nazwa użytkownika'],
  userType: ['user type', 'type', 'license type', 'licence type', 'typ użytkownika', 'typ', 'typ licencji'],
  status: ['status', 'user status', 'stan', 'status użytkownika', 'stan użytkownika', 'stan konta'],
};

/**
 * Columns only Zoom's files have (its users export, or its import template), read or not: a file
 * with an email column but none of these is neither, and is refused rather than taken for a
 * complete Users list. Polish names: UNPROVEN guesses, as above.
 */
const ZOOM_COLUMNS = [
  'first name',
  'last name',
  'department',
  'manager',
  'user group',
  'im group',
  'last login(utc)',
  'last login',
  'last sign in',
  'last client version',
  'creation date',
  'created on',
  'role',
  'user type',
  'license type',
  'licence type',
  'login type',
  'user status',
  'status',
  'pmi',
  'job title',
  'location',
  'imię',
  'nazwisko',
  'dział',
  'menedżer',
  'grupa użytkowników',
  'grupa im',
  'ostatnie logowanie (utc)',
  'ostatnie logowanie',
  'ostatnia wersja klienta',
  'wersja klienta',
  'data utworzenia',
  'rola',
  'typ użytkownika',
  'typ licencji',
  'typ logowania',
  'status użytkownika',
  'stan użytkownika',
  'nazwa stanowiska',
  'stanowisko',
  'lokalizacja',
].map(normaliseHeader);

const STATUS_WORDS: Record<ZoomState, string[]> = {
  active: ['active', 'aktywny', 'aktywna', 'aktywne', 'aktywni'],
  inactive: [
    'inactive',
    'deactivated',
    'deactive',
    'disabled',
    'nieaktywny',
    'nieaktywna',
    'nieaktywne',
    'dezaktywowany',
    'dezaktywowana',
    'wyłączony',
  ],
  pending: [
    'pending',
    'invited',
    'oczekujący',
    'oczekująca',
    'oczekujące',
    'oczekuje',
    'zaproszony',
    'zaproszona',
    'w oczekiwaniu',
  ],
};

const MESSAGES = {
  empty: {
    pl: 'Plik jest pusty. Wybierz plik CSV wyeksportowany z listy użytkowników Zoom.',
    en: 'The file is empty. Choose a CSV file exported from the Zoom Users list.',
  },
  binary: {
    pl: 'To nie jest plik tekstowy CSV (zawiera znaki binarne). Wybierz plik CSV wyeksportowany z Zoom.',
    en: 'This is not a CSV text file (it contains binary characters). Choose a CSV file exported from Zoom.',
  },
  noEmailColumn: (found: string) => ({
    pl: `Nie znaleziono kolumny z adresem e-mail (oczekiwano nagłówka „Email” lub „Adres e-mail” w pierwszym wierszu; znaleziono: ${found}).`,
    en: `No email column found (expected an "Email" or "Adres e-mail" header in the first line; found: ${found}).`,
  }),
  neither: (found: string) => ({
    pl: `To nie jest ani eksport użytkowników z Zooma, ani szablon importu Zooma (znalezione kolumny: ${found}). Oczekiwano kolumny „Email” obok kolumn Zooma, np. „User Status”, „User Type”, „First Name”, „Last Name”.`,
    en: `This is neither Zoom's users export nor Zoom's import template (columns found: ${found}). Expected an "Email" column beside Zoom's columns, such as "User Status", "User Type", "First Name", "Last Name".`,
  }),
  noRows: {
    pl: 'Plik zawiera tylko nagłówek, bez żadnego użytkownika.',
    en: 'The file has a header but no users.',
  },
  noValidRows: (lines: string) => ({
    pl: `Żaden wiersz nie zawiera poprawnego adresu e-mail (wiersze ${lines}).`,
    en: `No row has a valid email address (lines ${lines}).`,
  }),
} as const;

/** Control characters that never occur in a text CSV (tab, CR, LF and form feed do), and U+FFFD from a failed decoding. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the contract rejects binary files; these characters mark one
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/;

export function parseZoomUsersExport(text: string): CsvImportResult {
  // One kind of line break (files edited by hand mix them; Papa takes the first it sees).
  const content = stripBom(text ?? '').replace(/\r\n?/g, '\n');
  if (content.trim() === '') return { ok: false, error: MESSAGES.empty };
  if (BINARY.test(content)) return { ok: false, error: MESSAGES.binary };

  const records = parseWithLines(content);
  // Blank lines before the header are tolerated.
  const headerIndex = records.findIndex((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) return { ok: false, error: MESSAGES.empty };
  const header = records[headerIndex];
  const data = records.slice(headerIndex + 1);
  const columns = mapHeader(header.cells);
  const found =
    header.cells
      .map((cell) => stripBom(cell).trim())
      .filter(Boolean)
      .slice(0, 12)
      .join(', ') || '—';
  if (columns.email === undefined) return { ok: false, error: MESSAGES.noEmailColumn(found) };
  if (!header.cells.some((cell) => ZOOM_COLUMNS.includes(normaliseHeader(cell))))
    return { ok: false, error: MESSAGES.neither(found) };
  const ignoredColumns = header.cells
    .map((cell, index) => ({ cell: cell.trim(), index }))
    .filter(({ cell, index }) => cell !== '' && !Object.values(columns).includes(index))
    .map(({ cell }) => cell);

  const dataRows = data.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (dataRows.length === 0) return { ok: false, error: MESSAGES.noRows };

  const rows: ZoomRow[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  for (const record of dataRows) {
    const cell = (field: Field) => {
      const index = columns[field];
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    };
    const email = normalizeEmail(cell('email'));
    if (!email) {
      skipped.push({ line: record.line, value: cell('email') });
      continue;
    }
    if (seen.has(email)) continue;
    seen.add(email);
    rows.push(toZoomRow(email, cell));
  }
  if (rows.length === 0) return { ok: false, error: MESSAGES.noValidRows(listLines(skipped.map((row) => row.line))) };
  return { ok: true, rows, ignoredColumns, skipped };
}

function toZoomRow(email: string, cell: (field: Field) => string): ZoomRow {
  const row: ZoomRow = { email, state: stateOf(cell('status')) };
  const name = collapseWhitespace(cell('name')) || collapseWhitespace(`${cell('firstName')} ${cell('lastName')}`);
  if (name) row.name = name;
  const userType = collapseWhitespace(cell('userType'));
  if (userType) row.userType = userType;
  return row;
}

function stateOf(status: string): ZoomState {
  const word = foldText(status);
  for (const state of ['inactive', 'pending', 'active'] as const) {
    if (STATUS_WORDS[state].some((known) => foldText(known) === word)) return state;
  }
  return 'active';
}

function mapHeader(cells: string[]): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  cells.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    for (const field of Object.keys(HEADER_ALIASES) as Field[]) {
      if (columns[field] === undefined && HEADER_ALIASES[field].some((alias) => normaliseHeader(alias) === name)) {
        columns[field] = index;
        return;
      }
    }
  });
  return columns;
}

interface CsvRecord {
  /** The file line the record starts on (1-based). */
  line: number;
  cells: string[];
}

/** Parses the whole text, keeping for each record the line it starts on (quoted cells may span lines). */
function parseWithLines(content: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let linesBefore = 0;
  Papa.parse<string[]>(content, {
    delimiter: delimiterOfHeader(content),
    skipEmptyLines: false,
    step: (result) => {
      // The cursor stands after the record and its line break.
      const end = result.meta.cursor;
      records.push({ line: linesBefore + 1, cells: result.data });
      for (let index = content.indexOf('\n', start); index !== -1 && index < end; index = content.indexOf('\n', index + 1)) {
        linesBefore++;
      }
      start = end;
    },
  });
  return records;
}

/**
 * The header line decides the delimiter: the candidate it holds most of (outside quotes).
 * Papa's own guess looks at the data rows too and fails on files with few or blank rows.
 */
function delimiterOfHeader(content: string): string {
  const firstLine = content
    .trimStart()
    .split(/\r?\n/, 1)[0]
    .replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function listLines(lines: number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  return lines.length > 10 ? `${shown} (+${lines.length - 10})` : shown;
}

/** A header folded for comparison: "Last Login(UTC)" and "last login (utc)" are one, so are "Imię" and "Imie". */
function normaliseHeader(cell: string): string {
  return foldText(stripBom(cell).replace(/["'*:()[\]]/g, ' '));
}

function stripBom(text: string): string {
  return text.replace(/^\ufeff/, '');
}
