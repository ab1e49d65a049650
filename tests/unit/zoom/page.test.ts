import { isZoomUsersPage, readZoomPage } from '../../../utils/zoom/page';
import { findTabList, readActiveTab, tabKindOf } from '../../../utils/zoom/tabs';
import { detectPaymentRequired } from '../../../utils/zoom/notices';
import { click, isoDaysAgo, loadFixture, loadHtml, runInlineScripts, setUrl, ZOOM_URL } from './list-fixture-dom';

function html(body: string): void {
  loadHtml(`<head></head><body>${body}</body>`);
}

const at = (hash = '#/') => new URL(`https://zoom.us/account/user${hash}`);

describe('isZoomUsersPage', () => {
  it.each([
    'https://zoom.us/account/user#/',
    'https://zoom.us/account/user',
    'https://zoom.us/account/user/',
    'https://zoom.us/account/user#',
    'https://zoom.us/account/user#/pending',
    'https://zoom.us/account/user#/?searchKey=room',
    'https://zoom.us/account/user#/pending?searchKey=bartosz',
    'https://us02web.zoom.us/account/user#/',
    'https://firma.zoom.us/account/user#/',
    'https://zoomgov.com/account/user#/',
    'https://us06web.zoomgov.com/account/user?lang=pl#/pending',
  ])('accepts %s', (url) => {
    expect(isZoomUsersPage(new URL(url))).toBe(true);
  });

  it.each([
    'https://zoom.us/account/user/profile',
    'https://zoom.us/account/user/abc123#/',
    'https://zoom.us/account/users#/',
    'https://zoom.us/account/role#/',
    'https://zoom.us/meeting#/upcoming',
    'https://zoom.us/account/user#/detail/abc123/profile',
  ])('refuses %s', (url) => {
    expect(isZoomUsersPage(new URL(url))).toBe(false);
  });
});

