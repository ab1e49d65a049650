/**
 * The controls a walk through a list's pages may press (features/zoom-users/read-all.ts), and only
 * those: the pager's "previous" and "next", its page numbers, and its page-size select with the sizes
 * it offers. Found by meaning, as readPager finds the pager (its landmark or class, labels, digits,
 * "30/page" texts); a "Go to" jumper is never one of them. Disabled controls are left out.
 *
 * Verified against: tests/fixtures/zoom/vue-users.html (zm-pagination: unlabeled btn-prev/btn-next,
 * li.number), users-ranges.html (role=navigation with "Previous page"/"Next page" buttons and a "Go to"
 * jumper), users-pl-grid.html ("Poprzednia strona"/"Następna strona"), and the real Element UI pagination
 * of tests/fixtures/zoom-element/ (its sizes select, whose list Element moves to the body once opened).
 */
import { normalizeSpace } from '../dom/text';
import { isShown } from '../dom/visibility';
import { isCurrentPage, isDisabled, pageSizeIn, pagerContainers, stepControl } from './pager';

export interface PageSizeOption {
  size: number;
  element: HTMLElement;
}

export interface PageSizeSelect {
  /** The size chosen now, as the select shows it. */
  current?: number;
  /** The sizes offered, each with what to press (an option of a native select, or an item of the list). */
  options: PageSizeOption[];
  /** What a person clicks to open the list (not used for a native select). */
  opener: HTMLElement;
  native: HTMLSelectElement | null;
}

export interface PagerControls {
  /** Usable only (a disabled control is null). */
  prev: HTMLElement | null;
  next: HTMLElement | null;
  /** Page numbers shown as buttons (the current page's too). */
  numbers: Map<number, HTMLElement>;
  current?: number;
  size: PageSizeSelect | null;
}

const DIGITS = /^\d+$/;

/** The pager's controls under `scope` (the list's panel); the whole page when the panel holds none. */
export function findPagerControls(scope: ParentNode, doc: Document): PagerControls {
  let containers = pagerContainers(scope).filter(isShown);
  if (containers.length === 0 && doc.body && scope !== doc.body) containers = pagerContainers(doc.body).filter(isShown);
  const usable = (control: Element | null) =>
    control && !isDisabled(control) && !leavesThePage(control) ? (control as HTMLElement) : null;
  const numbers = new Map<number, HTMLElement>();
  let current: number | undefined;
  for (const container of containers) {
    for (const item of Array.from(container.querySelectorAll('li, button, a, [role="button"]'))) {
      if (item.childElementCount > 1 || item.closest('input')) continue;
      const text = normalizeSpace(item.textContent);
      if (!DIGITS.test(text) || isDisabled(item) || leavesThePage(item)) continue;
      const page = Number(text);
      if (!numbers.has(page)) numbers.set(page, item as HTMLElement);
      if (isCurrentPage(item)) current = page;
    }
  }
  return {
    prev: usable(stepControl(containers, 'prev')),
    next: usable(stepControl(containers, 'next')),
    numbers,
    current,
    size: sizeSelect(containers),
  };
}

/**
 * A control that would take the browser to another document: a link to another page (a pager of
 * `?page=2` links reloads the page, and the walk with it), or a button that submits a form. Never pressed.
 */
export function leavesThePage(control: Element): boolean {
  const link = control.closest('a[href]');
  const here = control.ownerDocument.defaultView?.location;
  if (link && here) {
    const href = (link.getAttribute('href') ?? '').trim();
    if (href !== '' && !href.startsWith('#') && !/^javascript:\s*(void\b|;|$)/i.test(href)) {
      const target = new URL(href, here.href);
      if (target.origin !== here.origin || target.pathname !== here.pathname || target.search !== here.search) return true;
    }
  }
  const button = control.closest('button');
  return Boolean(button && button.type === 'submit' && button.form);
}

function sizeSelect(containers: Element[]): PageSizeSelect | null {
  for (const container of containers) {
    for (const select of Array.from(container.querySelectorAll('select'))) {
      const options = Array.from(select.options)
        .map((option) => ({ size: sizeOfOption(option.textContent), element: option as HTMLElement }))
        .filter((option): option is PageSizeOption => option.size !== undefined);
      if (options.length === 0) continue;
      return { current: sizeOfOption(select.selectedOptions[0]?.textContent), options, opener: select, native: select };
    }
    // Element UI: a read-only input showing "30/page", its list (items "15/page" …) beside it until first opened.
    for (const input of Array.from(container.querySelectorAll('input'))) {
      const current = pageSizeIn((input as HTMLInputElement).value ?? '');
      if (current === undefined) continue;
      const owner = input.parentElement?.parentElement ?? input;
      return { current, options: sizeOptionsIn(owner), opener: input as HTMLElement, native: null };
    }
  }
  return null;
}

/**
 * The size options under `root`: list items or options whose whole text is a page size. Called on the
 * select (its list before it was first opened) or, once opened, on the document (the list moved to the body).
 */
export function sizeOptionsIn(root: ParentNode): PageSizeOption[] {
  const found: PageSizeOption[] = [];
  for (const item of Array.from(root.querySelectorAll('li, [role="option"]'))) {
    const size = sizeOfOption(item.textContent);
    if (size !== undefined && !found.some((option) => option.size === size)) found.push({ size, element: item as HTMLElement });
  }
  return found;
}

/**
 * The shown option of that size anywhere on the page: an opened list Element UI moved to the body (the
 * other lists' copies, still closed inside their selects, are not shown).
 */
export function shownSizeOption(doc: Document, size: number): HTMLElement | null {
  for (const item of Array.from(doc.querySelectorAll('li, [role="option"]'))) {
    if (sizeOfOption(item.textContent) === size && isShown(item)) return item as HTMLElement;
  }
  return null;
}

/** An option's whole text is a size: "50/page", "50 / stronę", or a bare "50". */
function sizeOfOption(text: string | null | undefined): number | undefined {
  const clean = normalizeSpace(text);
  if (DIGITS.test(clean)) return Number(clean);
  const size = pageSizeIn(clean);
  return size !== undefined && clean.length <= 20 ? size : undefined;
}
