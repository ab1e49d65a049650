import { describe, it, expect, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import zoomContentScript from '../../../entrypoints/zoom.content/index';
import { loadFixture, runInlineScripts, setUrl } from '../zoom/list-fixture-dom';
import { registerFeature } from '../../../features/shared/overlay-loader';
import { startZoomUsersPage } from '../../../features/zoom-users';

// What loading zoom-overlay.js does in the browser (vitest cannot import an extension URL).
registerFeature('/zoom-overlay.js', startZoomUsersPage);

const panels = () => document.querySelectorAll('zaa-zoom-panel');
const until = async (check: () => boolean, ms = 2000) => {
  for (let waited = 0; waited < ms && !check(); waited += 20) await new Promise((r) => setTimeout(r, 20));
};

describe('the Zoom content script', () => {
  it('gives way to a newer copy of itself: exactly one overlay remains', async () => {
    loadFixture('users-en-table.html');
    runInlineScripts();
    const first = new ContentScriptContext('zoom');
    await zoomContentScript.main(first);
    await until(() => panels().length === 1);
    expect(panels()).toHaveLength(1);
    // Badges wait for the store's answer (here: that there is no background), never guessing before it.
    await until(() => document.querySelectorAll('.zaa-badge-host').length > 0);
    expect(document.querySelectorAll('.zaa-badge-host').length).toBeGreaterThan(0);

    // What WXT does when the extension is updated or reloaded and the script is injected again.
    const second = new ContentScriptContext('zoom');
    await until(() => first.isInvalid);
    expect(first.isInvalid).toBe(true);
    await zoomContentScript.main(second);
    await until(() => panels().length === 1 && (panels()[0] as HTMLElement).isConnected);
    await new Promise((r) => setTimeout(r, 200));
    expect(panels()).toHaveLength(1);
    const hostsPerCell = [...document.querySelectorAll('td')].map((td) => td.querySelectorAll(':scope > .zaa-badge-host').length);
    expect(Math.max(...hostsPerCell)).toBe(1);
    second.abort();
    await until(() => panels().length === 0);
    expect(panels()).toHaveLength(0);
    expect(document.querySelectorAll('.zaa-badge-host')).toHaveLength(0);
  });

  it('leaving and reopening the Users page ends each session, and adds no invalidation callback per session', async () => {
    const sessions: AbortSignal[] = [];
    registerFeature('/zoom-overlay.js', (_ctx: ContentScriptContext, stop: AbortSignal) => void sessions.push(stop));
    try {
      loadFixture('users-en-table.html', 'https://zoom.us/account/user#/');
      const ctx = new ContentScriptContext('zoom-sessions');
      const onInvalidated = vi.spyOn(ctx, 'onInvalidated');
      await zoomContentScript.main(ctx);
      await until(() => sessions.length === 1);
      const callbacksAfterOne = onInvalidated.mock.calls.length;
      for (let visit = 2; visit <= 4; visit++) {
        // A user's details (not the list), then the list again: Zoom's own hash routes.
        setUrl('https://zoom.us/account/user#/detail/abc');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await until(() => sessions[visit - 2]?.aborted === true);
        setUrl('https://zoom.us/account/user#/');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await until(() => sessions.length === visit);
      }
      expect(sessions).toHaveLength(4);
      expect(sessions.slice(0, 3).every((s) => s.aborted)).toBe(true);
      expect(onInvalidated.mock.calls.length).toBe(callbacksAfterOne);
      // The one callback still ends the running session when a newer copy of the script takes over.
      expect(sessions[3]?.aborted).toBe(false);
      ctx.abort();
      expect(sessions[3]?.aborted).toBe(true);
    } finally {
      registerFeature('/zoom-overlay.js', startZoomUsersPage);
    }
  });

  it('stays asleep on other account pages', async () => {
    loadFixture('users-en-table.html', 'https://zoom.us/account/setting');
    const ctx = new ContentScriptContext('zoom-asleep');
    await zoomContentScript.main(ctx);
    await new Promise((r) => setTimeout(r, 100));
    expect(panels()).toHaveLength(0);
    expect(document.querySelectorAll('.zaa-badge-host')).toHaveLength(0);
    ctx.abort();
  });
});