describe('tabs', () => {
  it.each([
    ['Users', 'users'],
    ['Pending', 'pending'],
    ['Advanced', 'advanced'],
    ['Użytkownicy', 'users'],
    ['Oczekujące', 'pending'],
    ['W oczekiwaniu', 'pending'],
    ['Zaawansowane', 'advanced'],
    ['Pending (3)', 'pending'],
    ['  Oczekujące  3 ', 'pending'],
    ['Users and roles', 'unknown'],
    // Case, diacritics and spacing do not matter: the seeds' words as a page may render them.
    ['UŻYTKOWNICY', 'users'],
    ['Uzytkownicy', 'users'],
    ['OCZEKUJĄCE', 'pending'],
    ['Oczekujace (2)', 'pending'],
    ['W  oczekiwaniu', 'pending'],
    ['W\u00a0oczekiwaniu 3', 'pending'],
    ['ZAAWANSOWANE', 'advanced'],
    ['Zaawansowane wyszukiwanie', 'unknown'],
  ])('names "%s" as %s', (label, kind) => {
    expect(tabKindOf(label)).toBe(kind);
  });

  it("reads the tutorial's tabs (Użytkownicy / W oczekiwaniu / Zaawansowane) on zm-tabs, and Zaawansowane is no list", () => {
    html(`<div class="zm-tabs__nav" role="tablist">
      <div id="tab-/" class="zm-tabs__item" role="tab" aria-selected="false">Użytkownicy</div>
      <div id="tab-/pending" class="zm-tabs__item" role="tab" aria-selected="false">W oczekiwaniu</div>
      <div id="tab-/advanced" class="zm-tabs__item is-active" role="tab" aria-selected="true">Zaawansowane</div></div>
      <table><tr><th>Adres e-mail</th></tr><tr><td>anna.kowalska@salon-ania.pl</td></tr></table>`);
    expect(readActiveTab(document)).toBe('advanced');
    expect(readZoomPage(document, at('#/advanced'))).toEqual({ tab: 'advanced', rows: [] });
    document.getElementById('tab-/advanced')?.setAttribute('aria-selected', 'false');
    document.getElementById('tab-/pending')?.setAttribute('aria-selected', 'true');
    expect(readActiveTab(document)).toBe('pending');
    expect(readZoomPage(document, at('#/pending')).snapshot?.list).toBe('pending');
  });

  it('tells an icon-only tab by its route id', () => {
    expect(tabKindOf('', 'tab-/pending')).toBe('pending');
    expect(tabKindOf('', 'tab-/')).toBe('users');
  });

  it('reads role=tab with aria-selected, and follows a switch that leaves the URL alone', () => {
    loadFixture('users-en-table.html');
    runInlineScripts();
    expect(findTabList(document)?.getAttribute('role')).toBe('tablist');
    expect(readActiveTab(document)).toBe('users');
    click('#tab-pending');
    expect(location.hash).toBe('#/');
    expect(readActiveTab(document)).toBe('pending');
    click('#tab-advanced');
    expect(readActiveTab(document)).toBe('advanced');
  });

  it('reads an is-active class when there is no aria-selected', () => {
    html(`<div class="zm-tabs__nav" role="tablist">
      <div class="zm-tabs__item" role="tab" id="tab-/">Users</div>
      <div class="zm-tabs__item is-active" role="tab" id="tab-/pending">Pending</div></div>`);
    expect(readActiveTab(document)).toBe('pending');
  });

  it('reads Polish link tabs with an active class, whatever the hash says', () => {
    setUrl('https://zoom.us/account/user#/pending');
    html(`<nav class="tabs"><a class="tabs__link tabs__link--active" href="#/">Użytkownicy</a>
      <a class="tabs__link" href="#/pending">W oczekiwaniu</a><a class="tabs__link" href="#/advanced">Zaawansowane</a></nav>`);
    expect(findTabList(document)?.tagName).toBe('NAV');
    expect(readActiveTab(document)).toBe('users');
  });

  it('reads an active list item around a link', () => {
    html(`<ul><li><a href="#/">Users</a></li><li class="active"><a href="#/pending">Pending</a></li></ul>`);
    expect(readActiveTab(document)).toBe('pending');
  });

  it('prefers aria-selected over a stale active class', () => {
    html(`<div role="tablist"><div role="tab" class="is-active" aria-selected="false">Users</div>
      <div role="tab" aria-selected="true">Pending</div></div>`);
    expect(readActiveTab(document)).toBe('pending');
  });

  it('is unknown without a tab list, and a left-menu "Users" item is no tab list', () => {
    html(`<nav><a role="menuitem" aria-current="page" href="/account/user#/">Users</a><a role="menuitem">Roles</a></nav>
      <main><h1>Users</h1></main>`);
    expect(findTabList(document)).toBeNull();
    expect(readActiveTab(document)).toBe('unknown');
  });

  it('is unknown when no tab is marked active', () => {
    html(`<div role="tablist"><div role="tab">Users</div><div role="tab">Pending</div></div>`);
    expect(findTabList(document)).not.toBeNull();
    expect(readActiveTab(document)).toBe('unknown');
  });
});

describe('readZoomPage on users-en-table.html', () => {
  beforeEach(() => {
    loadFixture('users-en-table.html');
    runInlineScripts();
  });

  it('reads the Users tab: five users, total 5, not filtered', () => {
    const read = readZoomPage(document, new URL(ZOOM_URL));
    expect(read.tab).toBe('users');
    expect(read.problem).toBeUndefined();
    expect(read.snapshot).toMatchObject({ list: 'users', total: 5, filtered: false });
    expect(read.snapshot?.rows).toHaveLength(5);
    expect(read.snapshot?.rows[4]).toEqual({
      email: 'jan.mazur@salon-ania.pl',
      name: 'Jan Mazur',
      state: 'inactive',
      userType: 'Basic',
    });
    expect(read.rows.map((row) => row.email)).toEqual(read.snapshot?.rows.map((row) => row.email));
    for (const row of read.rows) expect(row.row.contains(row.badgeAnchor)).toBe(true);
  });

  it('reads the Pending tab after a switch that does not change the URL', () => {
    click('#tab-pending');
    const read = readZoomPage(document, new URL(ZOOM_URL));
    expect(read.tab).toBe('pending');
    expect(read.snapshot).toMatchObject({ list: 'pending', total: 3, filtered: false });
    expect(read.snapshot?.rows.map((row) => [row.email, row.state, row.invitedOn])).toEqual([
      ['bartosz.nowak@salon-ania.pl', 'pending', isoDaysAgo(6)],
      ['filip.lewandowski@salon-ania.pl', 'pending', isoDaysAgo(35)],
      ['grazyna.zielinska@salon-ania.pl', 'pending', isoDaysAgo(27)],
    ]);
  });

  it('trusts the tab over a hash that says otherwise', () => {
    const read = readZoomPage(document, at('#/pending'));
    expect(read.tab).toBe('users');
    expect(read.snapshot?.list).toBe('users');
  });

  it('reads nothing on the Advanced tab, and claims no problem there', () => {
    click('#tab-advanced');
    expect(readZoomPage(document, new URL(ZOOM_URL))).toEqual({ tab: 'advanced', rows: [] });
  });

  it('marks a searched view as filtered, with the filter total', () => {
    const search = document.getElementById('user-search') as HTMLInputElement;
    search.value = 'anna';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const read = readZoomPage(document, new URL(ZOOM_URL));
    expect(read.snapshot).toMatchObject({ filtered: true, total: 1 });
    expect(read.snapshot?.rows.map((row) => row.email)).toEqual(['anna.kowalska@salon-ania.pl']);
  });
});

