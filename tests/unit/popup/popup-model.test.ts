import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  bookingUrl,
  buildPopupView,
  checkNewBookingHost,
  filterEmployees,
  isZoomHost,
  parseHostName,
  parseWarnDays,
  parseZoomHost,
  readBackupText,
  zoomImportFileName,
} from '../../../utils/view/popup-model';
import { zoomImportFiles } from '../../../features/popup/data-files';
import { fileSizeProblem, MAX_FILE_BYTES, storedSummary } from '../../../utils/view/restore';
import { localDay } from '../../../utils/roster/dates';
import { DEFAULT_SETTINGS, type Employee } from '../../../utils/roster/model';
import { reconcile } from '../../../utils/roster/reconcile';
import type { BackupFile, Overview } from '../../../utils/store/messages';
import { SCENARIO_COUNTS, SCENARIO_MISSING, SCENARIO_TYPO, scenarioBackup } from '../../e2e/seed';

const NOW = new Date(2026, 10, 20, 12, 0, 0).getTime();
const TODAY = localDay(new Date(NOW));

function overviewOf(backup: BackupFile): Overview {
  const { tenants, employees, zoomHosts, zoomUsers, invitations, settings } = backup;
  return { tenants, employees, zoomHosts, zoomUsers, invitations, settings };
}

function scenario(options: Parameters<typeof scenarioBackup>[0] = {}): Overview {
  return overviewOf(scenarioBackup({ now: NOW, ...options }));
}

