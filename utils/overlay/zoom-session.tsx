/**
 * Wires the Zoom Users page together: adapters read the page, the store keeps what was seen,
 * reconcile decides statuses, signals carry them to the panel and the row badges.
 * Holds no business rules of its own.
 */
import { batch, computed, signal } from '@preact/signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ZoomPanel } from '../../components/ZoomPanel';
import { DialogPrefill } from '../../components/DialogPrefill';
import { PANEL_CSS } from '../../components/panel-css';
import { BADGE_HOST_CLASS, removeAllBadges, showBadge, type BadgeData } from '../../components/row-badge';
import type { PrefillOutcomeView } from '../../components/PrefillResult';
import { t } from '../i18n';
import type { ListSnapshot, ZoomUser } from '../roster/model';
import { reconcile, rowStatusFor, type ReconcileResult } from '../roster/reconcile';
import { coverageOf } from '../roster/coverage';
import { localDay } from '../roster/dates';
import type { ZoomContext } from '../store/messages';
import { askStore } from '../store/client';
import { readZoomPage } from '../zoom/page';
import { findTabList } from '../zoom/tabs';
import type { AddUsersDialog, ReadRow, ZoomPageRead, ZoomTab } from '../zoom/types';
import { findAddUsersButton, findAddUsersDialog, readEmailField, dialogShowsError, prefillAddUsers } from '../zoom/add-users-dialog';
import { watchPage, type PageWatcher } from '../dom/observe';
import { mountView, type Placement } from '../dom/mount';
import { copyText } from '../dom/clipboard';
import { isShown } from '../dom/visibility';
import { pause } from '../dom/fill';
import { fixedCopyTwins } from '../dom/table';
import { pageSkeleton } from '../dom/skeleton';
import { rememberedPanelOpen } from './panel-open';
import { runSessionLoop } from './session-loop';
import { buildPanelModel, needsResend, resultSignature, type PanelNotice } from './panel-model';

interface PageState {
  tab: ZoomTab;
  problem?: ZoomPageRead['problem'];
  snapshot?: ListSnapshot;
  /** snapshotKey(snapshot), kept so a re-read is compared without serialising twice. */
  key: string;
}

export function snapshotKey(snapshot: ListSnapshot | undefined): string {
  return snapshot ? JSON.stringify(snapshot) : '';
}

/** Stored users of the host, overlaid with the rows in front of the admin (not saved yet, but seen). */
export function usersWithSnapshot(stored: ZoomUser[], host: string, snapshot: ListSnapshot | undefined, now: number): ZoomUser[] {
  if (!snapshot || snapshot.rows.length === 0) return stored;
  const byEmail = new Map(stored.map((u) => [u.email, u]));
  for (const row of snapshot.rows) {
    const previous = byEmail.get(row.email);
    byEmail.set(row.email, { ...previous, ...row, host, firstSeen: previous?.firstSeen ?? now, lastSeen: now });
  }
  return [...byEmail.values()];
}

