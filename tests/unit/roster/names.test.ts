import { SINGLE_WORD_LAST_NAME, splitName } from '../../../utils/roster/names';

describe('splitName', () => {
  it.each([
    ['Anna Kowalska', 'Anna', 'Kowalska'],
    ['Grażyna Zielińska-Łęcka', 'Grażyna', 'Zielińska-Łęcka'],
    ['Jan Maria Rokita', 'Jan Maria', 'Rokita'],
    ['dr Anna Nowak', 'Anna', 'Nowak'],
    ['Dr. Anna Nowak', 'Anna', 'Nowak'],
    ['mgr inż. Piotr Wiśniewski', 'Piotr', 'Wiśniewski'],
    ['prof. dr hab. Ewa Kamińska', 'Ewa', 'Kamińska'],
    ['lek. dent. Łukasz Żółkiewski', 'Łukasz', 'Żółkiewski'],
    ['lek. wet. Zofia Dąbrowska', 'Zofia', 'Dąbrowska'],
    ['dr n. med. Hubert Szymański', 'Hubert', 'Szymański'],
    ['inż. Celina Wiśniewska', 'Celina', 'Wiśniewska'],
    ['  Bartosz   Nowak  ', 'Bartosz', 'Nowak'],
    ['Anna\tMaria\nNowak', 'Anna Maria', 'Nowak'],
    ['Hanna Gronkiewicz - Waltz', 'Hanna', 'Gronkiewicz-Waltz'],
    ['Anna Nowak (recepcja)', 'Anna', 'Nowak'],
    ['Nowak, Anna', 'Anna', 'Nowak'],
    ['Anna Nowak, PhD', 'Anna', 'Nowak'],
    ['Maria de la Cruz', 'Maria', 'de la Cruz'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['ŁUCJA ŚWIĄTEK', 'ŁUCJA', 'ŚWIĄTEK'],
  ])('%s → %s / %s', (name, firstName, lastName) => {
    expect(splitName(name)).toEqual({ firstName, lastName });
  });

  it('gives a single word (a role such as "Recepcja") the placeholder last name', () => {
    expect(SINGLE_WORD_LAST_NAME).toBe('-');
    expect(splitName('Recepcja')).toEqual({ firstName: 'Recepcja', lastName: '-' });
    expect(splitName(' Gabinet ')).toEqual({ firstName: 'Gabinet', lastName: '-' });
  });

  it('never drops the only word, even when it looks like a title', () => {
    expect(splitName('Dr')).toEqual({ firstName: 'Dr', lastName: '-' });
    expect(splitName('dr Kowalski')).toEqual({ firstName: 'Kowalski', lastName: '-' });
  });

  it('returns empty names for an empty or blank name', () => {
    expect(splitName('')).toEqual({ firstName: '', lastName: '' });
    expect(splitName('   ')).toEqual({ firstName: '', lastName: '' });
    expect(splitName('(recepcja)')).toEqual({ firstName: '', lastName: '' });
  });
});
