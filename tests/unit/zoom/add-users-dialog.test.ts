import { readFileSync } from 'node:fs';
import {
  dialogShowsError,
  findAddUsersButton,
  findAddUsersDialog,
  prefillAddUsers,
  readEmailField,
  readUserType,
} from '../../../utils/zoom/add-users-dialog';
import { loadFixture, runInlineScripts } from './list-fixture-dom';
import type { AddUsersDialog } from '../../../utils/zoom/types';

const FIXTURES = 'tests/fixtures/zoom';

function bodyOf(file: string): string {
  const html = readFileSync(`${FIXTURES}/${file}`, 'utf8');
  const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return match ? match[1] : html;
}

/** Static markup only: scripts in fixtures are not run by innerHTML. */
function load(file: string, extra = ''): void {
  document.body.innerHTML = bodyOf(file) + extra;
}

function mustFind(): AddUsersDialog {
  const dialog = findAddUsersDialog(document);
  if (!dialog) throw new Error('Add Users dialog not found');
  return dialog;
}

/** Counts clicks on every button and clickable icon of the dialog, to prove none is pressed. */
function spyOnButtons(root: Element): { clicks: string[] } {
  const spy = { clicks: [] as string[] };
  for (const button of Array.from(root.querySelectorAll('button, [role="button"]'))) {
    button.addEventListener('click', () =>
      spy.clicks.push((button.textContent ?? '').trim() || button.getAttribute('aria-label') || '?'),
    );
  }
  return spy;
}

/** Events that reached a field, in order. */
function recordEvents(field: Element, types = ['input', 'change', 'keydown', 'paste', 'focus', 'click']): string[] {
  const seen: string[] = [];
  for (const type of types) field.addEventListener(type, () => seen.push(type));
  return seen;
}

/** A minimal chip input: Enter (and optionally comma) keydown turns the input's text into a chip. */
function makeChipInput(
  input: HTMLInputElement,
  options: { onEnter?: boolean; onComma?: boolean; onPaste?: boolean } = { onEnter: true },
): void {
  const addChip = (text: string) => {
    for (const address of text.split(/[,\s]+/).filter(Boolean)) {
      const chip = document.createElement('span');
      chip.className = 'zm-tag zm-tag--info';
      const content = document.createElement('span');
      content.className = 'zm-tag__content';
      content.textContent = address;
      const close = document.createElement('i');
      close.className = 'zm-tag__close';
      close.setAttribute('role', 'button');
      close.textContent = '×';
      chip.append(content, close);
      input.before(chip);
    }
    input.value = '';
  };
  input.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' && options.onEnter) || (event.key === ',' && options.onComma)) {
      event.preventDefault();
      addChip(input.value);
    }
  });
  if (options.onPaste) {
    input.addEventListener('paste', (event) => {
      event.preventDefault();
      addChip(`${input.value},${event.clipboardData?.getData('text/plain') ?? ''}`);
    });
  }
}

function chipsIn(dialog: AddUsersDialog): string[] {
  return Array.from(dialog.dialog.querySelectorAll('.zm-tag__content')).map((chip) => chip.textContent ?? '');
}

