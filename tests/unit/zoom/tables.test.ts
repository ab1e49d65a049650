import { readUsersTable } from '../../../utils/zoom/users-table';
import { readPendingTable } from '../../../utils/zoom/pending-table';
import type { ListRowRead, ListTableResult } from '../../../utils/zoom/list-table';
import { readTables } from '../../../utils/dom/table';
import { click, isoDaysAgo, loadFixture, loadHtml, runInlineScripts } from './list-fixture-dom';

function rowsOf(result: ListTableResult): ListRowRead[] {
  if ('problem' in result) throw new Error(`unexpected problem: ${result.detail}`);
  return result.rows;
}

function emailsOf(result: ListTableResult): string[] {
  return rowsOf(result).map((row) => row.email);
}

function html(body: string): void {
  loadHtml(`<head></head><body>${body}</body>`);
}

const FIVE_USERS = [
  'anna.kowalska@salon-ania.pl',
  'admin@salon-ania.pl',
  'recepcja@salon-ania.pl',
  'iwona.dabrowska@salon-ania.pl',
  'jan.mazur@salon-ania.pl',
];

describe('the Users list from a real <table> (users-en-table.html)', () => {
  beforeEach(() => {
    loadFixture('users-en-table.html');
    runInlineScripts();
  });

  it('reads every user with name, state and user type', () => {
    const rows = rowsOf(readUsersTable(document));
    expect(rows.map(({ email, name, state, userType }) => ({ email, name, state, userType }))).toEqual([
      { email: 'anna.kowalska@salon-ania.pl', name: 'Anna Kowalska', state: 'active', userType: 'Licensed' },
      { email: 'admin@salon-ania.pl', name: 'Admin Salon', state: 'active', userType: 'Licensed' },
      { email: 'recepcja@salon-ania.pl', name: 'Recepcja', state: 'active', userType: 'Basic' },
      { email: 'iwona.dabrowska@salon-ania.pl', name: 'Iwona Dąbrowska', state: 'active', userType: 'Basic' },
      { email: 'jan.mazur@salon-ania.pl', name: 'Jan Mazur', state: 'inactive', userType: 'Basic' },
    ]);
  });

  it('anchors each badge on the Email cell of its own row', () => {
    for (const row of rowsOf(readUsersTable(document))) {
      expect(row.element.tagName).toBe('TR');
      expect(row.element.contains(row.badgeAnchor)).toBe(true);
      expect(row.badgeAnchor.textContent).toBe(row.email);
    }
  });

  it('does not read the hidden Pending panel as part of the Users list', () => {
    expect(emailsOf(readUsersTable(document))).not.toContain('bartosz.nowak@salon-ania.pl');
  });

  it('reads the Pending panel once shown, with "Nov 20, 2026"-style dates', () => {
    click('#tab-pending');
    const rows = rowsOf(readPendingTable(document));
    expect(rows.map(({ email, state, invitedOn, userType }) => ({ email, state, invitedOn, userType }))).toEqual([
      { email: 'bartosz.nowak@salon-ania.pl', state: 'pending', invitedOn: isoDaysAgo(6), userType: 'Basic' },
      { email: 'filip.lewandowski@salon-ania.pl', state: 'pending', invitedOn: isoDaysAgo(35), userType: 'Basic' },
      { email: 'grazyna.zielinska@salon-ania.pl', state: 'pending', invitedOn: isoDaysAgo(27), userType: 'Licensed' },
    ]);
  });

  it('leaves out rows the search hid', () => {
    const search = document.getElementById('user-search') as HTMLInputElement;
    search.value = 'mazur';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    expect(emailsOf(readUsersTable(document))).toEqual(['jan.mazur@salon-ania.pl']);
  });
});

