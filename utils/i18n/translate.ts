/** Message lookup and formatting, pure (the language is passed in), so it is testable anywhere. */
import { en, pl, type MessageKey, type MessageValue } from './messages';

export type Language = 'pl' | 'en';

const CATALOGUES: Record<Language, Record<MessageKey, MessageValue>> = { pl, en };

/** Polish is the default; English for any English UI language. */
export function languageFrom(uiLanguage: string | undefined | null): Language {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'pl';
}

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};
function pluralCategory(language: Language, n: number): Intl.LDMLPluralRule {
  pluralRules[language] ??= new Intl.PluralRules(language);
  return pluralRules[language]!.select(n);
}

export type MessageParams = Record<string, string | number>;

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const value = CATALOGUES[language][key] ?? en[key];
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else {
    const n = Number(params.n ?? 0);
    const category = pluralCategory(language, n);
    text = (value as Record<string, string | undefined>)[category] ?? value.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** "5 minutes ago" / "5 minut temu", through Intl. */
export function formatRelativeTime(language: Language, then: number, now: number): string {
  const seconds = Math.round((then - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** A calendar day ("2026-11-20") as the language writes it. */
export function formatDay(language: Language, isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}