describe('readZoomPage on users-pl-grid.html (rows arrive late, two pages)', () => {
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

  it('reads nothing (and says nothing is wrong) while the grid is loading', () => {
    const read = readZoomPage(document, new URL(ZOOM_URL));
    expect(read).toEqual({ tab: 'users', busy: true, rows: [] });
  });

  it('reads page 1 of 2 ("1-3 z 5"), then page 2 ("4-5 z 5")', () => {
    vi.advanceTimersByTime(900);
    const first = readZoomPage(document, new URL(ZOOM_URL));
    expect(first.snapshot).toMatchObject({ list: 'users', page: 1, pageCount: 2, total: 5, filtered: false });
    expect(first.snapshot?.rows).toHaveLength(3);

    click('#next');
    expect(readZoomPage(document, new URL(ZOOM_URL)).snapshot).toBeUndefined();
    vi.advanceTimersByTime(400);
    const second = readZoomPage(document, new URL(ZOOM_URL));
    expect(second.snapshot).toMatchObject({ page: 2, pageCount: 2, total: 5 });
    expect(second.snapshot?.rows.map((row) => row.email)).toEqual(['iwona.dabrowska@salon-ania.pl', 'jan.mazur@salon-ania.pl']);
  });

  it('reads the Pending tab ("Oczekujące") after the hash route changes', () => {
    vi.advanceTimersByTime(900);
    location.hash = '#/pending';
    window.dispatchEvent(new Event('hashchange'));
    vi.advanceTimersByTime(400);
    const read = readZoomPage(document, new URL(location.href));
    expect(read.tab).toBe('pending');
    expect(read.snapshot).toMatchObject({ list: 'pending', page: 1, pageCount: 1, total: 3 });
    expect(read.snapshot?.rows.map((row) => row.invitedOn)).toEqual([isoDaysAgo(6), isoDaysAgo(35), isoDaysAgo(27)]);
  });

  it('marks a Polish search as filtered', () => {
    vi.advanceTimersByTime(900);
    const search = document.getElementById('search') as HTMLInputElement;
    search.value = 'mazur';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    vi.advanceTimersByTime(400);
    const read = readZoomPage(document, new URL(ZOOM_URL));
    expect(read.snapshot).toMatchObject({ filtered: true, total: 1, page: 1, pageCount: 1 });
  });
});

