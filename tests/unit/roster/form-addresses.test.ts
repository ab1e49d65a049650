import { findByKey, formOwner, keepFormAddresses, resourceKeyOf } from '../../../utils/roster/form-addresses';
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
  it('a form that names a resource belongs to that one only: a name not in the roster, or against the URL, gives nothing', () => {
    // The URL says Anna (id 12), the form's name field says Bartosz: which one is unsure.
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/app/zasoby/12/edycja', name: 'Bartosz Nowak' })).toBeNull();
    // A resource added since the list was read: not guessed onto anyone, even with an id in the URL.
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/app/resource/13', name: 'Nowa Osoba' })).toBeNull();
    // Name and URL agree.
    expect(formOwner(roster, { url: 'https://t.zarezerwuj.pl/app/resource/13', name: 'bartosz  nowak' })?.order).toBe(1);
  });
  it('a shared name is told apart by the URL, and only by it', () => {
    const twins = [listed(0, 'Recepcja', { resourceId: '30' }), listed(1, 'Recepcja', { resourceId: '31' })];
    expect(formOwner(twins, { url: 'https://t.zarezerwuj.pl/zasoby/31/edycja', name: 'Recepcja' })?.order).toBe(1);
    expect(formOwner(twins, { name: 'Recepcja' })).toBeNull();
  });
  it('reads a client-side route in the hash as part of the form’s place', () => {
    const hashRoster = [
      listed(0, 'Anna Kowalska', { editUrl: 'https://t.zarezerwuj.pl/#/zasoby/anna/edycja' }),
      listed(1, 'Bartosz Nowak', { editUrl: 'https://t.zarezerwuj.pl/#/zasoby/bartosz/edycja' }),
    ];
    expect(formOwner(hashRoster, { url: 'https://t.zarezerwuj.pl/#/zasoby/bartosz/edycja' })?.order).toBe(1);
    expect(formOwner(hashRoster, { url: 'https://t.zarezerwuj.pl/#top' })).toBeNull();
  });
});

describe('findByKey', () => {
  const roster = [
    listed(0, 'Anna Kowalska', { resourceId: '12' }),
    listed(1, 'Bartosz Nowak'),
    listed(2, 'Recepcja'),
    listed(3, 'Recepcja'),
  ];
  it('finds a resource by its id, else by its one name, never by a shared name', () => {
    expect(findByKey(roster, resourceKeyOf(roster[0]))?.order).toBe(0);
    expect(findByKey(roster, { resourceId: '12', name: 'Anna K.' })?.order).toBe(0);
    expect(findByKey(roster, { resourceId: '99', name: 'Anna Kowalska' })).toBeNull();
    expect(findByKey(roster, { name: ' bartosz nowak' })?.order).toBe(1);
    expect(findByKey(roster, { name: 'Recepcja' })).toBeNull();
    expect(resourceKeyOf(roster[1])).toEqual({ name: 'Bartosz Nowak' });
  });
});
