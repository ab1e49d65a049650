/**
 * Learning a layout from one click: from the element the admin clicked (an address, or a name,
 * in a list), the row (the nearest ancestor that repeats among its siblings with the same
 * structure), the list (the rows' container) and the clicked value's place inside a row; and,
 * for the Add Users dialog, the email field and its place in the dialog.
 *
 * What is kept is structure only (see types.ts). Every result is proven on the page at once
 * (`verify`): the taught list must find the clicked row and at least one other, each with one
 * address in the email place; otherwise the click is refused with a reason.
 *
 * Verified against: tests/fixtures/teach/users-cards.html, tabs-unknown.html, dialog-unknown.html,
 * booking-unknown.html, tests/fixtures/zoom/vue-users.html, users-pl-grid.html, users-en-table.html, and the
 * small fixtures of tests/unit/teach/learn.test.ts.
 */
import { extractEmails } from '../roster/email';
import { renderedText } from '../dom/text';
import { fieldType, findTaughtField, findTaughtList, nameText, readTaughtList, type TaughtRow } from './apply';
import { isFixedColumnCopy } from '../dom/table';
import {
  SAME_SHAPE,
  ancestorSignatures,
  childShape,
  followPath,
  overlap,
  pathBetween,
  signatureOf,
  stableClasses,
} from './pattern';
import type { ChildPath, LearnResult, TaughtField, TaughtList } from '../roster/taught-layout';

export type { LearnProblem, LearnResult, TaughtField, TaughtLayout, TaughtList } from '../roster/taught-layout';

/** How far up from the clicked place a row is looked for. */
const MAX_ROW_CLIMB = 12;
/** Siblings looked at to prove a row level (verify then checks every row of the list). */
const SIBLING_SAMPLE = 200;
/** Ancestors of the list recorded to find it again. */
const ANCESTORS_KEPT = 6;

