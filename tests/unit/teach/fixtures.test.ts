/**
 * Teaching on the pages of tests/fixtures/teach/: pages the built-in adapters cannot read become
 * readable from one click, and the picker keeps every click step away from the page's handlers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadHtml, runInlineScripts, setUrl } from '../zoom/list-fixture-dom';
import { learnList, learnPlace, learnTextField } from '../../../utils/teach/learn';
import { findTaughtField, readTaughtList, toReadRows, toResourceRows } from '../../../utils/teach/apply';
import { pickElement } from '../../../utils/teach/picker';
import { advance, startTeaching } from '../../../utils/view/teach-flow';
import { parseTaughtLayout } from '../../../utils/roster/taught-validate';
import type { TaughtList } from '../../../utils/roster/taught-layout';
import { readZoomPage } from '../../../utils/zoom/page';
import { findAddUsersDialog } from '../../../utils/zoom/add-users-dialog';
import { readResourceList } from '../../../utils/booking/resource-list';

const ZOOM = 'https://zoom.us/account/user#/';
const BOOKING = 'https://salon-ania.zarezerwuj.pl/ustawienia/zasoby';
const USERS = [
  'anna.kowalska@salon-ania.pl',
  'admin@salon-ania.pl',
  'recepcja@salon-ania.pl',
  'iwona.dabrowska@salon-ania.pl',
  'jan.mazur@salon-ania.pl',
];
const PENDING = ['bartosz.nowak@salon-ania.pl', 'filip.lewandowski@salon-ania.pl', 'grazyna.zielinska@salon-ania.pl'];

function load(name: string, url: string): void {
  setUrl(url);
  loadHtml(readFileSync(path.resolve('tests/fixtures/teach', name), 'utf8'));
  runInlineScripts();
}

const page = () => window as unknown as { __clicks: number; __pwned?: number };
const textIs = (selector: string, text: string) =>
  [...document.querySelectorAll(selector)].find((el) => el.textContent?.trim() === text)!;

/** Clicks `target` as a person would (pointer, mouse, click) while the picker is active, and returns what it picked. */
async function pickByClick(target: Element): Promise<Element> {
  const picked = pickElement();
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    const Ctor = type.startsWith('pointer') && typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
    target.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
  }
  const result = await picked;
  if (result.kind !== 'picked') throw new Error('not picked');
  return result.element;
}

function roundTrip(list: TaughtList): TaughtList {
  const layout = parseTaughtLayout(JSON.parse(JSON.stringify({ version: 1, lists: { users: list } })));
  return layout!.lists.users!;
}

describe('(a) a Users list drawn as cards', () => {
  beforeEach(() => load('users-cards.html', ZOOM));

  it('is not recognised by the adapters today', () => {
    const read = readZoomPage(document, new URL(ZOOM));
    expect(read.rows).toEqual([]);
    expect(read.problem).toBe('layout-unrecognised');
  });

  it('is learned from one click on an address, without the page seeing the click, and read after a re-render', async () => {
    const hash = location.hash;
    const clicked = await pickByClick(textIs('#panel-users .person-mail', USERS[2]));
    expect(page().__clicks).toBe(0);
    expect(location.hash).toBe(hash);
    const learned = learnList(clicked);
    if (!learned.ok) throw new Error(learned.problem);
    const withName = learnPlace(learned.value, await pickByClick(textIs('#panel-users .person-name', 'Jan Mazur')), 'name');
    if (!withName.ok) throw new Error(withName.problem);
    expect(page().__clicks).toBe(0);
    const stored = roundTrip(withName.value);

    (document.getElementById('refresh') as HTMLButtonElement).click();
    expect(page().__clicks).toBeGreaterThan(0); // the page reacts again once the step is over
    const read = readTaughtList(stored, document);
    expect(toReadRows(read).map((row) => row.email)).toEqual(USERS);
    expect(read.kind === 'rows' && read.rows.map((row) => row.name)).toEqual([
      'Anna Kowalska',
      'Admin Salon',
      'Recepcja',
      'Iwona Dąbrowska',
      'Jan Mazur',
    ]);
    expect(toReadRows(read).every((row) => row.badgeAnchor.classList.contains('person-mail'))).toBe(true);
  });

  it('reads the list that is shown: after a tab switch, the Pending cards (the tabs say which list it is)', () => {
    const learned = learnList(textIs('.person-mail', USERS[0]));
    if (!learned.ok) throw new Error(learned.problem);
    (document.getElementById('tab-pending') as HTMLButtonElement).click();
    expect(toReadRows(readTaughtList(learned.value, document)).map((row) => row.email)).toEqual(PENDING);
  });
});

