import { defineContentScript } from 'wxt/utils/define-content-script';
import { isZoomUsersPage } from '../../utils/zoom/page';
import { loadFeature } from '../../features/shared/overlay-loader';
import type { startZoomUsersPage } from '../../features/zoom-users';

export default defineContentScript({
  // The Users page lives under /account/user; other /account pages may navigate to it without a load.
  matches: [
    'https://zoom.us/account/*',
    'https://*.zoom.us/account/*',
    'https://zoomgov.com/account/*',
    'https://*.zoomgov.com/account/*',
  ],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's window.postMessage announcing the script would hand the page the extension's id (undoing
  // use_dynamic_url) and reach the page's own message listeners; WXT's DOM event does the same job.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A newer copy of this script (extension reloaded or updated) invalidates this one: WXT aborts ctx.
    let session: AbortController | null = null;
    // Once for the script, not once per session: the admin may leave and reopen the Users page many times.
    ctx.onInvalidated(() => session?.abort());
    const follow = async () => {
      const wanted = isZoomUsersPage(new URL(location.href));
      if (wanted && !session) {
        const current = new AbortController();
        session = current;
        const start = await loadFeature<typeof startZoomUsersPage>('/zoom-overlay.js');
        if (!current.signal.aborted) start(ctx, current.signal);
      } else if (!wanted && session) {
        session.abort();
        session = null;
      }
    };
    // An orphaned script (extension reloaded, updated or removed) only learns it when it asks:
    // this check every 2 s makes it remove its overlay even on a page that does not change.
    ctx.setInterval(() => undefined, 2000);
    ctx.addEventListener(window, 'wxt:locationchange', () => void follow());
    ctx.addEventListener(window, 'hashchange', () => void follow());
    return follow();
  },
});