const CELL_TAGS = new Set(['TD', 'TH']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const ROW_LIKE = 'tr, li, [role="row"], [role="listitem"], [role="option"], [role="article"]';

type Place = 'email' | 'name';

/**
 * Learns the list the clicked element belongs to. `anchor: 'email'` (Zoom): the click was on an
 * address; `anchor: 'name'` (booking): on a resource's name.
 */
export function learnList(clicked: Element, anchor: Place = 'email'): LearnResult<TaughtList> {
  const place = anchor === 'email' ? emailPlaceAt(clicked) : textPlaceAt(clicked);
  if (!place.ok) return place;
  const found = findRow(place.value, anchor);
  if (!found.ok) return found;
  const { row, container, path, rowClasses } = found.value;
  const list: TaughtList = {
    version: 1,
    container: signatureOf(container),
    ancestors: ancestorSignatures(container, ANCESTORS_KEPT),
    row: { ...signatureOf(row, rowClasses), shape: childShape(row) },
    anchor,
  };
  list[anchor] = path;
  const proof = verify(list, clicked.ownerDocument, row);
  return proof.ok ? { ok: true, value: list } : proof;
}

/**
 * Adds the place of a second value (the name on Zoom, the email on the booking list) from a
 * click inside a row of the list already learned.
 */
export function learnPlace(list: TaughtList, clicked: Element, what: Place): LearnResult<TaughtList> {
  const doc = clicked.ownerDocument;
  const found = findTaughtList(list, doc);
  const row = found?.rows.find((candidate) => candidate === clicked || candidate.contains(clicked));
  if (!row) return { ok: false, problem: 'outside-list' };
  const place = what === 'email' ? emailPlaceAt(clicked, row) : textPlaceAt(clicked, row);
  if (!place.ok) return place;
  const taught: TaughtList = { ...list, [what]: pathBetween(row, place.value) };
  const proof = verify(taught, doc, row);
  return proof.ok ? { ok: true, value: taught } : proof;
}

/**
 * Proves a taught list on the page: it finds `clickedRow` (when given) and at least one other row;
 * on an email-anchored list every row has exactly one address in its email place, on a
 * name-anchored list every row a name (and at most one address where an email place is taught).
 */
export function verify(list: TaughtList, root: Document | Element, clickedRow?: Element): LearnResult<Element[]> {
  const read = readTaughtList(list, root);
  if (read.kind === 'stale') return { ok: false, problem: 'no-repeating-row' };
  const rows = read.rows.map((row) => row.row);
  if (clickedRow && !rows.includes(clickedRow) && !twinFound(list, read.rows, clickedRow))
    return { ok: false, problem: 'not-found-again' };
  if (rows.length < 2) return { ok: false, problem: 'single-row' };
  if (read.unreadable > 0 && list.anchor === 'name') return { ok: false, problem: 'row-without-name' };
  if (read.unreadable > 0)
    return { ok: false, problem: read.unreadable === rows.length ? 'no-email-in-rows' : 'row-without-email' };
  if (list.email) {
    const withEmail = read.rows.filter((row) => row.email !== '').length;
    if (withEmail === 0) return { ok: false, problem: 'no-email-in-rows' };
  }
  return { ok: true, value: rows };
}

/**
 * A click in Element UI's fixed-column copy (which lies over the body table) teaches the body
 * table, where that row is read: it must be there, holding the same value.
 */
function twinFound(list: TaughtList, rows: TaughtRow[], clickedRow: Element): boolean {
  if (!isFixedColumnCopy(clickedRow)) return false;
  const path = list[list.anchor];
  const place = path && followPath(clickedRow, path);
  if (!place) return false;
  if (list.anchor === 'name') return rows.some((row) => row.name === nameText(place));
  const [email] = extractEmails(renderedText(place));
  return email !== undefined && rows.some((row) => row.email === email);
}

// ── The clicked place ────────────────────────────────────────────────────────────────────────

/** The nearest element from the click up (not above `stopAt`) whose text holds an address: it must hold exactly one. */
function emailPlaceAt(clicked: Element, stopAt?: Element): LearnResult<Element> {
  for (let node: Element | null = clicked; node && !isPageRoot(node); node = node.parentElement) {
    const emails = extractEmails(renderedText(node));
    if (emails.length === 1) return { ok: true, value: node };
    if (emails.length > 1) return { ok: false, problem: 'several-emails-at-click' };
    if (node === stopAt) break;
  }
  return { ok: false, problem: 'no-email-at-click' };
}

/** The nearest element from the click up (not above `stopAt`) that shows text. */
function textPlaceAt(clicked: Element, stopAt?: Element): LearnResult<Element> {
  for (let node: Element | null = clicked; node && !isPageRoot(node); node = node.parentElement) {
    if (nameText(node) !== '') return { ok: true, value: node };
    if (node === stopAt) break;
  }
  return { ok: false, problem: 'no-text-at-click' };
}

function isPageRoot(element: Element): boolean {
  return element.tagName === 'BODY' || element.tagName === 'HTML';
}

// ── The row ──────────────────────────────────────────────────────────────────────────────────

interface RowFound {
  row: Element;
  /** The row's parent: the list's container. */
  container: Element;
  /** From the row down to the clicked place. */
  path: ChildPath;
  /** The stable classes every proven row shares. */
  rowClasses: string[];
}

/**
 * Climbs from the clicked place. A level is a row level when the ancestor there has siblings of
 * the same structure (tag, role, similar stable classes and child shape) that hold a value of the
 * same kind at the same path; the nearest such level is the row. Cells are never rows. For an
 * address that is enough (the other columns of a row hold no address at the same place). A name's
 * siblings inside its row also show text, so for a name a bare text element (no classes, no child
 * elements: `<div>Anna</div><div>Fryzjer</div>`) is only taken as the row when nothing above it is.
 */
function findRow(place: Element, kind: Place): LearnResult<RowFound> {
  let weak: RowFound | null = null;
  let sawRepeat = false;
  let climbed = 0;
  for (let node: Element = place; climbed < MAX_ROW_CLIMB; climbed++) {
    const parent = node.parentElement;
    if (!parent || isPageRoot(node)) break;
    if (!isCell(node)) {
      const path = pathBetween(node, place);
      const similar = similarSiblings(node, parent);
      if (similar.length > 0) sawRepeat = true;
      const proven = similar.filter((sibling) => holdsValue(sibling, path, kind));
      if (proven.length > 0) {
        const found = { row: node, container: parent, path, rowClasses: sharedClasses([node, ...proven]) };
        if (kind === 'email' || !isBareText(node)) return { ok: true, value: found };
        weak ??= found;
      }
    }
    if (isPageRoot(parent)) break;
    node = parent;
  }
  if (weak) return { ok: true, value: weak };
  if (sawRepeat) return { ok: false, problem: kind === 'email' ? 'no-email-in-rows' : 'no-repeating-row' };
  return { ok: false, problem: place.closest(ROW_LIKE) ? 'single-row' : 'no-repeating-row' };
}

function isBareText(element: Element): boolean {
  return element.childElementCount === 0 && stableClasses(element).length === 0;
}

function isCell(element: Element): boolean {
  if (CELL_TAGS.has(element.tagName)) return true;
  const role = element.getAttribute('role');
  return role !== null && CELL_ROLES.has(role.trim().toLowerCase());
}

/** Siblings (the first SIBLING_SAMPLE of them) with the same tag and role, similar stable classes and child tags. */
function similarSiblings(node: Element, parent: Element): Element[] {
  const out: Element[] = [];
  const role = node.getAttribute('role');
  const classes = stableClasses(node);
  const shape = childShape(node);
  let looked = 0;
  for (let sibling = parent.firstElementChild; sibling && looked < SIBLING_SAMPLE; sibling = sibling.nextElementSibling) {
    if (sibling === node || sibling.tagName !== node.tagName || sibling.getAttribute('role') !== role) continue;
    looked++;
    if (overlap(classes, stableClasses(sibling)) < SAME_SHAPE) continue;
    if (overlap(shape, childShape(sibling)) < SAME_SHAPE) continue;
    out.push(sibling);
  }
  return out;
}

function holdsValue(row: Element, path: ChildPath, kind: Place): boolean {
  const place = followPath(row, path);
  if (!place) return false;
  return kind === 'email' ? extractEmails(renderedText(place)).length === 1 : nameText(place) !== '';
}

function sharedClasses(rows: Element[]): string[] {
  let shared = stableClasses(rows[0]);
  for (const row of rows.slice(1)) {
    const own = new Set(stableClasses(row));
    shared = shared.filter((name) => own.has(name));
  }
  return shared;
}

// ── The Add Users dialog's email field ───────────────────────────────────────────────────────

const FIELD_SELECTOR = 'input, textarea, [contenteditable]:not([contenteditable="false"]), [role="combobox"], [role="textbox"]';
const TEXT_CONTROL = 'input, textarea';
const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const NOT_TEXT_INPUT = new Set<string | undefined>([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'hidden',
  'file',
  'image',
  'range',
  'color',
]);

/** Learns the email field from a click on it (or on its wrapper), and its place in the dialog. */
export function learnTextField(clicked: Element): LearnResult<TaughtField> {
  const field = fieldAt(clicked);
  if (!field) return { ok: false, problem: 'not-a-field' };
  const dialog = field.closest(DIALOG_SELECTOR);
  if (!dialog) return { ok: false, problem: 'no-dialog' };
  const signature = signatureOf(field);
  const taught: TaughtField = {
    version: 1,
    dialog: signatureOf(dialog),
    path: pathBetween(dialog, field),
    field: {
      tag: signature.tag,
      ...(signature.role ? { role: signature.role } : {}),
      ...(field.hasAttribute('contenteditable') ? { editable: true } : {}),
    },
  };
  const type = fieldType(field);
  if (type !== undefined) taught.field.type = type;
  if (findTaughtField(taught, clicked.ownerDocument) !== field) return { ok: false, problem: 'not-found-again' };
  return { ok: true, value: taught };
}

/** The text control at the click: the clicked control itself, or the one inside a clicked wrapper (a tag input). */
function fieldAt(clicked: Element): Element | null {
  let field = clicked.closest(FIELD_SELECTOR) ?? onlyField(clicked);
  if (!field) return null;
  // A combobox or editable wrapper around a real input: the input is what takes the addresses.
  if (!field.matches(TEXT_CONTROL)) field = onlyField(field, TEXT_CONTROL) ?? field;
  if (field.tagName === 'INPUT' && NOT_TEXT_INPUT.has(fieldType(field))) return null;
  return field;
}

function onlyField(scope: Element, selector = FIELD_SELECTOR): Element | null {
  const fields = Array.from(scope.querySelectorAll(selector)).filter(
    (el) => !(el.tagName === 'INPUT' && NOT_TEXT_INPUT.has(fieldType(el))),
  );
  return fields.length === 1 ? fields[0] : null;
}
