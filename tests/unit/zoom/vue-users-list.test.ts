/**
 * The Element-UI-shaped Vue 3 fixture (vue-users.html) running for real in happy-dom, with the
 * vendored Vue build, read by the adapters as the overlay would read it.
 */
import { readZoomPage } from '../../../utils/zoom/page';
import { readActiveTab } from '../../../utils/zoom/tabs';
import { readUsersTable } from '../../../utils/zoom/users-table';
import { byText, click, isoDaysAgo, loadDialogComponent, loadFixture, loadVue, runInlineScripts } from './list-fixture-dom';

const vue = loadVue();

async function settle(): Promise<void> {
  await vue.nextTick();
  vi.advanceTimersByTime(400);
  await vue.nextTick();
}

async function open(lang: 'en' | 'pl', hash = '#/'): Promise<void> {
  loadFixture('vue-users.html', `https://zoom.us/account/user${lang === 'pl' ? '?lang=pl' : ''}${hash}`);
  runInlineScripts();
  await settle();
}

function read() {
  return readZoomPage(document, new URL(location.href));
}

function emails(): string[] {
  return read().snapshot?.rows.map((row) => row.email) ?? [];
}

beforeEach(() => {
  // Today at noon: the page dates its invitations when it loads and the test counts days after settling,
  // so a run that crossed midnight would see the two on different days.
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  vi.useFakeTimers({ now: noon });
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe.each([
  {
    lang: 'en' as const,
    users: 'Users',
    pending: 'Pending',
    next: 'Total 5',
    date: /^\d{2}\/\d{2}\/\d{4}$/,
    inactiveTag: 'Deactivated',
    basic: 'Basic',
  },
  {
    lang: 'pl' as const,
    users: 'Użytkownicy',
    pending: 'Oczekujące',
    next: 'Łącznie 5',
    date: /^\d{2}\.\d{2}\.\d{4}$/,
    inactiveTag: 'Dezaktywowany',
    basic: 'Podstawowy',
  },
])('vue-users.html ($lang)', ({ lang, users, pending, next, date, inactiveTag, basic }) => {
  it('reads nothing while the first load is under the loading mask', async () => {
    loadFixture('vue-users.html', `https://zoom.us/account/user${lang === 'pl' ? '?lang=pl' : ''}#/`);
    runInlineScripts();
    await vue.nextTick();
    expect(document.querySelector('.zm-loading-mask')).not.toBeNull();
    expect(read()).toEqual({ tab: 'users', busy: true, rows: [] });
  });

  it('reads page 1 of the Users list: two rows, each once, badges on the body table', async () => {
    await open(lang);
    expect(byText('.zm-pagination__total', next)).toBeTruthy();
    const page = read();
    expect(page.tab).toBe('users');
    expect(page.snapshot).toMatchObject({ list: 'users', page: 1, pageCount: 3, total: 5, filtered: false });
    expect(page.snapshot?.rows).toEqual([
      { email: 'anna.kowalska@salon-ania.pl', name: 'Anna Kowalska', state: 'active', userType: 'Licensed' },
      { email: 'admin@salon-ania.pl', name: 'Admin Salon', state: 'active', userType: 'Licensed' },
    ]);
    // The fixed column repeats both rows: the page really holds four copies.
    expect(document.querySelectorAll('tr.zm-table__row')).toHaveLength(4);
    for (const row of page.rows) {
      expect(row.badgeAnchor.closest('.zm-table__body-wrapper')).not.toBeNull();
      expect(row.badgeAnchor.closest('.zm-table__fixed-right')).toBeNull();
      expect(row.badgeAnchor.classList.contains('is-hidden')).toBe(false);
      expect(row.row.contains(row.badgeAnchor)).toBe(true);
    }
  });

  it('pages through with the unlabeled next button, re-rendering the rows', async () => {
    await open(lang);
    const firstRow = read().rows[0].row;
    click('.btn-next');
    await settle();
    expect(read().snapshot).toMatchObject({ page: 2, pageCount: 3, total: 5 });
    expect(emails()).toEqual(['recepcja@salon-ania.pl', 'iwona.dabrowska@salon-ania.pl']);
    expect(firstRow.isConnected).toBe(false);

    click('.btn-next');
    await settle();
    const last = read().snapshot;
    expect(last).toMatchObject({ page: 3, pageCount: 3 });
    expect(last?.rows).toEqual([{ email: 'jan.mazur@salon-ania.pl', name: 'Jan Mazur', state: 'inactive', userType: 'Basic' }]);
    expect(document.querySelector('.zm-tag')?.textContent).toBe(inactiveTag);
  });

  it('switches to Pending (#/pending) and reads its dates as the page writes them', async () => {
    await open(lang);
    click(byText('[role="tab"]', pending));
    await settle();
    expect(location.hash).toBe('#/pending');
    expect(readActiveTab(document)).toBe('pending');
    const page = read();
    expect(page.tab).toBe('pending');
    expect(page.snapshot).toMatchObject({ list: 'pending', page: 1, pageCount: 2, total: 3 });
    expect(page.snapshot?.rows).toEqual([
      { email: 'bartosz.nowak@salon-ania.pl', state: 'pending', userType: 'Basic', invitedOn: isoDaysAgo(6) },
      { email: 'filip.lewandowski@salon-ania.pl', state: 'pending', userType: 'Basic', invitedOn: isoDaysAgo(35) },
    ]);
    const dateCell = page.rows[0].row.querySelectorAll('td')[3];
    expect(dateCell.textContent?.trim()).toMatch(date);
    expect(document.body.textContent).toContain(basic);

    click('.btn-next');
    await settle();
    expect(read().snapshot?.rows.map((row) => [row.email, row.invitedOn])).toEqual([
      ['grazyna.zielinska@salon-ania.pl', isoDaysAgo(27)],
    ]);
  });

  it('follows the tab list, not the hash, when the two disagree', async () => {
    await open(lang);
    click(byText('[role="tab"]', pending));
    await settle();
    const read = readZoomPage(document, new URL(`https://zoom.us/account/user#/`));
    expect(read.tab).toBe('pending');
    expect(read.snapshot?.list).toBe('pending');
    click(byText('[role="tab"]', users));
    await settle();
    expect(readZoomPage(document, new URL('https://zoom.us/account/user#/pending')).snapshot?.list).toBe('users');
  });

  it('opens on the Pending route when the page is loaded at #/pending', async () => {
    await open(lang, '#/pending');
    expect(read().snapshot?.list).toBe('pending');
  });

  it('marks a search (reflected in the hash as searchKey) as filtered', async () => {
    await open(lang);
    const search = document.querySelector('input.zm-input__inner') as HTMLInputElement;
    search.value = 'mazur';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(location.hash).toBe('#/?searchKey=mazur');
    const page = read();
    expect(page.snapshot).toMatchObject({ filtered: true, total: 1, page: 1, pageCount: 1 });
    expect(page.snapshot?.rows.map((row) => row.email)).toEqual(['jan.mazur@salon-ania.pl']);
  });

  it('shows the empty state for a search without results as an empty, filtered list', async () => {
    await open(lang);
    const search = document.querySelector('input.zm-input__inner') as HTMLInputElement;
    search.value = 'nobody';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(read().snapshot).toMatchObject({ rows: [], total: 0, filtered: true });
  });

  it('reads the same rows with the fixed column taken away', async () => {
    await open(lang);
    document.querySelector('.zm-table__fixed-right')?.remove();
    expect(readUsersTable(document)).toMatchObject({
      rows: [{ email: 'anna.kowalska@salon-ania.pl' }, { email: 'admin@salon-ania.pl' }],
    });
  });
});

describe('vue-users.html Add Users button', () => {
  it('mounts the Add Users dialog component', async () => {
    expect(loadDialogComponent()).toBe(true);
    await open('pl');
    click(byText('button.zm-button--primary', '+ Dodaj użytkowników'));
    await vue.nextTick();
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    // The list under the dialog is still read as it was.
    expect(emails()).toEqual(['anna.kowalska@salon-ania.pl', 'admin@salon-ania.pl']);
  });
});