describe('buildPopupView', () => {
  it('reconciles the scenario against a complete view of zoom.us', () => {
    const view = buildPopupView(scenario(), {}, TODAY);
    expect(view.counts).toEqual(SCENARIO_COUNTS);
    expect(view.progress).toEqual({ active: 3, valid: 9 });
    expect(view.coverage).toBe('complete');
    expect(view.missingEmails).toEqual(SCENARIO_MISSING);
    expect(view.missingEmployees.map((r) => r.employee.name)).toEqual(['Celina Wiśniewska']);
    // Iwona is missing too, but one typo from a Zoom address: not invited, listed to be corrected.
    expect(view.probableTypos.map((r) => [r.employee.name, r.email, r.suggestion])).toEqual([[...SCENARIO_TYPO]]);
    // Invitations come first: Filip's expired one (Zoom still lists it) and Grażyna's with 3 days left.
    expect(view.nextStep).toMatchObject({ kind: 'invitations', url: 'https://zoom.us/account/user#/', n: 2 });
    expect(view.nextStep.view.lines.map((line) => [line.key, line.params])).toEqual([
      ['guide.expired', { name: 'Filip Lewandowski' }],
      ['guide.expiresIn', { name: 'Grażyna Zielińska-Łęcka', n: 3 }],
    ]);
  });

  it('lists an address once when several employees share it', () => {
    const overview = scenario();
    overview.employees.push({ ...overview.employees[2], name: 'Celina (2nd resource)', order: 11 });
    const view = buildPopupView(overview, {}, TODAY);
    expect(view.counts.missing).toBe(3);
    expect(view.missingEmails).toEqual(SCENARIO_MISSING);
    expect(view.missingEmployees.map((r) => r.employee.name)).toEqual(['Celina Wiśniewska']);
  });

  it('pairs the tenant and the Zoom host read most recently, unless the admin chose others', () => {
    const overview = scenario();
    const older = overviewOf(scenarioBackup({ now: NOW - 3_600_000, tenant: 'inny.zarezerwuj.pl', zoomHost: 'firma.zoom.us' }));
    overview.tenants.push(...older.tenants);
    overview.employees.push(...older.employees.slice(0, 1));
    overview.zoomHosts.push(...older.zoomHosts);
    overview.zoomUsers.push(...older.zoomUsers);

    const byDefault = buildPopupView(overview, {}, TODAY);
    expect(byDefault.tenant?.tenant).toBe('salon-ania.zarezerwuj.pl');
    expect(byDefault.zoomHost?.host).toBe('zoom.us');
    expect(byDefault.tenants.map((t) => t.tenant)).toEqual(['salon-ania.zarezerwuj.pl', 'inny.zarezerwuj.pl']);
    expect(byDefault.zoomHosts.map((h) => h.host)).toEqual(['zoom.us', 'firma.zoom.us']);

    const chosen = buildPopupView(overview, { tenant: 'inny.zarezerwuj.pl', zoomHost: 'firma.zoom.us' }, TODAY);
    expect(chosen.result.employees).toHaveLength(1);
    expect(chosen.result.employees[0].status).toBe('active');
    expect(chosen.zoomHost?.host).toBe('firma.zoom.us');

    const gone = buildPopupView(overview, { tenant: 'forgotten.zarezerwuj.pl', zoomHost: 'gone.zoom.us' }, TODAY);
    expect(gone.tenant?.tenant).toBe('salon-ania.zarezerwuj.pl');
    expect(gone.zoomHost?.host).toBe('zoom.us');
  });

  it('takes only the chosen host’s users and invitations', () => {
    const overview = scenario();
    overview.zoomHosts.push({ host: 'firma.zoom.us', users: { complete: true }, pending: { complete: true }, lastReadAt: 1 });
    overview.invitations.push({
      host: 'firma.zoom.us',
      email: 'celina.wisniewska@salon-ania.pl',
      invitedOn: TODAY,
      recordedAt: NOW,
    });
    expect(buildPopupView(overview, {}, TODAY).counts.pending).toBe(2);
    const firma = buildPopupView(overview, { zoomHost: 'firma.zoom.us' }, TODAY);
    expect(firma.counts).toMatchObject({ active: 0, pending: 1, missing: 8 });
  });

  it('knows a tenant from its employees when its record is missing', () => {
    const overview = scenario();
    overview.tenants = [];
    const view = buildPopupView(overview, {}, TODAY);
    expect(view.tenant).toEqual({ tenant: 'salon-ania.zarezerwuj.pl', readAt: overview.employees[0].readAt });
    expect(view.counts).toEqual(SCENARIO_COUNTS);
  });

  it('says what to do next, in the guidance order, with the page to open', () => {
    const step = (overview: Overview) => {
      const { kind, url, n } = buildPopupView(overview, {}, TODAY).nextStep;
      return { kind, url, n };
    };
    const empty: Overview = { ...scenario({ zoom: 'none' }), tenants: [], employees: [] };
    expect(step(empty)).toEqual({ kind: 'open-booking', url: 'https://zarezerwuj.pl/', n: 0 });

    const emptyRoster: Overview = { ...scenario({ zoom: 'none' }), employees: [] };
    expect(step(emptyRoster)).toEqual({
      kind: 'open-booking',
      url: 'https://salon-ania.zarezerwuj.pl/panel/ustawienia/zasoby',
      n: 0,
    });

    expect(step(scenario({ zoom: 'none' }))).toEqual({ kind: 'open-zoom', url: 'https://zoom.us/account/user#/', n: 0 });

    // The invitations settled (Filip and Grażyna active now): Celina is the one to invite.
    const settled = scenario();
    settled.zoomUsers = settled.zoomUsers.map((u) => (/filip|grazyna/.test(u.email) ? { ...u, state: 'active' as const } : u));
    expect(step(settled)).toEqual({ kind: 'invite', url: 'https://zoom.us/account/user#/', n: 1 });

    // Pending seen whole, Users not: after the invitations, the rest of Zoom's lists.
    const partial = scenario({ zoom: 'pending-only', zoomHost: 'us06web.zoom.us' });
    const partialSteps = buildPopupView(partial, {}, TODAY);
    expect(partialSteps.nextStep.kind).toBe('invitations');
    partial.zoomUsers = partial.zoomUsers.filter((u) => !/filip|grazyna/.test(u.email));
    expect(step(partial)).toEqual({ kind: 'complete-view', url: 'https://us06web.zoom.us/account/user#/', n: 0 });

    // Nobody to invite, only addresses to fix (the probable typo, Dawid without one, Ewa's broken one).
    const onlyAddresses = scenario();
    onlyAddresses.employees = onlyAddresses.employees.filter((e) => e.order !== 2);
    onlyAddresses.zoomUsers = settled.zoomUsers;
    expect(step(onlyAddresses)).toEqual({
      kind: 'fix-addresses',
      url: 'https://salon-ania.zarezerwuj.pl/panel/ustawienia/zasoby',
      n: 3,
    });

    // Only Bartosz still to activate: waiting, not done.
    const waiting = scenario();
    waiting.employees = waiting.employees.filter((e) => [0, 1, 7, 8].includes(e.order));
    expect(step(waiting)).toEqual({ kind: 'await-activation', url: undefined, n: 1 });

    const allThere = scenario();
    allThere.employees = allThere.employees.filter((e) => [0, 7, 8].includes(e.order));
    expect(step(allThere)).toEqual({ kind: 'done', url: undefined, n: 0 });
  });
});

