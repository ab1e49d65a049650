import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../utils/overlay/features';
import { startBookingSession } from '../utils/overlay/booking-session';

/** The booking resource settings overlay, loaded by the booking content script only on those pages. */
export default defineUnlistedScript(() => registerFeature('/booking-overlay.js', startBookingSession));
