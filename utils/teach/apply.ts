/**
 * Reads a page with what the admin taught (a `TaughtList`): the rows, each row's address and name,
 * and where its badge goes; or `stale` when the taught structure is not on the page any more.
 * Rows come back in the shapes the adapters use (`ReadRow` of utils/zoom/types.ts and
 * `ResourceRowRead` of utils/booking/types.ts), so taught rows go through the same pipeline.
 *
 * Nothing is guessed: a row whose email place does not hold exactly one address is counted in
 * `unreadable` (a Zoom list with unreadable rows must not count towards a complete view).
 *
 * Verified against: tests/fixtures/teach/users-cards.html, tabs-unknown.html, booking-unknown.html,
 * tests/fixtures/zoom/vue-users.html (three pages, the fixed-right copy), users-pl-grid.html, users-en-table.html,
 * and the small fixtures of tests/unit/teach/learn.test.ts (tables, Element UI split tables
 * with the fixed-column copy, ARIA grids, cards, lists, nested Vue wrappers).
 */
import { extractEmails } from '../roster/email';
import type { ReadRow } from '../zoom/types';
import type { ResourceRowRead } from '../booking/types';
import { isFixedColumnCopy } from '../dom/table';
import { isHiddenWithin, normalizeSpace, renderedText, visibleTextSegments } from '../dom/text';
import { isShown } from '../dom/visibility';
import { SAME_SHAPE, ancestorScore, childShape, followPath, matchesSignature, overlap, selectorOf } from './pattern';
import type { TaughtField, TaughtList } from '../roster/taught-layout';

export interface TaughtRow {
  row: Element;
  /** The element holding the address (or the name, when no email place was taught): the badge goes after it. */
  badgeAnchor: Element;
  /** The normalised address; '' when the email place holds none, or not exactly one. */
  email: string;
  /** The one address found, else the email place's text as written ('' when empty); null when no email place was taught. */
  rawEmail: string | null;
  /** The name as shown (whitespace collapsed), when a name place was taught. */
  name?: string;
}

export type TaughtListRead =
  | {
      kind: 'rows';
      containers: Element[];
      rows: TaughtRow[];
      /**
       * Rows that cannot be read as anyone's: on an email-anchored (Zoom) list, no address or several in
       * the email place; on a name-anchored (booking) list, an empty name. While above 0, the read must not
       * count towards a complete view nor replace a tenant's resources.
       */
      unreadable: number;
      /** The list says it is still loading. */
      busy?: true;
    }
  /** `no-list`: no element with the taught structure; `no-rows`: the list is there but has no row of that shape. */
  | { kind: 'stale'; reason: 'no-list' | 'no-rows' };

export interface FoundList {
  /** Every shown list with the taught structure that agrees best with the taught ancestors (one per category, say). */
  containers: Element[];
  /** Their rows, in page order. */
  rows: Element[];
}

/**
 * The taught list on the page: the shown elements with the container's structure (never inside
 * Element UI's fixed-column copy) whose ancestors agree best with the taught ones, and their rows.
 * Several lists of the same structure at the same place (a list per category) are read together.
 */
export function findTaughtList(list: TaughtList, root: ParentNode): FoundList | null {
  return locate(list, root).best;
}

function locate(list: TaughtList, root: ParentNode): { best: FoundList | null; sawContainer: boolean } {
  const anchorPath = list.anchor === 'email' ? list.email : list.name;
  let best: (FoundList & { score: number }) | null = null;
  let sawContainer = false;
  for (const container of Array.from(root.querySelectorAll(selectorOf(list.container)))) {
    if (isFixedColumnCopy(container) || isHiddenWithin(container) || !isShown(container)) continue;
    sawContainer = true;
    const rows: Element[] = [];
    for (let child = container.firstElementChild; child; child = child.nextElementSibling) {
      if (!matchesSignature(child, list.row) || overlap(list.row.shape, childShape(child)) < SAME_SHAPE) continue;
      if (isHiddenWithin(child, container)) continue;
      if (anchorPath && !followPath(child, anchorPath)) continue;
      rows.push(child);
    }
    if (rows.length === 0) continue;
    const score = ancestorScore(container, list.ancestors);
    if (!best || score > best.score) best = { containers: [container], rows, score };
    else if (score === best.score && !best.containers.some((other) => other.contains(container))) {
      best.containers.push(container);
      best.rows.push(...rows);
    }
  }
  return { best: best && { containers: best.containers, rows: best.rows }, sawContainer };
}

