import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectBookingPage } from '../../utils/booking/page';
import { findOpenEditDialog } from '../../utils/booking/resource-form';
import { loadFeature } from '../../features/shared/overlay-loader';
import type { startBookingPage } from '../../features/booking-resources';
import { shareWithBookingOverlay } from '../../features/booking-resources/content-shared';

export default defineContentScript({
  matches: ['https://zarezerwuj.pl/*', 'https://*.zarezerwuj.pl/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's window.postMessage announcing the script would hand the page the extension's id (undoing
  // use_dynamic_url) and reach the page's own message listeners; WXT's DOM event does the same job.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The page's kind, labels and form reading, for the overlay (not bundled in it again).
    shareWithBookingOverlay();
    // Asleep until the page is the resource settings (by its content: the URLs are unknown).
    // A single-page panel may get there later, so a light observer re-checks, at most every 300 ms.
    let started = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const wake = async () => {
      timer = null;
      if (started) return;
      // The resource settings' own address wakes it too: a list there that nothing reads can be taught.
      if (detectBookingPage(document) === 'other' && !findOpenEditDialog(document) && !/\/zasoby\/?$/i.test(location.pathname))
        return;
      started = true;
      observer.disconnect();
      const session = new AbortController();
      ctx.onInvalidated(() => session.abort());
      const start = await loadFeature<typeof startBookingPage>('/booking-overlay.js');
      if (!session.signal.aborted) start(ctx, session.signal);
    };
    const observer = new MutationObserver((records) => {
      if (timer || !records.some((r) => r.addedNodes.length > 0)) return;
      timer = setTimeout(() => void wake(), 300);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // An orphaned script (extension reloaded or removed) learns it only when it asks: ask every 2 s.
    ctx.setInterval(() => undefined, 2000);
    ctx.onInvalidated(() => {
      observer.disconnect();
      if (timer) clearTimeout(timer);
    });
    return wake();
  },
});
