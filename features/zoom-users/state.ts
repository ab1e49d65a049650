/**
 * What the Zoom Users page session knows, as signals: the store's copy, the page as last read,
 * the reconciliation and the panel's model. Shared by the page's features (reading, badges,
 * panel, prefill); holds no rules of its own (those are in the core and the view model).
 */
import { computed, signal } from '@preact/signals-core';
import type { PrefillOutcomeView } from '../../components/PrefillResult';
import type { ListSnapshot, ZoomRow, ZoomUser } from '../../utils/roster/model';
import { reconcileWith, type NearMatchFinder, type ReconcileResult } from '../../utils/roster/reconcile-core';
import { coverageOf } from '../../utils/roster/coverage';
import { localDay } from '../../utils/roster/dates';
import type { ZoomContext } from '../../utils/store/messages';
import { askStore } from '../../utils/store/client';
import type { AddUsersDialog, ZoomPageRead, ZoomTab } from '../../utils/zoom/types';
import { rememberedPanelModel, resultSignature, type PanelNotice } from '../../utils/view/panel-model';
import type { ReadAllStatus } from '../../utils/view/read-all';
import { loadContextInto } from '../shared/latest-load';
import { rememberedPanelOpen } from '../shared/panel-open';
import { createZoomTaught } from '../teach/zoom';
import { loadFeature, loadOnce } from '../shared/overlay-loader';
import type { NearMatchesModule } from './near-matches-module';

export interface PageState {
  tab: ZoomTab;
  problem?: ZoomPageRead['problem'];
  snapshot?: ListSnapshot;
  /** snapshotKey(snapshot), kept so a re-read is compared without serialising twice. */
  key: string;
}

export function snapshotKey(snapshot: ListSnapshot | undefined): string {
  return snapshot ? JSON.stringify(snapshot) : '';
}

/**
 * Stored users of the host, overlaid with the rows in front of the admin (not saved yet, but seen). Rows that
 * show only what is stored give the stored list itself: the statuses are then not worked out again (a page of
 * known people read again, or its rows re-rendered). When they were seen last is the store's to keep.
 */
export function usersWithSnapshot(stored: ZoomUser[], host: string, snapshot: ListSnapshot | undefined, now: number): ZoomUser[] {
  if (!snapshot || snapshot.rows.length === 0) return stored;
  const byEmail = new Map(stored.map((u) => [u.email, u]));
  if (snapshot.rows.every((row) => showsStored(byEmail.get(row.email), row, host))) return stored;
  for (const row of snapshot.rows) {
    const previous = byEmail.get(row.email);
    byEmail.set(row.email, { ...previous, ...row, host, firstSeen: previous?.firstSeen ?? now, lastSeen: now });
  }
  return [...byEmail.values()];
}

function showsStored(user: ZoomUser | undefined, row: ZoomRow, host: string): boolean {
  if (!user || user.host !== host) return false;
  for (const key of Object.keys(row) as (keyof ZoomRow)[]) if (row[key] !== user[key]) return false;
  return true;
}

export type ZoomUsersState = ReturnType<typeof createZoomUsersState>;

