import {
  checkEmail,
  extractEmails,
  normalizeEmail,
  type EmailCheck,
  type EmailProblem,
  type EmailReason,
} from '../../../utils/roster/email';
import { en, pl } from '../../../utils/i18n/messages';
import { translate, type Language } from '../../../utils/i18n/translate';
import { EMAIL_REASON_CODES, emailReasonMessage } from '../../../utils/view/email-reason';

/** The reason as the admin reads it: its code through the catalogue (what `_locales` serves). */
function said(reason: EmailReason): Record<Language, string> {
  const { key, params } = emailReasonMessage(reason);
  return { pl: translate('pl', key, params), en: translate('en', key, params) };
}

function problemOf(raw: string): EmailProblem | undefined {
  const check = checkEmail(raw);
  return check.kind === 'invalid' ? check.problem : undefined;
}

function invalid(raw: string): Extract<EmailCheck, { kind: 'invalid' }> {
  const check = checkEmail(raw);
  if (check.kind !== 'invalid') throw new Error(`expected ${JSON.stringify(raw)} to be invalid, got ${JSON.stringify(check)}`);
  return check;
}

describe('checkEmail: empty', () => {
  it.each([null, undefined, '', ' ', '   \t\n ', '\u00a0\u3000'])('%j is empty', (raw) => {
    expect(checkEmail(raw)).toEqual({ kind: 'empty' });
    expect(normalizeEmail(raw)).toBeNull();
  });

  it('a lone invisible character is not empty: the admin must see it', () => {
    expect(problemOf('\u200b')).toBe('invisible');
  });
});

describe('checkEmail: normalisation', () => {
  it.each([
    ['anna.kowalska@salon-ania.pl', 'anna.kowalska@salon-ania.pl'],
    ['ANNA.KOWALSKA@SALON-ANIA.PL', 'anna.kowalska@salon-ania.pl'],
    ['  Bartosz.Nowak@Salon-Ania.PL ', 'bartosz.nowak@salon-ania.pl'],
    ['\n\tanna@firma.pl\r\n', 'anna@firma.pl'],
    ['\u00a0anna@firma.pl\u00a0', 'anna@firma.pl'],
    ['mailto:Recepcja@salon-ania.pl', 'recepcja@salon-ania.pl'],
    ['MAILTO:recepcja@salon-ania.pl', 'recepcja@salon-ania.pl'],
    ['MailTo:recepcja@salon-ania.pl', 'recepcja@salon-ania.pl'],
    [' mailto: recepcja@salon-ania.pl ', 'recepcja@salon-ania.pl'],
    ['mailto:anna@firma.pl?subject=Zoom', 'anna@firma.pl'],
    ['Anna Kowalska <anna.kowalska@salon-ania.pl>', 'anna.kowalska@salon-ania.pl'],
    ['"Kowalska, Anna" <Anna@Firma.pl>', 'anna@firma.pl'],
    ['<anna@firma.pl>', 'anna@firma.pl'],
    ['Anna < anna@firma.pl >', 'anna@firma.pl'],
    ['<mailto:anna@firma.pl>', 'anna@firma.pl'],
    ['"anna@firma.pl" <anna@firma.pl>', 'anna@firma.pl'],
    ['anna+zoom@firma.pl', 'anna+zoom@firma.pl'],
    ['anna+zoom+2026@firma.pl', 'anna+zoom+2026@firma.pl'],
    ["o'brien@firma.pl", "o'brien@firma.pl"],
    ["a!#$%&'*+/=?^_`{|}~-z@firma.pl", "a!#$%&'*+/=?^_`{|}~-z@firma.pl"],
    ['a.b.c@sub.firma.com.pl', 'a.b.c@sub.firma.com.pl'],
    ['x@a-b.c-d', 'x@a-b.c-d'],
    ['123@456.789', '123@456.789'],
  ])('%j → %s', (raw, email) => {
    expect(checkEmail(raw)).toEqual({ kind: 'valid', email });
    expect(normalizeEmail(raw)).toBe(email);
  });

  it.each([
    ['Łukasz.Żółć@Firma.PL', 'łukasz.żółć@firma.pl'],
    ['grażyna.zielińska-łęcka@salon-ania.pl', 'grażyna.zielińska-łęcka@salon-ania.pl'],
    ['Иван.Петров@Пример.РФ', 'иван.петров@пример.рф'],
    ['用户@例子.中国', '用户@例子.中国'],
    ['anna@münchen.de', 'anna@münchen.de'],
    ['anna@ŁÓDŹ.pl', 'anna@łódź.pl'],
    ['δοκιμή@παράδειγμα.δοκιμή', 'δοκιμή@παράδειγμα.δοκιμή'],
    ['user@xn--mnchen-3ya.de', 'user@xn--mnchen-3ya.de'],
  ])('letters of any script: %s', (raw, email) => {
    expect(normalizeEmail(raw)).toBe(email);
  });

  it('composes decomposed letters (NFC), so both spellings compare equal', () => {
    const decomposed = 'l\u0301ukasz@z\u0307ółw.pl'.normalize('NFD');
    const composed = 'ĺukasz@żółw.pl';
    expect(normalizeEmail(decomposed)).toBe(composed.normalize('NFC'));
    expect(normalizeEmail('e\u0328wa@firma.pl')).toBe('ęwa@firma.pl');
  });

  it('accepts the longest allowed parts', () => {
    const local64 = 'a'.repeat(64);
    const label63 = 'b'.repeat(63);
    expect(normalizeEmail(`${local64}@firma.pl`)).toBe(`${local64}@firma.pl`);
    expect(normalizeEmail(`anna@${label63}.pl`)).toBe(`anna@${label63}.pl`);
  });
});

