import { applySnapshot, emptyCoverage } from '../../../utils/roster/coverage';
import { isFilteredView, readPager } from '../../../utils/zoom/pager';
import { loadHtml } from './list-fixture-dom';

function html(body: string): void {
  loadHtml(`<head></head><body>${body}</body>`);
}

const elementPager = (total: string, pages: number[], active: number) => `
  <div class="zm-pagination is-background">
    <span class="zm-pagination__total">${total}</span>
    <button type="button" class="btn-prev"><i class="zm-icon zm-icon-arrow-left"></i></button>
    <ul class="zm-pager">${pages
      .map((n) =>
        n < 0
          ? '<li class="more btn-quicknext zm-icon-more"></li>'
          : `<li class="number${n === active ? ' active' : ''}">${n}</li>`,
      )
      .join('')}</ul>
    <button type="button" class="btn-next"><i class="zm-icon zm-icon-arrow-right"></i></button>
  </div>`;

describe('readPager', () => {
  it.each([
    ['Total 5', 5],
    ['Łącznie 5', 5],
    ['Łącznie: 1 234', 1234],
    ['Total 1,234', 1234],
    ['Razem 42', 42],
    ['123 total', 123],
    ['40 result(s)', 40],
    ['1 result', 1],
    ['45 wyników', 45],
    ['Wszystkich 45', 45],
  ])('reads the total from "%s"', (text, total) => {
    html(`<div class="footer"><span>${text}</span></div>`);
    expect(readPager(document).total).toBe(total);
  });

  it.each(['30 results per page', '45 wynikowy', '12 results/page'])('takes no total from "%s"', (text) => {
    html(`<div class="footer"><span>${text}</span></div>`);
    expect(readPager(document).total).toBeUndefined();
  });

  it('reads a total split across elements', () => {
    html(`<div class="summary"><span>Total</span> <b>17</b></div>`);
    expect(readPager(document).total).toBe(17);
  });

  it('reads the Element UI pager: total, current page and page count', () => {
    html(elementPager('Total 5', [1, 2, 3], 2));
    expect(readPager(document)).toEqual({ page: 2, pageCount: 3, total: 5, hasNextPage: true, hasPrevPage: true });
  });

  it('takes the last numbered page as the page count when the pager collapses', () => {
    html(elementPager('Łącznie 1000', [1, -1, 7, 8, 9, -1, 20], 8));
    expect(readPager(document)).toEqual({ page: 8, pageCount: 20, total: 1000, hasNextPage: true, hasPrevPage: true });
  });

  it.each([
    ['1-50 of 123', { page: 1, pageCount: 3, total: 123, firstRow: 1, lastRow: 50, pageSize: 50 }],
    ['51 - 100 of 123', { page: 2, pageCount: 3, total: 123, firstRow: 51, lastRow: 100, pageSize: 50 }],
    ['1 - 50 z 123', { page: 1, pageCount: 3, total: 123, firstRow: 1, lastRow: 50, pageSize: 50 }],
    ['1–3 of 3', { page: 1, pageCount: 1, total: 3, firstRow: 1, lastRow: 3 }],
    ['1-3 z 5', { page: 1, pageCount: 2, total: 5, firstRow: 1, lastRow: 3, pageSize: 3 }],
    ['4-5 z 5', { page: 2, pageCount: 2, total: 5, firstRow: 4, lastRow: 5 }],
    ['Showing 1 to 20 of 45', { page: 1, pageCount: 3, total: 45, firstRow: 1, lastRow: 20, pageSize: 20 }],
    ['0-0 z 0', { page: 1, pageCount: 1, total: 0 }],
  ])('reads the range "%s"', (text, expected) => {
    html(`<div class="range"><span>${text}</span><button aria-label="Next page">›</button></div>`);
    expect(readPager(document)).toEqual(expected);
  });

  it('does not guess the page of a short last page when several page sizes fit: it gives its rows instead', () => {
    html(`<div><span>101-123 of 123</span></div>`);
    expect(readPager(document)).toEqual({ total: 123, firstRow: 101, lastRow: 123 });
  });

  it.each([
    ['31 - 45 of 45', { total: 45, firstRow: 31, lastRow: 45 }],
    ['3 - 3 of 3', { total: 3, firstRow: 3, lastRow: 3 }],
    ['31 - 45 z 45', { total: 45, firstRow: 31, lastRow: 45 }],
  ])('gives an ambiguous last page "%s" by its rows, with no page number', (text, expected) => {
    html(`<div class="zm-pagination"><span class="zm-pagination__range">${text}</span></div>`);
    expect(readPager(document)).toEqual(expected);
  });

  it.each([
    ['1 - 30 of 45', { page: 1, pageCount: 2, total: 45, firstRow: 1, lastRow: 30, pageSize: 30 }],
    ['1 - 2 of 3', { page: 1, pageCount: 2, total: 3, firstRow: 1, lastRow: 2, pageSize: 2 }],
  ])('learns the page size from a full first page "%s"', (text, expected) => {
    html(`<div class="zm-pagination"><span>${text}</span></div>`);
    expect(readPager(document)).toEqual(expected);
  });

  it('uses the page-size select to place a short last page', () => {
    html(`<div class="zm-pagination"><span>101-123 of 123</span>
      <div class="zm-pagination__sizes"><input readonly class="zm-input__inner" value="50/page"></div></div>`);
    expect(readPager(document)).toEqual({ page: 3, pageCount: 3, total: 123, firstRow: 101, lastRow: 123, pageSize: 50 });
  });

  it.each([
    ['30/page', 'Total 45'],
    ['30/stronę', 'Łącznie 45'],
    ['30/strona', 'Wszystkich 45'],
    ['30 / page', '45 result(s)'],
    ['30 na stronie', '45 wyników'],
    ['30 per page', 'Razem 45'],
  ])('reads the page size "%s" with the total "%s", and the page count they give', (size, total) => {
    html(`<div class="zm-pagination"><span class="zm-pagination__total">${total}</span>
      <span class="zm-pagination__sizes"><div class="zm-select"><input readonly class="zm-input__inner" value="${size}"></div></span></div>`);
    expect(readPager(document)).toEqual({ total: 45, pageSize: 30, pageCount: 2 });
  });

  it('reads a page size shown as text', () => {
    html(`<div class="zm-pagination"><span>Total 45</span><span>30/stronę</span></div>`);
    expect(readPager(document)).toEqual({ total: 45, pageSize: 30, pageCount: 2 });
  });

  it.each([['Go to'], ['Przejdź do'], ['Idź do']])('does not take the "%s" jumper\'s number for the page', (label) => {
    html(`<div class="zm-pagination">
      <span class="zm-pagination__jump">${label}<div class="zm-input zm-pagination__editor"><input type="number" min="1" max="2"
        class="zm-input__inner" value="2"></div></span>
      <span class="zm-pagination__total">45 result(s)</span></div>`);
    expect(readPager(document)).toEqual({ total: 45 });
  });

  it('reads the Meetings-page layout: jumper, prev, pager, next, sizes, total', () => {
    html(`<div class="zm-pagination">
      <span class="zm-pagination__jump">Go to<div class="zm-input"><input type="number" class="zm-input__inner" value="3"></div></span>
      <button type="button" class="btn-prev"></button>
      <ul class="zm-pager"><li class="number">1</li><li class="number active">2</li></ul>
      <button type="button" class="btn-next" disabled></button>
      <span class="zm-pagination__sizes"><input readonly class="zm-input__inner" value="15/page"></span>
      <span class="zm-pagination__total">20 result(s)</span></div>`);
    expect(readPager(document)).toEqual({
      page: 2,
      pageCount: 2,
      total: 20,
      pageSize: 15,
      hasNextPage: false,
      hasPrevPage: true,
    });
  });

  it.each([['Total 45'], ['45 result(s)'], ['45 results'], ['Łącznie 45'], ['45 wyników'], ['Razem 45'], ['Łącznie: 45']])(
    'reads the total "%s" beside a range-only pager',
    (total) => {
      html(`<div class="zm-pagination"><span>${total}</span><span>31 - 45 of 45</span></div>`);
      expect(readPager(document)).toEqual({ total: 45, firstRow: 31, lastRow: 45 });
    },
  );

  it.each([
    ['Page 2 of 3', { page: 2, pageCount: 3 }],
    ['Strona 2 z 3', { page: 2, pageCount: 3 }],
  ])('reads "%s"', (text, expected) => {
    html(`<nav aria-label="Pagination"><span>${text}</span></nav>`);
    expect(readPager(document)).toEqual(expected);
  });

  it('reads a page marked with aria-current', () => {
    html(`<nav aria-label="Stronicowanie"><a href="#">1</a><a href="#" aria-current="page">2</a><a href="#">3</a></nav>`);
    expect(readPager(document)).toEqual({ page: 2, pageCount: 3 });
  });

  it('never takes numbers from the table rows', () => {
    html(`<table><tr><th>Seats</th></tr><tr><td>Total 99</td></tr><tr><td>1-50 of 200</td></tr></table>
      <div role="grid"><div role="row"><div role="gridcell">Total 7</div></div></div>`);
    expect(readPager(document)).toEqual({});
  });

  it('ignores a hidden pager', () => {
    html(`<section hidden><div class="zm-pagination"><span>Total 3</span></div></section>
      <section><div class="zm-pagination"><span>Total 5</span></div></section>`);
    expect(readPager(document).total).toBe(5);
  });

  it('reads nothing when the page states nothing', () => {
    html(`<h1>Users</h1><p>Your team</p><button>Next</button>`);
    expect(readPager(document)).toEqual({});
  });

  it('does not read an unrelated navigation menu as a pager', () => {
    html(`<nav aria-label="Main"><a>1</a><a class="active">2</a></nav>`);
    expect(readPager(document)).toEqual({});
  });
});

