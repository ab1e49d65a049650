/**
 * Turns the catalogue into the browser's own `_locales/<lang>/messages.json`, so the texts are
 * not bundled into every script: `browser.i18n.getMessage` serves them in the UI language.
 * Plural forms become one entry per form (`daysLeft__few`).
 */
import type { MessageValue } from './messages';

/** Browser message names allow only ASCII letters, digits and underscores. */
export function browserMessageName(key: string, pluralForm?: string): string {
  const base = key.replace(/[^A-Za-z0-9]/g, '_');
  return pluralForm ? `${base}__${pluralForm}` : base;
}

export type BrowserMessages = Record<string, { message: string }>;

export function toBrowserMessages(catalogue: Record<string, MessageValue>): BrowserMessages {
  const out: BrowserMessages = {};
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') {
      out[browserMessageName(key)] = { message: escapeDollars(value) };
    } else {
      for (const [form, text] of Object.entries(value)) {
        if (text !== undefined) out[browserMessageName(key, form)] = { message: escapeDollars(text) };
      }
    }
  }
  return out;
}

/** `$` starts a placeholder in messages.json; a literal one is written `$$`. */
function escapeDollars(text: string): string {
  return text.replace(/\$/g, '$$$$');
}
