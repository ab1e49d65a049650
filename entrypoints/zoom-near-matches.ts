import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeature } from '../features/shared/overlay-loader';
import * as nearMatches from '../features/zoom-users/near-matches-module';

/** The typo matcher, loaded by the Zoom overlay together with the store's copy (features/zoom-users/state.ts). */
export default defineUnlistedScript(() => registerFeature('/zoom-near-matches.js', nearMatches));
