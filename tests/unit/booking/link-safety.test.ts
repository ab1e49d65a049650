/** Links the extension never follows by itself: their label or address deletes, archives or logs out. */
import { describe, expect, it } from 'vitest';
import { saysItChanges, urlSaysItChanges } from '../../../utils/booking/link-safety';

describe('link safety', () => {
  it.each([
    'Usuń',
    'usun',
    'USUŃ ZASÓB',
    'Delete',
    'Remove resource',
    'Wyloguj',
    'Wyloguj się',
    'Log out',
    'Logout',
    'Sign out',
    'Archiwizuj',
    'Archive',
    'Dezaktywuj',
    'Deactivate',
    'Skasuj',
  ])('a control saying "%s" changes something', (label) => {
    expect(saysItChanges(label)).toBe(true);
  });

  it.each(['Edytuj', 'Edit', 'Edycja zasobu', 'Zmień', 'Szczegóły', 'Anna Kowalska', ''])('"%s" does not', (label) => {
    expect(saysItChanges(label)).toBe(false);
  });

  it.each([
    '/ustawienia/zasoby/12/usun',
    '/ustawienia/zasoby/12/usuń',
    '/ustawienia/zasoby/12/usu%C5%84',
    '/ustawienia/zasoby/12/edycja?akcja=usu%C5%84',
    '/ustawienia/zasoby/12/edycja/delete',
    '/admin/zasoby/edytuj?id=12&action=REMOVE',
    '/resources/12/destroy',
    '/wyloguj',
    '/wylogowanie?next=/ustawienia',
    '/logout',
    '/log-out',
    '/auth/sign_out',
    '/ustawienia/zasoby/12/archiwizuj',
    'https://salon-ania.zarezerwuj.pl/resources/12/archive',
    '/zasoby/12/dezaktywuj',
  ])('never requests %s', (url) => {
    expect(urlSaysItChanges(url)).toBe(true);
  });

  it.each([
    '/ustawienia/zasoby/12/edycja',
    'https://salon-ania.zarezerwuj.pl/admin/zasoby/edytuj?id=12',
    '/app/ustawienia/zasoby/12/edycja',
    '/resources/3f0c2a9e-1b2c-4d5e-8f90-123456789abc/edit',
  ])('reads %s', (url) => {
    expect(urlSaysItChanges(url)).toBe(false);
  });

  it('refuses what it cannot parse', () => {
    expect(urlSaysItChanges('http://[bad')).toBe(true);
  });
});
