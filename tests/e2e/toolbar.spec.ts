/**
 * The toolbar count in a real Chromium: the background sets it on the tab that reported it only, in the
 * browser's language, and clears it at 0. An extension page open in a tab reports here (like a content
 * script, it has a sender tab), since Playwright cannot run code in a content script's world.
 * The booking-tab / Zoom-tab counts follow once the page sessions call reportToolbarCount (see toolbar.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { toolbarOf, type ChromeApi } from './toolbar';

async function report(page: Page, count: number, breakdown: Record<string, number>): Promise<unknown> {
  return page.evaluate(
    (payload) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ channel: 'zaa-toolbar', name: 'setToolbarCount', payload }),
    { count, breakdown },
  );
}

for (const [uiLanguage, title] of [
  ['en_US', '3 employees need you: 2 not on Zoom, 1 invitation expiring'],
  ['pl', '3 pracowników wymaga Twojej uwagi: 2 poza Zoomem, 1 zaproszenie wkrótce wygaśnie'],
] as const) {
  test.describe(`toolbar count in ${uiLanguage}`, () => {
    test.use({ uiLanguage });

    test('is set on the reporting tab only, and cleared at 0', async ({ context, extensionId }) => {
      const first = await context.newPage();
      const second = await context.newPage();
      await first.goto(`chrome-extension://${extensionId}/options.html`);
      await second.goto(`chrome-extension://${extensionId}/welcome.html?second`);

      expect(await report(first, 3, { missing: 2, expiring: 1 })).toEqual({ ok: true });
      expect(await toolbarOf(context, first)).toEqual({ text: '3', title });
      expect((await toolbarOf(context, second)).text).toBe('');

      expect(await report(first, 0, {})).toEqual({ ok: true });
      expect(await toolbarOf(context, first)).toEqual({ text: '', title: 'Roster Assistant for Zoom' });

      // A count that does not add up is refused and changes nothing.
      expect(await report(second, 5, { missing: 1 })).toMatchObject({ ok: false });
      expect((await toolbarOf(context, second)).text).toBe('');
    });
  });
}
