import { describe, it, expect, beforeEach } from 'vitest';
import { learnList, learnPlace, learnTextField, verify } from '../../../utils/teach/learn';
import { findTaughtField, readTaughtList, toReadRows, toResourceRows } from '../../../utils/teach/apply';
import { isStableClass } from '../../../utils/roster/taught-validate';
import type { TaughtList } from '../../../utils/roster/taught-layout';

const PEOPLE = [
  ['Anna Kowalska', 'anna.kowalska@salon-ania.pl'],
  ['Jan Mazur', 'jan.mazur@salon-ania.pl'],
  ['Iwona Dąbrowska', 'iwona.dabrowska@salon-ania.pl'],
];

function byText(text: string, root: ParentNode = document): Element {
  const all = Array.from(root.querySelectorAll('*')).filter((el) => el.textContent?.trim() === text);
  // The deepest element with exactly this text: what a click lands on.
  const hit = all.find((el) => !all.some((other) => other !== el && el.contains(other)));
  if (!hit) throw new Error(`no element with text ${text}`);
  return hit;
}

function learned(clicked: Element, anchor: 'email' | 'name' = 'email'): TaughtList {
  const result = learnList(clicked, anchor);
  if (!result.ok) throw new Error(`not learned: ${result.problem}`);
  return result.value;
}

function emails(list: TaughtList): string[] {
  return toReadRows(readTaughtList(list, document)).map((row) => row.email);
}