describe('isFilteredView', () => {
  const url = (hash: string) => new URL(`https://zoom.us/account/user${hash}`);

  it('follows the searchKey in the hash route', () => {
    html('<div></div>');
    expect(isFilteredView(document, url('#/?searchKey=room'))).toBe(true);
    expect(isFilteredView(document, url('#/pending?searchKey=bartosz'))).toBe(true);
    expect(isFilteredView(document, url('#/?searchKey='))).toBe(false);
    expect(isFilteredView(document, url('#/'))).toBe(false);
    expect(isFilteredView(document, url('#/pending'))).toBe(false);
  });

  it.each([
    ['<input type="text" placeholder="Search by name or email">'],
    ['<input type="search">'],
    ['<input type="text" placeholder="Szukaj po nazwisku lub adresie e-mail">'],
    ['<input type="text" aria-label="Wyszukaj użytkowników">'],
    ['<div role="search"><input type="text"></div>'],
    ['<label for="q">Search users</label><input type="text" id="q">'],
    ['<label>Szukaj <input type="text"></label>'],
  ])('sees a search box with a value: %s', (field) => {
    html(field);
    const input = document.querySelector('input') as HTMLInputElement;
    expect(isFilteredView(document, url('#/'))).toBe(false);
    input.value = 'anna';
    expect(isFilteredView(document, url('#/'))).toBe(true);
    input.value = '   ';
    expect(isFilteredView(document, url('#/'))).toBe(false);
  });

  it('does not take other fields with a value for a search', () => {
    html(`<input type="text" placeholder="Department" value="Stylists">
      <label for="size">Page size</label><input type="text" id="size" value="100/page">
      <div role="dialog"><input type="text" placeholder="Search groups" value="x"></div>`);
    expect(isFilteredView(document, url('#/'))).toBe(false);
  });
});

