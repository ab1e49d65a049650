import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import * as teach from '../features/teach/teach-module';

/**
 * Teaching (the session, and reading with what was taught), loaded by either overlay only for a host
 * with something taught or when the admin presses "Show me where…".
 */
export default defineUnlistedScript(() => registerFeature('/teach-overlay.js', teach));
