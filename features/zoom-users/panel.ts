/**
 * The summary panel on Zoom's Users page: placed above the list's tabs (or floating when there are
 * none). The bar comes with the first paint, in plain DOM (components/ZoomPanel.ts); the opened part
 * (./drawer.tsx, with copy and "report a layout problem") is a module of its own (zoom-drawer.js, with its
 * own Preact), loaded right after it, which renders itself into the drawer the bar built.
 */
import { signal } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createScope } from '../../components/dom';
import { zoomPanel } from '../../components/ZoomPanel';
import { PANEL_CSS } from '../../components/panel-css';
import { mountView, type MountedView, type Placement } from '../../utils/dom/mount';
import type { ZoomUsersState } from './state';
import { teachActions } from '../teach/panel-actions';
import { createLazyDrawer } from '../shared/lazy-drawer';
import { loadFeature } from '../shared/overlay-loader';
import { afterNextPaint } from '../shared/render-after-paint';
import type { ZoomDrawerModule } from './drawer';

export interface ZoomPanelView {
  view: MountedView;
  /** The tab list the latest read found (null: none), which decides where the panel goes. */
  placeBy(tabList: Element | null): void;
  /**
   * Puts the panel where it belongs, but never while a pointer button is down: a click is a
   * mousedown and a mouseup on the same control, and a panel moved or grown in between shifts the
   * tabs and the list under the pointer. Deferred to the pointerup.
   */
  ensurePlaced(): void;
}

export function mountZoomPanel(
  ctx: ContentScriptContext,
  state: ZoomUsersState,
  actions: {
    onPrefill: () => void;
    otherHosts: () => (Element | null)[];
    onTeach: () => void;
    onReadAll: () => void;
    onStopReadAll: () => void;
  },
  stop: AbortSignal,
): ZoomPanelView {
  let tabList: Element | null = null;
  const floating = signal(false);
  function placement(): Placement {
    if (tabList) return { anchor: outermostWrapper(tabList), append: 'before' };
    return { anchor: document.body, append: 'last' };
  }

  const teach = () => teachActions(state.model.value.notices, state.taught, actions.onTeach, state.flash);

  const view = mountView(ctx, 'zaa-zoom-panel', PANEL_CSS, placement, (into) => {
    const scope = createScope();
    const bar = zoomPanel(scope, {
      model: () => state.model.value,
      open: () => state.panelOpen.value,
      onToggleOpen: (value) => {
        state.panelOpen.value = value;
        if (value) drawer.load();
      },
      floating: () => floating.value,
      busy: () => state.busy.value,
      outcome: () => (state.dialog.value ? null : state.outcome.value),
      selection: () => ({ enabled: state.selectionEnabled.value, selected: new Set(state.emailsToPrefill.value) }),
      onPrefill: actions.onPrefill,
      teach,
      readAll: {
        offered: () => state.readAllOffered.value,
        status: () => state.readAll.value,
        onStart: actions.onReadAll,
        onStop: actions.onStopReadAll,
      },
      drawerNotLoaded: () => !drawer.module.value && drawer.failed.value,
    });
    into.append(bar.root);
    // The opened part renders itself (with its own Preact) into the drawer this bar built, once its module is there.
    const unrender = drawer.renderWhenLoaded((opened) =>
      opened.renderZoomDrawer(
        bar.drawerBody,
        { state, panelHost: () => view.host, otherHosts: actions.otherHosts, teach },
        afterNextPaint,
      ),
    );
    return () => {
      unrender();
      scope.dispose();
    };
  });
  // The opened part (zoom-drawer.js) once the badges show the store's statuses and that paint is on screen
  // (with nobody to list it comes when the admin opens the panel, or at once when it was left open).
  const drawer = createLazyDrawer(() => loadFeature<ZoomDrawerModule>('/zoom-drawer.js'), {
    painted: () => state.result.value.employees.length > 0 || state.storeError.value !== null || state.panelOpen.value,
    addStyle: view.addStyle,
    stop,
  });
  const pointer = holdWhilePointing(
    () => view.host,
    () => void view.ensurePlaced(),
    stop,
  );
  return {
    view,
    placeBy(found) {
      tabList = found;
      floating.value = !found;
    },
    ensurePlaced() {
      if (!pointer.down()) void view.ensurePlaced();
    },
  };
}

/**
 * While a pointer button is down anywhere on the page (outside the panel), the panel keeps the height it had at the
 * pointerdown (its content may re-render meanwhile, growth is clipped) and is not moved; at the
 * pointerup it takes its new size and place. One style read per pointerdown, nothing per move.
 */
function holdWhilePointing(host: () => HTMLElement | null, release: () => void, stop: AbortSignal): { down(): boolean } {
  let held: HTMLElement | null = null;
  let down = false;
  const listen = { capture: true, passive: true, signal: stop };
  document.addEventListener(
    'pointerdown',
    (event) => {
      const element = host();
      // A press inside the panel is the admin using it: its own content may change under it.
      if (element && event.composedPath().includes(element)) return;
      down = true;
      // The host cannot be styled from the page (WXT resets it with !important): the block inside
      // its shadow root is held instead.
      const inner = element?.shadowRoot?.querySelector<HTMLElement>('body');
      if (!inner?.isConnected) return;
      inner.style.setProperty('height', `${inner.getBoundingClientRect().height}px`);
      inner.style.setProperty('overflow', 'hidden');
      held = inner;
    },
    listen,
  );
  const up = () => {
    if (!down) return;
    down = false;
    if (held) {
      held.style.removeProperty('height');
      held.style.removeProperty('overflow');
      held = null;
    }
    release();
  };
  document.addEventListener('pointerup', up, listen);
  document.addEventListener('pointercancel', up, listen);
  // A button released outside the window sends no pointerup here; the next move shows it is up.
  document.addEventListener('pointermove', (event) => event.buttons === 0 && up(), listen);
  return { down: () => down };
}

/** Climbs wrappers that hold only this element, so the panel sits above the whole tab block. */
function outermostWrapper(element: Element): Element {
  let current = element;
  while (current.parentElement && current.parentElement !== document.body && current.parentElement.childElementCount === 1) {
    current = current.parentElement;
  }
  return current;
}