describe('checkEmail: invalid', () => {
  it.each<[string, EmailProblem]>([
    ['anna@firma.pl, bartosz@firma.pl', 'several'],
    ['anna@firma.pl;bartosz@firma.pl', 'several'],
    ['anna@firma.pl bartosz@firma.pl', 'several'],
    ['anna@firma.pl\nbartosz@firma.pl', 'several'],
    ['anna@bartosz@firma.pl', 'several'],
    ['Anna <anna@firma.pl>, Bartosz <bartosz@firma.pl>', 'several'],
    ['bartosz@firma.pl <anna@firma.pl>', 'several'],
    ['Anna Kowalska', 'no-at'],
    ['anna.firma.pl', 'no-at'],
    ['mailto:', 'no-at'],
    ['anna kowalska@firma.pl', 'spaces'],
    ['anna@firma .pl', 'spaces'],
    ['anna@\tfirma.pl', 'spaces'],
    ['anna@firma.pl\u00a0x', 'spaces'],
    ['an\u200bna@firma.pl', 'invisible'],
    ['\u200banna@firma.pl', 'invisible'],
    ['anna@firma.pl\u200b', 'invisible'],
    ['\ufeffanna@firma.pl', 'invisible'],
    ['anna@firma.pl\ufeff', 'invisible'],
    ['anna\u200e@firma.pl', 'invisible'],
    ['anna@firma.pl\u200f', 'invisible'],
    ['\u202eanna@firma.pl', 'invisible'],
    ['anna@\u2066firma\u2069.pl', 'invisible'],
    ['an\u00adna@firma.pl', 'invisible'],
    ['an\u200dna@firma.pl', 'invisible'],
    ['an\u2060na@firma.pl', 'invisible'],
    ['anna\u3164@firma.pl', 'invisible'],
    ['an\u0007na@firma.pl', 'control'],
    ['anna@firma.pl\u0000', 'control'],
    ['@firma.pl', 'empty-local'],
    ['anna@', 'empty-domain'],
    ['.anna@firma.pl', 'local-dots'],
    ['anna.@firma.pl', 'local-dots'],
    ['anna..kowalska@firma.pl', 'local-dots'],
    ['"anna kowalska"@firma.pl', 'spaces'],
    ['"anna"@firma.pl', 'bad-local'],
    ['anna(x)@firma.pl', 'bad-local'],
    ['anna,kowalska@firma.pl', 'bad-local'],
    ['anna:kowalska@firma.pl', 'bad-local'],
    ['an\\na@firma.pl', 'bad-local'],
    ['anna€@firma.pl', 'bad-local'],
    ['ewa.kaminska@salon-ania', 'no-domain-dot'],
    ['anna@localhost', 'no-domain-dot'],
    ['anna@firma.', 'no-domain-dot'],
    ['anna@firma.pl.', 'domain-trailing-dot'],
    ['anna@firma..pl', 'domain-empty-label'],
    ['anna@.firma.pl', 'domain-empty-label'],
    ['anna@firma_pl.com', 'bad-domain'],
    ['anna@[192.168.0.1]', 'bad-domain'],
    ['anna@firma.pl,', 'bad-domain'],
    ['anna@firma.pl;', 'bad-domain'],
    ['anna@fir+ma.pl', 'bad-domain'],
    ['anna@firma.pl>', 'bad-domain'],
  ])('%j: %s', (raw, problem) => {
    expect(problemOf(raw)).toBe(problem);
    expect(normalizeEmail(raw)).toBeNull();
  });

  it('keeps the text trimmed, as written', () => {
    const check = invalid('  Ewa.Kaminska@Salon-Ania ');
    expect(check.text).toBe('Ewa.Kaminska@Salon-Ania');
    expect(invalid('\tmailto:Anna Kowalska\n').text).toBe('mailto:Anna Kowalska');
  });

  describe('500-character strings', () => {
    it('a 500-character local part is too long', () => {
      expect(problemOf(`${'a'.repeat(500)}@firma.pl`)).toBe('too-long');
    });
    it('a 500-character domain is too long', () => {
      expect(problemOf(`anna@${'b'.repeat(496)}.pl`)).toBe('too-long');
    });
    it('500 characters of labels that each fit are still too long as a whole', () => {
      const domain = Array.from({ length: 10 }, () => 'c'.repeat(49)).join('.');
      expect(domain.length).toBeGreaterThan(253);
      expect(problemOf(`anna@${domain}`)).toBe('too-long');
    });
    it('500 characters without an @ sign', () => {
      expect(problemOf('x'.repeat(500))).toBe('no-at');
    });
    it('500 characters of Polish letters are too long, not mangled', () => {
      expect(problemOf(`${'ż'.repeat(500)}@firma.pl`)).toBe('too-long');
    });
    it('a 65-character local part is too long, 64 is fine', () => {
      expect(problemOf(`${'a'.repeat(65)}@firma.pl`)).toBe('too-long');
      expect(problemOf(`${'a'.repeat(64)}@firma.pl`)).toBeUndefined();
    });
    it('a 64-character label is too long', () => {
      expect(problemOf(`anna@${'b'.repeat(64)}.pl`)).toBe('too-long');
    });
  });
});

