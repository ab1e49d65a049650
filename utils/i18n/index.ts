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

function message(name: string): string {
  try {
    // Names are generated from the catalogue, so WXT's typed list of message names does not know them.
    return (browser.i18n.getMessage as (messageName: string) => string)(name);
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