/** The serialised layout holds none of the page's texts, addresses, ids or attribute values. */
function expectStructureOnly(list: object): void {
  const json = JSON.stringify(list);
  for (const [name, email] of PEOPLE) {
    for (const word of [...name.split(' '), email, email.split('@')[0], 'salon-ania']) expect(json).not.toContain(word);
  }
  expect(json).not.toContain('@');
  for (const el of Array.from(document.querySelectorAll('[id]'))) expect(json).not.toContain(el.id);
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      expect(json).not.toContain(attr.name.startsWith('data-v-') ? attr.name : '\u0000');
      if (attr.name.startsWith('data-') && attr.value.length > 2) expect(json).not.toContain(attr.value);
    }
  }
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('learning a list from one click on an address', () => {
  it('learns table rows: the row is the tr, the email place its cell, the other columns are not rows', () => {
    document.body.innerHTML = `<table class="members"><thead><tr><th>Who</th><th>Contact</th><th>Plan</th></tr></thead><tbody>
      ${PEOPLE.map(([n, e], i) => `<tr id="user-${i}" data-user="${e}"><td>${n}</td><td><a href="mailto:${e}">${e}</a></td><td>Basic</td></tr>`).join('')}
    </tbody></table>`;
    const list = learned(byText(PEOPLE[1][1]));
    expect(list.row.tag).toBe('tr');
    expect(list.container.tag).toBe('tbody');
    expect(emails(list)).toEqual(PEOPLE.map(([, e]) => e));
    const rows = toReadRows(readTaughtList(list, document));
    expect(rows[0].badgeAnchor.tagName).toBe('A');
    expect(rows[0].row.id).toBe('user-0');
    expectStructureOnly(list);
  });

  it('learns Element UI split tables and never takes the fixed-column copy as the list', () => {
    const row = (n: string, e: string, i: number) =>
      `<tr class="zm-table__row ${i === 1 ? 'hover-row current-row' : ''} ${i % 2 ? 'zm-table__row--striped' : ''}"><td class="zm-table_1_column_1"><div class="cell"><input type="checkbox"></div></td><td class="zm-table_1_column_2"><div class="cell">${n}</div></td><td class="zm-table_1_column_3"><div class="cell">${e}</div></td><td class="zm-table_1_column_4 is-hidden"><div class="cell"><button>Edit</button></div></td></tr>`;
    const body = PEOPLE.map(([n, e], i) => row(n, e, i)).join('');
    document.body.innerHTML = `<div class="zm-table" data-v-7ba5bd90>
      <div class="zm-table__header-wrapper"><table class="zm-table__header"><thead><tr><th><div class="cell"></div></th><th><div class="cell">Name</div></th><th><div class="cell">Contact</div></th><th></th></tr></thead></table></div>
      <div class="zm-table__body-wrapper"><table class="zm-table__body"><tbody>${body}</tbody></table></div>
      <div class="zm-table__fixed-right"><div class="zm-table__fixed-body-wrapper"><table class="zm-table__body"><tbody>${body}</tbody></table></div></div>
    </div>`;
    const bodyCell = document.querySelectorAll('.zm-table__body-wrapper .zm-table_1_column_3 .cell')[2];
    const list = learned(bodyCell);
    expect(list.row).toMatchObject({ tag: 'tr', classes: ['zm-table__row'] });
    expect(JSON.stringify(list)).not.toMatch(/column_|is-hidden|hover-row|current-row|--striped|data-v/);
    const read = readTaughtList(list, document);
    expect(read.kind === 'rows' && read.rows.map((r) => r.row.closest('.zm-table__fixed-right'))).toEqual([null, null, null]);
    expect(emails(list)).toEqual(PEOPLE.map(([, e]) => e));

    // A click that lands in the fixed copy still teaches the body table.
    const copyCell = document.querySelectorAll('.zm-table__fixed-right .zm-table_1_column_3 .cell')[0];
    const fromCopy = readTaughtList(learned(copyCell), document);
    expect(
      fromCopy.kind === 'rows' && fromCopy.rows.map((r) => [r.email, r.row.closest('.zm-table__body-wrapper') !== null]),
    ).toEqual(PEOPLE.map(([, e]) => [e, true]));
  });

  it('learns ARIA rows in a grid, leaving the header row out', () => {
    document.body.innerHTML = `<div role="grid" aria-label="Users"><div role="rowgroup">
      <div role="row"><div role="columnheader">User</div><div role="columnheader">Type</div></div>
      ${PEOPLE.map(([n, e]) => `<div role="row"><div role="gridcell"><span aria-hidden="true">AK</span><div>${n}</div><div>${e}</div></div><div role="gridcell">Licensed</div></div>`).join('')}
    </div></div>`;
    const list = learned(byText(PEOPLE[0][1]));
    expect(list.row.role).toBe('row');
    expect(list.email!.map((step) => step.role ?? step.tag)).toEqual(['gridcell', 'div']);
    expect(emails(list)).toEqual(PEOPLE.map(([, e]) => e));
    expectStructureOnly(list);
  });

  it('learns cards in a grid of plain divs', () => {
    document.body.innerHTML = `<main><div class="cards">${PEOPLE.map(([n, e]) => `<div class="card"><strong>${n}</strong><div class="meta"><span>Basic</span><span>${e}</span></div></div>`).join('')}</div></main>`;
    const list = learned(byText(PEOPLE[2][1]));
    expect(list.row).toMatchObject({ tag: 'div', classes: ['card'] });
    expect(emails(list)).toEqual(PEOPLE.map(([, e]) => e));
    expectStructureOnly(list);
  });

  it('learns ul/li lists, where the address is part of the item text', () => {
    document.body.innerHTML = `<ul class="people">${PEOPLE.map(([n, e]) => `<li>${n} — ${e}</li>`).join('')}<li class="more"><button>Show more</button></li></ul>`;
    const list = learned(document.querySelectorAll('li')[1]);
    expect(list.row.tag).toBe('li');
    expect(emails(list)).toEqual(PEOPLE.map(([, e]) => e));
  });

  it('learns a row made of nested Vue wrappers each with a single child', () => {
    document.body.innerHTML = `<div class="user-list" data-v-1a2b3c>${PEOPLE.map(([n, e]) => `<div class="user-list-item" data-v-1a2b3c><div class="item-wrap"><div class="item-inner"><div class="item-body"><p class="item-name">${n}</p><p class="item-email"><span>${e}</span></p></div></div></div></div>`).join('')}</div>`;
    const list = learned(document.querySelectorAll('.item-email span')[1]);
    expect(list.row).toMatchObject({ tag: 'div', classes: ['user-list-item'] });
    expect(list.email!.length).toBe(5);
    expect(emails(list)).toEqual(PEOPLE.map(([, e]) => e));
    expectStructureOnly(list);
  });

  it('finds the list again after a re-render (new elements, same structure), and the new rows', () => {
    const render = (people: string[][]) => {
      document.body.innerHTML = `<section class="users"><div class="cards">${people.map(([n, e]) => `<div class="card"><b>${n}</b><i>${e}</i></div>`).join('')}</div></section>`;
    };
    render(PEOPLE);
    const list = learned(byText(PEOPLE[0][1]));
    const stored = JSON.parse(JSON.stringify(list)) as TaughtList;
    render([...PEOPLE, ['Ola Nowak', 'ola@firma.pl']]);
    expect(emails(stored)).toEqual([...PEOPLE.map(([, e]) => e), 'ola@firma.pl']);
  });

  it('prefers the shown list over a hidden one of the same structure', () => {
    const cards = (people: string[][]) => people.map(([n, e]) => `<div class="card"><b>${n}</b><i>${e}</i></div>`).join('');
    document.body.innerHTML = `<div class="panel" style="display:none"><div class="cards">${cards([
      ['X Y', 'x@y.pl'],
      ['Z W', 'z@w.pl'],
    ])}</div></div><div class="panel"><div class="cards">${cards(PEOPLE)}</div></div>`;
    const list = learned(byText(PEOPLE[1][1]));
    expect(emails(list)).toEqual(PEOPLE.map(([, e]) => e));
  });
});

