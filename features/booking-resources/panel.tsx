/** The summary panel on the booking resource list: before the list (or at the top when unreadable). */
import { signal } from '@preact/signals';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BookingPanel } from '../../components/BookingPanel';
import { PANEL_CSS } from '../../components/panel-css';
import { mountView, type MountedView } from '../../utils/dom/mount';
import type { BookingState } from './state';
import { teachActions } from '../teach/panel-actions';

export function mountBookingPanel(
  ctx: ContentScriptContext,
  state: BookingState,
  onStopReading: () => void,
  onTeach: () => void,
): MountedView {
  const flash = signal<string | null>(null);
  function PanelView() {
    const c = state.context.value;
    return (
      <BookingPanel
        model={state.model.value}
        open={state.panelOpen.value}
        onToggleOpen={(value) => (state.panelOpen.value = value)}
        now={state.now.value}
        readAt={c?.tenantRecord?.readAt}
        zoomHosts={c?.zoomHosts ?? []}
        zoomHost={c?.zoomHost?.host ?? null}
        warnDays={c?.settings.warnDaysBeforeExpiry ?? 5}
        reading={state.reading.value}
        onStopReading={onStopReading}
        onChooseZoomHost={(host) => {
          state.chosenZoomHost.value = host;
          void state.loadContext();
        }}
        teach={teachActions(state.model.value.notices, state.taught, onTeach, flash)}
      />
    );
  }
  return mountView(
    ctx,
    'zaa-booking-panel',
    PANEL_CSS,
    () => {
      if (state.kind.value !== 'resource-list' && !state.listProblem.value) return null;
      const rows = state.list.read?.rows ?? [];
      const start = rows.length ? listStart(rows[0].row, rows[rows.length - 1].row) : null;
      return start ? { anchor: start, append: 'before' } : { anchor: document.body, append: 'first' };
    },
    () => <PanelView />,
  );
}

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
