/** The extension's language follows the browser's UI language (Polish by default). */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { MessageKey } from './messages';
import { languageFrom, translate, type Language, type MessageParams } from './translate';

export type { Language, MessageParams } from './translate';
export type { MessageKey } from './messages';
export { formatDay, formatRelativeTime, languageFrom } from './translate';

function detectLanguage(): Language {
  try {
    return languageFrom(browser.i18n.getUILanguage());
  } catch {
    return languageFrom(globalThis.navigator?.language);
  }
}

export const language = signal<Language>(detectLanguage());

export function t(key: MessageKey, params?: MessageParams): string {
  return translate(language.value, key, params);
}