describe('bookingUrl', () => {
  it('uses the stored page only when it is an http(s) address', () => {
    expect(bookingUrl(null)).toBe('https://zarezerwuj.pl/');
    expect(bookingUrl({ tenant: 'a.zarezerwuj.pl', readAt: 0, url: 'https://a.zarezerwuj.pl/x?y=1' })).toBe(
      'https://a.zarezerwuj.pl/x?y=1',
    );
    expect(bookingUrl({ tenant: 'a', readAt: 0, url: 'javascript:alert(1)' })).toBe('https://zarezerwuj.pl/');
    expect(bookingUrl({ tenant: 'a', readAt: 0, url: 'not a url' })).toBe('https://zarezerwuj.pl/');
    expect(bookingUrl({ tenant: 'a', readAt: 0 })).toBe('https://zarezerwuj.pl/');
  });
});

describe('filterEmployees', () => {
  const results = reconcile(
    scenarioBackup({ now: NOW }).employees as Employee[],
    { users: [], coverage: 'none', readable: true, invitations: [] },
    TODAY,
  ).employees;
  const names = (query: string) => filterEmployees(results, query).map((r) => r.employee.name);

  it('returns everyone for an empty or blank query', () => {
    expect(filterEmployees(results, '')).toBe(results);
    expect(filterEmployees(results, '   ')).toBe(results);
  });

  it('matches names without regard to case or Polish letters', () => {
    expect(names('łęcka')).toEqual(['Grażyna Zielińska-Łęcka']);
    expect(names('LECKA')).toEqual(['Grażyna Zielińska-Łęcka']);
    expect(names('wojcik')).toEqual(['Dawid Wójcik']);
    expect(names('szymański')).toEqual(['Hubert Szymański']);
  });

  it('needs every word, in any order', () => {
    expect(names('kowalska anna')).toEqual(['Anna Kowalska']);
    expect(names('anna nowak')).toEqual([]);
  });

  it('matches the address, normalised or as written', () => {
    expect(names('bartosz.nowak@')).toEqual(['Bartosz Nowak']);
    expect(names('mailto')).toEqual(['Hubert Szymański']);
    expect(names('salon-ania')).toHaveLength(10); // everyone with an address
    expect(names('<img')).toHaveLength(1);
  });
});

