import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import * as drawer from '../features/booking-resources/drawer';

/**
 * The booking panel's opened part (what to do, the notices in full, the list), loaded by the booking
 * overlay right after its first paint; it renders itself with its own Preact, on the overlay's signals core
 * (features/shared/shared-modules.ts).
 */
export default defineUnlistedScript(() => registerFeature('/booking-drawer.js', drawer));
