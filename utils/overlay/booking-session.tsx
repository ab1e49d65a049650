/**
 * Wires the booking system's resource pages: the list adapter reads the roster, edit forms are
 * read where the list shows no emails, the store keeps the roster per tenant, and each resource's
 * Zoom status is shown in a panel, on its row and under its email field.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BookingPanel, type FormReadingView } from '../../components/BookingPanel';
import { FormHint } from '../../components/FormHint';
import { PANEL_CSS } from '../../components/panel-css';
import { BADGE_HOST_CLASS, removeAllBadges, showBadge } from '../../components/row-badge';
import { t } from '../i18n';
import type { Employee } from '../roster/model';
import { reconcile, type EmployeeResult, type ReconcileResult } from '../roster/reconcile';
import { coverageOf } from '../roster/coverage';
import { localDay } from '../roster/dates';
import type { BookingContext } from '../store/messages';
import { askStore } from '../store/client';
import { detectBookingPage, type BookingPageKind } from '../booking/page';
import { readResourceList } from '../booking/resource-list';
import { findEmailField, findOpenEditDialog } from '../booking/resource-form';
import { fetchResourceForms } from '../booking/form-fetcher';
import type { ResourceListRead, ResourceRowRead } from '../booking/types';
import { watchPage, type PageWatcher } from '../dom/observe';
import { mountView } from '../dom/mount';
import { rememberedPanelOpen } from './panel-open';
import { runSessionLoop } from './session-loop';
import { buildPanelModel, type PanelNotice } from './panel-model';

const DATALIST_ID = 'zaa-zoom-active-emails';

/**
 * Where the list begins: within the smallest element holding the first and the last row, the
 * child that holds the first row (the first category block, or the table's body).
 */
function listStart(first: Element, last: Element): Element | null {
  let child: Element = first;
  for (let node = first.parentElement; node; child = node, node = node.parentElement) {
    if (!node.contains(last)) continue;
    // Rows side by side (a table body, a plain list): the panel goes before the whole list.
    if (child === first) return node.closest('table') ?? node;
    return child;
  }
  return null;
}

export function employeesFromList(list: ResourceListRead, readAt: number): Omit<Employee, 'tenant'>[] {
  return list.rows.map((row, order) => ({
    name: row.name,
    rawEmail: row.rawEmail,
    category: row.category,
    resourceId: row.resourceId,
    editUrl: row.editUrl,
    emailSource: row.rawEmail === null ? undefined : 'list',
    readAt,
    order,
  }));
}

function rosterKey(list: ResourceListRead): string {
  return JSON.stringify(list.rows.map((r) => [r.name, r.rawEmail, r.category, r.editUrl, r.resourceId]));
}

