import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askStore, onStoreChanged } from '../../../utils/store/client';
import { handleStoreMessage } from '../../../utils/store/handlers';
import { STORE_REVISION_KEY } from '../../../utils/store/messages';
import { DEFAULT_SETTINGS } from '../../../utils/roster/model';
import background from '../../../entrypoints/background';
import { fromWire } from '../../../utils/store/wire';
import { employee, FROM_EXTENSION_PAGE, freshStore, zoomRows } from './helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

async function wireStore() {
  const store = await freshStore();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    handleStoreMessage(store.handlers, message, FROM_EXTENSION_PAGE),
  );
  return store;
}

describe('askStore', () => {
  it('sends a typed request and returns the result', async () => {
    await wireStore();
    expect(await askStore('saveRoster', { tenant: 'firma.zarezerwuj.pl', employees: [employee(0, 'Anna')] })).toEqual({
      count: 1,
    });
    const context = await askStore('getBookingContext', { tenant: 'firma.zarezerwuj.pl' });
    expect(context.employees.map((e) => e.name)).toEqual(['Anna']);
  });

  it('throws the store error text when the reply is not ok', async () => {
    await wireStore();
    await expect(askStore('saveSettings', { warnDaysBeforeExpiry: 31 })).rejects.toThrow(/warnDaysBeforeExpiry/);
  });

  it('is not answered by listeners for other messages', async () => {
    await wireStore();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type?: string }).type === 'ping' ? Promise.resolve('pong') : undefined,
    );
    expect(await askStore('getSettings', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('retries once when the service worker was not reachable', async () => {
    await wireStore();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await askStore('getSettings', {})).toEqual(DEFAULT_SETTINGS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('retries when the background is still starting (no listener yet)', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const pending = askStore('getSettings', {});
    await wireStore();
    expect(await pending).toEqual(DEFAULT_SETTINGS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after one retry', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    await expect(askStore('getSettings', {})).rejects.toThrow(/No listeners/);
    expect(send).toHaveBeenCalledTimes(2);
  });

  // Outside the background the browser's own sendMessage is used (no webextension-polyfill): Chrome's two
  // ways of saying what the polyfill said otherwise must mean the same as before.
  it('takes Chrome’s "no response" rejection as no answer: retried once, then a clear error', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(askStore('getSettings', {})).rejects.toThrow(/background did not answer/);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('turns a listener’s rejection sent by the background’s polyfill back into its error', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ __mozWebExtensionPolyfillReject__: true, message: 'store exploded' } as never);
    await expect(askStore('getSettings', {})).rejects.toThrow('store exploded');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not retry other failures', async () => {
    await wireStore();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Extension context invalidated.'));
    await expect(askStore('getSettings', {})).rejects.toThrow('Extension context invalidated.');
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('onStoreChanged', () => {
  it('calls back on a revision bump in local storage until aborted', async () => {
    const callback = vi.fn();
    const controller = new AbortController();
    onStoreChanged(callback, controller.signal);
    await fakeBrowser.storage.local.set({ [STORE_REVISION_KEY]: 'r1' });
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await fakeBrowser.storage.session.set({ [STORE_REVISION_KEY]: 'r1' });
    expect(callback).toHaveBeenCalledTimes(1);
    controller.abort();
    await fakeBrowser.storage.local.set({ [STORE_REVISION_KEY]: 'r2' });
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('does not listen when the signal is already aborted, and stops on the returned function', async () => {
    const early = vi.fn();
    onStoreChanged(early, AbortSignal.abort());
    const late = vi.fn();
    const stop = onStoreChanged(late);
    await fakeBrowser.storage.local.set({ [STORE_REVISION_KEY]: 'r1' });
    stop();
    await fakeBrowser.storage.local.set({ [STORE_REVISION_KEY]: 'r2' });
    expect(early).not.toHaveBeenCalled();
    expect(late).toHaveBeenCalledTimes(1);
  });
});

describe('background entrypoint', () => {
  /** What the browser tells the background of a message from the Zoom page's content script. */
  const zoomPage = { id: fakeBrowser.runtime.id, url: 'https://us06web.zoom.us/account/user#/', tab: { id: 7 } };
  /** The background's answer, as the browser passes it back (the one listener that answered). */
  async function send(message: unknown, sender: unknown): Promise<unknown> {
    const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
    return replies.find((reply: unknown) => reply !== undefined);
  }

  it('answers store messages, ignores others, and announces each write', async () => {
    background.main();
    const changed = vi.fn();
    onStoreChanged(changed);
    const snapshot = { list: 'users', rows: zoomRows('active', 'a@x.pl'), filtered: false };
    const saved = await send(
      { channel: 'zaa-store', name: 'saveZoomSnapshot', payload: { host: 'us06web.zoom.us', snapshot } },
      zoomPage,
    );
    expect(saved).toEqual({ ok: true, result: { completed: true } }); // one page, no pager: the whole list
    const reply = await send({ channel: 'zaa-store', name: 'getZoomContext', payload: { host: 'us06web.zoom.us' } }, zoomPage);
    const context = fromWire('getZoomContext', (reply as { result: unknown }).result);
    expect(context.zoomUsers.map((u) => u.email)).toEqual(['a@x.pl']);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(typeof (await fakeBrowser.storage.local.get(STORE_REVISION_KEY))[STORE_REVISION_KEY]).toBe('string');
    expect(await send({ type: 'something-else' }, zoomPage)).toBeUndefined();
  });
});