function radioChecked(dialog: AddUsersDialog): string[] {
  return Array.from(dialog.dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
    .filter((radio) => radio.checked)
    .map((radio) => radio.value);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findAddUsersDialog', () => {
  it('finds the English dialog and its textarea through the form item (label for matches no id)', () => {
    load('dialog-static-textarea-en.html');
    const dialog = mustFind();
    expect(dialog.dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.emailField.tagName).toBe('TEXTAREA');
    expect(document.getElementById('emails')).toBeNull();
    expect(dialog.emailFieldKind).toBe('plain');
    expect(dialog.addButton?.textContent?.trim()).toBe('Add');
    expect(dialog.prefillAnchor.classList.contains('zm-form-item__content')).toBe(true);
    expect(dialog.prefillAnchor.contains(dialog.emailField)).toBe(true);
  });

  it('finds the Polish dialog with the textarea', () => {
    load('dialog-static-textarea-pl.html');
    const dialog = mustFind();
    expect(dialog.emailField.tagName).toBe('TEXTAREA');
    expect(dialog.addButton?.textContent?.trim()).toBe('Dodaj');
  });

  it.each(['en', 'pl'])('detects the chip input of the tags variant (%s)', (lang) => {
    load(`dialog-static-tags-${lang}.html`);
    const dialog = mustFind();
    expect(dialog.emailField.tagName).toBe('INPUT');
    expect(dialog.emailField.classList.contains('zm-input__inner')).toBe(true);
    expect(dialog.emailFieldKind).toBe('tokens');
  });

  it('detects an Element UI multi-select as tokens and picks its writable input over the read-only one', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Add Users"><div class="zm-form-item"><label class="zm-form-item__label">Email Address</label>
        <div class="zm-form-item__content"><div class="zm-select">
          <div class="zm-select__tags"><span><span class="zm-tag"><span class="zm-select__tags-text">x@y.pl</span><i class="zm-tag__close"></i></span></span>
          <input type="text" class="zm-select__input"></div>
          <div class="zm-input"><input type="text" readonly class="zm-input__inner"></div>
        </div></div></div></div>`;
    const dialog = mustFind();
    expect(dialog.emailField.classList.contains('zm-select__input')).toBe(true);
    expect(dialog.emailFieldKind).toBe('tokens');
    expect(readEmailField(dialog)).toEqual(['x@y.pl']);
  });

  it('treats a plain input (no chips, no tag wrapper) as plain', () => {
    document.body.innerHTML = `<div class="zm-dialog" role="dialog"><div class="zm-dialog__header"><span class="zm-dialog__title">+ Add Users</span></div>
      <div class="zm-form-item"><label class="zm-form-item__label">Email Address(es) *</label>
      <div class="zm-form-item__content"><div class="zm-input"><input class="zm-input__inner"></div></div></div></div>`;
    expect(mustFind().emailFieldKind).toBe('plain');
  });

  it('ignores a closed dialog (display:none wrapper, as v-show leaves it)', () => {
    load('dialog-static-textarea-en.html');
    (document.querySelector('.zm-dialog__wrapper') as HTMLElement).style.display = 'none';
    expect(findAddUsersDialog(document)).toBeNull();
  });

  it('ignores dialogs with another title, and an Add Users dialog without an email field', () => {
    document.body.innerHTML = `
      <div role="dialog" aria-label="Edit User"><div class="zm-form-item"><label>Email address</label><div><input></div></div></div>
      <div role="dialog" aria-label="Add User Group"><div class="zm-form-item"><label>Email address</label><div><input></div></div></div>
      <div role="dialog" aria-label="Add Users"><div class="zm-form-item"><label>Department</label><div><input></div></div></div>`;
    expect(findAddUsersDialog(document)).toBeNull();
  });

  it('finds the plain dialog whose label for matches the input id', () => {
    load('dialog-plain.html');
    expect(findAddUsersDialog(document)).toBeNull(); // hidden until opened
    (document.getElementById('add-users') as HTMLElement).hidden = false;
    const dialog = mustFind();
    expect(dialog.emailField.id).toBe('add-users-email');
    expect(dialog.addButton?.id).toBe('add-users-add');
    expect(dialog.emailFieldKind).toBe('plain');
  });

  it('chooses the dialog, not the lookalike newsletter form outside it', () => {
    load('dialog-lookalike.html', bodyOf('dialog-static-textarea-en.html'));
    const dialog = mustFind();
    expect(dialog.emailField.tagName).toBe('TEXTAREA');
    expect(dialog.dialog.contains(document.getElementById('newsletter-email'))).toBe(false);
  });
});

describe('findAddUsersButton', () => {
  it('finds "+ Add Users" and "+ Dodaj użytkowników"', () => {
    document.body.innerHTML =
      '<button class="zm-button zm-button--primary"><i class="zm-icon-plus"></i><span>+ Add Users</span></button>';
    expect(findAddUsersButton(document)?.tagName).toBe('BUTTON');
    document.body.innerHTML = '<a role="button" href="#"> + Dodaj  użytkowników </a>';
    expect(findAddUsersButton(document)?.tagName).toBe('A');
  });

  it('skips hidden openers, other buttons and buttons inside dialogs', () => {
    document.body.innerHTML = `
      <button style="display:none">+ Add Users</button>
      <button>Add User Group</button>
      <div role="dialog" aria-label="Add Users"><button>Add Users</button></div>`;
    expect(findAddUsersButton(document)).toBeNull();
  });
});

describe('prefillAddUsers on a plain field', () => {
  it('fills the addresses comma-separated with input and change, reads them back, presses nothing', async () => {
    load('dialog-static-textarea-en.html');
    const dialog = mustFind();
    const spy = spyOnButtons(dialog.dialog);
    const events = recordEvents(dialog.emailField);
    const outcome = await prefillAddUsers(dialog, ['celina.wisniewska@salon-ania.pl', 'iwona.dabrowsak@salon-ania.pl'], {
      userType: 'basic',
    });
    expect(outcome).toEqual({
      count: 2,
      ok: true,
      filled: ['celina.wisniewska@salon-ania.pl', 'iwona.dabrowsak@salon-ania.pl'],
    });
    expect(dialog.emailField.value).toBe('celina.wisniewska@salon-ania.pl, iwona.dabrowsak@salon-ania.pl');
    // As a person's click: focus on mouse down, then click, then the typed value and its change.
    expect(events).toEqual(['focus', 'click', 'input', 'change']);
    expect(spy.clicks).toEqual([]);
  });

  it('normalises, de-duplicates and drops invalid addresses before filling', async () => {
    load('dialog-static-textarea-pl.html');
    const dialog = mustFind();
    const outcome = await prefillAddUsers(
      dialog,
      ['  Celina@Salon-Ania.PL ', 'mailto:celina@salon-ania.pl', 'ewa@salon-ania', 'jan@x.pl'],
      {
        userType: 'basic',
      },
    );
    expect(outcome.filled).toEqual(['celina@salon-ania.pl', 'jan@x.pl']);
    expect(outcome.count).toBe(2);
    expect(readEmailField(dialog)).toEqual(['celina@salon-ania.pl', 'jan@x.pl']);
  });

  it('touches nothing when no address is valid', async () => {
    load('dialog-static-textarea-en.html');
    const dialog = mustFind();
    dialog.emailField.value = 'typed@by.admin';
    const outcome = await prefillAddUsers(dialog, ['nope', ''], { userType: 'basic' });
    expect(outcome).toEqual({ count: 0, ok: false, filled: [] });
    expect(dialog.emailField.value).toBe('typed@by.admin');
  });

  it('reports a read-back mismatch when the page throws the value away', async () => {
    load('dialog-static-textarea-en.html');
    const dialog = mustFind();
    // A framework that re-renders the field from its own (unchanged) state on change.
    dialog.emailField.addEventListener('change', () => {
      dialog.emailField.value = '';
    });
    const outcome = await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'basic' });
    expect(outcome.ok).toBe(false);
    expect(outcome.problem).toBe('readback-mismatch');
  });

  it('reports a mismatch when the page keeps only some of the addresses', async () => {
    load('dialog-static-textarea-en.html');
    const dialog = mustFind();
    dialog.emailField.addEventListener('change', () => {
      dialog.emailField.value = dialog.emailField.value.split(',')[0];
    });
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    expect(outcome.problem).toBe('readback-mismatch');
  });
});

describe('prefillAddUsers on a token (chip) input', () => {
  it('types each address and confirms it with Enter', async () => {
    load('dialog-static-tags-en.html');
    const dialog = mustFind();
    makeChipInput(dialog.emailField as HTMLInputElement, { onEnter: true });
    const spy = spyOnButtons(dialog.dialog);
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'C@D.pl'], { userType: 'basic' });
    expect(outcome).toEqual({ count: 2, ok: true, filled: ['a@b.pl', 'c@d.pl'] });
    expect(chipsIn(dialog)).toEqual(['a@b.pl', 'c@d.pl']);
    expect(dialog.emailField.value).toBe('');
    expect(readEmailField(dialog)).toEqual(['a@b.pl', 'c@d.pl']);
    expect(spy.clicks).toEqual([]);
  });

  it('uses the comma key when Enter does nothing', async () => {
    load('dialog-static-tags-pl.html');
    const dialog = mustFind();
    makeChipInput(dialog.emailField as HTMLInputElement, { onComma: true });
    const keys: string[] = [];
    dialog.emailField.addEventListener('keydown', (event) => keys.push((event as KeyboardEvent).key));
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl', 'e@f.pl'], { userType: 'basic' });
    expect(outcome.ok).toBe(true);
    expect(chipsIn(dialog)).toEqual(['a@b.pl', 'c@d.pl', 'e@f.pl']);
    // Enter is tried once; once the comma worked it goes first.
    expect(keys.filter((key) => key === 'Enter')).toHaveLength(1);
  });

  it('falls back to a paste when no key makes a chip', async () => {
    load('dialog-static-tags-en.html');
    const dialog = mustFind();
    makeChipInput(dialog.emailField as HTMLInputElement, { onPaste: true });
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    expect(outcome.ok).toBe(true);
    expect(chipsIn(dialog)).toEqual(['a@b.pl', 'c@d.pl']);
  });

  it('leaves the addresses as comma-separated text when the input makes no chips at all', async () => {
    load('dialog-static-tags-en.html');
    const dialog = mustFind();
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    expect(dialog.emailField.value).toBe('a@b.pl, c@d.pl');
    expect(outcome.ok).toBe(true);
  });

  it('does not type an address already present as a chip; other chips make the read-back fail', async () => {
    load('dialog-static-tags-en.html');
    const dialog = mustFind();
    const input = dialog.emailField as HTMLInputElement;
    makeChipInput(input, { onEnter: true });
    input.value = 'a@b.pl';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    expect(chipsIn(dialog)).toEqual(['a@b.pl', 'c@d.pl']);
    expect(outcome.ok).toBe(true);

    input.value = 'admin@typed.pl';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const again = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    expect(again.ok).toBe(false);
    expect(again.problem).toBe('readback-mismatch');
  });

  it('reads chips without their remove icons, keeps invalid chips as written, and adds leftover text', () => {
    load('dialog-static-tags-en.html');
    const dialog = mustFind();
    const input = dialog.emailField as HTMLInputElement;
    makeChipInput(input, { onEnter: true });
    for (const text of ['Anna@X.pl', 'not-an-address']) {
      input.value = text;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    }
    input.value = 'typed@x.pl';
    expect(readEmailField(dialog)).toEqual(['anna@x.pl', 'not-an-address', 'typed@x.pl']);
  });
});

describe('prefill safety', () => {
  const cases: [string, (field: HTMLElement) => void][] = [
    ['read-only', (field) => field.setAttribute('readonly', '')],
    ['disabled', (field) => field.setAttribute('disabled', '')],
    ['aria-readonly', (field) => field.setAttribute('aria-readonly', 'true')],
    ['display:none', (field) => (field.style.display = 'none')],
    ['hidden by an ancestor', (field) => ((field.closest('.zm-form-item') as HTMLElement).style.visibility = 'hidden')],
    ['transparent ancestor', (field) => ((field.closest('.zm-form-item__content') as HTMLElement).style.opacity = '0')],
  ];
  it.each(cases)('refuses a %s field and leaves it untouched', async (_name, spoil) => {
    load('dialog-static-textarea-en.html');
    const dialog = mustFind();
    spoil(dialog.emailField);
    const events = recordEvents(dialog.emailField);
    const outcome = await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'licensed' });
    expect(outcome).toEqual({ count: 0, ok: false, filled: [], problem: 'field-not-fillable' });
    expect(dialog.emailField.value).toBe('');
    expect(events).toEqual([]);
    expect(radioChecked(dialog)).toEqual(['basic']);
  });

  it('refuses a field outside the dialog (a lookalike form) even when handed one', async () => {
    load('dialog-lookalike.html', bodyOf('dialog-static-textarea-en.html'));
    const dialog = mustFind();
    const newsletter = document.getElementById('newsletter-email') as HTMLInputElement;
    const events = recordEvents(newsletter);
    const outcome = await prefillAddUsers({ ...dialog, emailField: newsletter }, ['a@b.pl'], { userType: 'basic' });
    expect(outcome.problem).toBe('field-not-fillable');
    expect(newsletter.value).toBe('');
    expect(events).toEqual([]);
  });

  it('leaves the lookalike newsletter form alone while filling the dialog', async () => {
    load('dialog-lookalike.html', bodyOf('dialog-static-textarea-en.html'));
    const newsletterFields = ['newsletter-email', 'newsletter-department'].map(
      (id) => document.getElementById(id) as HTMLInputElement,
    );
    const events = newsletterFields.flatMap((field) => recordEvents(field));
    const newsletterClicks = spyOnButtons(document.getElementById('newsletter-form')!);
    const outcome = await prefillAddUsers(mustFind(), ['a@b.pl'], { userType: 'basic', department: 'Salon' });
    expect(outcome.ok).toBe(true);
    expect(newsletterFields.map((field) => field.value)).toEqual(['', '']);
    expect(events).toEqual([]);
    expect(newsletterClicks.clicks).toEqual([]);
  });

  it('refuses to run in a dialog that has been closed meanwhile', async () => {
    load('dialog-static-textarea-en.html');
    const dialog = mustFind();
    (document.querySelector('.zm-dialog__wrapper') as HTMLElement).style.display = 'none';
    expect((await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'basic' })).problem).toBe('field-not-fillable');
  });
});

describe('user type and department', () => {
  it.each([
    ['en', 'licensed', 'Licensed'],
    ['pl', 'licensed', 'Z licencją'],
    ['en', 'on-prem', 'On-prem'],
    ['pl', 'on-prem', 'Lokalny'],
  ] as const)('selects the %s %s radio by clicking its label (%s)', async (lang, userType, labelText) => {
    load(`dialog-static-textarea-${lang}.html`);
    const dialog = mustFind();
    const labelClicks: string[] = [];
    for (const label of Array.from(dialog.dialog.querySelectorAll('label.zm-radio'))) {
      label.addEventListener('click', () => labelClicks.push(label.textContent?.trim() ?? ''));
    }
    const outcome = await prefillAddUsers(dialog, ['a@b.pl'], { userType });
    expect(outcome.ok).toBe(true);
    expect(radioChecked(dialog)).toEqual([userType]);
    expect(labelClicks[0]).toBe(labelText);
  });

  it('clicks nothing when Basic is already selected', async () => {
    load('dialog-static-textarea-pl.html');
    const dialog = mustFind();
    const clicks: string[] = [];
    dialog.dialog.querySelector('[role="radiogroup"]')!.addEventListener('click', () => clicks.push('radio'));
    expect((await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'basic' })).ok).toBe(true);
    expect(clicks).toEqual([]);
  });

  it('reports user-type-not-found when the requested type has no control', async () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Add Users"><div class="zm-form-item"><label>Email address</label>
      <div class="zm-form-item__content"><textarea></textarea></div></div></div>`;
    const licensed = await prefillAddUsers(mustFind(), ['a@b.pl'], { userType: 'licensed' });
    expect(licensed).toMatchObject({ ok: false, problem: 'user-type-not-found', count: 1 });
    const basic = await prefillAddUsers(mustFind(), ['a@b.pl'], { userType: 'basic' });
    expect(basic).toMatchObject({ ok: true, count: 1 });
  });

  it('chooses the user type in a native select (plain dialog) with change events', async () => {
    load('dialog-plain.html');
    (document.getElementById('add-users') as HTMLElement).hidden = false;
    const select = document.getElementById('add-users-type') as HTMLSelectElement;
    const events = recordEvents(select, ['change']);
    const outcome = await prefillAddUsers(mustFind(), ['a@b.pl'], { userType: 'on-prem', department: 'Recepcja' });
    expect(outcome.ok).toBe(true);
    expect(select.value).toBe('3');
    expect(events).toEqual(['change']);
    expect((document.getElementById('add-users-department') as HTMLInputElement).value).toBe('Recepcja');
    expect((document.getElementById('add-users-job') as HTMLInputElement).value).toBe('');
  });

  it.each(['en', 'pl'])('sets the department only when one is given and touches no other field (%s)', async (lang) => {
    load(`dialog-static-textarea-${lang}.html`);
    const dialog = mustFind();
    const otherInputs = () =>
      Array.from(dialog.dialog.querySelectorAll<HTMLInputElement>('input.zm-input__inner')).map((input) => input.value);
    await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'basic', department: '   ' });
    expect(otherInputs()).toEqual(['', '', '', '']);
    await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'basic', department: ' Salon Kraków ' });
    // Department, Manager, Job Title, Location: only the first one changes.
    expect(otherInputs()).toEqual(['Salon Kraków', '', '', '']);
    const checkboxes = Array.from(dialog.dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(checkboxes.map((box) => box.checked)).toEqual([false, false]);
  });

  it('reports department-not-found when the dialog has no department field', async () => {
    document.body.innerHTML = `<div role="dialog" aria-label="Dodaj użytkowników"><div class="zm-form-item"><label>Adres e-mail</label>
      <div class="zm-form-item__content"><textarea></textarea></div></div></div>`;
    const outcome = await prefillAddUsers(mustFind(), ['a@b.pl'], { userType: 'basic', department: 'Salon' });
    expect(outcome).toMatchObject({ ok: false, problem: 'department-not-found', count: 1 });
  });
});

