import { describe, it, expect } from 'vitest';
import { normalizeSpace } from '../../../utils/dom/text';

/** The definition: every run of whitespace (no-break, thin and zero-width spaces too) is one space, the ends trimmed. */
const reference = (text: string) => text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();

describe('normalizeSpace', () => {
  it('collapses and trims every kind of space, and leaves text that is already normal as it is', () => {
    const cases = [
      'Active',
      'Anna Kowalska',
      ' Anna',
      'Anna ',
      'Anna  Kowalska',
      'Anna\u00a0Kowalska',
      'Anna\u200bKowalska',
      'Anna\u202fKowalska',
      'Anna\tKowalska',
      'Anna\nKowalska',
      '\ufeffAnna',
      'a@x.pl\u2009',
      '   ',
      '\u3000',
    ];
    for (const text of cases) expect(normalizeSpace(text), JSON.stringify(text)).toBe(reference(text));
  });

  it('agrees with the definition on random texts of letters and spaces of every kind', () => {
    const alphabet = ['a', 'ż', '@', '.', ' ', ' ', '\u00a0', '\u2009', '\u200b', '\u202f', '\t', '\n', '\r', '\ufeff', '\u3000'];
    let seed = 13;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 2_000; i++) {
      const length = Math.floor(random() * 8);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(normalizeSpace(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
