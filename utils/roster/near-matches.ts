/**
 * The suggestions for addresses not on Zoom (contract.md → data-suggestion), found with ./suggest.ts.
 * Apart from ./reconcile-core.ts so that the overlays need not bundle the matcher with their first
 * paint: the booking page is given its suggestions, the Zoom page loads this beside the store's answer.
 */
import type { ZoomUser } from './model';
import type { EmployeeResult, NearMatchFinder } from './reconcile-core';
import { createNearMatchIndex, type NearMatchIndex } from './suggest';

/**
 * Near-match finders (with the answers they found) by the Zoom users array they search. Reconcile
 * runs again on every change of the roster, the settings or the view while a host's users stay
 * the same array (the store replaces the array when Zoom data changes; callers must not mutate it
 * in place). Nothing else is built ahead: a cold call finds its answers in one pass anyway.
 */
let nearMatchIndexes = new WeakMap<readonly ZoomUser[], { length: number; index: NearMatchIndex }>();

/** Forgets the near-match indexes (and the answers they memoised), e.g. to measure a cold run. */
export function clearNearMatchIndexes(): void {
  nearMatchIndexes = new WeakMap();
}

/** Reconcile's finder: each address not on Zoom gets the one near Zoom address, if there is one. */
export const findNearMatches: NearMatchFinder = (notOnZoom, input, users) => {
  const suggestions = nearMatchIndexFor(input, users).suggestAll(notOnZoom.map((result) => result.email));
  for (const [i, result] of notOnZoom.entries()) (result as EmployeeResult).suggestion = suggestions[i];
};

/** Built only when some address is not on Zoom; candidates are active or pending users. */
function nearMatchIndexFor(input: readonly ZoomUser[], users: readonly ZoomUser[]): NearMatchIndex {
  const known = nearMatchIndexes.get(input);
  if (known && known.length === input.length) return known.index;
  const index = createNearMatchIndex(suggestableAddresses(users));
  nearMatchIndexes.set(input, { length: input.length, index });
  return index;
}

function suggestableAddresses(users: readonly ZoomUser[]): string[] {
  const addresses: string[] = [];
  for (const user of users) if (user.state !== 'inactive') addresses.push(user.email);
  return addresses;
}
