/**
 * When an open form is read: once what it shows has held still after it appeared (an app fills it a
 * moment later), again when it changes, never while its name is still empty or it says it is loading.
 */
import { describe, expect, it } from 'vitest';
import { createFormSettle, SETTLE_MS, type FormLook } from '../../../utils/booking/form-settle';

const URL = 'https://salon-ania.zarezerwuj.pl/panel/ustawienia/zasoby';
const look = (name: string | undefined, rawEmail: string, extra: Partial<FormLook> = {}): FormLook => ({
  url: URL,
  rawEmail,
  busy: false,
  ...(name === undefined ? {} : { name }),
  ...extra,
});

/** Feeds `looks` every 150 ms from `start` (as the recorder polls); returns what was taken, with when. */
function feed(settle = createFormSettle(), looks: (FormLook | null)[], start = 0): [number, FormLook][] {
  const taken: [number, FormLook][] = [];
  looks.forEach((l, i) => {
    const at = start + i * 150;
    const out = settle.look(l, at);
    if (out) taken.push([at, out]);
  });
  return taken;
}
const times = (n: number, l: FormLook | null) => Array.from({ length: n }, () => l);

describe('form settle', () => {
  it('a dialog filled 0.6 s after it opens gives its filled look, never the empty one', () => {
    // Empty (name and address) for 600 ms, then filled, held for two seconds.
    const taken = feed(undefined, [...times(4, look('', '')), ...times(14, look('Anna Kowalska', 'anna@salon.pl'))]);
    expect(taken).toEqual([[600 + 750, look('Anna Kowalska', 'anna@salon.pl')]]);
  });

  it('an empty address counts once the form has held still with its name: that resource has none', () => {
    const taken = feed(undefined, [...times(4, look('', '')), ...times(8, look('Dawid Wójcik', ''))]);
    expect(taken.map(([, l]) => l)).toEqual([look('Dawid Wójcik', '')]);
  });

  it('a form whose name field stays empty is never taken, however long it holds still', () => {
    expect(feed(undefined, times(40, look('', 'someone@salon.pl')))).toEqual([]);
  });

  it('a form without a name field is taken once it held still (its URL must then say whose it is)', () => {
    expect(feed(undefined, times(8, look(undefined, 'anna@salon.pl'))).map(([at]) => at)).toEqual([750]);
  });

  it('waits the whole settle time, and not longer', () => {
    const settle = createFormSettle();
    expect(settle.look(look('A', 'a@x.pl'), 0)).toBeNull();
    expect(settle.look(look('A', 'a@x.pl'), SETTLE_MS - 1)).toBeNull();
    expect(settle.look(look('A', 'a@x.pl'), SETTLE_MS)).toEqual(look('A', 'a@x.pl'));
    // Taken once: holding still longer gives nothing new.
    expect(settle.look(look('A', 'a@x.pl'), SETTLE_MS * 3)).toBeNull();
  });

  it('a dialog closed before it held still gives nothing; opened again it starts afresh', () => {
    const taken = feed(undefined, [
      ...times(3, look('', '')),
      null, // closed by Anuluj after 450 ms
      ...times(3, look('', '')),
      ...times(6, look('Celina Wiśniewska', 'celina@salon.pl')),
    ]);
    expect(taken.map(([, l]) => l.name)).toEqual(['Celina Wiśniewska']);
  });

  it('two resources one after another in the same dialog: each one’s own look, each once', () => {
    const taken = feed(undefined, [
      ...times(4, look('', '')),
      ...times(8, look('Anna Kowalska', 'anna@salon.pl')),
      null,
      ...times(4, look('', '')),
      ...times(8, look('Celina Wiśniewska', 'celina@salon.pl')),
    ]);
    expect(taken.map(([, l]) => [l.name, l.rawEmail])).toEqual([
      ['Anna Kowalska', 'anna@salon.pl'],
      ['Celina Wiśniewska', 'celina@salon.pl'],
    ]);
  });

  it('a form that changes while open is taken again once it holds still again', () => {
    const taken = feed(undefined, [...times(6, look('Anna', 'old@salon.pl')), ...times(6, look('Anna', 'new@salon.pl'))]);
    expect(taken.map(([, l]) => l.rawEmail)).toEqual(['old@salon.pl', 'new@salon.pl']);
  });

  it('a loading form holds nothing: the settle time starts when it stops loading', () => {
    const taken = feed(undefined, [
      ...times(10, look('Anna', 'a@salon.pl', { busy: true })),
      ...times(6, look('Anna', 'a@salon.pl')),
    ]);
    expect(taken.map(([at]) => at)).toEqual([1500 + 750]);
  });

  it('another route is another form, even with the same values', () => {
    const other = { url: `${URL}/13/edycja` };
    const taken = feed(undefined, [...times(6, look('Anna', 'a@salon.pl')), ...times(6, look('Anna', 'a@salon.pl', other))]);
    expect(taken.map(([, l]) => l.url)).toEqual([URL, other.url]);
  });

  it('a look that could not be used yet is offered again', () => {
    const settle = createFormSettle(300);
    settle.look(look('A', 'a@x.pl'), 0);
    expect(settle.look(look('A', 'a@x.pl'), 300)).not.toBeNull();
    settle.again();
    expect(settle.look(look('A', 'a@x.pl'), 450)).not.toBeNull();
    expect(settle.look(look('A', 'a@x.pl'), 600)).toBeNull();
  });
});