describe('checkEmail: reasons in Polish and English', () => {
  it('gives a reason code, not a text (the core holds no language)', () => {
    expect(invalid('ewa.kaminska@salon-ania').reason).toEqual({ code: 'no-domain-dot' });
    expect(invalid('anna(x)@firma.pl').reason).toEqual({ code: 'bad-local-char', char: '(' });
    expect(invalid('.anna@firma.pl')).toMatchObject({ problem: 'local-dots', reason: { code: 'local-dot-start' } });
  });

  it('says "no dot in the domain" in both languages', () => {
    expect(said(invalid('ewa.kaminska@salon-ania').reason)).toEqual({
      pl: 'Brak kropki w domenie',
      en: 'The domain has no dot',
    });
  });

  it.each<[string, RegExp, RegExp]>([
    ['anna@firma.pl, bartosz@firma.pl', /więcej niż jeden adres/, /More than one address/],
    ['Anna Kowalska', /Brak znaku @/, /no @ sign/],
    ['anna kowalska@firma.pl', /spacje/, /spaces/],
    ['an\u200bna@firma.pl', /niewidoczne znaki/, /invisible characters/],
    ['anna..kowalska@firma.pl', /Dwie kropki z rzędu/, /Two dots in a row/],
    ['.anna@firma.pl', /Kropka na początku/, /dot at the start/],
    ['anna.@firma.pl', /Kropka na końcu/, /dot at the end/],
    ['anna@firma.pl.', /kończy się kropką/, /ends with a dot/],
    ['anna@firma..pl', /Pusty człon domeny/, /empty part/],
    ['@firma.pl', /Brak nazwy przed znakiem @/, /nothing before the @ sign/],
    ['anna@', /Brak domeny/, /no domain/],
    [`${'a'.repeat(100)}@firma.pl`, /za długi/, /too long/],
    ['an\u0007na@firma.pl', /sterujące/, /control characters/],
  ])('%j', (raw, pl, en) => {
    const reason = said(invalid(raw).reason);
    expect(reason.pl).toMatch(pl);
    expect(reason.en).toMatch(en);
  });

  it('names the character that is not allowed', () => {
    expect(said(invalid('anna(x)@firma.pl').reason)).toEqual({
      pl: 'Niedozwolony znak przed znakiem @: „(”',
      en: 'A character that is not allowed before the @ sign: “(”',
    });
    expect(said(invalid('anna@firma_pl.com').reason).pl).toBe('Niedozwolony znak w domenie: „_”');
    expect(said(invalid('anna@firma_pl.com').reason).en).toBe('A character that is not allowed in the domain: “_”');
  });

  it('has a non-empty, distinct sentence per language in the catalogues for every reason code', () => {
    expect(EMAIL_REASON_CODES).toHaveLength(18);
    for (const code of EMAIL_REASON_CODES) {
      const { key } = emailReasonMessage({ code });
      expect(typeof en[key] === 'string' && en[key].length, code).toBeGreaterThan(5);
      expect(typeof pl[key] === 'string' && pl[key].length, code).toBeGreaterThan(5);
      expect(pl[key], code).not.toBe(en[key]);
      // The -char codes name the character in both languages.
      if (code.endsWith('-char'))
        expect(
          [en[key], pl[key]].every((text) => String(text).includes('{char}')),
          code,
        ).toBe(true);
    }
  });
});