describe('pages that cannot be read', () => {
  it('says layout-unrecognised for a table without addresses, and gives no rows', () => {
    loadFixture('unrecognised.html');
    expect(readZoomPage(document, new URL(ZOOM_URL))).toEqual({ tab: 'users', problem: 'layout-unrecognised', rows: [] });
  });

  it('says layout-unrecognised for a page without tabs or table', () => {
    loadFixture('unrecognised-no-table.html');
    expect(readZoomPage(document, new URL(ZOOM_URL))).toEqual({ tab: 'unknown', problem: 'layout-unrecognised', rows: [] });
  });

  it.each(['payment-required.html', 'payment-required-pl.html', 'payment-required-tutorial-pl.html'])(
    'says payment-required on %s',
    (name) => {
      loadFixture(name);
      const read = readZoomPage(document, new URL(ZOOM_URL));
      expect(read.problem).toBe('payment-required');
      expect(read.rows).toEqual([]);
      expect(read.snapshot).toBeUndefined();
    },
  );

  it('does not take an empty table under the payment notice for an empty list', () => {
    html(`<div role="tablist"><div role="tab" aria-selected="true">Users</div><div role="tab">Pending</div></div>
      <p>Please add a payment method to add users.</p><table><thead><tr><th>Email</th></tr></thead><tbody></tbody></table>`);
    expect(readZoomPage(document, at()).problem).toBe('payment-required');
  });

  it('reads the list when one is there, even if a billing banner mentions a payment method', () => {
    html(`<div class="banner">Update your payment method to keep your plan.</div>
      <div role="tablist"><div role="tab" aria-selected="true">Users</div><div role="tab">Pending</div></div>
      <table><tr><th>Email</th></tr><tr><td>anna.kowalska@salon-ania.pl</td></tr></table>`);
    const read = readZoomPage(document, at());
    expect(read.problem).toBeUndefined();
    expect(read.snapshot?.rows).toHaveLength(1);
  });
});

describe('readZoomPage without a recognised tab', () => {
  it.each([
    ['<button>Prześlij ponownie</button>'],
    ['<button>Wyślij ponownie</button>'],
    ['<button>  WYŚLIJ   PONOWNIE </button>'],
    ['<a href="#">Przeslij ponownie</a>'],
    ['<button aria-label="Wyślij ponownie zaproszenie"><i class="icon"></i></button>'],
    ['<button>Resend</button>'],
  ])('reads a list with Resend buttons (%s) as the Pending list', (resend) => {
    html(`<table><tr><th>Email</th><th></th></tr>
      <tr><td>bartosz.nowak@salon-ania.pl</td><td>${resend}<button>Usuń</button></td></tr></table>`);
    const read = readZoomPage(document, at('#/'));
    expect(read.tab).toBe('pending');
    expect(read.snapshot?.list).toBe('pending');
  });

  it('does not take other row actions for Resend', () => {
    html(`<table><tr><th>Email</th><th></th></tr>
      <tr><td>anna.kowalska@salon-ania.pl</td><td><button>Edytuj</button><button>Wyślij wiadomość</button><button>Usuń</button></td></tr></table>`);
    expect(readZoomPage(document, at('#/')).snapshot?.list).toBe('users');
  });

  it('falls back to the route, then to the Users list', () => {
    html(`<table><tr><th>Email</th></tr><tr><td>bartosz.nowak@salon-ania.pl</td></tr></table>`);
    expect(readZoomPage(document, at('#/pending')).snapshot?.list).toBe('pending');
    expect(readZoomPage(document, at('#/')).snapshot?.list).toBe('users');
  });

  it('reads the old portal table (#user_table) as the Users list', () => {
    html(`<table id="user_table"><thead><tr><th>Email</th><th>User Type</th></tr></thead>
      <tbody><tr><td class="email">anna.kowalska@salon-ania.pl</td><td class="user-type">Licensed</td></tr></tbody></table>`);
    const read = readZoomPage(document, at(''));
    expect(read.snapshot?.rows).toEqual([{ email: 'anna.kowalska@salon-ania.pl', state: 'active', userType: 'Licensed' }]);
    expect(read.snapshot?.total).toBeUndefined();
  });
});

