/**
 * The toolbar button's count on this tab: after every change of the statuses, the page tells the
 * background how many employees need the admin (features/toolbar/toolbar-button.ts sets it for
 * this tab only); when the page's features stop, the count goes with them.
 */
import { effect, type ReadonlySignal } from '@preact/signals-core';
import type { ReconcileResult } from '../../utils/roster/reconcile';
import { clearToolbarCount, reportToolbarCount } from '../../utils/store/client';

export function showToolbarCount(
  result: ReadonlySignal<ReconcileResult>,
  warnDays: ReadonlySignal<number | null>,
  stop: AbortSignal,
): void {
  const stopEffect = effect(() => {
    const days = warnDays.value;
    // Before the store answered, the roster is unknown: say nothing rather than 0.
    if (days !== null) void reportToolbarCount(result.value, days);
  });
  stop.addEventListener(
    'abort',
    () => {
      stopEffect();
      void clearToolbarCount();
    },
    { once: true },
  );
}