describe('checkEmail: repeated calls', () => {
  it('gives the same answer the second time (cached)', () => {
    const first = checkEmail('  Cache.Test@Firma.PL ');
    expect(checkEmail('  Cache.Test@Firma.PL ')).toEqual(first);
    expect(first).toEqual({ kind: 'valid', email: 'cache.test@firma.pl' });
  });
});

describe('extractEmails', () => {
  it('finds the address under a name in a table cell', () => {
    expect(extractEmails('Anna Kowalska\nAnna.Kowalska@Salon-Ania.pl')).toEqual(['anna.kowalska@salon-ania.pl']);
  });

  it('finds several, normalised, in order, without repeats', () => {
    expect(extractEmails('b@firma.pl, A@Firma.pl; b@FIRMA.pl\tc@firma.pl')).toEqual(['b@firma.pl', 'a@firma.pl', 'c@firma.pl']);
  });

  it('reads addresses in angle brackets, mailto: links, parentheses and sentences', () => {
    expect(extractEmails('Anna <anna@firma.pl>')).toEqual(['anna@firma.pl']);
    expect(extractEmails('Kontakt: mailto:Jan@Firma.pl')).toEqual(['jan@firma.pl']);
    expect(extractEmails('(jan@firma.pl)')).toEqual(['jan@firma.pl']);
    expect(extractEmails('Napisz do jan@firma.pl.')).toEqual(['jan@firma.pl']);
    expect(extractEmails('E-mail: „jan@firma.pl”')).toEqual(['jan@firma.pl']);
    expect(extractEmails("'jan@firma.pl'")).toEqual(['jan@firma.pl']);
  });

  it('reads Unicode addresses', () => {
    expect(extractEmails('Łukasz Żółć\nŁukasz@Żółć.pl')).toEqual(['łukasz@żółć.pl']);
  });

  it('returns nothing when there is no valid address', () => {
    expect(extractEmails('')).toEqual([]);
    expect(extractEmails('Anna Kowalska')).toEqual([]);
    expect(extractEmails('Ewa Kamińska ewa.kaminska@salon-ania')).toEqual([]);
    expect(extractEmails('anna@@firma.pl')).toEqual([]);
  });

  it('does not clean up an address with an invisible character in it', () => {
    expect(extractEmails('an\u200bna@firma.pl')).toEqual([]);
  });

  it('keeps the valid ones next to invalid ones', () => {
    expect(extractEmails('zly@adres, dobry@adres.pl')).toEqual(['dobry@adres.pl']);
  });
});
