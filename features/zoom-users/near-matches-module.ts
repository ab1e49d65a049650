/**
 * The typo matcher (utils/roster/near-matches.ts, with suggest.ts and fastest-levenshtein), loaded by the
 * Zoom overlay with the store's copy as zoom-near-matches.js (./state.ts), not bundled with its first paint.
 */
export { findNearMatches } from '../../utils/roster/near-matches';

export type NearMatchesModule = typeof import('./near-matches-module');
