/**
 * What the booking resource pages' session knows, as signals: the store's copy (the tenant's
 * roster and the chosen Zoom host's data), the list's read, the form reading's progress, and the
 * reconciliation and panel model derived from them.
 */
import { computed, signal } from '@preact/signals-core';
import type { FormReadingView } from '../../components/BookingPanel';
import { reconcileWith, type ReconcileResult, type ZoomViewInput } from '../../utils/roster/reconcile-core';
import { coverageOf } from '../../utils/roster/coverage';
import { localDay } from '../../utils/roster/dates';
import type { BookingContext } from '../../utils/store/messages';
import { askStore } from '../../utils/store/client';
import type { BookingPageKind } from '../../utils/booking/page';
import type { ResourceListRead } from '../../utils/booking/types';
import { rememberedPanelModel, type PanelNotice } from '../../utils/view/panel-model';
import { loadContextInto } from '../shared/latest-load';
import { rememberedPanelOpen } from '../shared/panel-open';
import { createBookingTaught } from '../teach/booking';

export type BookingState = ReturnType<typeof createBookingState>;

export function createBookingState(tenant: string, stop: AbortSignal) {
  const context = signal<BookingContext | null>(null);
  const chosenZoomHost = signal<string | undefined>(undefined);
  const kind = signal<BookingPageKind>('other');
  /** The resource list as last read (not a signal: the badges and the panel's place follow scans). */
  const list: { read: ResourceListRead | null } = { read: null };
  const listProblem = signal<string | null>(null);
  const storeError = signal<string | null>(null);
  const reading = signal<FormReadingView | null>(null);
  const failedNames = signal<string[]>([]);
  /** Resources whose forms the panel's own script draws, still unread (set by ./form-reading.ts). */
  const formsToOpen = signal<PanelNotice | null>(null);
  const now = signal(Date.now());
  const panelOpen = rememberedPanelOpen('booking', stop);
  /** What the admin taught for this tenant (features/teach). */
  const taught = createBookingTaught(tenant);

  const zoomView = computed<ZoomViewInput>(() => {
    const c = context.value;
    return {
      // Only the users this tenant's resources need (utils/roster/booking-share.ts), with the
      // suggestions decided by the background against all of them.
      users: c?.zoomUsers ?? [],
      coverage: coverageOf(c?.zoomHost ?? null),
      readable: true,
      invitations: c?.invitations ?? [],
      nearMatches: new Map(c?.nearMatches ?? []),
    };
  });
  // No finder: the background gave the suggestions (nearMatches).
  const result = computed<ReconcileResult>(() =>
    reconcileWith(context.value?.employees ?? [], zoomView.value, localDay(new Date())),
  );
  /** The addresses the store told this page about: the resources' and their suggestions'. */
  const knownAddresses = computed(() => {
    const known = new Set<string>();
    for (const r of result.value.employees) if (r.email) known.add(r.email);
    for (const user of context.value?.zoomUsers ?? []) known.add(user.email);
    return known;
  });
  const panelModelOf = rememberedPanelModel();
  const model = computed(() => {
    const notices: PanelNotice[] = [];
    if (listProblem.value) notices.push({ kind: 'layout-unrecognised' });
    if (taught.stale.value) notices.push({ kind: 'taught-layout-stale' });
    if (failedNames.value.length) notices.push({ kind: 'read-failed', params: { names: failedNames.value.join(', ') } });
    if (formsToOpen.value) notices.push(formsToOpen.value);
    if (storeError.value) notices.push({ kind: 'store-failed', params: { error: storeError.value } });
    return panelModelOf({
      result: result.value,
      coverage: coverageOf(context.value?.zoomHost ?? null),
      pageNotices: notices,
      hasRoster: true,
      hasZoom: (context.value?.zoomHost ?? null) !== null,
      warnDaysBeforeExpiry: context.value?.settings.warnDaysBeforeExpiry ?? 5,
    });
  });

  const loadContext = loadContextInto(
    async () => {
      const [loaded] = await Promise.all([
        askStore('getBookingContext', { tenant, zoomHost: chosenZoomHost.peek() }),
        taught.load(),
      ]);
      return loaded;
    },
    { context, storeError, now },
  );

  return {
    tenant,
    context,
    chosenZoomHost,
    kind,
    list,
    listProblem,
    storeError,
    reading,
    failedNames,
    formsToOpen,
    now,
    panelOpen,
    taught,
    zoomView,
    knownAddresses,
    result,
    model,
    loadContext,
  };
}