export function startZoomSession(ctx: ContentScriptContext, signalToStop: AbortSignal): void {
  const host = location.host;
  const context = signal<ZoomContext | null>(null);
  const page = signal<PageState>({ tab: 'unknown', key: '' });
  const storeError = signal<string | null>(null);
  const outcome = signal<PrefillOutcomeView | null>(null);
  const busy = signal(false);
  const flash = signal<string | null>(null);
  const deselected = signal<ReadonlySet<string>>(new Set());
  const dialog = signal<AddUsersDialog | null>(null);
  const now = signal(Date.now());
  const panelOpen = rememberedPanelOpen('zoom', signalToStop);

  let lastResult: { result: ReconcileResult; signature: string } | null = null;
  const result = computed<ReconcileResult>(() => {
    const ctxValue = context.value;
    const state = page.value;
    const stored = ctxValue?.zoomUsers ?? [];
    const next = reconcile(
      ctxValue?.employees ?? [],
      {
        users: usersWithSnapshot(stored, host, state.snapshot, now.peek()),
        coverage: coverageOf(ctxValue?.zoomHost ?? null),
        readable: !state.problem,
        invitations: ctxValue?.invitations ?? [],
      },
      localDay(new Date()),
    );
    // Paging and re-renders mostly change nothing a view shows: keep the same object then, so the
    // panel and badges are not redrawn.
    const signature = resultSignature(next);
    if (lastResult?.signature === signature) return lastResult.result;
    lastResult = { result: next, signature };
    return next;
  });

  const model = computed(() => {
    const state = page.value;
    const pageNotices: PanelNotice[] = [];
    if (state.problem) pageNotices.push({ kind: state.problem });
    if (storeError.value) pageNotices.push({ kind: 'store-failed', params: { error: storeError.value } });
    return buildPanelModel({
      result: result.value,
      coverage: coverageOf(context.value?.zoomHost ?? null),
      pageNotices,
      hasRoster: (context.value?.employees.length ?? 0) > 0,
      warnDaysBeforeExpiry: context.value?.settings.warnDaysBeforeExpiry ?? 5,
    });
  });

  const selectionEnabled = computed(() => context.value?.settings.include === 'selection');
  const emailsToPrefill = computed(() =>
    selectionEnabled.value ? model.value.prefillEmails.filter((e) => !deselected.value.has(e)) : model.value.prefillEmails,
  );

  async function loadContext(): Promise<void> {
    try {
      const loaded = await askStore('getZoomContext', { host });
      batch(() => {
        context.value = loaded;
        storeError.value = null;
        now.value = Date.now();
      });
    } catch (error) {
      storeError.value = String((error as Error).message ?? error);
    }
  }

  // ---- badges -------------------------------------------------------------------------------
  let lastRows: ReadRow[] = [];
  function badgeFor(email: string, current: ReconcileResult, tab: ZoomTab): BadgeData {
    const status = rowStatusFor(email, current);
    const employees = current.byEmail.get(email) ?? [];
    const first = employees[0];
    const warnDays = context.peek()?.settings.warnDaysBeforeExpiry ?? 5;
    let detail: string | undefined;
    let title: string | undefined;
    let warn = false;
    if (first && (status === 'pending' || status === 'expired')) {
      if (status === 'pending' && first.daysLeft !== undefined) detail = t('daysLeft', { n: first.daysLeft });
      if (needsResend(first, warnDays)) {
        // The row is narrow: a short hint on it, the whole sentence as its tooltip.
        warn = true;
        detail = [detail, t('resendShort')].filter(Boolean).join(' · ');
        title = status === 'expired' ? t('resendExpired') : t('resendSoon');
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
  function paintBadges(rows: ReadRow[]): void {
    const current = result.peek();
    const tab = page.peek().tab;
    const copiesByTable = new Map<Element, HTMLTableElement[]>();
    for (const row of rows) {
      const data = badgeFor(row.email, current, tab);
      showBadge(row.badgeAnchor, data);
      // Keep fixed-column copies of the row as tall as the row, so their buttons stay on it.
      for (const twin of fixedCopyTwins(row.badgeAnchor, copiesByTable)) showBadge(twin, data, true);
    }
  }

  // ---- panel and dialog button ----------------------------------------------------------------
  /** Found by the latest scan, which also places the panel: above the tabs, or floating. */
  let tabList: Element | null = null;
  function panelPlacement(): Placement {
    if (tabList) return { anchor: outermostWrapper(tabList), append: 'before' };
    return { anchor: document.body, append: 'last' };
  }
  const floating = signal(false);
  const panel = mountView(ctx, 'zaa-zoom-panel', PANEL_CSS, panelPlacement, () => <PanelView />);
  const dialogButton = mountView(
    ctx,
    'zaa-zoom-prefill',
    PANEL_CSS,
    () => (dialog.value ? { anchor: dialog.value.prefillAnchor, append: 'after' } : null),
    () => <DialogView />,
  );

  function PanelView() {
    const ctxValue = context.value;
    const tenantsReadAt = Object.fromEntries((ctxValue?.tenants ?? []).map((tr) => [tr.tenant, tr.readAt]));
    return (
      <ZoomPanel
        model={model.value}
        open={panelOpen.value}
        onToggleOpen={(value) => (panelOpen.value = value)}
        host={host}
        floating={floating.value}
        warnDays={ctxValue?.settings.warnDaysBeforeExpiry ?? 5}
        now={now.value}
        zoomReadAt={ctxValue?.zoomHost?.lastReadAt}
        tenantsReadAt={tenantsReadAt}
        busy={busy.value}
        outcome={dialog.value ? null : outcome.value}
        flash={flash.value}
        selection={{ enabled: selectionEnabled.value, selected: new Set(emailsToPrefill.value) }}
        onToggleSelected={toggleSelected}
        onCopyMissing={copyMissing}
        onPrefill={() => void runPrefill()}
        onReportLayout={() => void reportLayout()}
      />
    );
  }

  function DialogView() {
    return (
      <DialogPrefill
        count={emailsToPrefill.value.length}
        busy={busy.value}
        outcome={outcome.value}
        onPrefill={() => void runPrefill()}
      />
    );
  }

  function toggleSelected(email: string): void {
    const next = new Set(deselected.value);
    if (next.has(email)) next.delete(email);
    else next.add(email);
    deselected.value = next;
  }

  async function copyMissing(): Promise<void> {
    const emails = emailsToPrefill.peek();
    if (emails.length === 0) {
      flash.value = t('nothingToCopy');
      return;
    }
    const copied = await copyText(emails.join(', '), panel.host?.shadowRoot ?? document.body);
    flash.value = copied ? t('copied', { n: emails.length }) : emails.join(', ');
  }

  async function reportLayout(): Promise<void> {
    const skeleton = pageSkeleton(document, [panel.host, dialogButton.host]);
    const copied = await copyText(skeleton, panel.host?.shadowRoot ?? document.body);
    flash.value = copied ? t('reportCopied') : skeleton;
  }

  // ---- prefill ---------------------------------------------------------------------------------
  async function openDialog(): Promise<AddUsersDialog | null> {
    const open = findAddUsersDialog(document);
    if (open) return open;
    const opener = findAddUsersButton(document);
    if (!opener) return null;
    opener.click();
    for (let waited = 0; waited < 3000; waited += 100) {
      await pause(100);
      const found = findAddUsersDialog(document);
      if (found) return found;
    }
    return null;
  }

  async function runPrefill(): Promise<void> {
    if (busy.peek()) return;
    busy.value = true;
    try {
      const emails = emailsToPrefill.peek();
      if (emails.length === 0) {
        // Nobody is "missing" before both lists were seen whole: say that, not "nobody to invite".
        const complete = model.peek().coverage === 'complete';
        outcome.value = { count: 0, ok: false, problem: complete ? 'nothing-to-fill' : 'needs-complete-view' };
        return;
      }
      const found = await openDialog();
      if (!found) {
        outcome.value = { count: 0, ok: false, problem: 'no-dialog' };
        return;
      }
      dialog.value = found;
      const settings = context.peek()?.settings;
      const done = await prefillAddUsers(found, emails, {
        userType: settings?.userType ?? 'basic',
        department: settings?.department || undefined,
      });
      outcome.value = { count: done.count, ok: done.ok, problem: done.problem };
      if (done.count > 0) watchForAdd(found);
    } finally {
      busy.value = false;
    }
  }

  /** When the admin presses Add and the dialog closes without an error, record the invitations. */
  let addWatch: AbortController | null = null;
  function watchForAdd(found: AddUsersDialog): void {
    addWatch?.abort();
    const watch = new AbortController();
    addWatch = watch;
    signalToStop.addEventListener('abort', () => watch.abort(), { once: true });
    const onClick = (event: Event) => {
      const button = found.addButton;
      if (!button || !(event.target instanceof Node) || !button.contains(event.target)) return;
      const emails = readEmailField(found);
      void waitForDialogToClose(found, watch.signal).then(async (closedCleanly) => {
        if (!closedCleanly || emails.length === 0) return;
        try {
          await askStore('recordInvitations', { host, emails, invitedOn: localDay(new Date()) });
          flash.value = t('invitationsRecorded', { n: emails.length });
          watch.abort();
        } catch (error) {
          storeError.value = String((error as Error).message ?? error);
        }
      });
    };
    found.dialog.ownerDocument.addEventListener('click', onClick, { capture: true, signal: watch.signal });
  }

  // ---- reading the page ------------------------------------------------------------------------
  let savedKey = '';
  let watcher: PageWatcher | null = null;
  function scan(): void {
    // ctx.isInvalid also notices an extension that was reloaded or removed, and then tears us down.
    if (ctx.isInvalid || signalToStop.aborted) return;
    const read = readZoomPage(document, new URL(location.href));
    const key = snapshotKey(read.snapshot);
    const previous = page.peek();
    // The rows first: a new page state repaints the badges at once, and must find these rows.
    lastRows = read.rows;
    if (previous.tab !== read.tab || previous.problem !== read.problem || previous.key !== key) {
      page.value = { tab: read.tab, problem: read.problem, snapshot: read.snapshot, key };
    }
    paintBadges(read.rows);
    if (read.snapshot && key !== savedKey) {
      savedKey = key;
      void askStore('saveZoomSnapshot', { host, snapshot: read.snapshot }).catch((error: Error) => {
        savedKey = '';
        storeError.value = String(error.message ?? error);
      });
    }
    const openDialogNow = findAddUsersDialog(document);
    if (openDialogNow?.dialog !== dialog.peek()?.dialog) dialog.value = openDialogNow;
    tabList = findTabList(document);
    floating.value = !tabList;
    // Worked out once per read, not per mutation: the watcher consults them on every change.
    watchedRegions = regionsOf(read.rows, tabList, openDialogNow);
    void panel.ensurePlaced();
    void dialogButton.ensurePlaced();
    // A scan reads the whole page as it is now, so what is queued (our badges) needs no second look.
    watcher?.forgetOwnChanges();
  }

  let watchedRegions: Element[] = [];
  watcher = watchPage({
    root: document.documentElement,
    regions: () => watchedRegions,
    // Called for every change the page makes, so the cheapest tests come first.
    isOwnNode: (node) =>
      node.nodeType === 1 &&
      ((node as Element).classList.contains(BADGE_HOST_CLASS) || node === panel.host || node === dialogButton.host),
    onChange: scan,
    signal: signalToStop,
  });
  runSessionLoop({
    stop: signalToStop,
    result,
    // Statuses change when the store answers: repaint the badges already on the page.
    repaint: () => {
      paintBadges(lastRows);
      watcher?.forgetOwnChanges();
    },
    reload: loadContext,
    scan,
    now,
    teardown: () => {
      panel.remove();
      dialogButton.remove();
      removeAllBadges(document);
    },
  });
}

/** The table, its tab list, and the open dialog: where relevant changes happen. */
function regionsOf(rows: ReadRow[], tabs: Element | null, dialog: AddUsersDialog | null): Element[] {
  const regions: Element[] = [];
  const firstRow = rows[0]?.row;
  const table = firstRow?.closest('table, [role="table"], [role="grid"]')?.parentElement;
  if (table) regions.push(table);
  if (tabs) regions.push(tabs);
  if (dialog) regions.push(dialog.dialog);
  return regions;
}

/** Climbs wrappers that hold only this element, so the panel sits above the whole tab block. */
function outermostWrapper(element: Element): Element {
  let current = element;
  while (current.parentElement && current.parentElement !== document.body && current.parentElement.childElementCount === 1) {
    current = current.parentElement;
  }
  return current;
}

async function waitForDialogToClose(found: AddUsersDialog, signal: AbortSignal): Promise<boolean> {
  for (let waited = 0; waited < 15_000 && !signal.aborted; waited += 150) {
    await pause(150);
    if (dialogShowsError(found.dialog)) return false;
    if (!found.dialog.isConnected || !isShown(found.dialog)) return true;
  }
  return false;
}
