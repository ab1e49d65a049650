import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import * as prefill from '../features/zoom-add-users/prefill-module';

/**
 * The Add Users dialog's prefill (filling, reading back, recording invitations), loaded by the Zoom
 * overlay when it first finds the dialog open, or when the admin presses Prefill before that.
 */
export default defineUnlistedScript(() => registerFeature('/zoom-add-users.js', prefill));
