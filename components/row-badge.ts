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
/** An invisible copy of a badge that keeps a fixed-column copy of the row as tall as the row. */
export const BADGE_SPACER_CLASS = 'zaa-badge-spacer';

const BADGE_CSS = `${STATUS_CSS}
:host{all:initial;display:block;margin-top:3px;max-width:100%}
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
  /** What is written now ('' before the first paint): a badge reused from the pool keeps what it showed. */
  shown: Partial<Record<ShownField, string>>;
}

type ShownField = 'email' | 'status' | 'name' | 'daysLeft' | 'title' | 'warn' | 'label' | 'shownName' | 'detail';

const partsByHost = new WeakMap<HTMLElement, BadgeParts>();

function createHost(doc: Document, spacer = false): { host: HTMLElement; parts: BadgeParts } {
  const host = doc.createElement('span');
  host.className = spacer ? `${BADGE_HOST_CLASS} ${BADGE_SPACER_CLASS}` : BADGE_HOST_CLASS;
  if (spacer) {
    host.setAttribute('aria-hidden', 'true');
    host.style.visibility = 'hidden';
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = badgeSheet();
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    shadow.append(style);
  }
  const root = doc.createElement('span');
  root.className = 'zaa-badge';
  if (!spacer) root.setAttribute('data-testid', 'zaa-row-badge');
  const pill = doc.createElement('span');
  pill.className = 'zaa-pill';
  const icon = doc.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  pill.append(icon, label);
  const name = doc.createElement('span');
  name.className = 'zaa-name';
  const detail = doc.createElement('span');
  detail.className = 'zaa-detail';
  root.append(pill, name, detail);
  shadow.append(root);
  const parts: BadgeParts = { root, icon, label, name, detail, key: '', shown: {} };
  partsByHost.set(host, parts);
  return { host, parts };
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

/** The badge host we put in `anchor`, if any (only direct children: the page's own content is not searched). */
export function badgeHostIn(anchor: Element): HTMLElement | null {
  for (let child = anchor.lastElementChild; child; child = child.previousElementSibling) {
    if (child.classList.contains(BADGE_HOST_CLASS)) return child as HTMLElement;
  }
  return null;
}

/**
 * Puts one badge in `anchor` showing `data`, reusing the one there; does nothing when it already shows it.
 * A `spacer` is the same badge made invisible and unnamed (no test id, hidden from assistive tech).
 * Returns true when it wrote to the DOM.
 */
export function showBadge(anchor: Element, data: BadgeData, spacer = false): boolean {
  let host = badgeHostIn(anchor);
  let parts = host ? partsByHost.get(host) : undefined;
  if (host && parts && isSpacer(host) !== spacer) {
    releaseHost(host);
    host = null;
  }
  if (!host || !parts) {
    host?.remove();
    const reused = takeReleased(anchor.ownerDocument, spacer);
    const created = reused ?? createHost(anchor.ownerDocument, spacer);
    host = created.host;
    parts = created.parts;
    anchor.append(host);
  }
  const key = keyOf(data);
  if (parts.key === key) return false;
  parts.key = key;
  paint(parts, data);
  return true;
}

export function removeBadge(anchor: Element): void {
  const host = badgeHostIn(anchor);
  if (host) releaseHost(host);
}

/**
 * Badges whose rows the page threw away, kept for the next rows: a list re-rendered on every page
 * change, tab switch and search would otherwise build (and attach a shadow root to) a badge per
 * row each time. Bounded: a page shows at most a few hundred rows.
 */
const released: { badges: BadgeHost[]; spacers: BadgeHost[] } = { badges: [], spacers: [] };
const MAX_RELEASED = 1_000;

interface BadgeHost {
  host: HTMLElement;
  parts: BadgeParts;
}

function isSpacer(host: HTMLElement): boolean {
  return host.classList.contains(BADGE_SPACER_CLASS);
}

/** Takes the badge out of its row (attached or already thrown away by the page) for reuse. */
export function releaseHost(host: HTMLElement): void {
  host.remove();
  const parts = partsByHost.get(host);
  if (!parts) return;
  const pool = isSpacer(host) ? released.spacers : released.badges;
  if (pool.length < MAX_RELEASED) pool.push({ host, parts });
}

function takeReleased(doc: Document, spacer: boolean): BadgeHost | undefined {
  const pool = spacer ? released.spacers : released.badges;
  for (let found = pool.pop(); found; found = pool.pop()) {
    if (found.host.ownerDocument === doc) return found;
  }
  return undefined;
}

/** Removes every badge we added to the document (teardown). */
export function removeAllBadges(doc: Document): void {
  for (const host of doc.querySelectorAll(`.${BADGE_HOST_CLASS}`)) host.remove();
  released.badges.length = 0;
  released.spacers.length = 0;
}
