/**
 * One word for each thing (docs/glossary.md): no catalogue text uses a word the glossary rules out, in
 * either language, and every term the glossary names is still used by some text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, pl, type MessageValue } from '../../utils/i18n/messages';

interface Entry {
  thing: string;
  terms: { pl: string[]; en: string[] };
  not: { pl: string[]; en: string[] };
}

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
const words = (cell: string) =>
  cell === '—'
    ? []
    : cell
        .split(/,\s*/)
        .map((w) => w.trim())
        .filter(Boolean);

function readGlossary(): Entry[] {
  const text = readFileSync(path.resolve('docs/glossary.md'), 'utf8');
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  const [header, , ...body] = rows;
  expect(cells(header)).toEqual(['thing', 'Polish', 'English', 'where used', 'not (Polish)', 'not (English)']);
  return body.map((line) => {
    const [thing, plTerms, enTerms, , notPl, notEn] = cells(line);
    return { thing, terms: { pl: words(plTerms), en: words(enTerms) }, not: { pl: words(notPl), en: words(notEn) } };
  });
}

/** Every text of a catalogue (each plural form), without the pages' own labels in quotation marks. */
function texts(catalogue: Record<string, MessageValue>): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    const forms = typeof value === 'string' ? [value] : Object.values(value).filter((v): v is string => typeof v === 'string');
    for (const form of forms) {
      const text = form
        .replace(/„[^”]*”|“[^”]*”/g, '«label»')
        // The first mention names the booking system's word in brackets; the product's name is a name.
        .replace(/\((?:zasoby|resources)\)/g, '')
        .replace(/Roster Assistant/g, '«name»');
      out.push({ key, text });
    }
  }
  return out;
}

/** A whole-word, case-insensitive match (Polish letters count as letters). */
function uses(text: string, term: string): boolean {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const glossary = readGlossary();
const catalogues = { pl: texts(pl), en: texts(en) };

describe('the glossary', () => {
  it('has entries, each with terms in both languages', () => {
    expect(glossary.length).toBeGreaterThan(10);
    for (const entry of glossary) {
      expect(entry.terms.pl.length, entry.thing).toBeGreaterThan(0);
      expect(entry.terms.en.length, entry.thing).toBeGreaterThan(0);
    }
  });

  for (const lang of ['pl', 'en'] as const) {
    it(`no ${lang} catalogue text uses a word the glossary rules out`, () => {
      const found: string[] = [];
      for (const entry of glossary) {
        for (const term of entry.not[lang]) {
          for (const { key, text } of catalogues[lang]) if (uses(text, term)) found.push(`${key}: "${term}" (${entry.thing})`);
        }
      }
      expect(found).toEqual([]);
    });

    it(`every ${lang} term of the glossary is used by some catalogue text`, () => {
      const unused: string[] = [];
      for (const entry of glossary) {
        // The glossary may name words the pages or the formatter say (a moment ago): at least one is ours.
        const ours = entry.terms[lang].some(
          (term) =>
            catalogues[lang].some(({ text }) => uses(text, term)) ||
            ((lang === 'pl' ? pl : en) && Object.values(lang === 'pl' ? pl : en).some((v) => JSON.stringify(v).includes(term))),
        );
        if (!ours && entry.thing !== 'a moment ago') unused.push(entry.thing);
      }
      expect(unused).toEqual([]);
    });
  }

  it('catches a ruled-out word (the check itself works)', () => {
    expect(uses('Brak w rezerwacjach', 'Brak w rezerwacjach')).toBe(true);
    expect(uses('Konto aktywne', 'Aktywny')).toBe(false);
    expect(uses('Aktywny', 'Aktywny')).toBe(true);
    expect(uses('dezaktywowany', 'Aktywny')).toBe(false);
    expect(texts({ k: 'Kliknij „Zasoby (pracownicy)”' })[0].text).toBe('Kliknij «label»');
  });
});
