/**
 * The extension's texts, in the browser's UI language (Polish by default), served by
 * `browser.i18n` from `_locales` generated out of messages.ts at build time.
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { MessageKey } from './messages';
import { browserMessageName } from './locales';
import { fillPlaceholders, languageFrom, pluralCategory, type Language, type MessageParams } from './translate';

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

type GetMessage = (messageName: string) => string;

/**
 * The browser's texts do not change while a page lives: each is asked for once (a row badge asks for
 * the same few on every one of 1,000 rows). Kept per lookup function, so a swapped one starts afresh.
 */
let cachedFrom: GetMessage | null = null;
const cached = new Map<string, string>();

function message(name: string): string {
  try {
    // Names are generated from the catalogue, so WXT's typed list of message names does not know them.
    const getMessage = browser.i18n.getMessage as GetMessage;
    if (getMessage !== cachedFrom) {
      cachedFrom = getMessage;
      cached.clear();
    }
    let text = cached.get(name);
    if (text === undefined) {
      text = getMessage(name);
      cached.set(name, text);
    }
    return text;
  } catch {
    return '';
  }
}

export function t(key: MessageKey, params: MessageParams = {}): string {
  let text = message(browserMessageName(key));
  if (!text) {
    const form = pluralCategory(language.value, Number(params.n ?? 0));
    text = message(browserMessageName(key, form)) || message(browserMessageName(key, 'other'));
  }
  return fillPlaceholders(text || key, params);
}
