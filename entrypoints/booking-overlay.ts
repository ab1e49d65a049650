import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import { shareWithLoadedModules } from '../features/shared/shared-modules';
import { startBookingPage } from '../features/booking-resources';

/** The booking resource settings overlay, loaded by the booking content script only on those pages. */
export default defineUnlistedScript(() => {
  shareWithLoadedModules();
  registerFeature('/booking-overlay.js', startBookingPage);
});
