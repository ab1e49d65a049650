/**
 * Row badges on Zoom's Users and Pending lists: one per row, with the employee's name and status
 * (or "not in booking"), days left on the Pending tab, and a Resend hint when it is due.
 */
import {
  badgeHostIn,
  isSpacer,
  releaseHost,
  emptyBadgeOfOther,
  reserveBadge,
  showBadge,
  showSpacer,
  type BadgeData,
} from '../../components/row-badge';
import { beforeNextFrame, createSliceScheduler, postTask } from '../../utils/dom/slices';
import { t } from '../../utils/i18n';
import { rowStatusFor, type ReconcileResult } from '../../utils/roster/reconcile-core';
import { fixedCopyTwins } from '../../utils/dom/table';
import type { ReadRow, ZoomTab } from '../../utils/zoom/types';
import type { RowStatus } from '../../utils/roster/model';
import { needsResend } from '../../utils/view/panel-model';
import type { ZoomUsersState } from './state';

export interface RowBadges {
  /**
   * Paints the badges of these rows from the current reconciliation, in the next frame's animation frame
   * callback (the rows near the top and in view; the others after that frame's paint, in slices). A badge belongs to the
   * address its row shows: a row Vue re-rendered in place (same cell, new text) gets the new
   * address's badge in the same paint, and a cell that no longer holds a read address loses its
   * badge. Nothing is painted before the store answered (every row would read "not in booking"
   * for a moment, then change).
   */
  paint(rows: ReadRow[]): void;
}

/** Texts looked up once per paint: a thousand rows share a handful of labels and day counts. */
type Texts = (
  key:
    | 'daysLeft'
    | 'resendShort'
    | 'resendExpired'
    | 'resendSoon'
    | 'resendSoonUnlabelled'
    | 'guide.resendHow'
    | `status.${RowStatus}`,
  n?: number,
) => string;

/** `label`: the Resend button's label as the page shows it (null: not seen, so no button is named). */
function textsOfOnePaint(label: string | null): Texts {
  const known = new Map<string, string>();
  return (key, n) => {
    const id = n === undefined ? key : `${key} ${n}`;
    let text = known.get(id);
    if (text === undefined) {
      text = n === undefined ? t(key, { label: label ?? '' }) : t(key, { n });
      known.set(id, text);
    }
    return text;
  };
}