describe('(b) tabs the adapters do not recognise', () => {
  beforeEach(() => load('tabs-unknown.html', ZOOM));

  it('are not recognised today', () => {
    expect(readZoomPage(document, new URL(ZOOM)).tab).toBe('unknown');
  });

  it('asks which list is shown, learns the list from one click, and leaves the hidden list out', async () => {
    let state = startTeaching({ page: 'zoom-list' });
    expect(state).toMatchObject({ step: 'list-kind' });
    state = advance(state, { type: 'answer', answer: 'users' });
    const clicked = await pickByClick(textIs('.m', USERS[3]));
    expect(page().__clicks).toBe(0);
    state = advance(state, { type: 'learned-list', result: learnList(clicked) });
    state = advance(state, { type: 'answer', answer: 'skip' });
    if (state.status !== 'done') throw new Error(state.status);
    const users = state.layout.lists.users!;
    expect(toReadRows(readTaughtList(users, document)).map((row) => row.email)).toEqual(USERS);
    expect(JSON.stringify(state.layout)).not.toMatch(/salon-ania|Kowalska|@/);
  });

  it('refuses a click on an icon tab, with a reason', async () => {
    const clicked = await pickByClick(document.querySelector('.switch svg circle')!);
    expect(learnList(clicked)).toEqual({ ok: false, problem: 'no-email-at-click' });
  });
});

describe('(c) an Add Users dialog whose email field is not found', () => {
  beforeEach(() => {
    load('dialog-unknown.html', ZOOM);
    (document.getElementById('open') as HTMLButtonElement).click();
  });

  it('is not found by the dialog adapter today', () => {
    expect(findAddUsersDialog(document)).toBeNull();
  });

  it('is learned from a click on the chip area, which the page never sees, and found again after the dialog reopens', async () => {
    const clicks = page().__clicks;
    const clicked = await pickByClick(document.querySelector('.chips')!);
    expect(page().__clicks).toBe(clicks);
    const learned = learnTextField(clicked);
    if (!learned.ok) throw new Error(learned.problem);
    const stored = parseTaughtLayout(JSON.parse(JSON.stringify({ version: 1, lists: {}, emailField: learned.value })))!
      .emailField!;
    (document.querySelector('.sheet .cancel') as HTMLButtonElement).click();
    expect(findTaughtField(stored, document)).toBeNull();
    (document.getElementById('open') as HTMLButtonElement).click();
    expect(findTaughtField(stored, document)).toBe(document.querySelector('.chips input'));
  });
});

describe('(d) a booking list in an unknown layout', () => {
  beforeEach(() => load('booking-unknown.html', BOOKING));

  it('is not read by the booking adapter today', () => {
    const read = readResourceList(document, BOOKING);
    expect('rows' in read && read.rows.length > 0).toBe(false);
  });

  it('is learned from a name and an address, across every category, names kept as text', async () => {
    let state = startTeaching({ page: 'booking-list', listShowsEmails: true });
    const name = await pickByClick(textIs('.tile-title', 'Filip Lewandowski'));
    state = advance(state, { type: 'learned-list', result: learnList(name, 'name') });
    expect(state).toMatchObject({ step: 'email' });
    if (state.status !== 'asking') throw new Error(state.status);
    const email = await pickByClick(textIs('.tile-sub', 'anna.kowalska@salon-ania.pl'));
    state = advance(state, { type: 'learned-list', result: learnPlace(state.list!, email, 'email') });
    if (state.status !== 'done') throw new Error(state.status);
    expect(page().__clicks).toBe(0);

    const rows = toResourceRows(readTaughtList(state.layout.lists.resources!, document));
    expect(rows.map((row) => [row.name, row.rawEmail])).toEqual([
      ['Anna Kowalska', 'anna.kowalska@salon-ania.pl'],
      ['Bartosz Nowak', 'bartosz.nowak@salon-ania.pl'],
      ['Celina Wiśniewska', 'celina.wisniewska@salon-ania.pl'],
      ['Dawid Wójcik', ''],
      ['Ewa Kamińska', 'ewa.kaminska@salon-ania'],
      ['Filip Lewandowski', 'filip.lewandowski@salon-ania.pl'],
      ['Grażyna Zielińska-Łęcka', 'grazyna.zielinska@salon-ania.pl'],
      ['Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">', 'recepcja@salon-ania.pl'],
      ['Hubert Szymański', 'recepcja@salon-ania.pl'],
      ['Iwona Dąbrowska', 'iwona.dabrowsak@salon-ania.pl'],
      ['Jan Mazur', 'jan.mazur@salon-ania.pl'],
    ]);
    expect(page().__pwned).toBeUndefined();
    expect(JSON.stringify(state.layout)).not.toMatch(/salon-ania|Kowalska|Fryzjer|zasoby|@/);
  });
});
