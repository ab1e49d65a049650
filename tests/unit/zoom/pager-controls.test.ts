/**
 * The controls "Read all pages" may press (utils/zoom/pager-controls.ts): only the pager's previous/next,
 * its page numbers and its size select; never a disabled control, a "Go to" jumper, a link to another
 * page or a button that submits a form.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findPagerControls, leavesThePage, shownSizeOption, sizeOptionsIn } from '../../../utils/zoom/pager-controls';
import { click, loadFixture, loadHtml, runInlineScripts, ZOOM_URL } from './list-fixture-dom';

const panel = () => document.querySelector('[role="tabpanel"]') ?? document.body;

/** A page of our own at `url` (the fixtures' listeners from before removed first, as loadFixture does). */
function page(html: string, url = ZOOM_URL): void {
  loadFixture('unrecognised-no-table.html', url);
  loadHtml(html);
}

describe('findPagerControls on users-ranges.html (ranges only, Previous/Next, a "Go to" jumper)', () => {
  beforeEach(() => {
    loadFixture('users-ranges.html');
    runInlineScripts();
  });

  it('page 1: "next" only ("previous" is disabled), no numbers (the jumper is none), no size select', () => {
    const controls = findPagerControls(panel(), document);
    expect(controls.prev).toBeNull();
    expect(controls.next?.getAttribute('aria-label')).toBe('Next page');
    expect([...controls.numbers.keys()]).toEqual([]);
    expect(controls.size).toBeNull();
  });

  it('the last page: "previous" only', () => {
    click(findPagerControls(panel(), document).next as HTMLElement);
    expect(document.body.textContent).toContain('31 - 45 of 45');
    const controls = findPagerControls(panel(), document);
    expect(controls.prev?.getAttribute('aria-label')).toBe('Previous page');
    expect(controls.next).toBeNull();
  });
});

describe('findPagerControls on users-pl-grid.html (Polish labels, rows arrive late)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    loadFixture('users-pl-grid.html');
    runInlineScripts();
  });
  afterEach(() => {
    vi.clearAllTimers();
    vi.useRealTimers();
  });

  it('nothing to press while the grid loads (its buttons are disabled); then "Następna strona" by its label', () => {
    expect(findPagerControls(document.body, document).next).toBeNull();
    vi.advanceTimersByTime(900);
    const controls = findPagerControls(document.body, document);
    expect(controls.next?.getAttribute('aria-label')).toBe('Następna strona');
    expect(controls.prev).toBeNull();
  });
});

/** Element UI's pagination as it renders (renamed zm-): total, sizes (its list still inside), prev, numbers, next, jumper. */
function elementPagination(active: number, last: number, options: { size?: string; nextDisabled?: boolean } = {}): string {
  const numbers = [1, 2, 3, -1, last]
    .map((n) =>
      n < 0
        ? '<li class="more btn-quicknext zm-icon-more"></li>'
        : `<li class="number${n === active ? ' active' : ''}">${n}</li>`,
    )
    .join('');
  return `<div class="zm-pagination">
    <span class="zm-pagination__total">Total 1000</span>
    <span class="zm-pagination__sizes"><div class="zm-select zm-select--mini"><div class="zm-input"><input type="text" readonly
      class="zm-input__inner" value="${options.size ?? '100/page'}"></div>
      <div class="zm-select-dropdown zm-popper" style="display: none"><ul class="zm-select-dropdown__list">
        <li class="zm-select-dropdown__item"><span>15/page</span></li><li class="zm-select-dropdown__item selected"><span>100/page</span></li>
        <li class="zm-select-dropdown__item"><span>200/page</span></li></ul></div></div></span>
    <button type="button" class="btn-prev"${active === 1 ? ' disabled' : ''}><i class="zm-icon zm-icon-arrow-left"></i></button>
    <ul class="zm-pager">${numbers}</ul>
    <button type="button" class="btn-next"${options.nextDisabled ? ' disabled' : ''}><i class="zm-icon zm-icon-arrow-right"></i></button>
    <span class="zm-pagination__jump">Go to<div class="zm-input zm-pagination__editor"><input type="number" class="zm-input__inner" value="7"></div></span>
  </div>`;
}

