/**
 * The opened part of a panel (what to do, the notices in full, the list) is a module of its own
 * (zoom-drawer.js, booking-drawer.js), so the first paint carries only the bar and the badges. It is
 * asked for once that paint is on screen: the badges show the store's statuses (the caller's `painted`),
 * a frame has been painted and the page had an idle moment. So the list's items are in the document
 * soon after, without a click; opening the panel before that asks for it at once. A module that does
 * not load is said in the opened part (the bar keeps working), and the next opening asks again.
 */
import { effect, signal, untracked, type ReadonlySignal } from '@preact/signals-core';
import { loadOnce } from './overlay-loader';
import { afterNextPaint } from './render-after-paint';

export interface DrawerModule {
  /** The opened part's styles, added to the panel's shadow root when it arrives. */
  DRAWER_CSS: string;
}

export interface LazyDrawer<T extends DrawerModule> {
  /** The loaded module; null until it is there. */
  readonly module: ReadonlySignal<T | null>;
  /** The last try failed (the opened part says so). */
  readonly failed: ReadonlySignal<boolean>;
  /** Asks for it now (the admin opened the panel); nothing when it is there or on its way. */
  load(): void;
  /**
   * Renders the opened part once its module is there (with the module's own Preact), once; returns what
   * stops waiting and takes it off again.
   */
  renderWhenLoaded(render: (module: T) => () => void): () => void;
}

export function createLazyDrawer<T extends DrawerModule>(
  load: () => Promise<T>,
  options: {
    /** True once the first paint has what it draws (read from signals: waited for). */
    painted: () => boolean;
    addStyle: (css: string) => void;
    stop: AbortSignal;
  },
): LazyDrawer<T> {
  const module = signal<T | null>(null);
  const failed = signal(false);
  // What the module brings is put in place once, however many times it was asked for meanwhile.
  const drawer = loadOnce(() =>
    load().then((loaded) => {
      if (options.stop.aborted) return;
      options.addStyle(loaded.DRAWER_CSS);
      failed.value = false;
      module.value = loaded;
    }),
  );

  function ensureLoaded(): void {
    if (module.peek() || options.stop.aborted) return;
    drawer.get().catch(() => {
      if (!options.stop.aborted) failed.value = true;
    });
  }

  let scheduled = false;
  const stopWaiting = effect(() => {
    // Once scheduled it reads no signal, and so runs no more.
    if (scheduled || !options.painted()) return;
    scheduled = true;
    afterNextPaint(ensureLoaded);
  });
  options.stop.addEventListener('abort', stopWaiting, { once: true });
  return {
    module,
    failed,
    load: ensureLoaded,
    renderWhenLoaded(render) {
      let unrender: (() => void) | null = null;
      const stopRendering = effect(() => {
        const opened = module.value;
        if (!opened || unrender) return;
        unrender = untracked(() => render(opened));
      });
      return () => {
        stopRendering();
        unrender?.();
      };
    },
  };
}
