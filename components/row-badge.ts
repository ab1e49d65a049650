/**
 * Row badges, drawn with plain DOM (no framework) because a page can hold 1,000 rows:
 * each badge is a small open shadow root sharing one constructed stylesheet.
 * A badge only shows what it is given; page text goes in through textContent, never as HTML.
 */
import { t } from '../utils/i18n';
import type { RowStatus } from '../utils/roster/model';
import { STATUS_CSS, STATUS_ICON } from './status-style';

export interface BadgeData {
  email: string;
  status: RowStatus;
  /** Booking name(s) of the employee(s) with this address (always in data-name). */
  name?: string;
  /** Also show the name as text (on Zoom rows; booking rows already show it). */
  showName?: boolean;
  label: string;
  /** Extra text after the label ("3 days left", "press Resend"). */
  detail?: string;
  daysLeft?: number;
  /** Emphasise (a warning such as "resend soon"). */
  warn?: boolean;
  title?: string;
}

export const BADGE_HOST_CLASS = 'zaa-badge-host';
/**
 * An invisible block that keeps a fixed-column copy of the row as tall as the row; also on a badge host that
 * holds its row's place until its badge comes (reserveBadge). No style rule names it, so adding or removing it
 * costs the page no style or layout work: it only tells a held place from a badge.
 */
export const BADGE_SPACER_CLASS = 'zaa-badge-spacer';

/**
 * A badge's height when its parts fit on one line (the pill: an 18 px line, 1 px padding and 1 px border
 * above and below): what a badge far from the viewport counts as until it is drawn, and what a fixed
 * copy's spacer starts with. features/zoom-users/badges.ts fits a spacer to its badge when one wraps.
 */
export const BADGE_LINE_HEIGHT_PX = 22;
/** A badge in a table cell: drawn only when near the viewport (see BADGE_CSS). */
const BADGE_LAZY_CLASS = 'zaa-badge-lazy';
/** The badge's distance from the cell's text above it. */
const BADGE_MARGIN_TOP_PX = 3;

/*
 * In a table cell (where a page shows 1,000 rows), content-visibility:auto: a badge far outside the
 * viewport costs no style, layout or paint until it comes near, and counts as one line tall meanwhile,
 * then as tall as it was last drawn (the browser keeps that size). There it takes the cell's width
 * (min-width) and asks for none (width 0): in a table that sizes its columns by their content, a far badge
 * would otherwise count as nothing, or as the size it was last drawn at, and the columns would shift as the
 * admin scrolls (Zoom's Element UI tables size their columns themselves). Elsewhere (a list item, a flex
 * row) the badge keeps its plain box.
 */
const BADGE_CSS = `${STATUS_CSS}
:host{all:initial;display:block;margin-top:${BADGE_MARGIN_TOP_PX}px;max-width:100%;min-height:${BADGE_LINE_HEIGHT_PX}px}
:host(.${BADGE_LAZY_CLASS}){width:0;min-width:100%;max-width:none;content-visibility:auto;contain-intrinsic-size:auto none auto ${BADGE_LINE_HEIGHT_PX}px}
.zaa-badge{display:flex;flex-wrap:wrap;align-items:center;gap:2px 6px;max-width:100%}
.zaa-name{font:12px/18px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#3c4043;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:100%}
.zaa-detail{font:12px/16px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#3c4043;overflow-wrap:anywhere}
.zaa-warn .zaa-detail{color:#8c1d18;font-weight:600}
`;

let sharedSheet: CSSStyleSheet | null | undefined;
function badgeSheet(): CSSStyleSheet | null {
  if (sharedSheet !== undefined) return sharedSheet;
  try {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(BADGE_CSS);
  } catch {
    // Constructed stylesheets are not available everywhere (some content-script worlds): use <style>.
    sharedSheet = null;
  }
  return sharedSheet;
}

interface BadgeParts {
  root: HTMLElement;
  icon: HTMLElement;
  label: HTMLElement;
  name: HTMLElement;
  detail: HTMLElement;
  key: string;
  /** Has BADGE_LAZY_CLASS. */
  lazy: boolean;
  shadow: ShadowRoot;
  /** `root` is in the shadow root: the badge is shown (else the host only holds the row's place). */
  attached: boolean;
  /** What is written now: a badge reused from the pool keeps what it showed. */
  shown: Partial<Record<ShownField, string>>;
}