/** Reads the rows of the taught list under `root`. */
export function readTaughtList(list: TaughtList, root: ParentNode): TaughtListRead {
  const { best: found, sawContainer } = locate(list, root);
  if (!found) return { kind: 'stale', reason: sawContainer ? 'no-rows' : 'no-list' };
  const rows: TaughtRow[] = [];
  let unreadable = 0;
  for (const row of found.rows) {
    const read = readRow(list, row);
    if (read.unreadable) unreadable++;
    rows.push(read.row);
  }
  const { containers } = found;
  const busy = containers.some((container) => container.closest('[aria-busy="true"]') !== null);
  return busy ? { kind: 'rows', containers, rows, unreadable, busy: true } : { kind: 'rows', containers, rows, unreadable };
}

function readRow(list: TaughtList, row: Element): { row: TaughtRow; unreadable: boolean } {
  const emailPlace = list.email ? followPath(row, list.email) : null;
  const namePlace = list.name ? followPath(row, list.name) : null;
  const read: TaughtRow = { row, badgeAnchor: emailPlace ?? namePlace ?? row, email: '', rawEmail: null };
  let unreadable = false;
  if (list.email) {
    const text = emailPlace ? renderedText(emailPlace) : '';
    const emails = extractEmails(text);
    if (emails.length === 1) {
      read.email = emails[0];
      read.rawEmail = emails[0];
    } else {
      // As written: the booking side reports it as no-email or invalid-email (two addresses, a typo…).
      read.rawEmail = text;
      // A Zoom row is an address: without exactly one, the row cannot be read as anyone's.
      unreadable = list.anchor === 'email';
    }
  }
  if (list.name) {
    read.name = namePlace ? nameText(namePlace) : '';
    // A booking row is a resource by its name: without one it cannot be read as anyone.
    if (list.anchor === 'name' && read.name === '') unreadable = true;
  }
  return { row: read, unreadable };
}

/** The visible text of a name place, without the address when both share one cell. */
export function nameText(place: Element): string {
  const parts = visibleTextSegments(place).filter((segment) => extractEmails(segment).length === 0);
  return normalizeSpace(parts.join(' '));
}

/** Taught Zoom rows as the Zoom adapters return them: only rows with exactly one address. */
export function toReadRows(read: TaughtListRead): ReadRow[] {
  if (read.kind !== 'rows') return [];
  return read.rows.filter((row) => row.email !== '').map(({ email, row, badgeAnchor }) => ({ email, row, badgeAnchor }));
}

/** Taught booking rows as the booking adapters return them (rows without a name are left out: see `unreadable`). */
export function toResourceRows(read: TaughtListRead): ResourceRowRead[] {
  if (read.kind !== 'rows') return [];
  return read.rows
    .filter((row): row is TaughtRow & { name: string } => Boolean(row.name))
    .map(({ name, rawEmail, row, badgeAnchor }) => ({ name, rawEmail, row, badgeAnchor }));
}

/** The row of the taught list that holds `element`; null when it is outside the list. */
export function rowOf(list: TaughtList, root: ParentNode, element: Element): Element | null {
  const found = findTaughtList(list, root);
  return found?.rows.find((row) => row === element || row.contains(element)) ?? null;
}

// ── The Add Users dialog's email field ───────────────────────────────────────────────────────

const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** The taught email field in a shown dialog, or null. */
export function findTaughtField(taught: TaughtField, root: ParentNode): HTMLElement | null {
  for (const dialog of Array.from(root.querySelectorAll(DIALOG_SELECTOR))) {
    if (!matchesSignature(dialog, taught.dialog) || !isShown(dialog)) continue;
    const atPath = followPath(dialog, taught.path);
    if (atPath && isSameField(atPath, taught)) return atPath as HTMLElement;
    // The dialog gained or lost a part: the one field of that kind in it is still the field.
    const sameKind = Array.from(dialog.querySelectorAll(taught.field.tag)).filter((el) => isSameField(el, taught) && isShown(el));
    if (sameKind.length === 1) return sameKind[0] as HTMLElement;
  }
  return null;
}

function isSameField(element: Element, taught: TaughtField): boolean {
  if (!matchesSignature(element, { tag: taught.field.tag, role: taught.field.role })) return false;
  if (taught.field.type !== undefined && fieldType(element) !== taught.field.type) return false;
  if (
    Boolean(taught.field.editable) !==
    (element.hasAttribute('contenteditable') && element.getAttribute('contenteditable') !== 'false')
  )
    return false;
  return true;
}

/** The input's type as the page wrote it (lower-case, 'text' when absent); undefined for other tags. */
export function fieldType(element: Element): string | undefined {
  if (element.tagName !== 'INPUT') return undefined;
  return (element.getAttribute('type') ?? 'text').trim().toLowerCase() || 'text';
}
