/**
 * The background owns the store and answers typed messages; nothing else.
 * MV3 stops this worker when idle, so it keeps no state but the (reopenable) database handle.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openStore } from '../utils/store/db';
import {
  createStoreHandlers,
  describeStoreError,
  handleStoreMessage,
  isStoreMessage,
  type StoreHandlers,
} from '../utils/store/handlers';
import { withTaughtLayouts } from '../utils/store/taught';
import { whoIsAsking, type ExtensionSelf } from '../utils/store/sender-policy';
import { STORE_REVISION_KEY, type StoreReply, type ToolbarReply } from '../utils/store/messages';
import { browserText, detectLanguage } from '../utils/i18n/browser-texts';
import { createToolbarHandler, isToolbarMessage, type ToolbarAction } from '../features/toolbar/toolbar-button';
import { WELCOME_PAGE, welcomeOnInstalled } from '../features/welcome/first-run';

export default defineBackground(() => {
  let handlers: Promise<StoreHandlers> | undefined;

  function storeHandlers(): Promise<StoreHandlers> {
    handlers ??= openStore(undefined, { onClose: () => (handlers = undefined) })
      .then((db) => withTaughtLayouts(createStoreHandlers(db, { onWrite: announceWrite }), browser.storage.local, announceWrite))
      .catch((error: unknown) => {
        handlers = undefined; // try again on the next message
        throw error;
      });
    return handlers;
  }

  // First run (issue 15): the welcome page, once, on a fresh install (not on updates).
  browser.runtime.onInstalled.addListener((details) => {
    void welcomeOnInstalled(details, () => browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) })).catch((error) =>
      console.warn('Roster Assistant: could not open the welcome page', error),
    );
  });

  // The toolbar count (issue 15): per tab, from what that tab's content script read; no database needed.
  // Texts in the browser's UI language, which does not change while the background runs (no signals here).
  const uiLanguage = detectLanguage();
  const setToolbarCount = createToolbarHandler(toolbarAction(), (key, params) => browserText(() => uiLanguage, key, params));
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<ToolbarReply> | undefined =>
    isToolbarMessage(message) ? setToolbarCount(message, sender) : undefined,
  );

  // Who may ask what: utils/store/sender-policy.ts (the sender is set by the browser, not by the message).
  const self: ExtensionSelf = { id: browser.runtime.id, pagesUrl: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender): Promise<StoreReply | undefined> | undefined => {
    if (!isStoreMessage(message)) return undefined;
    const asking = whoIsAsking(sender, self);
    return storeHandlers().then(
      (ready) => handleStoreMessage(ready, message, asking),
      (error: unknown): StoreReply => ({ ok: false, error: describeStoreError(error) }),
    );
  });
});

/** Open pages watch this key and refresh their copy; a unique value so every write fires onChanged. */
function announceWrite(): Promise<void> {
  return browser.storage.local.set({ [STORE_REVISION_KEY]: `${Date.now()}-${Math.random().toString(36).slice(2)}` });
}

/** MV3's `action`; Firefox's MV2 build has `browserAction` (the polyfill does not map one to the other). */
function toolbarAction(): ToolbarAction {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  const action = api.action ?? api.browserAction;
  if (!action) throw new Error('Roster Assistant: the browser has no toolbar action API');
  return action;
}