describe('the "next page" control', () => {
  it('is read as usable or disabled, by label, text or class', () => {
    document.body.innerHTML =
      '<div class="zm-pagination"><button class="btn-prev" disabled></button><button class="btn-next"></button></div>';
    expect(readPager(document).hasNextPage).toBe(true);
    document.body.innerHTML =
      '<div class="zm-pagination"><button class="btn-prev"></button><button class="btn-next" disabled></button></div>';
    expect(readPager(document).hasNextPage).toBe(false);
    document.body.innerHTML =
      '<nav aria-label="Stronicowanie"><a href="#">Poprzednia</a><a href="#" aria-label="Następna strona" aria-disabled="true">›</a></nav>';
    expect(readPager(document).hasNextPage).toBe(false);
    document.body.innerHTML = '<p>Total 3</p>';
    expect(readPager(document).hasNextPage).toBeUndefined();
  });
});

describe('range-only pagers, from the page text to coverage', () => {
  const people = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `u${from + i}@x.pl`);
  const look = (pagerText: string, emails: string[], extra = '') => {
    html(`<div class="zm-pagination"><span>${pagerText}</span>${extra}</div>`);
    return {
      list: 'users' as const,
      rows: emails.map((email) => ({ email, state: 'active' as const })),
      filtered: false,
      ...readPager(document),
    };
  };
  const fold = (looks: ReturnType<typeof look>[]) => {
    let coverage = emptyCoverage();
    let completed: string[] | undefined;
    looks.forEach((shot, i) => {
      const applied = applySnapshot(coverage, shot, 1000 + i, 0);
      coverage = applied.coverage;
      completed = applied.completedEmails ?? completed;
    });
    return { coverage, completed };
  };

  it.each([
    ['1 - 30 of 45', '31 - 45 of 45', 30, 45],
    ['1 - 2 of 3', '3 - 3 of 3', 2, 3],
    ['1 - 30 z 45', '31 - 45 z 45', 30, 45],
  ])('"%s" then "%s" (both orders) is the whole list; either alone is not', (firstText, lastText, size, total) => {
    const first = () => look(firstText, people(1, size));
    const last = () => look(lastText, people(size + 1, total));
    expect(fold([first(), last()]).completed).toHaveLength(total);
    expect(fold([last(), first()]).completed).toHaveLength(total);
    expect(fold([first()]).coverage.complete).toBe(false);
    expect(fold([last()]).coverage.complete).toBe(false);
    expect(fold([last(), last()]).coverage.complete).toBe(false);
  });

  it('with a total, sizes and a jumper beside the range', () => {
    const extra = '<span>Łącznie 45</span><span class="zm-pagination__jump">Przejdź do<input type="number" value="2"></span>';
    const first = look('1 - 30 z 45', people(1, 30), extra);
    const last = look('31 - 45 z 45', people(31, 45), extra);
    expect(last.page).toBeUndefined();
    expect(fold([first, last]).completed).toHaveLength(45);
  });
});
