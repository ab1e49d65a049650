/**
 * Everything of "Read all pages" that only a press needs: the walk through the pages and the planner
 * behind it. Loaded lazily as zoom-read-all.js (see ./read-all-loader.ts), so the Users page overlay
 * stays small until then.
 */
export { createReadAll } from './read-all';

export type ReadAllModule = typeof import('./read-all-module');
