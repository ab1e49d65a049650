/**
 * Everything of the Add Users prefill that only an open dialog (or a press on Prefill) needs: finding,
 * filling and reading back the dialog's fields, and recording the invitations after Add. Loaded lazily as
 * zoom-add-users.js (see ./loader.ts), so the Users page overlay stays small until then.
 */
export { createPrefill } from './prefill';
// Finding the open dialog's fields: the overlay checks only that it is shown (utils/zoom/add-users-shown.ts).
export { findAddUsersDialog } from '../../utils/zoom/add-users-find';

export type PrefillModule = typeof import('./prefill-module');