describe('dialogShowsError', () => {
  it('is false for the fresh dialog (a hint is not an error)', () => {
    load('dialog-static-textarea-en.html');
    expect(dialogShowsError(mustFind().dialog)).toBe(false);
  });

  it('sees a form item error, and a role=alert message, but not an empty or hidden one', () => {
    load('dialog-static-textarea-pl.html');
    const dialog = mustFind().dialog;
    const content = dialog.querySelector('.zm-form-item__content')!;
    const error = document.createElement('div');
    error.className = 'zm-form-item__error';
    content.append(error);
    expect(dialogShowsError(dialog)).toBe(false);
    error.textContent = 'Wpisz poprawny adres e-mail: x';
    expect(dialogShowsError(dialog)).toBe(true);
    error.style.display = 'none';
    expect(dialogShowsError(dialog)).toBe(false);
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = 'Something went wrong';
    dialog.append(alert);
    expect(dialogShowsError(dialog)).toBe(true);
  });
});

describe('the Vue fixture behaves like a framework app', () => {
  type VueGlobal = {
    createApp: (options: object) => { mount: (el: Element) => unknown; unmount: () => void };
    nextTick: () => Promise<void>;
  };
  const Vue = new Function(`${readFileSync('node_modules/vue3/dist/vue.global.prod.js', 'utf8')}; return Vue;`)() as VueGlobal;
  (globalThis as unknown as { Vue: VueGlobal }).Vue = Vue;
  new Function(readFileSync(`${FIXTURES}/add-users-dialog.js`, 'utf8'))();

  interface FixtureState {
    emails: string[];
    userType: string;
    department: string;
    submitted: number;
    cancelled: number;
  }
  const state = () => (window as unknown as { __zoomFixture: { addUsers: FixtureState } }).__zoomFixture.addUsers;

  let unmount: () => void = () => {};
  async function mountDialog(lang: 'en' | 'pl', variant: 'textarea' | 'tags'): Promise<{ added: string[][] }> {
    const host = document.createElement('div');
    document.body.append(host);
    const record = { added: [] as string[][] };
    const app = Vue.createApp({
      components: { AddUsersDialog: (window as unknown as { ZoomFixtureAddUsersDialog: object }).ZoomFixtureAddUsersDialog },
      methods: { onAdded: (emails: string[]) => record.added.push(emails) },
      template: `<add-users-dialog lang="${lang}" variant="${variant}" @added="onAdded"></add-users-dialog>`,
    });
    app.mount(host);
    unmount = () => app.unmount();
    await Vue.nextTick();
    return record;
  }
  afterEach(() => unmount());

  it('ignores a value set without events, and wipes it on the next render', async () => {
    await mountDialog('en', 'textarea');
    const dialog = mustFind();
    dialog.emailField.value = 'sneaky@x.pl';
    expect(state().emails).toEqual([]);
    (dialog.dialog.querySelectorAll('label.zm-radio')[1] as HTMLElement).click();
    await Vue.nextTick();
    expect(state().userType).toBe('licensed');
    expect(dialog.emailField.value).toBe('');
  });

  it('takes a prefill into its state (textarea, Polish) and the address survives re-renders', async () => {
    await mountDialog('pl', 'textarea');
    const outcome = await prefillAddUsers(mustFind(), ['a@b.pl', 'c@d.pl'], { userType: 'licensed', department: 'Recepcja' });
    expect(outcome.ok).toBe(true);
    expect(state()).toMatchObject({ emails: ['a@b.pl', 'c@d.pl'], userType: 'licensed', department: 'Recepcja', submitted: 0 });
  });

  it('makes chips only on Enter, comma or paste, and a prefill creates them', async () => {
    await mountDialog('en', 'tags');
    const dialog = mustFind();
    const input = dialog.emailField as HTMLInputElement;
    input.value = 'x@y.pl';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Vue.nextTick();
    expect(state().emails).toEqual([]);
    expect(chipsIn(dialog)).toEqual([]);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    expect(outcome.ok).toBe(true);
    expect(state().emails).toEqual(['a@b.pl', 'c@d.pl']);
    expect(chipsIn(dialog)).toEqual(['a@b.pl', 'c@d.pl']);
  });

  it('Add shows an error for an invalid address and keeps the dialog; valid ones are added', async () => {
    const record = await mountDialog('pl', 'textarea');
    const dialog = mustFind();
    const before = state().submitted;
    await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'basic' });
    const textarea = dialog.emailField;
    textarea.value = 'a@b.pl, zły-adres';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    dialog.addButton!.click();
    await Vue.nextTick();
    expect(dialogShowsError(dialog.dialog)).toBe(true);
    expect(record.added).toEqual([]);
    textarea.value = 'a@b.pl';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    dialog.addButton!.click();
    await Vue.nextTick();
    expect(record.added).toEqual([['a@b.pl']]);
    expect(state().submitted).toBe(before + 1);
  });
});

