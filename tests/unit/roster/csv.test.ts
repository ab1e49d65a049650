import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import {
  buildZoomImportCsv,
  parseZoomImportCsv,
  parseZoomUsersExport,
  ZOOM_IMPORT_HEADER,
  ZOOM_IMPORT_MAX_ROWS,
} from '../../../utils/roster/csv';

const fixture = (name: string) => readFileSync(`tests/fixtures/csv/${name}`, 'utf8');
const HEADER_LINE = 'Email,First Name,Last Name,Department,Manager,User Group,Job Title,Location';

function people(count: number): { email: string; name: string }[] {
  return Array.from({ length: count }, (_, index) => ({ email: `osoba${index}@firma.pl`, name: `Osoba Numer${index}` }));
}

describe('buildZoomImportCsv', () => {
  it('writes Zoom import template header and one row per person, CRLF', () => {
    const [file, ...rest] = buildZoomImportCsv([
      { email: 'Celina.Wisniewska@Salon-Ania.pl', name: 'Celina Wiśniewska' },
      { email: 'iwona.dabrowsak@salon-ania.pl', name: 'Iwona Dąbrowska' },
    ]);
    expect(rest).toEqual([]);
    expect(ZOOM_IMPORT_HEADER.join(',')).toBe(HEADER_LINE);
    expect(file).toBe(
      `${HEADER_LINE}\r\n` +
        'celina.wisniewska@salon-ania.pl,Celina,Wiśniewska,,,,,\r\n' +
        'iwona.dabrowsak@salon-ania.pl,Iwona,Dąbrowska,,,,,\r\n',
    );
  });

  it('round-trips: export then parse gives the same rows', () => {
    const input = [
      { email: 'anna@x.pl', name: 'Anna Kowalska' },
      { email: 'g@x.pl', name: 'Grażyna Zielińska-Łęcka' },
      { email: 'jan@x.pl', name: 'Jan Maria Rokita' },
      { email: 'r@x.pl', name: 'Recepcja' },
      { email: 'q@x.pl', name: 'Anna "Ania" Nowak, PhD' },
      { email: 'c@x.pl', name: 'Kowalski, Jan' },
    ];
    const [file] = buildZoomImportCsv(input, { department: 'Salon, Kraków' });
    expect(parseZoomImportCsv(file)).toEqual([
      { email: 'anna@x.pl', firstName: 'Anna', lastName: 'Kowalska', department: 'Salon, Kraków' },
      { email: 'g@x.pl', firstName: 'Grażyna', lastName: 'Zielińska-Łęcka', department: 'Salon, Kraków' },
      { email: 'jan@x.pl', firstName: 'Jan Maria', lastName: 'Rokita', department: 'Salon, Kraków' },
      { email: 'r@x.pl', firstName: 'Recepcja', lastName: '-', department: 'Salon, Kraków' },
      { email: 'q@x.pl', firstName: 'Anna "Ania"', lastName: 'Nowak', department: 'Salon, Kraków' },
      { email: 'c@x.pl', firstName: 'Jan', lastName: 'Kowalski', department: 'Salon, Kraków' },
    ]);
  });

  it('quotes cells with commas, quotes and line breaks (and any CSV reader agrees)', () => {
    const [file] = buildZoomImportCsv([{ email: 'a@x.pl', name: 'Zoë "Zo" Ąę' }], { department: 'Dział "A", piętro 2' });
    expect(file.split('\r\n')[1]).toBe('a@x.pl,"Zoë ""Zo""",Ąę,"Dział ""A"", piętro 2",,,,');
    const parsed = Papa.parse<string[]>(file, { skipEmptyLines: true }).data;
    expect(parsed[1].slice(0, 4)).toEqual(['a@x.pl', 'Zoë "Zo"', 'Ąę', 'Dział "A", piętro 2']);
    expect(parsed[1]).toHaveLength(ZOOM_IMPORT_HEADER.length);
  });

  it('guards names and addresses against spreadsheet formulas', () => {
    const [file] = buildZoomImportCsv(
      [
        { email: '=x@y.pl', name: '=1+2 Nowak' },
        { email: 'b@y.pl', name: '+48 Nowak' },
        { email: 'c@y.pl', name: 'Anna @cmd' },
        { email: 'd@y.pl', name: '-2+3 Kowalska' },
      ],
      { department: '@SUM(A1)' },
    );
    const rows = Papa.parse<string[]>(file, { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((row) => row[0])).toEqual(["'=x@y.pl", 'b@y.pl', 'c@y.pl', 'd@y.pl']);
    expect(rows.map((row) => row[1])).toEqual(["'=1+2", "'+48", 'Anna', "'-2+3"]);
    expect(rows[2][2]).toBe("'@cmd");
    expect(rows.every((row) => row[3] === "'@SUM(A1)")).toBe(true);
    // The placeholder last name "-" is not a formula and stays bare.
    const [single] = buildZoomImportCsv([{ email: 'r@y.pl', name: 'Recepcja' }]);
    expect(single.split('\r\n')[1]).toBe('r@y.pl,Recepcja,-,,,,,');
    // Reading back takes the guard off.
    expect(parseZoomImportCsv(file).map((row) => row.firstName)).toEqual(['=1+2', '+48', 'Anna', '-2+3']);
    expect(parseZoomImportCsv(file).map((row) => row.email)).toEqual(['=x@y.pl', 'b@y.pl', 'c@y.pl', 'd@y.pl']);
  });

  it('neutralises a valid address that a spreadsheet would run as a formula (= + - at the start)', () => {
    const risky = ["=cmd|'/ccalc'!a0@evil.pl", '+1-2@y.pl', '-x@y.pl'];
    const [file] = buildZoomImportCsv(risky.map((email) => ({ email, name: 'Ktoś Tam' })));
    const cells = Papa.parse<string[]>(file, { skipEmptyLines: true })
      .data.slice(1)
      .map((row) => row[0]);
    expect(cells).toEqual(risky.map((email) => `'${email}`));
    for (const line of file.split('\r\n').slice(1, -1)) expect(line).toMatch(/^'/);
  });

  it('splits 20,000 people into files of at most 9,999 rows, each with the header', () => {
    const files = buildZoomImportCsv(people(20000));
    expect(ZOOM_IMPORT_MAX_ROWS).toBe(9999);
    expect(files).toHaveLength(3);
    const lineCounts = files.map((file) => file.split('\r\n').filter(Boolean).length);
    expect(lineCounts).toEqual([10000, 10000, 3]);
    expect(files.every((file) => file.startsWith(`${HEADER_LINE}\r\n`))).toBe(true);
    const all = files.flatMap(parseZoomImportCsv).map((row) => row.email);
    expect(all).toHaveLength(20000);
    expect(new Set(all).size).toBe(20000);
    expect(all[9999]).toBe('osoba9999@firma.pl');
  });

  it('exactly 9,999 people fit in one file; 9,999 + 1 need two', () => {
    expect(buildZoomImportCsv(people(9999))).toHaveLength(1);
    expect(buildZoomImportCsv(people(10000))).toHaveLength(2);
  });

  it('skips invalid addresses and duplicates; no people → no files', () => {
    const files = buildZoomImportCsv([
      { email: 'A@x.pl', name: 'Anna A' },
      { email: 'a@X.PL', name: 'Anna Duplicate' },
      { email: 'ewa@salon-ania', name: 'Ewa Kamińska' },
      { email: '', name: 'Dawid Wójcik' },
    ]);
    expect(parseZoomImportCsv(files[0])).toEqual([{ email: 'a@x.pl', firstName: 'Anna', lastName: 'A', department: '' }]);
    expect(buildZoomImportCsv([])).toEqual([]);
  });

  it('uses the local part when a person has no name', () => {
    const [file] = buildZoomImportCsv([{ email: 'recepcja@x.pl', name: '  ' }]);
    expect(parseZoomImportCsv(file)[0]).toMatchObject({ firstName: 'recepcja', lastName: '-' });
  });
});

describe('parseZoomUsersExport', () => {
  it('reads the English export by header names', () => {
    const result = parseZoomUsersExport(fixture('zoom-users-export-en.csv'));
    if (!result.ok) throw new Error(result.error.en);
    expect(result.rows).toEqual([
      { email: 'anna.kowalska@salon-ania.pl', name: 'Anna Kowalska', state: 'active', userType: 'Licensed' },
      { email: 'admin@salon-ania.pl', name: 'Ania Admin', state: 'active', userType: 'Licensed' },
      { email: 'recepcja@salon-ania.pl', name: 'Recepcja Salon "Ania"', state: 'active', userType: 'Basic' },
      { email: 'iwona.dabrowska@salon-ania.pl', name: 'Iwona Dąbrowska', state: 'active', userType: 'Basic' },
      { email: 'jan.mazur@salon-ania.pl', name: 'Jan Mazur', state: 'inactive', userType: 'Basic' },
    ]);
    expect(result.ignoredColumns).toEqual([
      'Department',
      'Job Title',
      'Location',
      'Last Sign In',
      'Last Client Version',
      'Created On',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('reads the Polish export (BOM, semicolons, Polish headers and statuses)', () => {
    const result = parseZoomUsersExport(fixture('zoom-users-export-pl.csv'));
    if (!result.ok) throw new Error(result.error.pl);
    expect(result.rows.map((row) => [row.email, row.state, row.userType])).toEqual([
      ['anna.kowalska@salon-ania.pl', 'active', 'Z licencją'],
      ['admin@salon-ania.pl', 'active', 'Z licencją'],
      ['recepcja@salon-ania.pl', 'active', 'Podstawowy'],
      ['iwona.dabrowska@salon-ania.pl', 'active', 'Podstawowy'],
      ['jan.mazur@salon-ania.pl', 'inactive', 'Podstawowy'],
      ['bartosz.nowak@salon-ania.pl', 'pending', 'Podstawowy'],
    ]);
    expect(result.rows[3].name).toBe('Iwona Dąbrowska');
    expect(result.ignoredColumns).toEqual(['Dział', 'Stanowisko', 'Ostatnie logowanie']);
  });

  const SCENARIO_USERS = [
    ['anna.kowalska@salon-ania.pl', 'Anna Kowalska', 'active'],
    ['admin@salon-ania.pl', 'Ania Admin', 'active'],
    ['recepcja@salon-ania.pl', 'Recepcja Salon "Ania"', 'active'],
    ['iwona.dabrowska@salon-ania.pl', 'Iwona Dąbrowska', 'active'],
    ['jan.mazur@salon-ania.pl', 'Jan Mazur', 'inactive'],
  ];

  it("reads Zoom's real users export: BOM, its sixteen columns, User Status, an empty Last Login(UTC)", () => {
    const text = fixture('zoom-users-export-real-en.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const result = parseZoomUsersExport(text);
    if (!result.ok) throw new Error(result.error.en);
    expect(result.rows.map((row) => [row.email, row.name, row.state])).toEqual(SCENARIO_USERS);
    expect(result.rows.map((row) => row.userType)).toEqual(['Licensed', 'Licensed', 'Basic', 'Basic', 'Basic']);
    expect(result.ignoredColumns).toEqual([
      'Department',
      'User Group',
      'IM Group',
      'Last Login(UTC)',
      'Last Client Version',
      'Creation Date',
      'Role',
      'Login Type',
      'PMI',
      'Job Title',
      'Location',
    ]);
    expect(result.skipped).toEqual([]);
  });

  it('reads the export with Polish headers in another order, "Typ licencji" and an extra column', () => {
    const result = parseZoomUsersExport(fixture('zoom-users-export-real-pl.csv'));
    if (!result.ok) throw new Error(result.error.pl);
    expect(result.rows.map((row) => [row.email, row.name, row.state])).toEqual(SCENARIO_USERS);
    expect(result.rows.map((row) => row.userType)).toEqual([
      'Z licencją',
      'Z licencją',
      'Podstawowy',
      'Podstawowy',
      'Podstawowy',
    ]);
    expect(result.ignoredColumns).toContain('Atrybut niestandardowy 1');
    expect(result.ignoredColumns).toContain('Ostatnie logowanie (UTC)');
  });

  it.each([
    ['User Status', 'User Type'],
    ['user status', 'License Type'],
    ['USER STATUS', 'license type'],
    ['Status użytkownika', 'Typ użytkownika'],
    ['Stan użytkownika', 'Typ licencji'],
    ['Stan uzytkownika', 'Typ uzytkownika'],
  ])('takes "%s" for the status and "%s" for the type', (status, type) => {
    const result = parseZoomUsersExport(
      `\ufeffLast Login(UTC),${type},Email,${status}\r\n,Basic,a@x.pl,inactive\r\n2026-11-20 09:15:00,Licensed,b@x.pl,active\r\n`,
    );
    if (!result.ok) throw new Error(result.error.en);
    expect(result.rows).toEqual([
      { email: 'a@x.pl', state: 'inactive', userType: 'Basic' },
      { email: 'b@x.pl', state: 'active', userType: 'Licensed' },
    ]);
    expect(result.ignoredColumns).toEqual(['Last Login(UTC)']);
  });

  it("still reads a file in the import template's shape (as the extension writes it), everyone active", () => {
    const result = parseZoomUsersExport(fixture('zoom-import-template.csv'));
    if (!result.ok) throw new Error(result.error.en);
    expect(result.rows.map((row) => row.email)).toEqual(SCENARIO_USERS.map(([email]) => email));
    expect(result.rows.every((row) => row.state === 'active')).toBe(true);
    const written = buildZoomImportCsv([{ email: 'a@x.pl', name: 'Anna Kowalska' }])[0];
    const back = parseZoomUsersExport(written);
    expect(back).toEqual({
      ok: true,
      rows: [{ email: 'a@x.pl', name: 'Anna Kowalska', state: 'active' }],
      ignoredColumns: expect.any(Array),
      skipped: [],
    });
  });

  it('matches headers whatever their case, spacing and order; a full-name column works too', () => {
    const text = '\r\n STATUS ;  e-mail ; Display   Name \nPending; Bartosz.Nowak@Salon-Ania.PL ;Bartosz  Nowak\n;x@y.pl;\n';
    const result = parseZoomUsersExport(text);
    expect(result).toEqual({
      ok: true,
      rows: [
        { email: 'bartosz.nowak@salon-ania.pl', name: 'Bartosz Nowak', state: 'pending' },
        { email: 'x@y.pl', state: 'active' },
      ],
      ignoredColumns: [],
      skipped: [],
    });
  });

  it('maps statuses in both languages; unknown or empty means active', () => {
    const statuses = ['Active', 'Inactive', 'Deactivated', 'Pending', 'Aktywna', 'Nieaktywna', 'Oczekująca', 'Whatever', ''];
    const text = ['Email,Status', ...statuses.map((status, index) => `u${index}@x.pl,${status}`)].join('\n');
    const result = parseZoomUsersExport(text);
    if (!result.ok) throw new Error(result.error.en);
    expect(result.rows.map((row) => row.state)).toEqual([
      'active',
      'inactive',
      'inactive',
      'pending',
      'active',
      'inactive',
      'pending',
      'active',
      'active',
    ]);
  });

  it('skips rows with invalid addresses and reports their file lines; duplicates count once', () => {
    const text = 'Email,First Name\r\na@x.pl,"Anna\r\nMaria"\r\nnot-an-address,Bad\r\n\r\nA@X.pl,Again\r\newa@salon-ania,Ewa\r\n';
    const result = parseZoomUsersExport(text);
    if (!result.ok) throw new Error(result.error.en);
    expect(result.rows.map((row) => row.email)).toEqual(['a@x.pl']);
    // Line 2 spans two lines (a quoted line break), so the bad rows are on lines 4 and 7.
    expect(result.skipped).toEqual([
      { line: 4, value: 'not-an-address' },
      { line: 7, value: 'ewa@salon-ania' },
    ]);
  });

  function expectRefused(text: string, pl: RegExp, en: RegExp): void {
    const result = parseZoomUsersExport(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.pl).toMatch(pl);
    expect(result.error.en).toMatch(en);
  }

  it('refuses an empty file', () => {
    expectRefused(fixture('empty.csv'), /pusty/, /empty/);
    expectRefused('\ufeff \r\n \n', /pusty/, /empty/);
  });

  it('refuses a binary file (PNG bytes), however it was decoded', () => {
    expectRefused(fixture('binary.csv'), /binarne/, /binary/);
    const latin1 = readFileSync('tests/fixtures/csv/binary.csv', 'latin1');
    expectRefused(latin1, /binarne/, /binary/);
    expectRefused('Email\na@x.pl\u0000\n', /binarne/, /binary/);
  });

  it('refuses a file without an email column, naming what it found', () => {
    expectRefused(fixture('bad-header.csv'), /kolumny z adresem e-mail.*Name, Phone, Room/, /No email column.*Name, Phone, Room/);
    // A header-less list of addresses is not taken for a header.
    expectRefused('a@x.pl\nb@x.pl\n', /kolumny z adresem e-mail/, /No email column/);
  });

  it('refuses a header without rows', () => {
    expectRefused('Email,First Name,Last Name\r\n', /tylko nagłówek/, /no users/);
    expectRefused('Adres e-mail;Imię\n;\n\n', /tylko nagłówek/, /no users/);
  });

  it('refuses a file in which no row has a valid address, listing the lines', () => {
    expectRefused('Email,First Name\nfoo,\nbar@baz,\n', /wiersze 2, 3/, /lines 2, 3/);
  });

  it("refuses a file that is neither Zoom's export nor its template, naming the columns found", () => {
    expectRefused(
      fixture('not-zoom-address-list.csv'),
      /ani eksport użytkowników z Zooma, ani szablon importu.*Adres e-mail, Telefon, Uwagi/,
      /neither Zoom's users export nor Zoom's import template.*Adres e-mail, Telefon, Uwagi/,
    );
    expectRefused('Email\na@x.pl\n', /ani szablon.*: Email\)/, /neither.*: Email\)/);
    expectRefused('E-mail;Name\na@x.pl;Anna\n', /ani szablon.*E-mail, Name/, /neither.*E-mail, Name/);
  });
});