describe('refusing what is not a list of addresses', () => {
  it('refuses a click away from any address', () => {
    document.body.innerHTML = `<ul>${PEOPLE.map(([n, e]) => `<li><b>${n}</b> <i>${e}</i></li>`).join('')}</ul><p>Welcome</p>`;
    expect(learnList(byText('Welcome'))).toEqual({ ok: false, problem: 'no-email-at-click' });
  });

  it('refuses an address that does not repeat in a row pattern', () => {
    document.body.innerHTML = `<header><div class="account"><span>Signed in as</span> <b>owner@salon-ania.pl</b></div></header><main><p>Nothing here</p></main>`;
    expect(learnList(byText('owner@salon-ania.pl'))).toEqual({ ok: false, problem: 'no-repeating-row' });
  });

  it('refuses a list of one row', () => {
    document.body.innerHTML = `<table><tbody><tr><td>Anna</td><td>anna@x.pl</td></tr></tbody></table>`;
    expect(learnList(byText('anna@x.pl'))).toEqual({ ok: false, problem: 'single-row' });
  });

  it('refuses rows that repeat but hold no address where the click was', () => {
    document.body.innerHTML = `<div class="cards"><div class="card"><b>anna@x.pl</b></div><div class="card"><b>Jan</b></div><div class="card"><b>Iwona</b></div></div>`;
    expect(learnList(byText('anna@x.pl'))).toEqual({ ok: false, problem: 'no-email-in-rows' });
  });

  it('refuses a place with two addresses', () => {
    document.body.innerHTML = `<ul><li>a@x.pl, b@x.pl</li><li>c@x.pl</li></ul>`;
    expect(learnList(document.querySelector('li')!)).toEqual({ ok: false, problem: 'several-emails-at-click' });
  });

  it('refuses when a row of the pattern has no readable address (it would be missed)', () => {
    document.body.innerHTML = `<div class="cards">${PEOPLE.map(([n, e]) => `<div class="card"><b>${n}</b><i>${e}</i></div>`).join('')}</div>`;
    const list = learned(byText(PEOPLE[0][1]));
    document.querySelector('.cards')!.insertAdjacentHTML('beforeend', '<div class="card"><b>Masked</b><i>m•••@x.pl</i></div>');
    expect(verify(list, document)).toEqual({ ok: false, problem: 'row-without-email' });
  });

  it('says stale when the taught structure is gone', () => {
    document.body.innerHTML = `<div class="cards">${PEOPLE.map(([n, e]) => `<div class="card"><b>${n}</b><i>${e}</i></div>`).join('')}</div>`;
    const list = learned(byText(PEOPLE[0][1]));
    document.body.innerHTML = `<table><tbody>${PEOPLE.map(([n, e]) => `<tr><td>${n}</td><td>${e}</td></tr>`).join('')}</tbody></table>`;
    expect(readTaughtList(list, document)).toEqual({ kind: 'stale', reason: 'no-list' });
    document.body.innerHTML = `<div class="cards"><p>No users</p></div>`;
    expect(readTaughtList(list, document)).toEqual({ kind: 'stale', reason: 'no-rows' });
  });
});

