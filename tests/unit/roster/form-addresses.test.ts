import { formOwner, keepFormAddresses } from '../../../utils/roster/form-addresses';
import type { Employee } from '../../../utils/roster/model';

type Listed = Omit<Employee, 'tenant'>;
const listed = (order: number, name: string, extra: Partial<Listed> = {}): Listed => ({
  name,
  rawEmail: null,
  readAt: 1,
  order,
  ...extra,
});

describe('keepFormAddresses', () => {
  it('keeps what each form said when the list shows no addresses, matched by id, edit URL or name', () => {
    const previous = [
      listed(0, 'Anna Kowalska', { resourceId: '12', rawEmail: 'anna@firma.pl', emailSource: 'form' }),
      listed(1, 'Bartosz Nowak', {
        editUrl: 'https://t.zarezerwuj.pl/z/13/edycja',
        rawEmail: 'bartosz@firma.pl',
        emailSource: 'form',
      }),
      listed(2, 'Celina Wiśniewska', { rawEmail: '', emailSource: 'dialog' }),
    ];
    const next = [
      listed(0, 'Celina  Wiśniewska'),
      listed(1, 'Anna K.', { resourceId: '12' }),
      listed(2, 'Bartosz', { editUrl: '/z/13/edycja/' }),
      listed(3, 'Dawid Wójcik'),
    ];
    expect(keepFormAddresses(previous, next).map((e) => [e.name, e.rawEmail, e.emailSource])).toEqual([
      ['Celina  Wiśniewska', '', 'dialog'],
      ['Anna K.', 'anna@firma.pl', 'form'],
      ['Bartosz', 'bartosz@firma.pl', 'form'],
      ['Dawid Wójcik', null, undefined],
    ]);
  });

  it('lets the list win where it shows an address, and never carries the list’s own earlier addresses', () => {
    const previous = [
      listed(0, 'Anna', { rawEmail: 'old@firma.pl', emailSource: 'form' }),
      listed(1, 'Bartosz', { rawEmail: 'listed@firma.pl', emailSource: 'list' }),
    ];
    const next = [listed(0, 'Anna', { rawEmail: 'new@firma.pl', emailSource: 'list' }), listed(1, 'Bartosz')];
    expect(keepFormAddresses(previous, next).map((e) => e.rawEmail)).toEqual(['new@firma.pl', null]);
  });

  it('does not guess between two earlier resources of the same name', () => {
    const previous = [
      listed(0, 'Recepcja', { rawEmail: 'a@firma.pl', emailSource: 'form' }),
      listed(1, 'Recepcja', { rawEmail: 'b@firma.pl', emailSource: 'form' }),
    ];
    expect(keepFormAddresses(previous, [listed(0, 'Recepcja')])[0].rawEmail).toBeNull();
  });
});

describe('formOwner', () => {
  const roster = [
    listed(0, 'Anna Kowalska', { resourceId: '12', editUrl: '/app/zasoby/12/edycja' }),
    listed(1, 'Bartosz Nowak', { resourceId: '13' }),
    listed(2, 'Recepcja'),
    listed(3, 'Recepcja'),
    listed(4, 'Dawid Wójcik'),
  ];
  it('finds the resource by its edit URL', () => {
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/app/zasoby/12/edycja#top' })?.order).toBe(0);
  });
  it('finds it by the id in the URL (path or query)', () => {
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/app/resource/13' })?.order).toBe(1);
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/admin/zasoby/edytuj?id=13' })?.order).toBe(1);
  });
  it('falls back to a unique name, and refuses a shared or missing one', () => {
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/edit', name: ' Dawid  Wójcik ' })?.order).toBe(4);
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/edit', name: 'Recepcja' })).toBeNull();
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/edit', name: 'Nobody' })).toBeNull();
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/edit' })).toBeNull();
  });
});