describe("Zoom's own controls (dialog-zoom-radio-en.html, dialog-zoom-select-pl.html)", () => {
  interface ZoomControls {
    emails: string[];
    userType: string;
  }
  const model = () => (window as unknown as { __zoomControls: ZoomControls }).__zoomControls;
  const open = (file: string) => {
    loadFixture(file);
    runInlineScripts();
    return mustFind();
  };

  it.each(['dialog-zoom-radio-en.html', 'dialog-zoom-select-pl.html'])(
    'finds the type-to-add combobox as a token field (%s)',
    (file) => {
      const dialog = open(file);
      expect(dialog.emailField.matches('input.zm-select__input[role="combobox"]')).toBe(true);
      expect(dialog.emailFieldKind).toBe('tokens');
      expect(readEmailField(dialog)).toEqual([]);
    },
  );

  it('types each address and presses Enter in the combobox; the read-back is the tags the model holds', async () => {
    const dialog = open('dialog-zoom-radio-en.html');
    const spy = spyOnButtons(dialog.dialog);
    const outcome = await prefillAddUsers(dialog, ['Celina.Wisniewska@salon-ania.pl', 'iwona.dabrowsak@salon-ania.pl'], {
      userType: 'basic',
    });
    expect(outcome).toMatchObject({ ok: true, count: 2 });
    expect(model().emails).toEqual(['celina.wisniewska@salon-ania.pl', 'iwona.dabrowsak@salon-ania.pl']);
    expect(readEmailField(dialog)).toEqual(model().emails);
    expect(dialog.emailField.value).toBe('');
    // Enter went to the combobox only: no button was pressed.
    expect(spy.clicks).toEqual([]);
  });

  it('reads back what the model holds, not what was meant: a tag removed on the page is missing from the read-back', async () => {
    const dialog = open('dialog-zoom-radio-en.html');
    await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    (dialog.dialog.querySelector('.zm-tag__close') as HTMLElement).click();
    expect(model().emails).toEqual(['c@d.pl']);
    expect(readEmailField(dialog)).toEqual(['c@d.pl']);
  });

  it.each([
    ['licensed', 'licensed'],
    ['on-prem', 'on-prem'],
    ['basic', 'basic'],
  ] as const)(
    "checks Zoom's radio (input.zm-radio__original beside its label) for %s, and reads it back",
    async (userType, value) => {
      const dialog = open('dialog-zoom-radio-en.html');
      expect(readUserType(dialog.dialog)).toBe('basic');
      const outcome = await prefillAddUsers(dialog, ['a@b.pl'], { userType });
      expect(outcome).toMatchObject({ ok: true });
      expect(model().userType).toBe(value);
      expect(readUserType(dialog.dialog)).toBe(userType);
      const checked = Array.from(dialog.dialog.querySelectorAll('.zm-radio-wrap.is-checked input')).map(
        (input) => (input as HTMLInputElement).value,
      );
      expect(checked).toEqual([value]);
    },
  );

  it("opens Zoom's select (span[role=button]) and picks the dd[role=option] by its Polish label", async () => {
    const dialog = open('dialog-zoom-select-pl.html');
    expect(readUserType(dialog.dialog)).toBe('basic');
    const outcome = await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'licensed' });
    expect(outcome).toMatchObject({ ok: true, count: 1 });
    expect(model().userType).toBe('licensed');
    expect(readUserType(dialog.dialog)).toBe('licensed');
    expect(model().emails).toEqual(['a@b.pl']);
    // The list is closed again, as after a person's choice.
    expect((dialog.dialog.querySelector('dl[role="listbox"]') as HTMLElement).style.display).toBe('none');
  });

  it("says user-type-not-found when Zoom's select offers the type only as a disabled option", async () => {
    const dialog = open('dialog-zoom-select-pl.html');
    const outcome = await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'on-prem' });
    expect(outcome).toMatchObject({ ok: false, problem: 'user-type-not-found' });
    expect(model().userType).toBe('basic');
    expect(readUserType(dialog.dialog)).toBe('basic');
  });
});