describe('a second place in the learned rows', () => {
  it('learns the name of a Zoom row', () => {
    document.body.innerHTML = `<div class="cards">${PEOPLE.map(([n, e]) => `<div class="card"><b>${n}</b><i>${e}</i></div>`).join('')}</div>`;
    const list = learned(byText(PEOPLE[0][1]));
    const withName = learnPlace(list, byText(PEOPLE[1][0]), 'name');
    expect(withName.ok).toBe(true);
    const read = readTaughtList(withName.ok ? withName.value : list, document);
    expect(read.kind === 'rows' && read.rows.map((r) => r.name)).toEqual(PEOPLE.map(([n]) => n));
    expect(learnPlace(list, document.body, 'name')).toEqual({ ok: false, problem: 'outside-list' });
  });

  it('learns a booking list from a name, then its email place; rows without an address stay rows', () => {
    document.body.innerHTML = `<div class="resources">
      ${PEOPLE.map(([n, e]) => `<div class="res"><div class="res-name">${n}</div><div class="res-cat">Fryzjer</div><div class="res-mail">${e}</div></div>`).join('')}
      <div class="res"><div class="res-name">Recepcja</div><div class="res-cat">Inne</div><div class="res-mail"></div></div>
      <div class="res"><div class="res-name">Bartosz</div><div class="res-cat">Inne</div><div class="res-mail">bartosz@salon</div></div>
    </div>`;
    const list = learned(byText('Jan Mazur'), 'name');
    expect(list.row).toMatchObject({ tag: 'div', classes: ['res'] });
    const withEmail = learnPlace(list, byText(PEOPLE[0][1]), 'email');
    if (!withEmail.ok) throw new Error(withEmail.problem);
    const rows = toResourceRows(readTaughtList(withEmail.value, document));
    expect(rows.map((r) => [r.name, r.rawEmail])).toEqual([
      ...PEOPLE.map(([n, e]) => [n, e]),
      ['Recepcja', ''],
      ['Bartosz', 'bartosz@salon'],
    ]);
    expectStructureOnly(withEmail.value);
    // A resource whose name cannot be read is counted, not silently dropped.
    document
      .querySelector('.resources')!
      .insertAdjacentHTML(
        'beforeend',
        '<div class="res"><div class="res-name"></div><div class="res-cat">Inne</div><div class="res-mail">x@y.pl</div></div>',
      );
    const read = readTaughtList(withEmail.value, document);
    expect(read.kind === 'rows' && read.unreadable).toBe(1);
    expect(verify(withEmail.value, document)).toEqual({ ok: false, problem: 'row-without-name' });
  });

  it('a name teaches the row, not the category list around it, whichever tile is clicked', () => {
    const group = (name: string, people: string[]) =>
      `<section class="group"><h3>${name}</h3><div class="tiles">${people.map((n) => `<div class="tile"><div class="tile-a"><p class="tile-title">${n}</p><p class="tile-sub"></p></div></div>`).join('')}</div></section>`;
    document.body.innerHTML = `<div id="groups">${group('A', ['Anna', 'Bartosz'])}${group('B', ['Celina', 'Dawid', 'Ewa'])}${group('C', ['Filip', 'Grażyna'])}</div>`;
    for (const clicked of ['Anna', 'Bartosz', 'Dawid', 'Grażyna']) {
      const list = learned(byText(clicked), 'name');
      expect(list.row, clicked).toMatchObject({ tag: 'div', classes: ['tile'] });
      expect(toResourceRows(readTaughtList(list, document)).map((r) => r.name)).toEqual([
        'Anna',
        'Bartosz',
        'Celina',
        'Dawid',
        'Ewa',
        'Filip',
        'Grażyna',
      ]);
    }
  });

  it('a bare name beside other bare texts teaches the card, not the text', () => {
    document.body.innerHTML = `<div>${PEOPLE.map(([n]) => `<div><div>${n}</div><div>Fryzjer</div><div>Tak</div></div>`).join('')}</div>`;
    const list = learned(byText('Jan Mazur'), 'name');
    expect(list.name).toEqual([{ tag: 'div', nth: 0 }]);
    expect(toResourceRows(readTaughtList(list, document)).map((r) => r.name)).toEqual(PEOPLE.map(([n]) => n));
  });

  it('a name in a table teaches the row, not the cells beside it', () => {
    document.body.innerHTML = `<table><tbody>${PEOPLE.map(([n]) => `<tr><td>${n}</td><td>Fryzjer</td><td>Tak</td><td>10:00</td></tr>`).join('')}</tbody></table>`;
    const list = learned(byText('Jan Mazur'), 'name');
    expect(list.row.tag).toBe('tr');
    const rows = toResourceRows(readTaughtList(list, document));
    expect(rows.map((r) => [r.name, r.rawEmail])).toEqual(PEOPLE.map(([n]) => [n, null]));
  });
});

