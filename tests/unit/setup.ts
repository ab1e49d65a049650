import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '../../utils/i18n/messages';
import { toBrowserMessages } from '../../utils/i18n/locales';

// The fake browser has no i18n: serve the English catalogue the way the built extension does.
const englishMessages = toBrowserMessages(en);
const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
i18n.getMessage = (name: string) => englishMessages[name]?.message.replace(/\$\$/g, '$') ?? '';
i18n.getUILanguage = () => 'en-US';

// The background is bundled with webextension-polyfill (wxt.config.ts), whose onMessage lets a listener answer
// with a Promise; the fake browser (2.x) follows Chrome's bare API instead (an answer only through sendResponse
// after the listener returned true). sendMessage here answers as the polyfill does: the first listener's reply.
const runtime = fakeBrowser.runtime as unknown as {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { hasListeners(): boolean; trigger(...args: unknown[]): Promise<unknown[]> };
};
runtime.sendMessage = async (message) => {
  if (!runtime.onMessage.hasListeners()) throw new Error('No listeners available');
  const replies = await runtime.onMessage.trigger(message, {}, () => undefined);
  return replies.find((reply) => reply !== undefined);
};
