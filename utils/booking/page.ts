/**
 * Which zarezerwuj.pl admin page is this? Recognised by what the admin reads (headings, labels),
 * in Polish and English, because the panel's URLs and markup are not known.
 *
 * Menus never count: a heading inside navigation, a sidebar, a link or a dialog is not the page's
 * own heading, so a page that merely links to the resource settings stays asleep.
 *
 * Verified against tests/fixtures/booking (see its README): new-ui-resources.html,
 * new-ui-resources-dialog.html, old-ui-resources.html, new-ui-resource-*-edit.html → awake;
 * calendar.html, clients.html, client-edit.html, services.html, settings.html → 'other'.
 */
import { collapseWhitespace, foldLabel, visibleText } from '../dom/labels';
import { findEmailField } from './resource-form';
import { saysItChanges } from './link-safety';

export type BookingPageKind = 'resource-list' | 'resource-form' | 'other';

export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Page chrome: menus, sidebars and dialogs, whose headings and links are not the page's content. */
const CHROME_SELECTOR =
  'nav, aside, [role="navigation"], [role="menu"], [role="menubar"], [role="complementary"], [role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

/** The list page's own titles (folded): the new UI's and the older UI's, Polish and English. */
const LIST_TITLES = [
  'kategorie zasobow i zasoby',
  'resource categories and resources',
  'zasoby (pracownicy)',
  'resources (employees)',
];
/** Titles too plain to trust alone: they count only when the page also shows a list to edit. */
const PLAIN_LIST_TITLES = new Set(['zasoby', 'resources', 'pracownicy', 'employees', 'lista zasobow', 'resource list']);

const FORM_TITLE =
  /\b(edycja|edytuj|edytowanie|edit|editing|zmiana|nowy|nowa|dodaj|dodawanie|add|new)\b.*\b(zasob|pracownik|resource|employee)|\b(zasob|resource|pracownik|employee)\w* (edit|edycja)\b/u;

export function isInChrome(element: Element): boolean {
  return element.closest(CHROME_SELECTOR) !== null;
}

export function headingLevel(heading: Element): number {
  const match = /^h([1-6])$/u.exec(heading.localName);
  if (match) return Number(match[1]);
  const level = Number(heading.getAttribute('aria-level'));
  return Number.isInteger(level) && level > 0 ? level : 2;
}

/** The page's own headings: outside menus and dialogs, and not themselves links (menu tiles). */
export function contentHeadings(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(HEADING_SELECTOR)).filter(
    (heading) => !isInChrome(heading) && !heading.closest('a[href], button') && !isWhollyLink(heading),
  );
}

/** `<h3><a href>Kategorie zasobów i zasoby</a></h3>`: a link dressed as a heading. */
function isWhollyLink(heading: Element): boolean {
  const link = heading.querySelector('a[href]');
  return link !== null && visibleText(link) === visibleText(heading);
}

function listTitleStrength(heading: Element): 'strong' | 'plain' | null {
  const folded = foldLabel(heading.textContent ?? '');
  if (LIST_TITLES.some((title) => folded.includes(title))) return 'strong';
  const bare = folded.replace(/\s*\(\d+\)$/u, '');
  return PLAIN_LIST_TITLES.has(bare) ? 'plain' : null;
}

export function isResourceFormTitle(text: string): boolean {
  return FORM_TITLE.test(foldLabel(text));
}

/** The resource list's title heading, when the page has one of its own. */
export function findResourceListHeading(doc: Document): { heading: Element; strength: 'strong' | 'plain' } | null {
  let plain: Element | null = null;
  for (const heading of contentHeadings(doc)) {
    const strength = listTitleStrength(heading);
    if (strength === 'strong') return { heading, strength };
    if (strength === 'plain' && !plain) plain = heading;
  }
  return plain ? { heading: plain, strength: 'plain' } : null;
}