describe('host names', () => {
  it('reads a host name from what the admin typed', () => {
    expect(parseHostName('rezerwacje.firma.pl')).toBe('rezerwacje.firma.pl');
    expect(parseHostName('  Rezerwacje.Firma.PL ')).toBe('rezerwacje.firma.pl');
    expect(parseHostName('https://rezerwacje.firma.pl/panel/zasoby?x=1')).toBe('rezerwacje.firma.pl');
    expect(parseHostName('http://firma.pl')).toBe('firma.pl');
    expect(parseHostName('rezerwacje.zażółć.pl')).toBe('rezerwacje.xn--za-6ja4f8n1l.pl');
    expect(parseHostName('my-salon.example.co.uk')).toBe('my-salon.example.co.uk');
  });

  it.each([
    '',
    '   ',
    'firma',
    'not a host',
    '*.firma.pl',
    'firma..pl',
    '.firma.pl',
    'firma.pl.',
    '-firma.pl',
    'firma-.pl',
    'firma.pl:8443',
    'user@firma.pl',
    'https://',
    '192.168.0.1',
    'firma_pl.com',
    'fir ma.pl',
    `${'a'.repeat(64)}.pl`,
  ])('refuses %j', (input) => {
    expect(parseHostName(input)).toBeNull();
  });

  it('knows Zoom’s hosts', () => {
    expect(isZoomHost('zoom.us')).toBe(true);
    expect(isZoomHost('us06web.zoom.us')).toBe(true);
    expect(isZoomHost('zoomgov.com')).toBe(true);
    expect(isZoomHost('firma.zoomgov.com')).toBe(true);
    expect(isZoomHost('notzoom.us')).toBe(false);
    expect(isZoomHost('zoom.us.evil.com')).toBe(false);
    expect(isZoomHost('zoom.com')).toBe(false);
    expect(parseZoomHost(' Firma.Zoom.US ')).toBe('firma.zoom.us');
    expect(parseZoomHost('example.com')).toBeNull();
    expect(parseZoomHost('zoom')).toBeNull();
  });

  it('checks a new booking domain: valid, not built in, not listed yet', () => {
    const current = ['zarezerwuj.pl', 'rezerwacje.firma.pl'];
    expect(checkNewBookingHost('salon.example.pl', current)).toEqual({ ok: true, host: 'salon.example.pl' });
    expect(checkNewBookingHost('nope', current)).toEqual({ ok: false, problem: { key: 'settings.hostInvalid' } });
    expect(checkNewBookingHost('ZAREZERWUJ.pl', current)).toEqual({
      ok: false,
      problem: { key: 'settings.hostBuiltIn', params: { host: 'zarezerwuj.pl' } },
    });
    expect(checkNewBookingHost('salon-ania.zarezerwuj.pl', current)).toMatchObject({
      ok: false,
      problem: { key: 'settings.hostBuiltIn' },
    });
    // Only a real subdomain is built in: "notzarezerwuj.pl" is another domain.
    expect(checkNewBookingHost('notzarezerwuj.pl', current)).toEqual({ ok: true, host: 'notzarezerwuj.pl' });
    expect(checkNewBookingHost('https://Rezerwacje.firma.pl/', current)).toEqual({
      ok: false,
      problem: { key: 'settings.hostDuplicate', params: { host: 'rezerwacje.firma.pl' } },
    });
  });
});

describe('parseWarnDays', () => {
  it.each([
    ['0', 0],
    ['5', 5],
    [' 7 ', 7],
    ['07', 7],
    ['29', 29],
  ])('accepts %j', (input, days) => expect(parseWarnDays(input)).toBe(days));

  it.each(['30', '-1', '2.5', '', 'abc', '1e1', '100', '５'])('refuses %j', (input) => {
    expect(parseWarnDays(input)).toBeNull();
  });
});

describe('readBackupText', () => {
  it('passes a Roster Assistant backup on to the store (with or without a BOM)', () => {
    const backup = scenarioBackup({ now: NOW });
    expect(readBackupText(JSON.stringify(backup))).toEqual({ ok: true, backup });
    expect(readBackupText(`\uFEFF${JSON.stringify(backup)}`)).toEqual({ ok: true, backup });
  });

  it('names the common mistakes', () => {
    expect(readBackupText('')).toEqual({ ok: false, problem: { key: 'popup.backupNotJson' } });
    expect(readBackupText('{"format": ')).toEqual({ ok: false, problem: { key: 'popup.backupNotJson' } });
    expect(readBackupText('[1,2]')).toEqual({ ok: false, problem: { key: 'popup.backupNotOurs' } });
    expect(readBackupText('null')).toEqual({ ok: false, problem: { key: 'popup.backupNotOurs' } });
    expect(readBackupText('{"format":"something-else","version":1}')).toEqual({
      ok: false,
      problem: { key: 'popup.backupNotOurs' },
    });
    expect(readBackupText('{"format":"roster-assistant-backup","version":3}')).toEqual({
      ok: false,
      problem: { key: 'popup.backupNewer', params: { version: 3 } },
    });
  });

  it('leaves the checking of records to the store', () => {
    expect(readBackupText('{"format":"roster-assistant-backup","version":1}')).toEqual({
      ok: true,
      backup: { format: 'roster-assistant-backup', version: 1 },
    });
  });
});

