import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { WELCOME_PAGE, welcomeOnInstalled } from '../../../features/welcome/first-run';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('welcome page on first run', () => {
  it('opens once on install, through the background entrypoint', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(create.mock.calls[0][0].url).toBe(fakeBrowser.runtime.getURL(WELCOME_PAGE));
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('does not open on %s', async (reason) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.0.9', temporary: false } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(create).not.toHaveBeenCalled();
  });

  it('reports whether it opened the page', async () => {
    const open = vi.fn(async () => undefined);
    expect(await welcomeOnInstalled({ reason: 'update' }, open)).toBe(false);
    expect(await welcomeOnInstalled({ reason: 'install' }, open)).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