describe('detectPaymentRequired', () => {
  it.each([
    'Add a payment method to add users.',
    'To add users, verify your account with a credit card or PayPal.',
    'Payment method required',
    'Dodaj metodę płatności, aby dodawać użytkowników.',
    'Zweryfikuj konto, podając kartę kredytową lub PayPal.',
    'Aby dodać użytkowników, zweryfikuj konto: potrzebna jest metoda płatności.',
    // The booking tutorial's exact words (seeds/000), as a link and as plain text, and folded variants.
    'Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności',
    '„Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności„.',
    'JEŚLI CHCESZ ZARZĄDZAĆ UŻYTKOWNIKAMI Z PLANEM PODSTAWOWY, MUSISZ DODAĆ ZAPISANĄ METODĘ PŁATNOŚCI',
    'Jesli chcesz zarzadzac uzytkownikami z planem Podstawowy, musisz dodac zapisana metode platnosci',
    'Jeśli chcesz zarządzać użytkownikami z planem Podstawowy,\n   musisz  dodać\u00a0zapisaną metodę płatności',
    'Aby uzyskać pełny dostęp do tego miejsca, zostaniesz poproszony o zweryfikowanie swojej tożsamości za pomocą karty kredytowej lub konta PayPal.',
    // Zoom's help (seeds/004) words: an account with a credit card, a PayPal account, a saved payment method.
    'Zarządzanie użytkownikami jest dostępne za darmo dla konta z kartą kredytową.',
    'Za darmo dla konta z kartą kredytową, konta Pro, konta Dla firm, konta Edukacyjnego lub konta Dla przedsiębiorstw',
    'Zweryfikuj konto kartą kredytową lub kontem PayPal.',
    'Zweryfikować konto za pomocą konta PayPal',
    'Dodaj zapisaną metodę płatności',
    'Dodać zapisaną metodę płatności',
    'Wprowadź metodę płatności, aby zarządzać użytkownikami.',
    'Należy wprowadzić zapisaną metodę płatności.',
    'Dodanie zapisanej metody płatności jest wymagane.',
    'Wymagana jest zapisana metoda płatności.',
    'If you want to manage users on the Basic plan, you need to add a saved payment method',
  ])('recognises "%s"', (text) => {
    html(`<div class="notice"><p>${text}</p></div>`);
    expect(detectPaymentRequired(document)).toBe(true);
  });

  it.each([
    'Verify your email address to continue.',
    'Users: 5. Pending: 3.',
    'Zweryfikuj adres e-mail.',
    'Dodaj użytkowników',
    '+ Dodaj użytkowników',
    'Dodaj użytkowników pojedynczo lub zaimportuj plik CSV.',
    'Typ użytkownika: Podstawowy, Z licencją, Lokalny',
    'Rozliczenia',
  ])('does not take "%s" for the notice', (text) => {
    html(`<div><p>${text}</p></div>`);
    expect(detectPaymentRequired(document)).toBe(false);
  });

  it('ignores hidden notices and script text', () => {
    html(`<div hidden>Add a payment method</div><script>var s = "credit card or PayPal";</script><p>Users</p>`);
    expect(detectPaymentRequired(document)).toBe(false);
  });

  it('recognises both fixtures and not the Users list', () => {
    loadFixture('payment-required.html');
    expect(detectPaymentRequired(document)).toBe(true);
    loadFixture('payment-required-pl.html');
    expect(detectPaymentRequired(document)).toBe(true);
    loadFixture('users-en-table.html');
    expect(detectPaymentRequired(document)).toBe(false);
  });
});

describe('users-ranges.html: a pager that shows only ranges', () => {
  it.each([
    ['https://zoom.us/account/user#/', 'Next page', 'Pending'],
    ['https://zoom.us/account/user?lang=pl#/', 'Następna strona', 'W oczekiwaniu'],
  ])('reads %s page by page, the short last page by its rows', (url, next, pendingTab) => {
    loadFixture('users-ranges.html', url);
    runInlineScripts();
    const first = readZoomPage(document, new URL(url));
    expect(first.tab).toBe('users');
    expect(first.snapshot).toMatchObject({
      list: 'users',
      page: 1,
      pageCount: 2,
      total: 45,
      firstRow: 1,
      lastRow: 30,
      pageSize: 30,
    });
    expect(first.snapshot?.rows).toHaveLength(30);

    click(`[aria-label="${next}"]`);
    const last = readZoomPage(document, new URL(url));
    expect(last.snapshot).toMatchObject({ list: 'users', total: 45, firstRow: 31, lastRow: 45, hasNextPage: false });
    expect(last.snapshot?.page).toBeUndefined();
    expect(last.snapshot?.rows).toHaveLength(15);
    expect(last.snapshot?.rows.find((row) => row.email === 'jan.mazur@salon-ania.pl')?.state).toBe('inactive');

    const tab = Array.from(document.querySelectorAll('[role="tab"]')).find((t) => t.textContent === pendingTab) as HTMLElement;
    tab.click();
    const pending = readZoomPage(document, new URL(url));
    expect(pending.tab).toBe('pending');
    expect(pending.snapshot).toMatchObject({ list: 'pending', page: 1, pageCount: 1, total: 3, firstRow: 1, lastRow: 3 });
  });
});
