import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import * as readAll from '../features/zoom-users/read-all-module';

/** "Read all pages" on Zoom's Users page, loaded by the Zoom overlay at the admin's first press. */
export default defineUnlistedScript(() => registerFeature('/zoom-read-all.js', readAll));
