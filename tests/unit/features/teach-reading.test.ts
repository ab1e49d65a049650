/**
 * The product's reading with what was taught (features/teach): the Zoom page read from a taught
 * list (statuses, pager, coverage flags, which list it is when the tabs do not say), the booking
 * list read from a taught list (rows with unreadable names never replace a roster), the taught
 * Add Users field described for the prefill, and the layout report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadHtml, runInlineScripts, setUrl } from '../zoom/list-fixture-dom';
import { learnList, learnPlace, learnTextField } from '../../../utils/teach/learn';
import type { TaughtLayout, TaughtList } from '../../../utils/roster/taught-layout';
import {
  createNamedLists,
  nameLists,
  readTaughtZoomPage,
  taughtAddUsersDialog,
  containersOf,
} from '../../../features/teach/zoom-reading';
import { readTaughtBookingList } from '../../../features/teach/booking-reading';
import { taughtListRead, looksLikeResourceSettings } from '../../../features/teach/booking-list';
import { taughtReport } from '../../../features/teach/report';

const ZOOM = 'https://zoom.us/account/user#/';
const BOOKING = 'https://salon-ania.zarezerwuj.pl/ustawienia/zasoby';

function load(name: string, url: string): void {
  setUrl(url);
  loadHtml(readFileSync(path.resolve('tests/fixtures/teach', name), 'utf8'));
  runInlineScripts();
}
const textIs = (selector: string, text: string) =>
  [...document.querySelectorAll(selector)].find((el) => el.textContent?.trim() === text)!;

function learned(element: Element, anchor: 'email' | 'name' = 'email'): TaughtList {
  const result = learnList(element, anchor);
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

describe('a Zoom page read with a taught list', () => {
  beforeEach(() => load('users-cards.html', ZOOM));

  it('gives the rows, their states (a status word in the row) and a complete-able snapshot under recognised tabs', () => {
    const layout: TaughtLayout = {
      version: 1,
      lists: { users: learned(textIs('#panel-users .person-mail', 'anna.kowalska@salon-ania.pl')) },
    };
    const read = readTaughtZoomPage(document, new URL(ZOOM), layout, createNamedLists());
    if (read.kind !== 'read') throw new Error(read.kind);
    expect(read.read.tab).toBe('users');
    expect(read.read.rows.map((row) => row.email)).toEqual([
      'anna.kowalska@salon-ania.pl',
      'admin@salon-ania.pl',
      'recepcja@salon-ania.pl',
      'iwona.dabrowska@salon-ania.pl',
      'jan.mazur@salon-ania.pl',
    ]);
    expect(read.read.snapshot?.filtered).toBe(false);
    expect(read.read.snapshot?.list).toBe('users');
    expect(read.read.snapshot?.rows.find((row) => row.email === 'jan.mazur@salon-ania.pl')?.state).toBe('inactive');
    expect(read.read.snapshot?.rows.find((row) => row.email === 'anna.kowalska@salon-ania.pl')?.state).toBe('active');
  });

  it('leaves a list that was not taught to the built-in read, and says stale when the taught one is gone', () => {
    const layout: TaughtLayout = {
      version: 1,
      lists: { users: learned(textIs('#panel-users .person-mail', 'anna.kowalska@salon-ania.pl')) },
    };
    (document.getElementById('tab-pending') as HTMLElement).click();
    expect(readTaughtZoomPage(document, new URL(ZOOM), layout, createNamedLists())).toEqual({ kind: 'none' });
    (document.getElementById('tab-users') as HTMLElement).click();
    for (const list of document.querySelectorAll('.people')) list.className = 'grid';
    expect(readTaughtZoomPage(document, new URL(ZOOM), layout, createNamedLists())).toEqual({ kind: 'stale' });
  });

  it('never counts a read with unreadable rows towards a complete view', () => {
    const layout: TaughtLayout = {
      version: 1,
      lists: { users: learned(textIs('#panel-users .person-mail', 'anna.kowalska@salon-ania.pl')) },
    };
    textIs('#panel-users .person-mail', 'admin@salon-ania.pl').textContent = 'admin (address hidden)';
    const read = readTaughtZoomPage(document, new URL(ZOOM), layout, createNamedLists());
    if (read.kind !== 'read') throw new Error(read.kind);
    expect(read.read.rows).toHaveLength(4);
    expect(read.read.snapshot?.filtered).toBe(true);
  });
});

describe('a Zoom page whose tabs are not recognised', () => {
  beforeEach(() => load('tabs-unknown.html', ZOOM));
  const showView = (view: string) => (document.querySelector(`.switch[data-view="${view}"]`) as HTMLElement).click();

  it('reads the list the admin named, never as a complete view, and not a list the page switched to', () => {
    const users = learned(textIs('.view[data-view="a"] .m', 'anna.kowalska@salon-ania.pl'));
    const layout: TaughtLayout = { version: 1, lists: { users } };
    const named = createNamedLists();
    nameLists(named, containersOf(users, document), 'users');
    const first = readTaughtZoomPage(document, new URL(ZOOM), layout, named);
    if (first.kind !== 'read') throw new Error(first.kind);
    expect(first.read.snapshot).toMatchObject({ list: 'users', filtered: true });
    expect(first.read.rows).toHaveLength(5);
    showView('b');
    // The same structure on other elements, never named: which list this is cannot be told.
    expect(readTaughtZoomPage(document, new URL(ZOOM), layout, named)).toEqual({ kind: 'none' });
    const pending = learned(textIs('.view[data-view="b"] .m', 'bartosz.nowak@salon-ania.pl'));
    nameLists(named, containersOf(pending, document), 'pending');
    const second = readTaughtZoomPage(document, new URL(ZOOM), { version: 1, lists: { users, pending } }, named);
    if (second.kind !== 'read') throw new Error(second.kind);
    expect(second.read.snapshot).toMatchObject({ list: 'pending', filtered: true });
    expect(second.read.snapshot?.rows.map((row) => row.state)).toEqual(['pending', 'pending', 'pending']);
  });

  it('after a reload takes the only taught list once, and not when the route says Pending', () => {
    const users = learned(textIs('.view[data-view="a"] .m', 'anna.kowalska@salon-ania.pl'));
    const layout: TaughtLayout = { version: 1, lists: { users } };
    expect(readTaughtZoomPage(document, new URL(`${ZOOM}pending`), layout, createNamedLists())).toEqual({ kind: 'none' });
    const named = createNamedLists();
    expect(readTaughtZoomPage(document, new URL(ZOOM), layout, named)).toMatchObject({ kind: 'read', read: { tab: 'users' } });
    showView('b');
    expect(readTaughtZoomPage(document, new URL(ZOOM), layout, named)).toEqual({ kind: 'none' });
  });
});

describe('the taught Add Users field', () => {
  beforeEach(() => load('dialog-unknown.html', ZOOM));

  it('is described like the built-in dialog, as a token field', () => {
    (document.getElementById('open') as HTMLElement).click();
    const field = learnTextField(document.querySelector('.chips input')!);
    if (!field.ok) throw new Error(field.problem);
    const dialog = taughtAddUsersDialog(document, { version: 1, lists: {}, emailField: field.value });
    expect(dialog?.emailField).toBe(document.querySelector('.chips input'));
    expect(dialog?.emailFieldKind).toBe('tokens');
    expect(dialog?.dialog).toBe(document.querySelector('.sheet'));
    (document.querySelector('.sheet .cancel') as HTMLElement).click();
    expect(taughtAddUsersDialog(document, { version: 1, lists: {}, emailField: field.value })).toBeNull();
  });
});

describe('the booking list read with a taught list', () => {
  beforeEach(() => load('booking-unknown.html', BOOKING));

  it('gives every resource with its address as written', () => {
    const list = learned(textIs('.tile-title', 'Filip Lewandowski'), 'name');
    const placed = learnPlace(list, textIs('.tile-sub', 'filip.lewandowski@salon-ania.pl'), 'email');
    if (!placed.ok) throw new Error(placed.problem);
    const withEmail = placed.value;
    const read = readTaughtBookingList(document, { version: 1, lists: { resources: withEmail } });
    if (read.kind !== 'read') throw new Error(read.kind);
    expect(read.read.rows).toHaveLength(11);
    expect(read.read.listShowsEmails).toBe(true);
    expect(read.read.rows.find((row) => row.name === 'Dawid Wójcik')?.rawEmail).toBe('');
    expect(read.read.rows.find((row) => row.name === 'Ewa Kamińska')?.rawEmail).toBe('ewa.kaminska@salon-ania');
    expect(looksLikeResourceSettings(location)).toBe(true);
  });

  it('refuses a read with a nameless row, so it cannot replace the roster', () => {
    const list = learned(textIs('.tile-title', 'Filip Lewandowski'), 'name');
    textIs('.tile-title', 'Jan Mazur').textContent = '';
    const read = readTaughtBookingList(document, { version: 1, lists: { resources: list } });
    expect(read).toEqual({ kind: 'unreadable', rows: 1 });
    expect(taughtListRead(read)).toMatchObject({ problem: 'layout-unrecognised' });
  });
});

describe('the layout report', () => {
  it('holds what was taught, and nothing when nothing was', () => {
    load('users-cards.html', ZOOM);
    const layout: TaughtLayout = {
      version: 1,
      lists: { users: learned(textIs('#panel-users .person-mail', 'anna.kowalska@salon-ania.pl')) },
    };
    const report = taughtReport(layout);
    expect(report).toContain('"users"');
    expect(report).not.toMatch(/@|Kowalska/);
    expect(taughtReport(null)).toBe('');
  });
});
