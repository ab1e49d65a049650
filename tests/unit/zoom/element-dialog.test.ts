/**
 * The Add Users dialog as the real Element UI 2 renders it (tests/fixtures/zoom-element/, renamed zm-,
 * on Vue 2.7), run in happy-dom: fill, then read back both the page's field and the Vue model.
 */
import { buildZoomElementPage, type ZoomElementOptions } from '../../fixtures/zoom-element/build';
import { loadHtml, runInlineScripts, setUrl } from './list-fixture-dom';
import {
  findAddUsersButton,
  findAddUsersDialog,
  prefillAddUsers,
  readEmailField,
  readUserType,
} from '../../../utils/zoom/add-users-dialog';
import type { AddUsersDialog } from '../../../utils/zoom/types';

interface FixtureState {
  dialogOpen: boolean;
  addUsers: {
    raw: string | string[];
    emails: string[];
    userType: string;
    department: string;
    submitted: number;
    cancelled: number;
  };
}
const state = () => (window as unknown as { __fixture: { state: FixtureState } }).__fixture.state;
const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

async function openDialog(options: ZoomElementOptions): Promise<AddUsersDialog> {
  setUrl('https://zoom.us/account/user#/');
  loadHtml(buildZoomElementPage(options));
  runInlineScripts();
  await tick();
  const button = findAddUsersButton(document);
  if (!button) throw new Error('no Add Users button');
  button.click();
  await tick();
  const dialog = findAddUsersDialog(document);
  if (!dialog) throw new Error('Add Users dialog not found');
  return dialog;
}

const ADDRESSES = ['celina.wisniewska@salon-ania.pl', 'iwona.dabrowsak@salon-ania.pl'];

describe('the real Element UI Add Users dialog', { timeout: 30_000 }, () => {
  for (const lang of ['en', 'pl'] as const) {
    it(`finds the dialog by its title and the textarea by its label (${lang})`, async () => {
      const dialog = await openDialog({ lang, email: 'textarea' });
      expect(dialog.emailField.matches('textarea.zm-textarea__inner')).toBe(true);
      expect(dialog.emailFieldKind).toBe('plain');
      expect(dialog.addButton?.textContent?.trim()).toBe(lang === 'pl' ? 'Dodaj' : 'Add');
      expect(readUserType(dialog.dialog)).toBe('basic');
    });

    it(`fills the textarea: the Vue model holds exactly the addresses, nothing is submitted (${lang})`, async () => {
      const dialog = await openDialog({ lang, email: 'textarea' });
      const outcome = await prefillAddUsers(dialog, ADDRESSES, { userType: 'basic' });
      expect(outcome).toMatchObject({ ok: true, count: 2 });
      expect(state().addUsers).toMatchObject({
        raw: ADDRESSES.join(', '),
        emails: ADDRESSES,
        userType: 'basic',
        submitted: 0,
        cancelled: 0,
      });
      expect(readEmailField(dialog)).toEqual(ADDRESSES);
      expect(state().dialogOpen).toBe(true);
    });

    it(`types each address into el-select multiple allow-create and presses Enter: one tag each (${lang})`, async () => {
      const dialog = await openDialog({ lang, email: 'tags' });
      expect(dialog.emailField.matches('.zm-select__tags input.zm-select__input')).toBe(true);
      expect(dialog.emailFieldKind).toBe('tokens');
      const outcome = await prefillAddUsers(dialog, ADDRESSES, { userType: 'licensed' });
      expect(outcome).toMatchObject({ ok: true, count: 2 });
      expect(state().addUsers).toMatchObject({ raw: ADDRESSES, userType: 'licensed', submitted: 0 });
      expect(readEmailField(dialog)).toEqual(ADDRESSES);
      expect(dialog.emailField.value).toBe('');
      expect(readUserType(dialog.dialog)).toBe('licensed');
    });

    it(`checks the el-radio-group's On-Prem and sets the department, and reads both back (${lang})`, async () => {
      const dialog = await openDialog({ lang, email: 'textarea' });
      const outcome = await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'on-prem', department: 'Recepcja' });
      expect(outcome).toMatchObject({ ok: true, count: 1 });
      expect(state().addUsers).toMatchObject({ userType: 'on-prem', department: 'Recepcja', submitted: 0 });
      expect(readUserType(dialog.dialog)).toBe('on-prem');
    });
  }

  it('reads back the tags the model holds after one is removed on the page', async () => {
    const dialog = await openDialog({ lang: 'en', email: 'tags' });
    await prefillAddUsers(dialog, ADDRESSES, { userType: 'basic' });
    (dialog.dialog.querySelector('.zm-tag__close') as HTMLElement).click();
    await tick();
    expect(state().addUsers.emails).toEqual([ADDRESSES[1]]);
    expect(readEmailField(dialog)).toEqual([ADDRESSES[1]]);
  });

  it('keeps a tag the admin already made and adds only the others', async () => {
    const dialog = await openDialog({ lang: 'pl', email: 'tags' });
    await prefillAddUsers(dialog, [ADDRESSES[0]], { userType: 'basic' });
    const outcome = await prefillAddUsers(dialog, ADDRESSES, { userType: 'basic' });
    expect(outcome).toMatchObject({ ok: true, count: 2 });
    expect(state().addUsers.emails).toEqual(ADDRESSES);
  });
});
