import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import { shareWithLoadedModules } from '../features/shared/shared-modules';
import { startZoomUsersPage } from '../features/zoom-users';

/** The Zoom Users page overlay, loaded by the zoom content script only on that page. */
export default defineUnlistedScript(() => {
  shareWithLoadedModules();
  registerFeature('/zoom-overlay.js', startZoomUsersPage);
});
