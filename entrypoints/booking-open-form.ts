import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import * as openForm from '../features/booking-form/open-form-module';

/**
 * The resource form open on screen: the hint under its address and the recording of the address it shows,
 * loaded by the booking overlay when a form is first found open; on the overlay's signals core
 * (features/shared/shared-modules.ts) and the content script's resource-form reading.
 */
export default defineUnlistedScript(() => registerFeature('/booking-open-form.js', openForm));