describe("the seeds' Polish words for the dialog (../shared/seeds/)", () => {
  /** A bare dialog in Zoom's Polish words, with nothing else that could give the answer away. */
  function polishDialog(options: { title?: string; typeLabel?: string; radios?: string[]; buttons?: string[] } = {}): void {
    const radios = (options.radios ?? ['Podstawowy', 'Z licencją', 'Lokalny'])
      .map(
        (text, index) =>
          `<label class="zm-radio"><input type="radio" name="t" value="${index}"${index === 0 ? ' checked' : ''}><span>${text}</span></label>`,
      )
      .join('');
    const buttons = (options.buttons ?? ['Anuluj', 'Dodaj'])
      .map((text) => `<button type="button"><span>${text}</span></button>`)
      .join('');
    document.body.innerHTML = `<button type="button" class="zm-button zm-button--primary"><span>+ Dodaj użytkowników</span></button>
      <div role="dialog" aria-label="${options.title ?? 'Dodaj użytkowników'}">
        <div class="zm-form-item"><label>Adres e-mail</label><div class="zm-form-item__content"><textarea></textarea></div></div>
        <div class="zm-form-item"><label>${options.typeLabel ?? 'Typ użytkownika'}</label><div class="zm-form-item__content">${radios}</div></div>
        <div class="zm-dialog__footer">${buttons}</div>
      </div>`;
  }

  it('finds "+ Dodaj użytkowników" as the button that opens the dialog', () => {
    polishDialog();
    expect(findAddUsersButton(document)?.textContent?.trim()).toBe('+ Dodaj użytkowników');
  });

  it('finds the dialog by its title "Dodaj użytkowników" and not by another title', () => {
    polishDialog();
    expect(findAddUsersDialog(document)).not.toBeNull();
    polishDialog({ title: 'Edytuj użytkownika' });
    expect(findAddUsersDialog(document)).toBeNull();
  });

  it.each([
    ['basic', 'Podstawowy'],
    ['licensed', 'Z licencją'],
    ['on-prem', 'Lokalny'],
  ] as const)('under "Typ użytkownika", %s is the option "%s"', async (userType, word) => {
    polishDialog();
    const dialog = mustFind();
    expect(await prefillAddUsers(dialog, ['a@b.pl'], { userType })).toMatchObject({ ok: true });
    const checked = Array.from(dialog.dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')).find(
      (input) => input.checked,
    );
    expect(checked?.closest('label')?.textContent).toBe(word);
    expect(readUserType(dialog.dialog)).toBe(userType);
  });

  it('looks for the type under "Typ użytkownika" when that label is there, else anywhere in the dialog', async () => {
    polishDialog({ typeLabel: 'Grupa użytkowników', radios: ['Z licencją'] });
    expect(await prefillAddUsers(mustFind(), ['a@b.pl'], { userType: 'licensed' })).toMatchObject({ ok: true });
    polishDialog({ typeLabel: 'Typ użytkownika', radios: ['Podstawowy'] });
    expect(await prefillAddUsers(mustFind(), ['a@b.pl'], { userType: 'licensed' })).toMatchObject({
      ok: false,
      problem: 'user-type-not-found',
    });
  });

  it('knows "Dodaj" as the Add button and "Anuluj" as Cancel, and presses neither', async () => {
    polishDialog();
    const dialog = mustFind();
    expect(dialog.addButton?.textContent).toBe('Dodaj');
    expect(dialog.cancelButton?.textContent).toBe('Anuluj');
    const spy = spyOnButtons(dialog.dialog);
    await prefillAddUsers(dialog, ['a@b.pl'], { userType: 'licensed' });
    expect(spy.clicks).toEqual([]);
  });

  it('has no Add or Cancel when the footer says something else', () => {
    polishDialog({ buttons: ['Zamknij', 'Zapisz'] });
    const dialog = mustFind();
    expect(dialog.addButton).toBeNull();
    expect(dialog.cancelButton).toBeNull();
  });
});