type ShownField = 'email' | 'status' | 'name' | 'daysLeft' | 'title' | 'warn' | 'label' | 'shownName' | 'detail';

const partsByHost = new WeakMap<HTMLElement, BadgeParts>();

/**
 * The inside of a badge, built once per document and cloned for each new badge (one deep clone instead of
 * six elements and their attributes). It shows nothing of a row yet: `PREPARED_SHOWN` says what it holds.
 */
const preparedByDocument = new WeakMap<Document, HTMLElement>();
const PREPARED_SHOWN: BadgeParts['shown'] = { name: '', daysLeft: '', title: '', warn: 'false', shownName: '', detail: '' };

function preparedBadge(doc: Document): HTMLElement {
  let root = preparedByDocument.get(doc);
  if (root) return root;
  root = doc.createElement('span');
  root.className = 'zaa-badge';
  root.setAttribute('data-testid', 'zaa-row-badge');
  root.setAttribute('title', extensionName());
  const pill = doc.createElement('span');
  pill.className = 'zaa-pill';
  const icon = doc.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  pill.append(icon, doc.createElement('span'));
  const name = doc.createElement('span');
  name.className = 'zaa-name';
  name.hidden = true;
  const detail = doc.createElement('span');
  detail.className = 'zaa-detail';
  detail.hidden = true;
  root.append(pill, name, detail);
  preparedByDocument.set(doc, root);
  return root;
}

function createHost(doc: Document, attach: boolean): BadgeHost {
  const host = doc.createElement('span');
  host.className = BADGE_HOST_CLASS;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = badgeSheet();
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style);
  }
  const root = preparedBadge(doc).cloneNode(true) as HTMLElement;
  if (attach) shadow.append(root);
  const pill = root.firstElementChild as HTMLElement;
  const name = pill.nextElementSibling as HTMLElement;
  const parts: BadgeParts = {
    root,
    icon: pill.firstElementChild as HTMLElement,
    label: pill.lastElementChild as HTMLElement,
    name,
    detail: name.nextElementSibling as HTMLElement,
    key: '',
    lazy: false,
    shadow,
    attached: attach,
    shown: { ...PREPARED_SHOWN },
  };
  partsByHost.set(host, parts);
  return { host, parts };
}

/**
 * A fixed copy's spacer: a plain block (no shadow root, no text) as tall as the badge beside it, built by
 * cloning one prepared spacer. Its inline style holds against the page's own rules for spans.
 */
const preparedSpacers = new WeakMap<Document, HTMLElement>();
function createSpacer(doc: Document): HTMLElement {
  let prepared = preparedSpacers.get(doc);
  if (!prepared) {
    prepared = doc.createElement('span');
    prepared.className = `${BADGE_HOST_CLASS} ${BADGE_SPACER_CLASS}`;
    prepared.setAttribute('aria-hidden', 'true');
    prepared.setAttribute(
      'style',
      `all:initial;display:block;visibility:hidden;margin-top:${BADGE_MARGIN_TOP_PX}px;height:${BADGE_LINE_HEIGHT_PX}px`,
    );
    preparedSpacers.set(doc, prepared);
  }
  return prepared.cloneNode(false) as HTMLElement;
}

function keyOf(data: BadgeData): string {
  return [data.email, data.status, data.name, data.showName, data.label, data.detail, data.daysLeft, data.warn, data.title].join(
    '\u0001',
  );
}

let extensionNameText: string | null = null;
function extensionName(): string {
  extensionNameText ??= t('extName');
  return extensionNameText;
}

function setOptionalAttribute(element: Element, name: string, value: string | number | undefined): void {
  if (value === undefined || value === '') element.removeAttribute(name);
  else element.setAttribute(name, String(value));
}

/**
 * Writes what differs from what the badge shows: a badge taken from the pool for a new row mostly keeps
 * its status, label and icon, and each write inside a shadow root costs style work in the frame.
 */
