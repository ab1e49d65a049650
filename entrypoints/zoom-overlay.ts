import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../utils/overlay/features';
import { startZoomSession } from '../utils/overlay/zoom-session';

/** The Zoom Users page overlay, loaded by the zoom content script only on that page. */
export default defineUnlistedScript(() => registerFeature('/zoom-overlay.js', startZoomSession));