describe('findPagerControls on the Element UI pagination', () => {
  it('numbers (not the "more" buttons, not the jumper), the current page, prev and next, and the size select with its options', () => {
    page(`<body><section role="tabpanel">${elementPagination(2, 10)}</section></body>`);
    const controls = findPagerControls(panel(), document);
    expect([...controls.numbers.keys()]).toEqual([1, 2, 3, 10]);
    expect(controls.current).toBe(2);
    expect(controls.prev?.className).toBe('btn-prev');
    expect(controls.next?.className).toBe('btn-next');
    expect(controls.size?.current).toBe(100);
    expect(controls.size?.options.map((option) => option.size)).toEqual([15, 100, 200]);
    expect(controls.size?.opener).toBe(document.querySelector('.zm-pagination__sizes input'));
    expect(controls.size?.native).toBeNull();
  });

  it('a disabled "next" is no control; the first page has no "previous"', () => {
    page(`<body><section role="tabpanel">${elementPagination(1, 10, { nextDisabled: true })}</section></body>`);
    const controls = findPagerControls(panel(), document);
    expect(controls.prev).toBeNull();
    expect(controls.next).toBeNull();
  });

  it("only the shown list's pager: a hidden pane's pager is not pressed", () => {
    page(`<body><section role="tabpanel" style="display:none">${elementPagination(5, 10)}</section>
      <section role="tabpanel" id="shown"><p>no pager here</p></section></body>`);
    const controls = findPagerControls(document.getElementById('shown') as Element, document);
    expect([...controls.numbers.keys()]).toEqual([]);
    expect(controls.next).toBeNull();
  });

  it('the shown size option of the opened list, not a closed copy of another select', () => {
    page(`<body><section role="tabpanel">${elementPagination(1, 10)}</section>
      <div class="zm-select-dropdown zm-popper"><ul><li class="zm-select-dropdown__item"><span>15/page</span></li>
        <li class="zm-select-dropdown__item" id="opened-200"><span>200/page</span></li></ul></div></body>`);
    expect(shownSizeOption(document, 200)?.id).toBe('opened-200');
    expect(shownSizeOption(document, 300)).toBeNull();
    expect(sizeOptionsIn(document.querySelector('.zm-select') as Element).map((option) => option.size)).toEqual([15, 100, 200]);
  });

  it('a native page-size select in a pager landmark, in Polish', () => {
    page(`<body><nav aria-label="Stronicowanie"><label>Wierszy <select><option>10</option><option selected>25 na stronie</option>
      <option>100 na stronie</option></select></label><button type="button" aria-label="Następna strona">›</button></nav></body>`);
    const controls = findPagerControls(document.body, document);
    expect(controls.size?.native).toBe(document.querySelector('select'));
    expect(controls.size?.current).toBe(25);
    expect(controls.size?.options.map((option) => option.size)).toEqual([10, 25, 100]);
    expect(controls.next?.getAttribute('aria-label')).toBe('Następna strona');
  });
});

describe('leavesThePage: controls that would take the browser away are never pressed', () => {
  const HERE = 'https://zoom.us/account/user?lang=pl#/';

  it('a pager of links to other pages: no next, no numbers', () => {
    page(
      `<body><nav aria-label="Pagination"><a href="/account/user?page=2" aria-label="Next page">›</a>
      <a href="/account/user?page=1">1</a><a href="?lang=pl&page=2">2</a></nav></body>`,
      HERE,
    );
    const controls = findPagerControls(document.body, document);
    expect(controls.next).toBeNull();
    expect([...controls.numbers.keys()]).toEqual([]);
  });

  it('in-page links and plain buttons stay; a submit button of a form does not', () => {
    page(
      `<body><a id="hash" href="#/?page=2">2</a><a id="void" href="javascript:void(0)">3</a><a id="same" href="?lang=pl#/x">4</a>
      <button id="plain" type="button">5</button><form><button id="submit">6</button></form><button id="free">7</button></body>`,
      HERE,
    );
    const by = (id: string) => document.getElementById(id) as Element;
    expect(['hash', 'void', 'same', 'plain', 'free'].map((id) => leavesThePage(by(id)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(leavesThePage(by('submit'))).toBe(true);
  });
});
