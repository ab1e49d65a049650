/**
 * The extension's texts as the browser serves them from `_locales`, for a language given by the caller:
 * no signals, so the background (whose language does not change while it runs) needs no UI library.
 * Pages use `t` from ./index, which follows the `language` signal.
 */
import { browser } from 'wxt/browser';
import type { MessageKey } from './messages';
import { browserMessageName } from './locales';
import { fillPlaceholders, languageFrom, pluralCategory, type Language, type MessageParams } from './translate';

export function detectLanguage(): Language {
  try {
    return languageFrom(browser.i18n.getUILanguage());
  } catch {
    return languageFrom(globalThis.navigator?.language);
  }
}

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

/**
 * The text of `key` in the browser's catalogue; `lang` is asked only when plural forms are chosen (a
 * page's `t` reads its language signal then, so a text without plurals subscribes to nothing).
 */
export function browserText(lang: () => Language, key: MessageKey, params: MessageParams = {}): string {
  let text = message(browserMessageName(key));
  if (!text) {
    const form = pluralCategory(lang(), Number(params.n ?? 0));
    text = message(browserMessageName(key, form)) || message(browserMessageName(key, 'other'));
  }
  return fillPlaceholders(text || key, params);
}