function paint(parts: BadgeParts, data: BadgeData): void {
  const { root, shown } = parts;
  const changed = (field: ShownField, value: string | number | boolean | undefined): boolean => {
    const text = value === undefined ? '' : String(value);
    if (shown[field] === text) return false;
    shown[field] = text;
    return true;
  };
  if (changed('email', data.email)) root.setAttribute('data-email', data.email);
  if (changed('status', data.status)) {
    root.setAttribute('data-status', data.status);
    (root.firstElementChild as HTMLElement).setAttribute('data-status', data.status);
    parts.icon.textContent = STATUS_ICON[data.status];
  }
  if (changed('name', data.name)) setOptionalAttribute(root, 'data-name', data.name);
  if (changed('daysLeft', data.daysLeft)) setOptionalAttribute(root, 'data-days-left', data.daysLeft);
  // The tooltip names the extension, so a badge is not taken for Zoom's or the booking page's own.
  if (changed('title', data.title))
    root.setAttribute('title', data.title ? `${extensionName()}: ${data.title}` : extensionName());
  if (changed('warn', data.warn === true)) root.classList.toggle('zaa-warn', data.warn === true);
  if (changed('label', data.label)) parts.label.textContent = data.label;
  const shownName = data.showName ? (data.name ?? '') : '';
  if (changed('shownName', shownName)) {
    parts.name.textContent = shownName;
    parts.name.hidden = !shownName;
  }
  if (changed('detail', data.detail)) {
    parts.detail.textContent = data.detail ?? '';
    parts.detail.hidden = !data.detail;
  }
}

/** Where each badge or spacer was put last: a repaint of 1,000 rows finds them without looking. */
const hostByAnchor = new WeakMap<Element, HTMLElement>();

/** The badge host we put in `anchor`, if any (only direct children: the page's own content is not searched). */
export function badgeHostIn(anchor: Element): HTMLElement | null {
  const known = hostByAnchor.get(anchor);
  if (known?.parentElement === anchor) return known;
  for (let child = anchor.lastElementChild; child; child = child.previousElementSibling) {
    if (child.classList.contains(BADGE_HOST_CLASS)) return child as HTMLElement;
  }
  return null;
}

/**
 * Puts one badge in `anchor` showing `data`, reusing the one there; does nothing when it already shows it.
 * A new badge (or one from the pool) is filled before it goes into the page: writes to an element not in
 * the document cost no style invalidation. Returns true when it wrote to the DOM.
 */
export function showBadge(anchor: Element, data: BadgeData): boolean {
  const { host, parts } = hostFor(anchor, true);
  const moved = placeIn(anchor, host, parts);
  const key = keyOf(data);
  let changed = moved || parts.key !== key;
  if (parts.key !== key) {
    parts.key = key;
    paint(parts, data);
  }
  // A host that held the row's place shows its badge: inside its shadow root, so the page's tree does not
  // change (no mutation for the page's observers, nothing for the table to lay out again but this box).
  if (!parts.attached) {
    parts.shadow.append(parts.root);
    parts.attached = true;
    host.classList.remove(BADGE_SPACER_CLASS);
    changed = true;
  }
  return placeHost(anchor, host) || changed;
}

/**
 * Puts a spacer in `anchor` (a fixed-column copy's cell), `heightPx` tall (default: one badge line), in
 * place of any badge there. Returns it.
 */
export function showSpacer(anchor: Element, heightPx?: number): HTMLElement {
  const existing = badgeHostIn(anchor);
  let spacer: HTMLElement;
  if (existing && isSpacer(existing)) spacer = existing;
  else {
    if (existing) releaseHost(existing);
    spacer = createSpacer(anchor.ownerDocument);
  }
  if (heightPx !== undefined) {
    const height = `${heightPx}px`;
    if (spacer.style.height !== height) spacer.style.height = height;
  }
  placeHost(anchor, spacer);
  return spacer;
}

/**
 * Holds a row's place until its badge is drawn (a badge far from the viewport comes a few milliseconds
 * after the first paint): the badge's host, empty (BADGE_SPACER_CLASS, no `zaa-row-badge` inside) and one
 * badge line tall, as the badge will be, so the row has its height from the first frame and a table that
 * sizes its fixed copies (Element UI) measures once; showBadge later fills it inside its shadow root. A badge
 * already there showing this row's address stays (its status is brought up to date with the rest); one
 * showing another address (a row the page re-rendered in place) is emptied at once: a badge is never on a
 * row it is not about.
 */