export function startBookingSession(ctx: ContentScriptContext, stop: AbortSignal): void {
  const tenant = location.host;
  const context = signal<BookingContext | null>(null);
  const chosenZoomHost = signal<string | undefined>(undefined);
  const kind = signal<BookingPageKind>('other');
  const listProblem = signal<string | null>(null);
  const storeError = signal<string | null>(null);
  const reading = signal<FormReadingView | null>(null);
  const failedNames = signal<string[]>([]);
  const formValue = signal<string | null>(null);
  const now = signal(Date.now());
  const panelOpen = rememberedPanelOpen('booking', stop);

  const zoomView = computed(() => {
    const c = context.value;
    return {
      users: c?.zoomUsers ?? [],
      coverage: coverageOf(c?.zoomHost ?? null),
      readable: true,
      invitations: c?.invitations ?? [],
    };
  });
  const result = computed<ReconcileResult>(() =>
    reconcile(context.value?.employees ?? [], zoomView.value, localDay(new Date())),
  );
  const model = computed(() => {
    const notices: PanelNotice[] = [];
    if (listProblem.value) notices.push({ kind: 'layout-unrecognised' });
    if (failedNames.value.length) notices.push({ kind: 'read-failed', params: { names: failedNames.value.join(', ') } });
    if (storeError.value) notices.push({ kind: 'store-failed', params: { error: storeError.value } });
    return buildPanelModel({
      result: result.value,
      coverage: coverageOf(context.value?.zoomHost ?? null),
      pageNotices: notices,
      hasRoster: true,
      warnDaysBeforeExpiry: context.value?.settings.warnDaysBeforeExpiry ?? 5,
    });
  });
  /** What the edit form's email field holds, against the chosen Zoom host. */
  const formResult = computed<EmployeeResult | null>(() => {
    if (formValue.value === null) return null;
    const probe: Employee = { tenant, name: '', rawEmail: formValue.value, readAt: 0, order: 0 };
    return reconcile([probe], zoomView.value, localDay(new Date())).employees[0] ?? null;
  });

  async function loadContext(): Promise<void> {
    try {
      const loaded = await askStore('getBookingContext', { tenant, zoomHost: chosenZoomHost.peek() });
      batch(() => {
        context.value = loaded;
        storeError.value = null;
        now.value = Date.now();
      });
    } catch (error) {
      storeError.value = String((error as Error).message ?? error);
    }
  }

  // ---- views -------------------------------------------------------------------------------------
  let listRead: ResourceListRead | null = null;
  const panel = mountView(
    ctx,
    'zaa-booking-panel',
    PANEL_CSS,
    () => {
      if (kind.value !== 'resource-list' && !listProblem.value) return null;
      const rows = listRead?.rows ?? [];
      const start = rows.length ? listStart(rows[0].row, rows[rows.length - 1].row) : null;
      return start ? { anchor: start, append: 'before' } : { anchor: document.body, append: 'first' };
    },
    () => <PanelView />,
  );
  let emailField: HTMLInputElement | null = null;
  const formHint = mountView(
    ctx,
    'zaa-form-hint',
    PANEL_CSS,
    () => (emailField ? { anchor: emailField, append: 'after' } : null),
    () => <HintView />,
  );

  function PanelView() {
    const c = context.value;
    return (
      <BookingPanel
        model={model.value}
        open={panelOpen.value}
        onToggleOpen={(value) => (panelOpen.value = value)}
        now={now.value}
        readAt={c?.tenantRecord?.readAt}
        zoomHosts={c?.zoomHosts ?? []}
        zoomHost={c?.zoomHost?.host ?? null}
        warnDays={c?.settings.warnDaysBeforeExpiry ?? 5}
        reading={reading.value}
        onStopReading={() => formReader?.abort()}
        onChooseZoomHost={(host) => {
          chosenZoomHost.value = host;
          void loadContext();
        }}
      />
    );
  }
  function HintView() {
    return <FormHint result={formResult.value} zoomHost={context.value?.zoomHost?.host ?? null} />;
  }

  // ---- badges on the resource rows ----------------------------------------------------------------
  function paintBadges(): void {
    if (!listRead) return;
    const byOrder = new Map(
      result.peek().employees.filter((e) => e.employee.tenant === tenant).map((e) => [e.employee.order, e]),
    );
    listRead.rows.forEach((row, order) => {
      const r = byOrder.get(order);
      if (!r) return;
      showBadge(row.badgeAnchor, {
        email: r.email,
        status: r.status,
        name: r.employee.name,
        label: t(`status.${r.status}`),
        daysLeft: r.daysLeft,
        detail: r.status === 'pending' && r.daysLeft !== undefined ? t('daysLeft', { n: r.daysLeft }) : undefined,
      });
    });
  }

  // ---- reading edit forms -----------------------------------------------------------------------
  let formReader: AbortController | null = null;
  async function readEditForms(rows: ResourceRowRead[]): Promise<void> {
    formReader?.abort();
    const controller = new AbortController();
    formReader = controller;
    stop.addEventListener('abort', () => controller.abort(), { once: true });
    const items = rows.flatMap((row, order) => (row.rawEmail === null && row.editUrl ? [{ order, name: row.name, editUrl: row.editUrl }] : []));
    if (items.length === 0) return;
    failedNames.value = [];
    reading.value = { done: 0, total: items.length, running: true, stopped: false };
    const buffered: { order: number; rawEmail: string; emailSource: 'form' }[] = [];
    const flush = async () => {
      const updates = buffered.splice(0);
      if (updates.length) await askStore('updateEmployeeEmails', { tenant, updates });
    };
    const flushTimer = setInterval(() => void flush().catch(() => undefined), 400);
    try {
      const progress = await fetchResourceForms(items, {
        origin: location.origin,
        signal: controller.signal,
        onProgress: (p) => {
          reading.value = { done: p.done, total: p.total, running: !controller.signal.aborted, stopped: controller.signal.aborted };
          failedNames.value = p.failed.map((f) => f.name);
        },
        onResult: (order, rawEmail) => buffered.push({ order, rawEmail, emailSource: 'form' }),
      });
      await flush();
      reading.value = { done: progress.done, total: progress.total, running: false, stopped: controller.signal.aborted };
      failedNames.value = progress.failed.map((f) => f.name);
    } catch (error) {
      storeError.value = String((error as Error).message ?? error);
    } finally {
      clearInterval(flushTimer);
    }
  }

  // ---- the in-place edit dialog: read it for the resource whose edit control was clicked -------------
  let lastClickedOrder: number | null = null;
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!listRead || !(event.target instanceof Node)) return;
      const index = listRead.rows.findIndex((row) => row.row.contains(event.target as Node));
      if (index >= 0) lastClickedOrder = index;
    },
    { capture: true },
  );
  let lastDialogRead: { field: HTMLInputElement; order: number } | null = null;
  function readOpenDialog(field: HTMLInputElement): void {
    if (lastClickedOrder === null) return;
    if (lastDialogRead?.field === field && lastDialogRead.order === lastClickedOrder) return;
    const employee = context.peek()?.employees.find((e) => e.order === lastClickedOrder);
    if (!employee || employee.rawEmail !== null) return;
    lastDialogRead = { field, order: lastClickedOrder };
    void askStore('updateEmployeeEmails', {
      tenant,
      updates: [{ order: lastClickedOrder, rawEmail: field.value, emailSource: 'dialog' }],
    }).catch((error: Error) => (storeError.value = error.message));
  }

  function followEmailField(field: HTMLInputElement | null): void {
    if (field === emailField) return;
    emailField = field;
    formValue.value = field ? field.value : null;
    if (field) {
      ctx.addEventListener(field, 'input', () => (formValue.value = field.value));
      attachSuggestions(field);
    }
  }

  function attachSuggestions(field: HTMLInputElement): void {
    let list = document.getElementById(DATALIST_ID) as HTMLDataListElement | null;
    if (!list) {
      list = document.createElement('datalist');
      list.id = DATALIST_ID;
      document.body.append(list);
    }
    // Offering, not filling: the field's value changes only when the admin picks an address.
    if (!field.hasAttribute('list')) field.setAttribute('list', DATALIST_ID);
  }
  const stopSuggestions = effect(() => {
    const active = (context.value?.zoomUsers ?? []).filter((u) => u.state === 'active').map((u) => u.email).sort();
    const list = document.getElementById(DATALIST_ID);
    if (!list) return;
    list.replaceChildren(
      ...active.map((email) => {
        const option = document.createElement('option');
        option.value = email;
        return option;
      }),
    );
    list.setAttribute('aria-label', t('formSuggestions'));
  });

  // ---- reading the page ---------------------------------------------------------------------------
  let savedKey = '';
  let watcher: PageWatcher | null = null;
  /** Dialogs on the page, shown or not: opening one may only flip an attribute on its wrapper. */
  let dialogWrappers: Element[] = [];
  function scan(): void {
    if (ctx.isInvalid || stop.aborted) return;
    dialogWrappers = [...document.querySelectorAll('[role="dialog"], [aria-modal="true"], dialog')].map(
      (dialog) => dialog.parentElement ?? dialog,
    );
    const detected = detectBookingPage(document);
    kind.value = detected;
    if (detected === 'resource-list') {
      const read = readResourceList(document, location.href);
      if ('problem' in read) {
        listRead = null;
        listProblem.value = read.detail || read.problem;
      } else {
        listRead = read;
        listProblem.value = null;
        const key = rosterKey(read);
        if (key !== savedKey) {
          savedKey = key;
          void askStore('saveRoster', { tenant, url: location.href, employees: employeesFromList(read, Date.now()) })
            .then(() => (read.listShowsEmails ? undefined : readEditForms(read.rows)))
            .catch((error: Error) => {
              savedKey = '';
              storeError.value = error.message;
            });
        }
        paintBadges();
      }
    }
    const dialog = findOpenEditDialog(document);
    const field = dialog ? findEmailField(dialog) : detected === 'resource-form' ? findEmailField(document) : null;
    followEmailField(field);
    if (dialog && field) readOpenDialog(field);
    void panel.ensurePlaced();
    void formHint.ensurePlaced();
    // A scan reads the whole page as it is now, so what is queued (our badges) needs no second look.
    watcher?.forgetOwnChanges();
  }

  watcher = watchPage({
    root: document.documentElement,
    regions: () => {
      const regions: Element[] = [...dialogWrappers];
      const first = listRead?.rows[0]?.row.parentElement;
      if (first) regions.push(first);
      if (emailField?.parentElement) regions.push(emailField.parentElement);
      return regions;
    },
    isOwnNode: (node) =>
      node.nodeType === 1 &&
      ((node as Element).classList.contains(BADGE_HOST_CLASS) ||
        node === panel.host ||
        node === formHint.host ||
        (node as Element).id === DATALIST_ID),
    onChange: scan,
    signal: stop,
  });
  runSessionLoop({
    stop,
    result,
    repaint: () => {
      paintBadges();
      watcher?.forgetOwnChanges();
    },
    reload: loadContext,
    scan,
    now,
    teardown: () => {
      stopSuggestions();
      panel.remove();
      formHint.remove();
      removeAllBadges(document);
      document.getElementById(DATALIST_ID)?.remove();
    },
  });
}