describe('the Users list from an ARIA grid with the address under the name (users-pl-grid.html)', () => {
  beforeEach(() => {
    // Today at noon, so dates counted before and after the rows arrive fall on the same day.
    const noon = new Date();
    noon.setHours(12, 0, 0, 0);
    vi.useFakeTimers({ now: noon });
    loadFixture('users-pl-grid.html');
    runInlineScripts();
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('says the grid is loading before the rows arrive', () => {
    const result = readUsersTable(document);
    expect(result).toEqual({ rows: [], busy: true });
  });

  it('reads the names (without avatar initials), Polish user types and statuses', () => {
    vi.advanceTimersByTime(900);
    const first = rowsOf(readUsersTable(document));
    expect(first.map(({ email, name, userType, state }) => ({ email, name, userType, state }))).toEqual([
      { email: 'anna.kowalska@salon-ania.pl', name: 'Anna Kowalska', userType: 'Licensed', state: 'active' },
      { email: 'admin@salon-ania.pl', name: 'Admin Salon', userType: 'Licensed', state: 'active' },
      { email: 'recepcja@salon-ania.pl', name: 'Recepcja', userType: 'Basic', state: 'active' },
    ]);
    expect(first[0].element.getAttribute('role')).toBe('row');
    expect(first[0].badgeAnchor.getAttribute('role')).toBe('gridcell');

    click('#next');
    vi.advanceTimersByTime(400);
    const second = rowsOf(readUsersTable(document));
    expect(second.map((row) => [row.email, row.state])).toEqual([
      ['iwona.dabrowska@salon-ania.pl', 'active'],
      ['jan.mazur@salon-ania.pl', 'inactive'],
    ]);
  });

  it('reads the Pending grid with dates written 20.11.2026', () => {
    vi.advanceTimersByTime(900);
    location.hash = '#/pending';
    window.dispatchEvent(new Event('hashchange'));
    vi.advanceTimersByTime(400);
    const rows = rowsOf(readPendingTable(document));
    expect(rows.map((row) => [row.email, row.invitedOn])).toEqual([
      ['bartosz.nowak@salon-ania.pl', isoDaysAgo(6)],
      ['filip.lewandowski@salon-ania.pl', isoDaysAgo(35)],
      ['grazyna.zielinska@salon-ania.pl', isoDaysAgo(27)],
    ]);
  });
});

describe('finding the address', () => {
  it('keeps a name and an address in sibling blocks apart', () => {
    html(`<table><tr><th>User</th><th>Status</th></tr>
      <tr><td><div>Anna Kowalska</div><div>anna.kowalska@salon-ania.pl</div></td><td>Active</td></tr></table>`);
    const [row] = rowsOf(readUsersTable(document));
    expect(row.email).toBe('anna.kowalska@salon-ania.pl');
    expect(row.name).toBe('Anna Kowalska');
  });

  it('keeps a name and an address in sibling spans apart', () => {
    html(`<table><tr><th>Użytkownik</th></tr>
      <tr><td><span class="n">Bartosz Nowak</span><span class="e">Bartosz.Nowak@Salon-Ania.PL</span></td></tr></table>`);
    const [row] = rowsOf(readUsersTable(document));
    expect(row.email).toBe('bartosz.nowak@salon-ania.pl');
    expect(row.name).toBe('Bartosz Nowak');
  });

  it('joins an address split by a search highlight', () => {
    html(`<table><tr><th>Email</th></tr>
      <tr><td><span><mark>anna</mark>.kowalska@salon-ania.pl</span></td></tr>
      <tr><td>jan.<b>mazur@salon</b>-ania.pl</td></tr></table>`);
    expect(emailsOf(readUsersTable(document))).toEqual(['anna.kowalska@salon-ania.pl', 'jan.mazur@salon-ania.pl']);
  });

  it('reads an address that is only in a mailto link', () => {
    html(`<table><tr><th>Name</th><th>Contact</th></tr>
      <tr><td>Anna</td><td><a href="mailto:Anna.Kowalska@salon-ania.pl?subject=Hi">Write</a></td></tr></table>`);
    expect(emailsOf(readUsersTable(document))).toEqual(['anna.kowalska@salon-ania.pl']);
  });

  it('finds the address column by its cells when no header names it', () => {
    html(`<table><tr><td>1</td><td>Anna Kowalska</td><td>anna.kowalska@salon-ania.pl</td></tr>
      <tr><td>2</td><td>Jan Mazur</td><td>jan.mazur@salon-ania.pl</td></tr></table>`);
    const rows = rowsOf(readUsersTable(document));
    expect(rows.map((row) => row.email)).toEqual(['jan.mazur@salon-ania.pl', 'anna.kowalska@salon-ania.pl'].reverse());
    expect(rows[0].badgeAnchor.textContent).toBe('anna.kowalska@salon-ania.pl');
  });

  it('prefers the column headed "Adres e-mail" over another column with addresses', () => {
    html(`<table><thead><tr><th>Przełożony</th><th>Adres e-mail</th></tr></thead><tbody>
      <tr><td>boss@salon-ania.pl</td><td>anna.kowalska@salon-ania.pl</td></tr>
      <tr><td>boss@salon-ania.pl</td><td>jan.mazur@salon-ania.pl</td></tr></tbody></table>`);
    expect(emailsOf(readUsersTable(document))).toEqual(['anna.kowalska@salon-ania.pl', 'jan.mazur@salon-ania.pl']);
  });

  it('joins first and last name columns', () => {
    html(`<table><tr><th>Imię</th><th>Nazwisko</th><th>E-mail</th></tr>
      <tr><td>Grażyna</td><td>Zielińska-Łęcka</td><td>grazyna.zielinska@salon-ania.pl</td></tr></table>`);
    expect(rowsOf(readUsersTable(document))[0].name).toBe('Grażyna Zielińska-Łęcka');
  });

  it('places cells by aria-colindex in a grid', () => {
    html(`<div role="grid">
      <div role="row"><div role="columnheader" aria-colindex="1">Name</div><div role="columnheader" aria-colindex="2">Email</div><div role="columnheader" aria-colindex="3">Status</div></div>
      <div role="row"><div role="gridcell" aria-colindex="2">jan.mazur@salon-ania.pl</div><div role="gridcell" aria-colindex="3">Inactive</div></div>
    </div>`);
    const [row] = rowsOf(readUsersTable(document));
    expect(row).toMatchObject({ email: 'jan.mazur@salon-ania.pl', state: 'inactive' });
    expect(row.name).toBeUndefined();
  });

  it('lines up a spanning cell with the columns after it', () => {
    html(`<table><tr><th>#</th><th>Name</th><th>Email</th></tr>
      <tr><td colspan="2">Anna Kowalska</td><td>anna.kowalska@salon-ania.pl</td></tr></table>`);
    expect(rowsOf(readUsersTable(document))[0]).toMatchObject({ email: 'anna.kowalska@salon-ania.pl', name: 'Anna Kowalska' });
  });
});

describe('state and user type', () => {
  it.each([
    ['Active', 'active'],
    ['Inactive', 'inactive'],
    ['Deactivated', 'inactive'],
    ['Aktywny', 'active'],
    ['Nieaktywny', 'inactive'],
    ['Dezaktywowany', 'inactive'],
  ])('status column "%s" → %s', (status, state) => {
    html(`<table><tr><th>Email</th><th>Status</th></tr><tr><td>a@salon-ania.pl</td><td> ${status} </td></tr></table>`);
    expect(rowsOf(readUsersTable(document))[0].state).toBe(state);
  });

  it('reads a status tag under the name when there is no status column', () => {
    html(`<table><tr><th>Użytkownik</th></tr>
      <tr><td><div>Jan Mazur <span class="tag">Dezaktywowany</span></div><div>jan.mazur@salon-ania.pl</div></td></tr>
      <tr><td><div>Anna Kowalska</div><div>anna.kowalska@salon-ania.pl</div></td></tr></table>`);
    const rows = rowsOf(readUsersTable(document));
    expect(rows.map((row) => [row.name, row.state])).toEqual([
      ['Jan Mazur', 'inactive'],
      ['Anna Kowalska', 'active'],
    ]);
  });

  it('takes a user as active when no status is shown', () => {
    html(`<table><tr><th>Email</th></tr><tr><td>anna.kowalska@salon-ania.pl</td></tr></table>`);
    expect(rowsOf(readUsersTable(document))[0].state).toBe('active');
  });

  it.each([
    ['Basic', 'Basic'],
    ['Licensed', 'Licensed'],
    ['Podstawowy', 'Basic'],
    ['Z licencją', 'Licensed'],
    ['Pro + Webinar 500', 'Pro + Webinar 500'],
  ])('user type "%s" → %s', (text, type) => {
    html(`<table><tr><th>Email</th><th>Typ użytkownika</th></tr><tr><td>a@salon-ania.pl</td><td>${text}</td></tr></table>`);
    expect(rowsOf(readUsersTable(document))[0].userType).toBe(type);
  });
});

describe('Pending dates', () => {
  it.each([
    ['Nov 20, 2026', '2026-11-20'],
    ['11/20/2026', '2026-11-20'],
    ['20.11.2026', '2026-11-20'],
    ['20 lis 2026', '2026-11-20'],
    ['11/20/2026 10:15 AM', '2026-11-20'],
  ])('reads "%s" from the invitation column', (text, day) => {
    html(`<table><tr><th>Email</th><th>Invited</th><th></th></tr>
      <tr><td>bartosz.nowak@salon-ania.pl</td><td>${text}</td><td><button>Resend</button><button>Delete</button></td></tr></table>`);
    const [row] = rowsOf(readPendingTable(document));
    expect(row).toMatchObject({ email: 'bartosz.nowak@salon-ania.pl', state: 'pending', invitedOn: day });
  });

  it('finds a date in an unnamed column, or under the address', () => {
    html(`<table>
      <tr><td>bartosz.nowak@salon-ania.pl</td><td>Basic</td><td>20.11.2026</td></tr>
      <tr><td><div>filip.lewandowski@salon-ania.pl</div><small>Invited 10/22/2026</small></td><td>Basic</td><td></td></tr></table>`);
    expect(rowsOf(readPendingTable(document)).map((row) => row.invitedOn)).toEqual(['2026-11-20', '2026-10-22']);
  });

  it('leaves the date out when the page shows none', () => {
    html(`<table><tr><th>Email</th></tr><tr><td>bartosz.nowak@salon-ania.pl</td></tr></table>`);
    const [row] = rowsOf(readPendingTable(document));
    expect(row).toEqual(expect.objectContaining({ email: 'bartosz.nowak@salon-ania.pl', state: 'pending' }));
    expect('invitedOn' in row).toBe(false);
  });

  it('uses the date reader it is given', () => {
    html(`<table><tr><th>Email</th><th>Date</th></tr><tr><td>a@salon-ania.pl</td><td>yesterday</td></tr></table>`);
    const [row] = rowsOf(readPendingTable(document, { parseDate: (text) => (text === 'yesterday' ? '2026-11-25' : undefined) }));
    expect(row.invitedOn).toBe('2026-11-25');
  });
});

describe('Element UI split table', () => {
  const header = `<div class="zm-table__header-wrapper"><table class="zm-table__header"><thead><tr>
      <th><div class="cell"><input type="checkbox"></div></th><th><div class="cell">Name</div></th>
      <th><div class="cell">Email</div></th><th class="is-hidden"><div class="cell">Actions</div></th><th class="gutter"></th>
    </tr></thead></table></div>`;
  const bodyRow = (name: string, email: string, hidden: 'email' | 'actions') =>
    `<tr class="zm-table__row"><td><div class="cell"><input type="checkbox"></div></td>
      <td class="${hidden === 'email' ? 'is-hidden' : ''}"><div class="cell">${name}</div></td>
      <td class="${hidden === 'email' ? 'is-hidden' : ''}"><div class="cell">${email}</div></td>
      <td class="${hidden === 'actions' ? 'is-hidden' : ''}"><div class="cell"><button>Edit</button></div></td></tr>`;
  const body = (hidden: 'email' | 'actions') => `<table class="zm-table__body"><tbody>
      ${bodyRow('Anna Kowalska', 'anna.kowalska@salon-ania.pl', hidden)}${bodyRow('Jan Mazur', 'jan.mazur@salon-ania.pl', hidden)}
    </tbody></table>`;

  it('ties columns by position and reads the body table once, never the fixed copy', () => {
    html(`<div class="zm-table">${header}<div class="zm-table__body-wrapper">${body('actions')}</div>
      <div class="zm-table__fixed-right"><div class="zm-table__fixed-header-wrapper">${header.replace('zm-table__header-wrapper', 'x')}</div>
      <div class="zm-table__fixed-body-wrapper">${body('email')}</div></div></div>`);
    const rows = rowsOf(readUsersTable(document));
    expect(rows.map((row) => [row.email, row.name])).toEqual([
      ['anna.kowalska@salon-ania.pl', 'Anna Kowalska'],
      ['jan.mazur@salon-ania.pl', 'Jan Mazur'],
    ]);
    for (const row of rows) {
      expect(row.badgeAnchor.closest('.zm-table__body-wrapper')).not.toBeNull();
      expect(row.element.closest('.zm-table__fixed-right')).toBeNull();
    }
  });

  it('reads the same rows without a fixed column', () => {
    html(`<div class="zm-table">${header}<div class="zm-table__body-wrapper">${body('actions')}</div></div>`);
    expect(emailsOf(readUsersTable(document))).toEqual(['anna.kowalska@salon-ania.pl', 'jan.mazur@salon-ania.pl']);
  });

  it('reads a repeated row once even when the copy is not marked as fixed', () => {
    html(`<div class="t">${header}<div>${body('actions')}</div></div><div class="copy"><table>${body('email')}</table></div>`);
    const rows = rowsOf(readUsersTable(document));
    expect(rows).toHaveLength(2);
    expect(rows[0].badgeAnchor.closest('.copy')).toBeNull();
  });

  it('joins the halves into one table in readTables', () => {
    html(`<div class="zm-table">${header}<div class="zm-table__body-wrapper">${body('actions')}</div></div>`);
    const tables = readTables(document);
    expect(tables).toHaveLength(1);
    expect(tables[0].headers.slice(0, 4)).toEqual(['', 'name', 'email', 'actions']);
    expect(tables[0].rows).toHaveLength(2);
  });

  it('takes an empty body with "No Data" as an empty list', () => {
    html(`<div class="zm-table">${header}<div class="zm-table__body-wrapper"><table><tbody></tbody></table>
      <div class="zm-table__empty-block"><span class="zm-table__empty-text">No Data</span></div></div></div>`);
    expect(readUsersTable(document)).toEqual({ rows: [] });
  });

  it('says the table is busy while its loading mask shows, and not once it is hidden', () => {
    const page = (maskStyle: string) =>
      `<div class="zm-table">${header}<div class="zm-table__body-wrapper">${body('actions')}</div>
       <div class="zm-loading-mask" style="${maskStyle}"><div class="zm-loading-spinner"></div></div></div>`;
    html(page(''));
    const busy = readUsersTable(document);
    expect('busy' in busy && busy.busy).toBe(true);
    html(page('display: none;'));
    expect(readUsersTable(document)).not.toHaveProperty('busy');
  });
});

describe('lists that cannot be read, and empty lists', () => {
  it('refuses a table whose Email column holds no address', () => {
    loadFixture('unrecognised.html');
    const result = readUsersTable(document);
    expect(result).toMatchObject({ problem: 'layout-unrecognised' });
    expect((result as { detail: string }).detail).toMatch(/5 rows/);
  });

  it('refuses a page without any table', () => {
    loadFixture('unrecognised-no-table.html');
    expect(readUsersTable(document)).toMatchObject({ problem: 'layout-unrecognised' });
    expect(readPendingTable(document)).toMatchObject({ problem: 'layout-unrecognised' });
  });

  it('refuses a table of rows without addresses, even with a header', () => {
    html(`<table><thead><tr><th>Email</th><th>Status</th></tr></thead>
      <tbody><tr><td>hidden</td><td>Active</td></tr><tr><td>—</td><td>Active</td></tr></tbody></table>`);
    expect(readUsersTable(document)).toMatchObject({ problem: 'layout-unrecognised' });
  });

  it('takes a table with a header and no rows as an empty list', () => {
    html(`<table><thead><tr><th>Email</th><th>Invited</th></tr></thead><tbody></tbody></table>`);
    expect(readPendingTable(document)).toEqual({ rows: [] });
  });

  it('takes a single "Brak danych" row as an empty list', () => {
    html(`<table><thead><tr><th>Adres e-mail</th><th>Data zaproszenia</th></tr></thead>
      <tbody><tr><td colspan="2">Brak danych</td></tr></tbody></table>`);
    expect(readPendingTable(document)).toEqual({ rows: [] });
  });

  it('takes a bare "No data" text as an empty Pending list, but not as an empty Users list', () => {
    html(`<main><h2>Pending</h2><p class="empty">No data</p></main>`);
    expect(readPendingTable(document)).toEqual({ rows: [] });
    expect(readUsersTable(document)).toMatchObject({ problem: 'layout-unrecognised' });
  });

  it('says a grid with aria-busy and no rows is loading, not empty', () => {
    html(`<div role="grid" aria-busy="true"><div role="row"><div role="columnheader">Email</div></div></div>`);
    expect(readUsersTable(document)).toEqual({ rows: [], busy: true });
  });

  it('says a table showing only "Ładowanie…" is loading', () => {
    html(`<div><table><thead><tr><th>Email</th></tr></thead><tbody></tbody></table><div>Ładowanie…</div></div>`);
    expect(readUsersTable(document)).toEqual({ rows: [], busy: true });
  });

  it('reads the table with addresses when the page has other tables too', () => {
    html(`<table><tr><th>Plan</th><th>Seats</th></tr><tr><td>Pro</td><td>9</td></tr></table>
      <table><tr><th>Email</th></tr><tr><td>anna.kowalska@salon-ania.pl</td></tr></table>`);
    expect(emailsOf(readUsersTable(document))).toEqual(['anna.kowalska@salon-ania.pl']);
  });

  it('skips tables hidden by their markup', () => {
    html(`<div style="display:none"><table><tr><th>Email</th></tr><tr><td>old@salon-ania.pl</td></tr></table></div>
      <table><tr><th>Email</th></tr><tr><td>anna.kowalska@salon-ania.pl</td></tr></table>`);
    expect(emailsOf(readUsersTable(document))).toEqual(['anna.kowalska@salon-ania.pl']);
  });

  it('reads all five scenario users from a plain table', () => {
    html(`<table><tr><th>Email</th></tr>${FIVE_USERS.map((email) => `<tr><td>${email}</td></tr>`).join('')}</table>`);
    expect(emailsOf(readUsersTable(document))).toEqual(FIVE_USERS);
  });
});

describe('cells by position in a real table', () => {
  it('places the cells of every row, whether it spans like the first or not (taken by position only when it cannot span)', () => {
    html(`<table><thead><tr><th>#</th><th>Name</th><th>Email</th><th>Status</th></tr></thead><tbody>
      <tr><td>1</td><td>Anna Kowalska</td><td>anna.kowalska@salon-ania.pl</td><td>Active</td></tr>
      <tr><td colspan="2">Jan Mazur</td><td>jan.mazur@salon-ania.pl</td><td>Inactive</td></tr>
      <tr><td>3</td><td>Iwona Dąbrowska</td><td>iwona.dabrowska@salon-ania.pl</td><td>Pending</td></tr>
    </tbody></table>`);
    expect(rowsOf(readUsersTable(document)).map(({ email, name, state }) => ({ email, name, state }))).toEqual([
      { email: 'anna.kowalska@salon-ania.pl', name: 'Anna Kowalska', state: 'active' },
      { email: 'jan.mazur@salon-ania.pl', name: 'Jan Mazur', state: 'inactive' },
      { email: 'iwona.dabrowska@salon-ania.pl', name: 'Iwona Dąbrowska', state: 'pending' },
    ]);
    const [table] = readTables(document);
    // A plain row gives its cell without working out its others; both ways agree.
    expect(table.rows[2].cellAt(2)?.textContent).toBe('iwona.dabrowska@salon-ania.pl');
    expect(table.rows[2].cells.map((cell) => cell?.textContent)).toEqual([
      '3',
      'Iwona Dąbrowska',
      'iwona.dabrowska@salon-ania.pl',
      'Pending',
    ]);
    expect(table.rows[1].cellAt(1)?.textContent).toBe('Jan Mazur');
    expect(table.rows[1].cellAt(2)?.textContent).toBe('jan.mazur@salon-ania.pl');
  });
});
