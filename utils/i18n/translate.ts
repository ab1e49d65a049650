/** Formatting of texts, pure (the language is passed in), so it is testable anywhere. */
import { en, pl, type MessageKey, type MessageValue } from './messages';

export type Language = 'pl' | 'en';
export type MessageParams = Record<string, string | number>;

/** Polish is the default; English for any English UI language. */
export function languageFrom(uiLanguage: string | undefined | null): Language {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'pl';
}

const pluralRules: Partial<Record<Language, Intl.PluralRules>> = {};
export function pluralCategory(language: Language, n: number): Intl.LDMLPluralRule {
  const rules = pluralRules[language] ?? new Intl.PluralRules(language);
  pluralRules[language] = rules;
  return rules.select(n);
}

/** Replaces `{name}` with its value; unknown names stay visible rather than invented. */
export function fillPlaceholders(text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function pickPlural(language: Language, value: MessageValue, params: MessageParams): string {
  if (typeof value === 'string') return value;
  const category = pluralCategory(language, Number(params.n ?? 0));
  return (value as Record<string, string | undefined>)[category] ?? value.other;
}

const CATALOGUES: Record<Language, Record<MessageKey, MessageValue>> = { pl, en };

/** From the bundled catalogue: for tests and build steps (extension scripts use browser.i18n). */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return fillPlaceholders(pickPlural(language, CATALOGUES[language][key] ?? en[key], params), params);
}

/** "5 minutes ago" / "5 minut temu", through Intl. */
export function formatRelativeTime(language: Language, then: number, now: number): string {
  const seconds = Math.round((then - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  // Intl says "teraz" / "now", which reads as "is being read now": the panels mean "a moment ago".
  if (abs < 45) return language === 'pl' ? 'przed chwilą' : 'just now';
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** A calendar day ("2026-11-20") as the language writes it. */
export function formatDay(language: Language, isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(y, m - 1, d));
}