export function createRowBadges(state: ZoomUsersState, stop: AbortSignal): RowBadges {
  function badgeFor(email: string, current: ReconcileResult, tab: ZoomTab, t: Texts, labelled: boolean): BadgeData {
    const status = rowStatusFor(email, current);
    const employees = current.byEmail.get(email) ?? [];
    const first = employees[0];
    const warnDays = state.context.peek()?.settings.warnDaysBeforeExpiry ?? 5;
    let detail: string | undefined;
    let title: string | undefined;
    let warn = false;
    if (first && (status === 'pending' || status === 'expired')) {
      if (status === 'pending' && first.daysLeft !== undefined) detail = t('daysLeft', first.daysLeft);
      if (needsResend(first, warnDays)) {
        // The row is narrow: a short hint on it, the whole sentence as its tooltip; the button is named
        // only as the page labels it.
        warn = true;
        if (labelled) detail = [detail, t('resendShort')].filter(Boolean).join(' · ');
        if (status === 'expired') title = labelled ? t('resendExpired') : t('guide.resendHow');
        else title = labelled ? t('resendSoon') : t('resendSoonUnlabelled');
      }
    }
    return {
      email,
      status,
      name: employees.length ? [...new Set(employees.map((r) => r.employee.name))].join(', ') : undefined,
      showName: true,
      label: t(`status.${status}`),
      detail: tab === 'pending' || warn ? detail : undefined,
      daysLeft: first?.daysLeft,
      warn,
      title,
    };
  }

  /** Where our badges are now (main rows and fixed-copy spacers), to take back the ones not needed. */
  let painted = new Set<Element>();
  let last: { rows: ReadRow[]; result: ReconcileResult; tab: ZoomTab } | null = null;
  const spacers = createSpacerFit(stop);
  /** The fixed copies' places found for the rows painted last. */
  let twinsOf: { rows: ReadRow[]; twins: [Element, Element][] } | null = null;
  /**
   * The badges of the rows after the first HEAD_ROWS: in slices once the first frame is painted (started from
   * that frame's animation frame callback, so a task posted then runs after its paint).
   */
  const tail = createSliceScheduler({ signal: stop, afterPaint: postTask });
  let visibleCheck: ResizeObserver | null = null;
  let cancelWrite: (() => void) | null = null;
  stop.addEventListener(
    'abort',
    () => {
      visibleCheck?.disconnect();
      cancelWrite?.();
    },
    { once: true },
  );

  return {
    paint(rows) {
      if (state.context.peek() === null && state.storeError.peek() === null) return;
      const current = state.result.peek();
      const tab = state.page.peek().tab;
      // The reading loop and the statuses' effect may both ask for the same paint.
      if (
        last &&
        last.rows === rows &&
        last.result === current &&
        last.tab === tab &&
        rows.every((r) => r.badgeAnchor.isConnected)
      )
        return;
      last = { rows, result: current, tab };
      // A new read or new statuses: the badges still to come belong to the paint before, so they never come.
      tail.cancel();
      visibleCheck?.disconnect();
      cancelWrite?.();
      // In the read's own task only what may not wait: a badge of another address leaves a row the page
      // re-rendered in place. The rest is written in the next frame's animation frame callback, right before
      // its style and layout: the rows near the viewport still show their badges in that frame, and the read
      // and the writes are two calls of a few ms rather than one long one.
      for (const row of rows) emptyBadgeOfOther(row.badgeAnchor, row.email);
      cancelWrite = beforeNextFrame(() => {
        cancelWrite = null;
        write(rows, current, tab);
      });
    },
  };

  function write(rows: ReadRow[], current: ReconcileResult, tab: ZoomTab): void {
    // Read everything first (the rows' places, their fixed copies), then write in one go:
    // no DOM read between two writes, so the browser lays the page out once, for the frame.
    const copiesByTable = new Map<Element, HTMLTableElement[]>();
    const twins: [Element, Element][] = [];
    const resendLabel = state.resendLabel.peek();
    const texts = textsOfOnePaint(resendLabel);
    const dataOf = (row: ReadRow) => badgeFor(row.email, current, tab, texts, resendLabel !== null);
    const next = new Set<Element>();
    // The same rows repainted (the store answered, the statuses changed): their copies are where they were.
    const knownTwins = twinsOf?.rows === rows && twinsOf.twins.every(([, twin]) => twin.isConnected) ? twinsOf.twins : null;
    for (const row of rows) {
      next.add(row.badgeAnchor);
      if (knownTwins) continue;
      // Keep fixed-column copies of the row as tall as the row, so their buttons stay on it.
      for (const twin of fixedCopyTwins(row.badgeAnchor, copiesByTable)) twins.push([row.badgeAnchor, twin]);
    }
    if (knownTwins) twins.push(...knownTwins);
    for (const [, twin] of twins) next.add(twin);
    twinsOf = { rows, twins };
    // Badges of rows gone from the page go back to the pool first, so the new rows reuse them.
    for (const anchor of painted) {
      if (next.has(anchor)) continue;
      const host = badgeHostIn(anchor);
      if (host) releaseHost(host);
    }
    // The rows near the top of the list are badged now, in the frame that shows them; the others hold
    // their place (one badge line) and are badged in row order after that frame, a few ms at a time.
    const head = Math.min(rows.length, HEAD_ROWS);
    for (let i = 0; i < head; i++) showBadge(rows[i].badgeAnchor, dataOf(rows[i]));
    for (let i = head; i < rows.length; i++) reserveBadge(rows[i].badgeAnchor, rows[i].email);
    for (const [, twin] of twins) showSpacer(twin);
    spacers.watch(twins);
    painted = next;
    if (head === rows.length) return;

    const done = new Uint8Array(rows.length);
    const badge = (i: number) => {
      if (done[i]) return;
      done[i] = 1;
      const row = rows[i];
      if (row.badgeAnchor.isConnected) showBadge(row.badgeAnchor, dataOf(row));
    };
    // The page may be scrolled down the list: the rows in the viewport are found once this frame is laid
    // out (a ResizeObserver reports after layout, before paint: reading positions forces nothing then)
    // and badged before it is painted.
    if (typeof ResizeObserver === 'function')
      visibleCheck = new ResizeObserver(() => {
        visibleCheck?.disconnect();
        visibleCheck = null;
        if (last?.rows !== rows || last.result !== current) return;
        for (const i of rowsInView(rows, head)) badge(i);
      });
    const body = rows[head].row.parentElement;
    if (body) visibleCheck?.observe(body);
    let cursor = head;
    tail.start((timeLeft) => {
      while (cursor < rows.length) {
        badge(cursor++);
        if ((cursor & 7) === 0 && timeLeft() <= 0) return false;
      }
      return true;
    });
  }
}