export function createZoomUsersState(host: string, stop: AbortSignal) {
  const context = signal<ZoomContext | null>(null);
  const page = signal<PageState>({ tab: 'unknown', key: '' });
  const storeError = signal<string | null>(null);
  const outcome = signal<PrefillOutcomeView | null>(null);
  const busy = signal(false);
  const flash = signal<string | null>(null);
  /** The Resend button's label as the Pending list shows it (null until a Pending row was seen). */
  const resendLabel = signal<string | null>(null);
  const deselected = signal<ReadonlySet<string>>(new Set());
  /** Probable typos the admin chose to fill anyway: kept for this page's session only. */
  const includedTypos = signal<ReadonlySet<string>>(new Set());
  const dialog = signal<AddUsersDialog | null>(null);
  const now = signal(Date.now());
  const panelOpen = rememberedPanelOpen('zoom', stop);
  /** What the admin taught for this host (features/teach). */
  const taught = createZoomTaught(host);
  /** The page's tabs and pager can be driven through every page (utils/zoom/walk-plan.ts → walkableFrom). */
  const walkable = signal(false);
  /** Reading every page for the admin (features/zoom-users/read-all.ts): where it is, how it ended. */
  const readAll = signal<ReadAllStatus>({ state: 'idle' });
  const matcher = lazyNearMatcher();

  let lastResult: { result: ReconcileResult; signature: string } | null = null;
  /** What the statuses were last worked out from: the same again (a page read that saw nothing new) gives them as they are. */
  let lastInputs: unknown[] = [];
  const result = computed<ReconcileResult>(() => {
    const ctxValue = context.value;
    const state = page.value;
    const stored = ctxValue?.zoomUsers ?? [];
    const employees = ctxValue?.employees ?? [];
    const zoom = {
      users: usersWithSnapshot(stored, host, state.snapshot, now.peek()),
      coverage: coverageOf(ctxValue?.zoomHost ?? null),
      readable: !state.problem,
      invitations: ctxValue?.invitations ?? [],
    };
    const today = localDay(new Date());
    const finder = matcher.finder.value ?? undefined;
    const inputs = [employees, zoom.users, zoom.coverage, zoom.readable, zoom.invitations, today, finder];
    if (lastResult && inputs.every((input, i) => input === lastInputs[i])) return lastResult.result;
    lastInputs = inputs;
    const next = reconcileWith(employees, zoom, today, finder);
    // Paging and re-renders mostly change nothing a view shows: keep the same object then, so the
    // panel and badges are not redrawn.
    const signature = resultSignature(next);
    if (lastResult?.signature === signature) return lastResult.result;
    lastResult = { result: next, signature };
    return next;
  });

  /** "Read all pages" is offered: the view is not complete, and the page's tabs and pager can be driven. */
  const readAllOffered = computed(() => walkable.value && coverageOf(context.value?.zoomHost ?? null) !== 'complete');

  const panelModelOf = rememberedPanelModel();
  const model = computed(() => {
    const state = page.value;
    const pageNotices: PanelNotice[] = [];
    if (state.problem) pageNotices.push({ kind: state.problem });
    if (taught.stale.value) pageNotices.push({ kind: 'taught-layout-stale' });
    if (storeError.value) pageNotices.push({ kind: 'store-failed', params: { error: storeError.value } });
    if (matcher.failed.value) pageNotices.push({ kind: 'typos-unchecked' });
    return panelModelOf({
      result: result.value,
      coverage: coverageOf(context.value?.zoomHost ?? null),
      pageNotices,
      hasRoster: (context.value?.employees.length ?? 0) > 0,
      warnDaysBeforeExpiry: context.value?.settings.warnDaysBeforeExpiry ?? 5,
      includeTypos: includedTypos.value,
      resendLabel: resendLabel.value,
      readAllOffered: readAllOffered.value,
    });
  });

  const selectionEnabled = computed(() => context.value?.settings.include === 'selection');
  const emailsToPrefill = computed(() =>
    selectionEnabled.value ? model.value.prefillEmails.filter((e) => !deselected.value.has(e)) : model.value.prefillEmails,
  );

  const loadContext = loadContextInto(
    async () => {
      // The typo matcher comes with the store's copy, so no statuses are shown without their suggestions.
      const [loaded] = await Promise.all([askStore('getZoomContext', { host }), taught.load(), matcher.load()]);
      return loaded;
    },
    { context, storeError, now },
  );

  function toggleSelected(email: string): void {
    deselected.value = toggled(deselected.value, email);
  }

  function toggleTypoIncluded(email: string): void {
    includedTypos.value = toggled(includedTypos.value, email);
  }

  return {
    host,
    context,
    page,
    storeError,
    outcome,
    busy,
    flash,
    resendLabel,
    dialog,
    now,
    panelOpen,
    taught,
    walkable,
    readAll,
    readAllOffered,
    result,
    model,
    selectionEnabled,
    emailsToPrefill,
    loadContext,
    toggleSelected,
    toggleTypoIncluded,
  };
}

/**
 * The typo matcher (utils/roster/near-matches.ts with suggest.ts and fastest-levenshtein) is a module of
 * its own (zoom-near-matches.js), asked for with the store's copy rather than bundled with the first
 * paint. One that does not load leaves the suggestions out and says so (the `typos-unchecked` notice);
 * the next load of the store's copy asks again.
 */
export function lazyNearMatcher(load = () => loadFeature<NearMatchesModule>('/zoom-near-matches.js')) {
  const finder = signal<NearMatchFinder | null>(null);
  const failed = signal(false);
  const loading = loadOnce(() =>
    load().then((module) => {
      failed.value = false;
      finder.value = module.findNearMatches;
    }),
  );
  return {
    finder,
    failed,
    load(): Promise<void> {
      if (finder.peek()) return Promise.resolve();
      return loading.get().catch(() => {
        failed.value = true;
      });
    },
  };
}

function toggled(set: ReadonlySet<string>, email: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(email)) next.delete(email);
  else next.add(email);
  return next;
}
