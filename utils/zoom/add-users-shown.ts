/**
 * Whether Zoom's Add Users dialog is on screen: a dialog (by role) titled "Add Users" / "Dodaj
 * użytkowników", not closed by its markup, shown. Cheap enough for every read of the Users page, and
 * all the Users page overlay carries of the dialog: finding its fields (add-users-find.ts) comes with
 * the prefill's module, which this check asks for.
 *
 * Verified against: tests/fixtures/zoom/dialog-vue-textarea.html, dialog-vue-tags.html (EN and ?lang=pl),
 * dialog-plain.html, dialog-lookalike.html, dialog-zoom-radio-en.html, dialog-zoom-select-pl.html, and the
 * real Element UI 2 dialog of tests/fixtures/zoom-element/: the fixtures of the finder it serves.
 */
import { isShown } from '../dom/visibility';
import { queryOutsideRows } from '../dom/outside-rows';
import { collapseWhitespace } from '../roster/text';

export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], .zm-dialog, dialog[open]';
const TITLE_SELECTOR = '[class*="dialog__title"], [class*="modal-title"], h1, h2, h3, h4, legend';
export const ADD_USERS_TITLE = [/^(add|invite) users?( to .+)?$/, /^(dodaj|zaproś) użytkownik(ów|a|i)?( do .+)?$/];

/** The dialogs on screen titled Add Users (a wrapper and the dialog inside it can both be). */
export function shownAddUsersDialogs(doc: Document): Element[] {
  // A closed dialog (Element UI's v-show: an inline display:none) is told by its markup first: no computed
  // style, which right after the badges are written would make the browser lay out the page there and then.
  return queryOutsideRows(doc, DIALOG_SELECTOR).filter(
    (candidate) => !isClosedByMarkup(candidate) && hasAddUsersTitle(candidate) && isShown(candidate),
  );
}

/** The dialog or an ancestor is `hidden` or has an inline `display: none` (which isShown would also find). */
function isClosedByMarkup(dialog: Element): boolean {
  for (let node: Element | null = dialog; node; node = node.parentElement) {
    if (!node.hasAttributes()) continue;
    if ((node as HTMLElement).hidden) return true;
    if (node.hasAttribute('style') && (node as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

function hasAddUsersTitle(dialog: Element): boolean {
  const titles: string[] = [];
  const ariaLabel = dialog.getAttribute('aria-label');
  if (ariaLabel) titles.push(ariaLabel);
  for (const id of (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const labelledBy = dialog.ownerDocument.getElementById(id);
    if (labelledBy) titles.push(labelledBy.textContent ?? '');
  }
  for (const heading of Array.from(dialog.querySelectorAll(TITLE_SELECTOR))) titles.push(heading.textContent ?? '');
  return titles.some((title) => ADD_USERS_TITLE.some((pattern) => pattern.test(normaliseLabel(title))));
}

/** Lower-cased, whitespace collapsed, without required-markers, colons, a leading "+" or parenthesised hints. */
export function normaliseLabel(text: string): string {
  return collapseWhitespace(
    text
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[*:]/g, ' ')
      .replace(/^\s*\+\s*/, ''),
  )
    .toLowerCase()
    .replace(/^\+\s*/, '');
}
