/**
 * What both page sessions do around their own reading: repaint when the statuses change, reload
 * the store's copy when another tab writes, tick the "read 5 minutes ago" clock, read the page
 * now and again once the store answered, and undo everything when the session stops.
 */
import { effect, type ReadonlySignal, type Signal } from '@preact/signals-core';
import { onStoreChanged } from '../../utils/store/client';

export interface SessionLoop {
  stop: AbortSignal;
  /** The reconciliation: badges are repainted whenever it changes. */
  result: ReadonlySignal<unknown>;
  repaint(): void;
  /** Loads the store's copy for this page. */
  reload(): Promise<void>;
  /** Reads the page. */
  scan(): void;
  /** The clock for relative times. */
  now: Signal<number>;
  /** Removes what the session added to the page. */
  teardown(): void;
}

export function runSessionLoop(loop: SessionLoop): void {
  const stopRepaint = effect(() => {
    loop.result.value;
    loop.repaint();
  });
  const ticker = setInterval(() => (loop.now.value = Date.now()), 60_000);
  onStoreChanged(() => void loop.reload(), loop.stop);
  loop.stop.addEventListener(
    'abort',
    () => {
      stopRepaint();
      clearInterval(ticker);
      loop.teardown();
    },
    { once: true },
  );
  void loop.reload().then(loop.scan);
  loop.scan();
}
