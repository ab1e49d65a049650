/**
 * The extension's texts, in the browser's UI language (Polish by default), served by
 * `browser.i18n` from `_locales` generated out of messages.ts at build time.
 */
import { signal } from '@preact/signals-core';
import type { MessageKey } from './messages';
import type { Language, MessageParams } from './translate';
import { browserText, detectLanguage } from './browser-texts';

export type { Language, MessageParams } from './translate';
export type { MessageKey } from './messages';
export { formatDay, formatRelativeTime, languageFrom } from './translate';

export const language = signal<Language>(detectLanguage());

export function t(key: MessageKey, params: MessageParams = {}): string {
  return browserText(() => language.value, key, params);
}
