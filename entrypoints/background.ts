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
import { STORE_REVISION_KEY, type StoreReply } from '../utils/store/messages';

export default defineBackground(() => {
  let handlers: Promise<StoreHandlers> | undefined;

  function storeHandlers(): Promise<StoreHandlers> {
    handlers ??= openStore(undefined, { onClose: () => (handlers = undefined) })
      .then((db) => createStoreHandlers(db, { onWrite: announceWrite }))
      .catch((error: unknown) => {
        handlers = undefined; // try again on the next message
        throw error;
      });
    return handlers;
  }

  browser.runtime.onMessage.addListener((message: unknown): Promise<StoreReply | undefined> | undefined => {
    if (!isStoreMessage(message)) return undefined;
    return storeHandlers().then(
      (ready) => handleStoreMessage(ready, message),
      (error: unknown): StoreReply => ({ ok: false, error: describeStoreError(error) }),
    );
  });
});

/** Open pages watch this key and refresh their copy; a unique value so every write fires onChanged. */
function announceWrite(): Promise<void> {
  return browser.storage.local.set({ [STORE_REVISION_KEY]: `${Date.now()}-${Math.random().toString(36).slice(2)}` });
}
