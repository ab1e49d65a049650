import { readFileSync } from 'node:fs';
import { readResourceList } from '../../../utils/booking/resource-list';
import type { ResourceListRead } from '../../../utils/booking/types';

const ORIGIN = 'https://salon-ania.zarezerwuj.pl';
const loadFixture = (file: string): Document =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/booking/${file}`, 'utf8'), 'text/html');
const parse = (html: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

function readOk(doc: Document, baseUrl = `${ORIGIN}/ustawienia/zasoby`): ResourceListRead {
  const read = readResourceList(doc, baseUrl);
  if ('problem' in read) throw new Error(`unexpected problem: ${read.detail}`);
  return read;
}

/** The roster of tests/fixtures/SCENARIO.md, in the order every fixture shows it. */
const NAMES = [
  'Anna Kowalska',
  'Bartosz Nowak',
  'Celina Wiśniewska',
  'Dawid Wójcik',
  'Ewa Kamińska',
  'Filip Lewandowski',
  'Grażyna Zielińska-Łęcka',
  'Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">',
  'Hubert Szymański',
  'Iwona Dąbrowska',
  'Jan Mazur',
];
const CATEGORIES = [
  ...Array(4).fill('Fryzjerzy'),
  ...Array(3).fill('Kosmetyczki'),
  'Recepcja',
  'Recepcja',
  'Masażyści',
  'Masażyści',
];
const IDS = NAMES.map((_, i) => String(12 + i));

describe('new UI: resources grouped under categories, no emails', () => {
  const read = readOk(loadFixture('new-ui-resources.html'));

  it('reads the 11 resources in order, names as text', () => {
    expect(read.generation).toBe('categories');
    expect(read.rows.map((row) => row.name)).toEqual(NAMES);
  });

  it('says the list shows no emails: every rawEmail is null (not read yet, not empty)', () => {
    expect(read.listShowsEmails).toBe(false);
    expect(read.rows.every((row) => row.rawEmail === null)).toBe(true);
  });

  it('takes each category from the heading above it', () => {
    expect(read.rows.map((row) => row.category)).toEqual(CATEGORIES);
  });

  it('gives absolute same-origin edit URLs and ids, never the category edit links', () => {
    expect(read.rows.map((row) => row.editUrl)).toEqual(IDS.map((id) => `${ORIGIN}/ustawienia/zasoby/${id}/edycja`));
    expect(read.rows.map((row) => row.resourceId)).toEqual(IDS);
  });

  it('reads the name from text, so the markup in #8 is text and no element comes out of it', () => {
    const row = read.rows[7];
    expect(row.name).toContain('<img src=x onerror="window.__pwned=1">');
    expect(row.badgeAnchor.querySelector('img, b')).toBeNull();
  });

  it('anchors the badge on the element holding the name, inside its row, not in a link or button', () => {
    for (const row of read.rows) {
      expect(row.row.localName).toBe('li');
      expect(row.row.contains(row.badgeAnchor)).toBe(true);
      expect(row.badgeAnchor.textContent!.replace(/\s+/g, ' ').trim()).toBe(row.name);
      expect(row.badgeAnchor.closest('a, button')).toBeNull();
    }
  });

  it('collapses the whitespace runs of a name broken over lines', () => {
    expect(read.rows[6].badgeAnchor.textContent).toMatch(/\n/);
    expect(read.rows[6].name).toBe('Grażyna Zielińska-Łęcka');
  });

  it('resolves edit links against the page address it is given', () => {
    const other = readOk(loadFixture('new-ui-resources.html'), 'https://inny-salon.zarezerwuj.pl/ustawienia/zasoby');
    expect(other.rows[0].editUrl).toBe('https://inny-salon.zarezerwuj.pl/ustawienia/zasoby/12/edycja');
  });
});

describe('new UI with the in-place dialog', () => {
  const read = readOk(loadFixture('new-ui-resources-dialog.html'));

  it('reads the same roster from rows whose edit control is a button (no URL), ids from the row data', () => {
    expect(read.rows.map((row) => row.name)).toEqual(NAMES);
    expect(read.rows.map((row) => row.category)).toEqual(CATEGORIES);
    expect(read.rows.every((row) => row.editUrl === undefined)).toBe(true);
    expect(read.rows.map((row) => row.resourceId)).toEqual(IDS);
  });

  it('does not read the emails hidden in data attributes: the list shows none', () => {
    expect(read.listShowsEmails).toBe(false);
    expect(read.rows.every((row) => row.rawEmail === null)).toBe(true);
  });

  it('ignores the (hidden) dialog form and its buttons', () => {
    expect(read.rows).toHaveLength(11);
    expect(read.rows.some((row) => row.row.closest('[role="dialog"]'))).toBe(false);
  });
});

describe('new UI with delete, archive and logout links beside or instead of the edit links', () => {
  const read = readOk(loadFixture('new-ui-resources-links.html'));

  it('reads the same 11 resources', () => {
    expect(read.rows.map((row) => row.name)).toEqual(NAMES);
  });

  it('takes only edit pages: a link that deletes or logs out is skipped, even shaped like an edit link and first', () => {
    const byId = (id: number) => `${ORIGIN}/ustawienia/zasoby/${id}/edycja`;
    expect(read.rows.map((row) => row.editUrl)).toEqual([
      byId(12), // a delete link to …/12/edycja/usun comes first
      byId(13), // a logout link to …/13/edit/logout comes first
      byId(14),
      undefined, // its only link says "Edytuj" and deletes (?akcja=usuń)
      undefined, // its only link, titled "Edytuj", goes to …/16/delete
      byId(17),
      byId(18),
      byId(19),
      byId(20),
      byId(21),
      byId(22),
    ]);
    expect(read.rows.map((row) => row.editLabel)).toEqual([
      'Edytuj',
      'Edytuj',
      'Edytuj',
      undefined,
      undefined,
      ...Array.from({ length: 6 }, () => 'Edytuj'),
    ]);
  });
});

describe('old UI: one table with emails', () => {
  const read = readOk(loadFixture('old-ui-resources.html'), `${ORIGIN}/admin/zasoby`);

  it('reads the table generation, names, categories and order', () => {
    expect(read.generation).toBe('table');
    expect(read.listShowsEmails).toBe(true);
    expect(read.rows.map((row) => row.name)).toEqual(NAMES);
    expect(read.rows.map((row) => row.category)).toEqual(CATEGORIES);
  });

  it('keeps the emails as written (only trimmed): case, mailto: and invalid ones untouched; empty is ""', () => {
    expect(read.rows.map((row) => row.rawEmail)).toEqual([
      'anna.kowalska@salon-ania.pl',
      'Bartosz.Nowak@Salon-Ania.PL',
      'celina.wisniewska@salon-ania.pl',
      '',
      'ewa.kaminska@salon-ania',
      'filip.lewandowski@salon-ania.pl',
      'grazyna.zielinska@salon-ania.pl',
      'recepcja@salon-ania.pl',
      'mailto:Recepcja@salon-ania.pl',
      'iwona.dabrowsak@salon-ania.pl',
      'jan.mazur@salon-ania.pl',
    ]);
  });

  it('links each row to its "edytuj" page, not to "usuń"', () => {
    expect(read.rows.map((row) => row.editUrl)).toEqual(IDS.map((id) => `${ORIGIN}/admin/zasoby/edytuj?id=${id}`));
    expect(read.rows.map((row) => row.resourceId)).toEqual(IDS);
  });

  it('anchors badges on the name cell of each table row', () => {
    for (const row of read.rows) {
      expect(row.row.localName).toBe('tr');
      expect(row.badgeAnchor.localName).toBe('td');
      expect(row.badgeAnchor.parentElement).toBe(row.row);
    }
  });
});

describe('layout variants', () => {
  it('reads an English table whose columns are in another order, with "—" for an empty email', () => {
    const read = readOk(
      parse(`<main><h1>Resources (employees)</h1><table>
        <thead><tr><th>Actions</th><th>Email address</th><th>Category</th><th>Name</th></tr></thead>
        <tbody>
          <tr><td><a href="/r/7/edit">Edit</a></td><td>A@B.PL</td><td>Hair</td><td>Anna  Smith</td></tr>
          <tr><td><a href="/r/8/edit">Edit</a></td><td> — </td><td>Nails</td><td>Bob Jones</td></tr>
          <tr><td><a href="/r/9/edit">Edit</a></td><td>n/a</td><td>Nails</td><td>Cy Twombly</td></tr>
        </tbody></table></main>`),
    );
    expect(read.rows.map((r) => [r.name, r.rawEmail, r.category, r.resourceId])).toEqual([
      ['Anna Smith', 'A@B.PL', 'Hair', '7'],
      ['Bob Jones', '', 'Nails', '8'],
      ['Cy Twombly', '', 'Nails', '9'],
    ]);
  });

  it('reads the list table inside an old-style layout table', () => {
    const read = readOk(
      parse(`<table width="100%"><tr><td><a href="/admin/ustawienia">Ustawienia</a></td><td>
        <h2>Zasoby (pracownicy)</h2>
        <table><tr><th>Nazwa</th><th>Adres e-mail</th><th>Akcje</th></tr>
          <tr><td>Anna</td><td>a@x.pl</td><td><a href="/admin/zasoby/edytuj?id=1">edytuj</a></td></tr></table>
      </td></tr></table>`),
    );
    expect(read.rows.map((r) => [r.name, r.rawEmail, r.resourceId])).toEqual([['Anna', 'a@x.pl', '1']]);
    expect(read.generation).toBe('table');
  });

  it('a table without an email column leaves rawEmail null', () => {
    const read = readOk(
      parse(`<h1>Kategorie zasobów i zasoby</h1><table><tr><th>Nazwa</th><th>Akcje</th></tr>
        <tr><td>Anna</td><td><a href="/z/1/edycja">edytuj</a></td></tr></table>`),
    );
    expect(read.listShowsEmails).toBe(false);
    expect(read.rows[0].rawEmail).toBeNull();
  });

  it('keeps an address that is not one as written (no @), so it can be reported invalid', () => {
    const read = readOk(
      parse(`<h1>Zasoby (pracownicy)</h1><table><tr><th>Nazwa</th><th>E-mail</th></tr>
        <tr><td>Anna</td><td>anna.kowalska salon-ania.pl</td></tr></table>`),
    );
    expect(read.rows[0].rawEmail).toBe('anna.kowalska salon-ania.pl');
  });

  it('reads group rows spanning a table as categories', () => {
    const read = readOk(
      parse(`<h1>Kategorie zasobów i zasoby</h1><table><tr><th>Nazwa</th><th>Adres e-mail</th><th></th></tr>
        <tr><td colspan="3">Fryzjerzy</td></tr>
        <tr><td>Anna</td><td>a@x.pl</td><td><a href="/z/1/edycja">Edytuj</a></td></tr>
        <tr><td colspan="3">Recepcja</td></tr>
        <tr><td>Hubert</td><td>h@x.pl</td><td><a href="/z/2/edycja">Edytuj</a></td></tr></table>`),
    );
    expect(read.rows.map((r) => [r.name, r.category])).toEqual([
      ['Anna', 'Fryzjerzy'],
      ['Hubert', 'Recepcja'],
    ]);
  });

  it('reads one table per category under category headings', () => {
    const read = readOk(
      parse(`<main><h1>Kategorie zasobów i zasoby</h1>
        <h2>Fryzjerzy (2)</h2><table><tr><th>Nazwa</th></tr><tr><td>Anna</td><td><a href="/z/1/edycja">Edytuj</a></td></tr><tr><td>Bartosz</td><td><a href="/z/2/edycja">Edytuj</a></td></tr></table>
        <h2>Recepcja (1)</h2><table><tr><th>Nazwa</th></tr><tr><td>Hubert</td><td><a href="/z/3/edycja">Edytuj</a></td></tr></table></main>`),
    );
    expect(read.generation).toBe('categories');
    expect(read.rows.map((r) => [r.name, r.category])).toEqual([
      ['Anna', 'Fryzjerzy'],
      ['Bartosz', 'Fryzjerzy'],
      ['Hubert', 'Recepcja'],
    ]);
  });

  it('reads an ARIA grid of divs', () => {
    const read = readOk(
      parse(`<h1>Resource categories and resources</h1><div role="grid">
        <div role="row"><div role="columnheader">Name</div><div role="columnheader">Email</div><div role="columnheader"></div></div>
        <div role="row"><div role="gridcell">Anna</div><div role="gridcell">mailto:anna@x.pl</div><div role="gridcell"><button aria-label="Edit Anna">✎</button></div></div>
      </div>`),
    );
    expect(read.rows.map((r) => [r.name, r.rawEmail])).toEqual([['Anna', 'mailto:anna@x.pl']]);
  });

  it('reads emails shown under the names in a grouped list; a row without one stays unread (null)', () => {
    const read = readOk(
      parse(`<main><h1>Kategorie zasobów i zasoby</h1><section><h2>Fryzjerzy</h2>
        <div class="r"><span>Anna</span><span>+48 600 000 000</span><a href="mailto:anna@x.pl">anna@x.pl</a><a href="/z/1/edycja" title="Edytuj"></a></div>
        <div class="r"><span>Bartosz</span><a href="/z/2/edycja" title="Edytuj"></a></div>
        <div class="r"><span>Celina</span><span>E-mail:</span><span></span><a href="/z/3/edycja" title="Edytuj"></a></div>
      </section></main>`),
    );
    expect(read.rows.map((r) => [r.name, r.rawEmail, r.category])).toEqual([
      ['Anna', 'anna@x.pl', 'Fryzjerzy'],
      ['Bartosz', null, 'Fryzjerzy'],
      ['Celina', '', 'Fryzjerzy'],
    ]);
    expect(read.listShowsEmails).toBe(false);
  });

  it('reads cards whose name is a heading, with the category header carrying its own edit icon', () => {
    const read = readOk(
      parse(`<main><h1>Kategorie zasobów i zasoby</h1>
        <section><div><h2>Fryzjerzy</h2><a href="/k/1/edycja" title="Edytuj">✎</a></div>
          <div class="card"><h3>Anna Kowalska</h3><p>Stylistka</p><div><a href="/z/1/edycja" title="Edytuj"></a></div></div>
          <div class="card"><h3>Bartosz Nowak</h3><div><a href="/z/2/edycja" title="Edytuj"></a></div></div>
          <div class="card"><h3>Celina W.</h3><div><a href="/z/3/edycja" title="Edytuj"></a></div></div>
        </section>
        <section><div><h2>Recepcja</h2><a href="/k/2/edycja" title="Edytuj">✎</a></div>
          <div class="card"><h3>Hubert</h3><div><a href="/z/4/edycja" title="Edytuj"></a></div></div>
          <div class="card"><h3>Iwona</h3><div><a href="/z/5/edycja" title="Edytuj"></a></div></div>
        </section></main>`),
    );
    expect(read.rows.map((r) => [r.name, r.category, r.resourceId])).toEqual([
      ['Anna Kowalska', 'Fryzjerzy', '1'],
      ['Bartosz Nowak', 'Fryzjerzy', '2'],
      ['Celina W.', 'Fryzjerzy', '3'],
      ['Hubert', 'Recepcja', '4'],
      ['Iwona', 'Recepcja', '5'],
    ]);
  });

  it('does not let a lone resource swallow its category heading', () => {
    const read = readOk(
      parse(`<main><h1>Kategorie zasobów i zasoby</h1>
        <div class="group"><h2>Masażyści</h2><div class="item"><span>Jan Mazur</span><a href="/z/22/edycja" aria-label="Edytuj"></a></div></div>
        <div class="group"><h2>Recepcja</h2><div class="item"><span>Hubert</span><a href="/z/20/edycja" aria-label="Edytuj"></a></div></div></main>`),
    );
    expect(read.rows.map((r) => [r.name, r.category])).toEqual([
      ['Jan Mazur', 'Masażyści'],
      ['Hubert', 'Recepcja'],
    ]);
    expect(read.rows[0].row.querySelector('h2')).toBeNull();
  });

  it('one row for a name linked to the edit page plus an edit icon to the same page', () => {
    const read = readOk(
      parse(`<h1>Kategorie zasobów i zasoby</h1><div><div><a href="/z/1/edycja">Anna Kowalska</a><a href="/z/1/edycja" aria-label="Edytuj">✎</a></div>
        <div><a href="/z/2/edycja">Bartosz Nowak</a><a href="/z/2/edycja" aria-label="Edytuj">✎</a></div></div>`),
    );
    expect(read.rows.map((r) => r.name)).toEqual(['Anna Kowalska', 'Bartosz Nowak']);
    for (const row of read.rows) expect(row.badgeAnchor.closest('a')).toBeNull();
  });

  it('skips avatar initials and phone numbers before the name', () => {
    const read = readOk(
      parse(
        `<h1>Kategorie zasobów i zasoby</h1><ul><li><span>AK</span><span>+48 600 100 200</span><span>Anna <b>Kowalska</b></span><button title="Edytuj">✎</button></li></ul>`,
      ),
    );
    expect(read.rows[0].name).toBe('Anna Kowalska');
  });

  it('leaves out edit links to other origins and javascript: links', () => {
    const read = readOk(
      parse(`<h1>Kategorie zasobów i zasoby</h1><ul>
        <li>Anna <a href="https://evil.example/z/1/edycja" aria-label="Edytuj">✎</a></li>
        <li>Bartosz <a href="javascript:void(0)" aria-label="Edytuj">✎</a></li>
        <li>Celina <a href="//salon-ania.zarezerwuj.pl/z/3/edycja" aria-label="Edytuj">✎</a></li></ul>`),
    );
    expect(read.rows.map((r) => [r.name, r.editUrl])).toEqual([
      ['Anna', undefined],
      ['Bartosz', undefined],
      ['Celina', `${ORIGIN}/z/3/edycja`],
    ]);
  });
});

describe('problems', () => {
  it('layout-unrecognised when the page looks like the resource settings but no list can be read', () => {
    const read = readResourceList(
      parse('<main><h1>Kategorie zasobów i zasoby</h1><div>Anna Kowalska</div><div>Bartosz Nowak</div></main>'),
      ORIGIN,
    );
    expect(read).toMatchObject({ problem: 'layout-unrecognised' });
    expect('problem' in read && read.detail).toMatch(/no resource/i);
  });

  it('layout-unrecognised on a page without the resource settings heading (clients list with emails)', () => {
    expect(readResourceList(loadFixture('clients.html'), `${ORIGIN}/klienci`)).toMatchObject({ problem: 'layout-unrecognised' });
  });

  it('a table whose header names no name column is not read as the list', () => {
    const read = readResourceList(
      parse(
        '<h1>Zasoby (pracownicy)</h1><table><tr><th>Godzina</th><th>Usługa</th></tr><tr><td>9:00</td><td>Strzyżenie</td></tr></table>',
      ),
      ORIGIN,
    );
    expect(read).toMatchObject({ problem: 'layout-unrecognised' });
  });
});

describe('large lists', () => {
  // Timing is measured by `npm run bench`, not asserted here.
  it('reads 3000 grouped resources with their categories and ids', () => {
    const groups = Array.from({ length: 30 }, (_, g) => {
      const items = Array.from(
        { length: 100 },
        (_, i) =>
          `<li><span aria-hidden="true">XX</span><div><span>Osoba ${g}-${i} Łęcka</span><span>+48 600 000 ${String(i).padStart(3, '0')}</span></div><div><a href="/z/${g * 100 + i}/edycja" aria-label="Edytuj">✎</a><button aria-label="Usuń">×</button></div></li>`,
      ).join('');
      return `<section><div><h2>Kategoria ${g}</h2><a href="/k/${g}/edycja" aria-label="Edytuj kategorię">✎</a></div><ul>${items}</ul></section>`;
    }).join('');
    const doc = parse(`<main><h1>Kategorie zasobów i zasoby</h1>${groups}</main>`);
    const read = readOk(doc);
    expect(read.rows).toHaveLength(3000);
    expect(read.rows[2999]).toMatchObject({ name: 'Osoba 29-99 Łęcka', category: 'Kategoria 29', resourceId: '2999' });
  }, 20_000); // a correctness test on a large page, not a timing: give a loaded machine room
});
