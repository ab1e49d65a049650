/**
 * The summary panel on the booking resource list: before the list (or at the top when unreadable). The
 * bar comes with the first paint, in plain DOM (components/BookingPanel.ts); the opened part (./drawer.tsx)
 * is a module of its own (booking-drawer.js, with its own Preact), loaded right after, which renders itself
 * into the drawer the bar built.
 */
import { signal } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createScope } from '../../components/dom';
import { bookingPanel } from '../../components/BookingPanel';
import { PANEL_CSS } from '../../components/panel-css';
import { mountView, type MountedView } from '../../utils/dom/mount';
import type { BookingState } from './state';
import { teachActions } from '../teach/panel-actions';
import { createLazyDrawer } from '../shared/lazy-drawer';
import { loadFeature } from '../shared/overlay-loader';
import type { BookingDrawerModule } from './drawer';

export function mountBookingPanel(
  ctx: ContentScriptContext,
  state: BookingState,
  onStopReading: () => void,
  onTeach: () => void,
  stop: AbortSignal,
): MountedView {
  const flash = signal<string | null>(null);
  const teach = () => teachActions(state.model.value.notices, state.taught, onTeach, flash);
  const view = mountView(
    ctx,
    'zaa-booking-panel',
    PANEL_CSS,
    () => {
      if (state.kind.value !== 'resource-list' && !state.listProblem.value) return null;
      const rows = state.list.read?.rows ?? [];
      const start = rows.length ? listStart(rows[0].row, rows[rows.length - 1].row) : null;
      return start ? { anchor: start, append: 'before' } : { anchor: document.body, append: 'first' };
    },
    (into) => {
      const scope = createScope();
      const bar = bookingPanel(scope, {
        model: () => state.model.value,
        open: () => state.panelOpen.value,
        onToggleOpen: (value) => {
          state.panelOpen.value = value;
          if (value) drawer.load();
        },
        reading: () => state.reading.value,
        onStopReading,
        teach,
        drawerNotLoaded: () => !drawer.module.value && drawer.failed.value,
      });
      into.append(bar.root);
      // The opened part renders itself (with its own Preact) into the drawer this bar built, once its module is there.
      const unrender = drawer.renderWhenLoaded((opened) => opened.renderBookingDrawer(bar.drawerBody, { state, teach }));
      return () => {
        unrender();
        scope.dispose();
      };
    },
  );
  // The opened part (booking-drawer.js) once the badges show the store's statuses and that paint is on screen
  // (with nobody to list it comes when the admin opens the panel, or at once when it was left open).
  const drawer = createLazyDrawer(() => loadFeature<BookingDrawerModule>('/booking-drawer.js'), {
    painted: () => state.result.value.employees.length > 0 || state.storeError.value !== null || state.panelOpen.value,
    addStyle: view.addStyle,
    stop,
  });
  return view;
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
