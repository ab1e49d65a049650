import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import * as forms from '../features/booking-resources/form-reading-module';

/** Reading the resources' edit forms, loaded by the booking overlay only for a list that shows no emails. */
export default defineUnlistedScript(() => registerFeature('/booking-forms.js', forms));