describe('files', () => {
  it('names the backup after the local day', () => {
    expect(backupFileName('2026-11-20')).toBe('roster-assistant-backup-2026-11-20.json');
  });

  it('builds one import file for the scenario’s missing employees, with the department', () => {
    const view = buildPopupView(scenario(), {}, TODAY);
    const files = zoomImportFiles(view.missingEmployees, '2026-11-20', 'Salon');
    expect(files.map((f) => f.name)).toEqual(['zoom-import-2026-11-20.csv']);
    const lines = files[0].text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    // The probable typo (iwona.dabrowsak@… next to Zoom's iwona.dabrowska@…) is not in the file.
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^celina\.wisniewska@salon-ania\.pl,Celina,Wiśniewska,Salon,/);
    expect(files[0].text).not.toContain('dabrowsak');
  });

  it('gives no file when nobody is missing', () => {
    expect(zoomImportFiles([], '2026-11-20', '')).toEqual([]);
  });

  it('splits over 9,999 people into numbered files', () => {
    const employees: Employee[] = Array.from({ length: 10_000 }, (_, i) => ({
      tenant: 't.zarezerwuj.pl',
      name: `Osoba ${i}`,
      rawEmail: `osoba${i}@firma.pl`,
      readAt: NOW,
      order: i,
    }));
    const result = reconcile(employees, { users: [], coverage: 'complete', readable: true, invitations: [] }, TODAY);
    const files = zoomImportFiles(result.employees, '2026-11-20', '');
    expect(files.map((f) => f.name)).toEqual([
      'zoom-import-2026-11-20-part-1-of-2.csv',
      'zoom-import-2026-11-20-part-2-of-2.csv',
    ]);
    const rows = files.map((f) => f.text.split('\r\n').filter(Boolean).length - 1);
    expect(rows).toEqual([9_999, 1]);
    expect(zoomImportFileName('2026-11-20', 1, 1)).toBe('zoom-import-2026-11-20.csv');
  });
});

it('the scenario helper keeps the defaults of the settings', () => {
  expect(scenarioBackup({ now: NOW }).settings).toEqual(DEFAULT_SETTINGS);
});

describe('files picked in the popup', () => {
  it('refuses a file above 20 MB before it is read, saying how large it is', () => {
    expect(MAX_FILE_BYTES).toBe(20_000_000);
    expect(fileSizeProblem(0)).toBeNull();
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(MAX_FILE_BYTES + 1)).toEqual({ key: 'popup.fileTooLarge', params: { size: '20.1', max: '20' } });
    expect(fileSizeProblem(123_456_789)).toEqual({ key: 'popup.fileTooLarge', params: { size: '123.5', max: '20' } });
  });

  it('names what a restore replaces: every roster and Zoom account stored now, with counts', () => {
    const backup = scenarioBackup();
    const overview: Overview = { ...backup, tenants: [...backup.tenants], zoomHosts: [...backup.zoomHosts] };
    overview.zoomHosts.push({ host: 'firma.zoom.us', users: { complete: false }, pending: { complete: false } });
    // A tenant known only from its employees (an older backup) is named too.
    overview.employees = [...overview.employees, { ...overview.employees[0], tenant: 'stary.zarezerwuj.pl' }];
    expect(storedSummary(overview)).toEqual({
      tenants: [
        { tenant: 'salon-ania.zarezerwuj.pl', employees: 11 },
        { tenant: 'stary.zarezerwuj.pl', employees: 1 },
      ],
      zoomHosts: [
        { host: 'zoom.us', users: 8 },
        { host: 'firma.zoom.us', users: 0 },
      ],
    });
  });
});