/** Rows badged in the frame after the read: more than fill a 1280×800 viewport from the list's top. */
const HEAD_ROWS = 40;
/** Rows this far below the viewport (px) count as near it: the browser draws them too. */
const NEAR_VIEWPORT_PX = 200;

/**
 * The indexes (from `from`) of the rows in or near the viewport, with layout clean. Rows stand in the
 * order they are listed, so the first one in view is found by bisection.
 */
function rowsInView(rows: ReadRow[], from: number): number[] {
  const bottom = window.innerHeight + NEAR_VIEWPORT_PX;
  let low = from;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rows[mid].row.getBoundingClientRect().bottom <= -NEAR_VIEWPORT_PX) low = mid + 1;
    else high = mid;
  }
  const found: number[] = [];
  for (let i = low; i < rows.length; i++) {
    const box = rows[i].row.getBoundingClientRect();
    if (box.top >= bottom) break;
    if (box.height > 0) found.push(i);
  }
  return found;
}

/**
 * Fits the fixed copies' spacers to the badges beside them. A spacer is one badge line tall, as nearly
 * every badge is; a badge whose parts wrap (a long name, a Resend hint in a narrow column) is taller. A
 * ResizeObserver on the two table bodies reports after the frame's layout, before its paint: when their
 * heights differ, the rows that differ get their spacer set to their badge's height (layout is clean
 * there, so reading it forces nothing), and the frame is laid out again before it is painted.
 */
function createSpacerFit(stop: AbortSignal): { watch(twins: [Element, Element][]): void } {
  let pairs: [Element, Element][] = [];
  let observer: ResizeObserver | null = null;
  let bodies: Element[] = [];
  // The session ended (another page, the extension updated): the page's tables are no longer ours to watch.
  stop.addEventListener('abort', () => observer?.disconnect(), { once: true });
  const heightOf = (element: Element | null | undefined) => element?.getBoundingClientRect().height ?? 0;
  const rowOf = (anchor: Element) => anchor.closest('tr');
  function fit(): void {
    const [main, ...copies] = bodies;
    const mainHeight = heightOf(main);
    if (copies.every((copy) => Math.abs(heightOf(copy) - mainHeight) < 0.5)) return;
    // Every height first, then every write: a write between two reads would lay the page out again.
    const fitted: [Element, number][] = [];
    for (const [anchor, twin] of pairs) {
      if (!anchor.isConnected || !twin.isConnected) continue;
      if (Math.abs(heightOf(rowOf(anchor)) - heightOf(rowOf(twin))) < 0.5) continue;
      const host = badgeHostIn(anchor);
      const spacer = badgeHostIn(twin);
      if (host && spacer && isSpacer(spacer)) fitted.push([twin, heightOf(host)]);
    }
    for (const [twin, height] of fitted) showSpacer(twin, height);
  }
  return {
    watch(twins) {
      if (stop.aborted) return;
      pairs = twins;
      if (typeof ResizeObserver !== 'function') return;
      const first = twins[0];
      // The main table's body and its copies' (the rows of one read are one table's).
      const found = first
        ? [
            rowOf(first[0])?.parentElement,
            ...twins.filter(([anchor]) => anchor === first[0]).map(([, twin]) => rowOf(twin)?.parentElement),
          ]
        : [];
      const wanted = found.filter((body): body is HTMLElement => Boolean(body));
      if (wanted.length === bodies.length && wanted.every((body, i) => body === bodies[i])) return;
      observer?.disconnect();
      bodies = wanted;
      if (bodies.length < 2) return;
      observer ??= new ResizeObserver(fit);
      for (const body of bodies) observer.observe(body);
    },
  };
}