export function reserveBadge(anchor: Element, email: string): void {
  const { host, parts } = hostFor(anchor, false);
  placeIn(anchor, host, parts);
  if (parts.attached && parts.shown.email !== email) emptyHost(host, parts);
  else if (!parts.attached) host.classList.add(BADGE_SPACER_CLASS);
  placeHost(anchor, host);
}

/**
 * Empties the badge in `anchor` when it shows another address than `email` (a row the page re-rendered in
 * place for someone else), at once: the rest of a read's writes may wait for the next frame, a wrong badge
 * may not. Changes nothing in the page's tree (the badge leaves its host's shadow root).
 */
export function emptyBadgeOfOther(anchor: Element, email: string): void {
  const host = badgeHostIn(anchor);
  const parts = host && partsByHost.get(host);
  if (host && parts?.attached && parts.shown.email !== email) emptyHost(host, parts);
}

/** Takes the badge out of its host's shadow root: the host holds its row's place, showing nothing. */
function emptyHost(host: HTMLElement, parts: BadgeParts): void {
  parts.root.remove();
  parts.attached = false;
  host.classList.add(BADGE_SPACER_CLASS);
}

/** Puts `host` in `anchor` (its last child) and remembers it there; returns true when it moved. */
function placeHost(anchor: Element, host: HTMLElement): boolean {
  if (host.parentElement === anchor) return false;
  anchor.append(host);
  hostByAnchor.set(anchor, host);
  return true;
}

/** The badge host in `anchor` (a badge or a held place), else one from the pool or a new one, not placed yet. */
function hostFor(anchor: Element, attach: boolean): BadgeHost {
  const existing = badgeHostIn(anchor);
  const parts = existing && partsByHost.get(existing);
  if (existing && parts) return { host: existing, parts };
  // A fixed copy's spacer where a badge now goes (the row is no longer a copy).
  if (existing) releaseHost(existing);
  return takeReleased(anchor.ownerDocument) ?? createHost(anchor.ownerDocument, attach);
}

/** Sets what the host's place asks of it (in a table cell: drawn only near the viewport). Returns true when it changed. */
function placeIn(anchor: Element, host: HTMLElement, parts: BadgeParts): boolean {
  const lazy = anchor.tagName === 'TD' || anchor.tagName === 'TH';
  if (parts.lazy === lazy) return false;
  parts.lazy = lazy;
  host.classList.toggle(BADGE_LAZY_CLASS, lazy);
  return true;
}

export function removeBadge(anchor: Element): void {
  const host = badgeHostIn(anchor);
  if (host) releaseHost(host);
}

/**
 * Badges whose rows the page threw away, kept for the next rows: a list re-rendered on every page
 * change, tab switch and search would otherwise build (and attach a shadow root to) a badge per
 * row each time. Bounded: a page shows at most a few hundred rows. Spacers are not kept: a clone of
 * a plain element costs less than keeping it.
 */
const released: BadgeHost[] = [];
const MAX_RELEASED = 1_000;

interface BadgeHost {
  host: HTMLElement;
  parts: BadgeParts;
}

/** A fixed copy's spacer (not a badge host holding its row's place, which has the class too). */
export function isSpacer(host: Element): boolean {
  return host.classList.contains(BADGE_SPACER_CLASS) && !partsByHost.has(host as HTMLElement);
}

/** Takes the badge out of its row (attached or already thrown away by the page) for reuse. */
export function releaseHost(host: HTMLElement): void {
  host.remove();
  const parts = partsByHost.get(host);
  if (parts && released.length < MAX_RELEASED) released.push({ host, parts });
}

function takeReleased(doc: Document): BadgeHost | undefined {
  for (let found = released.pop(); found; found = released.pop()) {
    if (found.host.ownerDocument === doc) return found;
  }
  return undefined;
}

/** Removes every badge we added to the document (teardown). */
export function removeAllBadges(doc: Document): void {
  for (const host of doc.querySelectorAll(`.${BADGE_HOST_CLASS}`)) host.remove();
  released.length = 0;
}
