/**
 * Everything of teaching that only a host with something taught (or an admin teaching) needs:
 * loaded lazily as teach-overlay.js, so the overlays of hosts that never taught stay as small.
 */
export { runTeaching } from './session';
export { readTaughtZoomPage, taughtAddUsersDialog, watchedAround, containersOf } from './zoom-reading';
export { readTaughtBookingList, pageShowsEmails } from './booking-reading';
// Whether an open dialog is Zoom's Add Users (the overlay itself only knows one is shown until the prefill loads).
export { findAddUsersDialog } from '../../utils/zoom/add-users-find';

export type TeachModule = typeof import('./teach-module');