describe('stable classes', () => {
  it('keeps structural classes and rejects generated, hashed and state ones', () => {
    for (const name of ['zm-table__row', 'card', 'user-list-item', 'MuiTableRow-root', 'cell'])
      expect(isStableClass(name), name).toBe(true);
    for (const name of [
      'zm-table_1_column_3',
      'css-1x2y3z',
      'sc-abc123',
      'jsx-123',
      'Users_row__aBcDe',
      'is-active',
      'hover-row',
      'zm-table__row--striped',
      'selected',
      'item--open',
    ])
      expect(isStableClass(name), name).toBe(false);
  });
});

describe('learning the Add Users email field', () => {
  beforeEach(() => {
    document.body.innerHTML = `<div class="zm-dialog__wrapper"><div class="zm-dialog" role="dialog" aria-modal="true" aria-label="Add Users">
      <div class="zm-dialog__body"><div class="row"><span>Who</span><div class="zm-select"><div class="zm-select__tags"><input class="zm-select__input" type="text"></div><div class="zm-input"><input type="text" readonly></div></div></div>
      <div class="row"><span>Department</span><input type="text" id="dept"></div>
      <label><input type="checkbox"> Send</label></div></div></div>`;
  });

  it('learns the clicked input and finds it again after the dialog re-renders', () => {
    const input = document.querySelector('.zm-select__input')!;
    const result = learnTextField(input);
    if (!result.ok) throw new Error(result.problem);
    expect(result.value.field).toEqual({ tag: 'input', type: 'text' });
    const stored = JSON.parse(JSON.stringify(result.value));
    const html = document.body.innerHTML;
    document.body.innerHTML = html;
    expect(findTaughtField(stored, document)).toBe(document.querySelector('.zm-select__input'));
    expect(JSON.stringify(stored)).not.toMatch(/dept|Who|Department|Add Users/);
  });

  it('takes the one input inside a clicked wrapper (a tag input), and refuses a checkbox or a field outside a dialog', () => {
    const result = learnTextField(document.querySelector('.zm-select__tags')!);
    expect(result.ok && findTaughtField(result.value, document)).toBe(document.querySelector('.zm-select__input'));
    expect(learnTextField(document.querySelector('input[type=checkbox]')!)).toEqual({ ok: false, problem: 'not-a-field' });
    document.body.insertAdjacentHTML('beforeend', '<input type="search" id="outside">');
    expect(learnTextField(document.getElementById('outside')!)).toEqual({ ok: false, problem: 'no-dialog' });
  });

  it('learns a textarea and a contenteditable field', () => {
    document.body.innerHTML = `<div role="dialog"><div><textarea></textarea></div></div><div aria-modal="true"><div contenteditable="true"><br></div></div>`;
    const area = learnTextField(document.querySelector('textarea')!);
    expect(area.ok && area.value.field.tag).toBe('textarea');
    const editable = learnTextField(document.querySelector('[contenteditable]')!);
    expect(editable.ok && editable.value.field).toEqual({ tag: 'div', editable: true });
  });
});
