/**
 * Reconcile with its near-match finder: what the background, the popup and the tests use. The overlays
 * import ./reconcile-core.ts, which bundles no matcher (the booking page is given its suggestions, the
 * Zoom page loads ./near-matches.ts beside the store's answer).
 */
import type { Employee } from './model';
import { findNearMatches } from './near-matches';
import { reconcileWith, type ReconcileResult, type ZoomViewInput } from './reconcile-core';

export * from './reconcile-core';
export { clearNearMatchIndexes } from './near-matches';

/** Decides every employee's status against one Zoom host, with the suggestions for addresses not on Zoom. */
export function reconcile(employees: Employee[], zoom: ZoomViewInput, today: string): ReconcileResult {
  return reconcileWith(employees, zoom, today, findNearMatches);
}