describe('reading tags whose remove control has text', () => {
  /** Puts chips of the given markup before the static fixture's tag input. */
  function withChips(lang: 'en' | 'pl', chips: string[]): AddUsersDialog {
    load(`dialog-static-tags-${lang}.html`);
    const dialog = mustFind();
    dialog.emailField.insertAdjacentHTML('beforebegin', chips.join(''));
    return dialog;
  }

  // Each shape puts the control's text right against the address, or beside it as a word.
  const shapes: [string, (address: string, control: string) => string][] = [
    ['an aria-hidden icon glued to the text', (a, c) => `<span class="zm-tag">${a}<span aria-hidden="true">${c}</span></span>`],
    ['a link with text only', (a, c) => `<span class="zm-tag"><span>${a}</span> <a href="#">${c}</a></span>`],
    [
      'a focusable span',
      (a, c) => `<span class="token"><span class="token-label">${a}</span><span tabindex="0">${c}</span></span>`,
    ],
    [
      'a screen-reader word and an svg',
      (a, c) => `<li class="chip">${a}<span class="sr-only">${c}</span><svg><title>${c}</title></svg></li>`,
    ],
    ['a button', (a, c) => `<span class="zm-tag"><span>${a}</span><button type="button">${c}</button></span>`],
    ['a role=button icon', (a, c) => `<span class="zm-tag">${a}<i role="button" class="zm-icon">${c}</i></span>`],
  ];
  const controls: ['en' | 'pl', string][] = [
    ['en', 'x'],
    ['en', '×'],
    ['en', 'Remove'],
    ['pl', 'x'],
    ['pl', '×'],
    ['pl', 'Usuń'],
  ];

  for (const [shape, chip] of shapes) {
    it.each(controls)(`reads the address of each tag with ${shape} (%s, "%s")`, (lang, control) => {
      const dialog = withChips(lang, [chip('Anna@X.pl', control), chip('jan.kowalski+salon@firma.com.pl', control)]);
      expect(readEmailField(dialog)).toEqual(['anna@x.pl', 'jan.kowalski+salon@firma.com.pl']);
    });
  }

  it.each(controls)('reports a prefill into such tags as ok (%s, "%s")', async (lang, control) => {
    const dialog = withChips(lang, [`<span class="zm-tag">a@b.pl<span aria-hidden="true">${control}</span></span>`]);
    makeChipInput(dialog.emailField as HTMLInputElement, { onEnter: true });
    // The test's chip input makes its own kind of chip: give it the same text control.
    const outcome = await prefillAddUsers(dialog, ['a@b.pl', 'c@d.pl'], { userType: 'basic' });
    expect(readEmailField(dialog)).toEqual(['a@b.pl', 'c@d.pl']);
    expect(outcome).toMatchObject({ count: 2, ok: true });
  });

  it('still sees a wrong tag: an invalid one as written, and two addresses in one tag', () => {
    const dialog = withChips('pl', [
      '<span class="zm-tag">jan@firma<span aria-hidden="true">x</span></span>',
      '<span class="zm-tag"><span>a@b.pl c@d.pl</span><a href="#">Usuń</a></span>',
    ]);
    expect(readEmailField(dialog)).toEqual(['jan@firma', 'a@b.pl', 'c@d.pl']);
  });
});
