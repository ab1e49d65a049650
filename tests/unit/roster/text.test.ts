import { describe, expect, it } from 'vitest';
import { foldText } from '../../../utils/roster/text';
import { foldLabel } from '../../../utils/dom/labels';
import { filterEmployees } from '../../../utils/view/popup-model';
import type { EmployeeResult } from '../../../utils/roster/reconcile';

describe('foldText: one fold for labels, CSV headers and words, searches and page messages', () => {
  it('lower-cases, drops diacritics (ł and the other letters Unicode does not decompose too), collapses whitespace', () => {
    expect(foldText('  Grażyna\u00a0ZIELIŃSKA-Łęcka \n')).toBe('grazyna zielinska-lecka');
    expect(foldText('Metodę PŁATNOŚCI')).toBe('metode platnosci');
    expect(foldText('Imię')).toBe(foldText('Imie'));
    expect(foldText('Straße Đorđe Øre')).toBe('strasse dorde ore');
    expect(foldText('İstanbul')).toBe('istanbul');
  });

  it('folds capitals and small letters alike, also where Unicode has no decomposition (Ø, Ł, Đ)', () => {
    for (const [upper, lower] of [
      ['Ø', 'ø'],
      ['Ł', 'ł'],
      ['Đ', 'đ'],
    ]) {
      expect(foldText(upper)).toBe(foldText(lower));
    }
  });

  it('is what foldLabel and the popup search use', () => {
    expect(foldLabel('Adres E-MAIL *:')).toBe('adres e-mail');
    expect(foldLabel('* Użytkownicy')).toBe(foldText('Uzytkownicy'));
    const result = { employee: { name: 'Grażyna Zielińska-Łęcka', rawEmail: '' }, email: 'g.lecka@salon.pl' } as EmployeeResult;
    expect(filterEmployees([result], 'lecka GRAZYNA')).toEqual([result]);
    expect(filterEmployees([result], 'łęcka anna')).toEqual([]);
  });
});
