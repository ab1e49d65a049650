import { describe, it, expect } from 'vitest';
import { en, pl } from '../../utils/i18n/messages';
import { translate, languageFrom, formatRelativeTime } from '../../utils/i18n/translate';
import { toBrowserMessages, browserMessageName } from '../../utils/i18n/locales';

describe('translations', () => {
  it('have the same keys in Polish and English', () => {
    expect(Object.keys(pl).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (v: unknown) => [...JSON.stringify(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(new Set(names(pl[key])), key).toEqual(new Set(names(en[key])));
    }
  });

  it('become browser _locales with unique, valid message names and every plural form', () => {
    const plLocale = toBrowserMessages(pl);
    const enLocale = toBrowserMessages(en);
    for (const locale of [plLocale, enLocale]) {
      for (const name of Object.keys(locale)) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
      expect(locale.extName.message).toBe('Roster Assistant for Zoom');
    }
    const names = Object.keys(en).map((key) => browserMessageName(key));
    expect(new Set(names).size).toBe(names.length);
    expect(plLocale.daysLeft__few.message).toBe('zaproszenie ważne jeszcze {n} dni');
    expect(enLocale.daysLeft__other.message).toBe('{n} days left');
  });

  it('pick Polish plural forms', () => {
    expect(translate('pl', 'daysLeft', { n: 1 })).toBe('zaproszenie ważne jeszcze 1 dzień');
    expect(translate('pl', 'daysLeft', { n: 3 })).toBe('zaproszenie ważne jeszcze 3 dni');
    expect(translate('pl', 'daysLeft', { n: 5 })).toBe('zaproszenie ważne jeszcze 5 dni');
    expect(translate('pl', 'daysLeft', { n: 22 })).toBe('zaproszenie ważne jeszcze 22 dni');
    expect(translate('en', 'daysLeft', { n: 1 })).toBe('1 day left');
    expect(translate('en', 'daysLeft', { n: 2 })).toBe('2 days left');
  });

  it('default to Polish unless the UI is English', () => {
    expect(languageFrom('en-US')).toBe('en');
    expect(languageFrom('en_GB')).toBe('en');
    expect(languageFrom('pl')).toBe('pl');
    expect(languageFrom('de')).toBe('pl');
    expect(languageFrom(undefined)).toBe('pl');
  });

  it('say relative times in the language', () => {
    const now = Date.UTC(2026, 10, 26, 12);
    expect(formatRelativeTime('en', now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(formatRelativeTime('pl', now - 5 * 60_000, now)).toBe('5 minut temu');
  });

  it('leave unknown placeholders visible instead of inventing values', () => {
    expect(translate('en', 'didYouMean', {})).toBe('Did you mean {email}?');
  });
});

describe('t() in an extension script', () => {
  it('reads the browser catalogue and picks plural forms', async () => {
    const { t } = await import('../../utils/i18n');
    expect(t('daysLeft', { n: 1 })).toBe('1 day left');
    expect(t('daysLeft', { n: 4 })).toBe('4 days left');
    expect(t('status.not-in-booking')).toBe('Not in zarezerwuj.pl');
    expect(t('didYouMean', { email: 'a@b.pl' })).toBe('Did you mean a@b.pl?');
  });
});

describe('catalogue shapes', () => {
  // The browser falls back to the default locale (pl) for a message name the UI locale lacks: a key
  // that is plain text in one language and plural forms in the other would show Polish in English.
  it('give every key the same shape (text or plural forms) in both languages', () => {
    const mismatched = (Object.keys(en) as (keyof typeof en)[]).filter((key) => typeof en[key] !== typeof pl[key]);
    expect(mismatched).toEqual([]);
  });
});