const EDIT_WORDS = /^(edytuj|edycja|edytowanie|edit|zmien|modyfikuj)\b/u;
/** Edit controls of other things that can sit on the same page. */
const OTHER_THINGS =
  /kategori|categor|uslug|service|klient|client|profil|profile|firm|company|wizyt|rezerwac|termin|appointment|booking|visit/u;
const EDIT_HREF = /(^|[/?&=_.-])(edit|edycja|edytuj|edytowanie)([/?&=_.#-]|$)/iu;

export const CONTROL_SELECTOR = 'a[href], button, [role="button"], [role="link"], [role="menuitem"]';

/** What a control says to the admin: aria-label, labelled-by text, its text, title, icon alt. */
export function controlLabel(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria?.trim()) return collapseWhitespace(aria);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = control.ownerDocument;
    const text = labelledBy
      .split(/\s+/u)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return collapseWhitespace(text);
  }
  const text = collapseWhitespace(control.textContent ?? '');
  if (text) return text;
  const title = control.getAttribute('title') ?? control.querySelector('[title]')?.getAttribute('title');
  if (title?.trim()) return collapseWhitespace(title);
  const alt = control.querySelector('img[alt]')?.getAttribute('alt') ?? control.querySelector('svg title')?.textContent;
  return collapseWhitespace(alt ?? '');
}

/**
 * The label is an edit action, or (for a link) its address is an edit page. A control whose label
 * says it deletes, archives or logs out is not one, whatever its address looks like (link-safety.ts).
 */
export function isEditControl(control: Element): boolean {
  const label = foldLabel(controlLabel(control));
  const title = foldLabel(control.getAttribute('title') ?? '');
  if (saysItChanges(label) || saysItChanges(title)) return false;
  for (const said of [label, title]) {
    if (EDIT_WORDS.test(said)) return !OTHER_THINGS.test(said);
  }
  if (control.localName !== 'a') return false;
  const href = control.getAttribute('href') ?? '';
  return EDIT_HREF.test(href) && !OTHER_THINGS.test(href.toLowerCase());
}

/** Edit controls of the page's content (menus and dialogs left out), in document order. */
export function contentEditControls(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll(CONTROL_SELECTOR)).filter((control) => !isInChrome(control) && isEditControl(control));
}

function hasEmailFieldOutsideDialogs(doc: Document): boolean {
  const field = findEmailField(doc);
  if (!field) return false;
  if (!isInChrome(field)) return true;
  // The first match sat in a (maybe closed) dialog: look in the page's forms without it.
  return Array.from(doc.querySelectorAll('form, main, [role="main"], [role="form"]')).some((part) => {
    if (isInChrome(part)) return false;
    const inPart = findEmailField(part);
    return inPart !== null && !isInChrome(inPart);
  });
}

/**
 * `resource-list`: the resource settings list (also when its list can no longer be read, which the
 * list reader then reports); `resource-form`: a resource's own edit page; `other`: anything else.
 */
export function detectBookingPage(doc: Document): BookingPageKind {
  const headings = contentHeadings(doc);
  const listHeading = findResourceListHeading(doc);
  const formHeading = headings.find((heading) => isResourceFormTitle(heading.textContent ?? ''));
  if (!listHeading && !formHeading) return 'other';

  // A plain title ("Zasoby") counts only as the page's top heading: a calendar's "Zasoby" filter
  // beside appointment edit buttons must not wake the reader.
  const trusted =
    listHeading && (listHeading.strength === 'strong' || isTopHeading(listHeading.heading, headings)) ? listHeading : null;
  const editable = contentEditControls(doc).length > 0;
  if (trusted && editable) return 'resource-list';
  if ((formHeading || trusted) && hasEmailFieldOutsideDialogs(doc)) return 'resource-form';
  if (trusted?.strength === 'strong' && isTopHeading(trusted.heading, headings)) return 'resource-list';
  return 'other';
}

/** No heading of the page's content ranks above it. */
function isTopHeading(heading: Element, headings: Element[]): boolean {
  const level = headingLevel(heading);
  return headings.every((other) => headingLevel(other) >= level);
}
