import { readFileSync } from 'node:fs';
import { findEmailField, findOpenEditDialog, lookAtForm, readResourceForm } from '../../../utils/booking/resource-form';

const fixtureHtml = (file: string): string => readFileSync(`tests/fixtures/booking/${file}`, 'utf8');
const loadFixture = (file: string): Document => new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
const parse = (html: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

/** "Adres e-mail" of each edit page, as SCENARIO.md writes it (the form value, trimmed). */
const EDIT_PAGES: [number, string, string][] = [
  [12, 'Anna Kowalska', 'anna.kowalska@salon-ania.pl'],
  [13, 'Bartosz Nowak', 'Bartosz.Nowak@Salon-Ania.PL'],
  [14, 'Celina Wiśniewska', 'celina.wisniewska@salon-ania.pl'],
  [15, 'Dawid Wójcik', ''],
  [16, 'Ewa Kamińska', 'ewa.kaminska@salon-ania'],
  [17, 'Filip Lewandowski', 'filip.lewandowski@salon-ania.pl'],
  [18, 'Grażyna Zielińska-Łęcka', 'grazyna.zielinska@salon-ania.pl'],
  [19, 'Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">', 'recepcja@salon-ania.pl'],
  [20, 'Hubert Szymański', 'mailto:Recepcja@salon-ania.pl'],
  [21, 'Iwona Dąbrowska', 'iwona.dabrowsak@salon-ania.pl'],
];

describe('readResourceForm on the edit pages', () => {
  it.each(EDIT_PAGES)('resource %i: %s', (id, name, rawEmail) => {
    expect(readResourceForm(loadFixture(`new-ui-resource-${id}-edit.html`))).toEqual({ name, rawEmail });
  });

  it('Jan Mazur (22) has no edit page: the server answers 500 for it', () => {
    expect(() => fixtureHtml('new-ui-resource-22-edit.html')).toThrow();
  });

  it('finds the email input, not the notifications checkbox labelled "e-mail" nor the phone', () => {
    const field = findEmailField(loadFixture('new-ui-resource-12-edit.html'));
    expect(field?.type).toBe('email');
    expect(field?.name).toBe('resource[email]');
  });
});

describe('findEmailField: label variants', () => {
  const value = (html: string) => findEmailField(parse(html))?.value ?? null;

  it('label[for]', () => {
    expect(value('<label for="x">Adres e-mail</label><input id="x" type="email" value="a@b.pl">')).toBe('a@b.pl');
  });

  it('wrapping label, with a required marker and colon', () => {
    expect(value('<label>Adres e-mail *: <input type="text" value="w@b.pl"></label>')).toBe('w@b.pl');
  });

  it('aria-label, on an input without type', () => {
    expect(value('<input aria-label="E-mail" value="aria@b.pl">')).toBe('aria@b.pl');
  });

  it('aria-labelledby', () => {
    expect(value('<span id="l1">Email address</span><input aria-labelledby="l1" type="email" value="by@b.pl">')).toBe('by@b.pl');
  });

  it('a label-like element in the same form group', () => {
    expect(
      value(`<div class="g"><span>Nazwa</span><input value="Anna"></div>
        <div class="g"><div class="lbl">Adres e-mail</div><div class="ctl"><input value="grp@b.pl"></div><small>Do powiadomień</small></div>`),
    ).toBe('grp@b.pl');
  });

  it("Element UI's form item, whose label for= matches no id", () => {
    expect(
      value(`<div class="zm-form-item"><label for="email" class="zm-form-item__label">Email address</label>
        <div class="zm-form-item__content"><div class="zm-input"><input class="zm-input__inner" value="el@b.pl"></div></div></div>`),
    ).toBe('el@b.pl');
  });

  it('a table form: header cell, then the input', () => {
    expect(
      value(
        '<table><tr><th>Nazwa</th><td><input value="Anna"></td></tr><tr><th>Adres e-mail</th><td><input value="t@b.pl"></td></tr></table>',
      ),
    ).toBe('t@b.pl');
  });

  it('English and Polish without diacritics or hyphen', () => {
    expect(value('<label for="x">Adres email</label><input id="x" value="pl@b.pl">')).toBe('pl@b.pl');
    expect(value('<label for="x">EMAIL</label><input id="x" value="en@b.pl">')).toBe('en@b.pl');
  });

  it('prefers the exact "Adres e-mail" over a longer e-mail label, whatever the order', () => {
    expect(
      value(`<label for="a">E-mail do faktur</label><input id="a" value="faktury@b.pl">
        <label for="b">Adres e-mail</label><input id="b" value="main@b.pl">`),
    ).toBe('main@b.pl');
  });

  it('accepts only text or email inputs', () => {
    expect(
      value('<label>E-mail <input type="checkbox" checked></label><label>Adres e-mail <input type="password" value="x"></label>'),
    ).toBeNull();
  });

  it('does not take a field labelled something else, nor an unlabelled email input', () => {
    expect(value('<label for="t">Telefon</label><input id="t" value="+48 600">')).toBeNull();
    expect(value('<input type="email" value="guess@b.pl">')).toBeNull();
  });

  it('the label of one group does not leak to the next group', () => {
    expect(value('<div><span>Adres e-mail</span><input type="checkbox"><input value="x"></div>')).toBeNull();
  });
});

describe('readResourceForm', () => {
  it("reads the field's current value (set by a script), not the attribute", () => {
    const doc = parse('<label for="e">Adres e-mail</label><input id="e" type="email" value="old@b.pl">');
    (doc.getElementById('e') as HTMLInputElement).value = ' New@B.pl ';
    expect(readResourceForm(doc)).toEqual({ rawEmail: 'New@B.pl' });
  });

  it("an empty field (or only spaces) is '' — read, and empty", () => {
    expect(readResourceForm(parse('<label for="e">Adres e-mail</label><input id="e" type="email">'))).toEqual({ rawEmail: '' });
    expect(readResourceForm(parse('<label for="e">Adres e-mail</label><input id="e" value="   ">'))).toEqual({ rawEmail: '' });
  });

  it('no email field: a problem, not an empty address', () => {
    expect(readResourceForm(parse('<form><label>Nazwa <input value="Anna"></label></form>'))).toEqual({
      problem: 'no-email-field',
    });
    expect(
      readResourceForm(
        parse('<h1>Zaloguj się</h1><form><label>Login <input></label><label>Hasło <input type="password"></label></form>'),
      ),
    ).toEqual({
      problem: 'no-email-field',
    });
  });

  it('collapses whitespace in the name', () => {
    expect(
      readResourceForm(
        parse('<label>Nazwa <input value="  Anna   Kowalska "></label><label>E-mail <input value="a@b.pl"></label>'),
      ),
    ).toEqual({
      name: 'Anna Kowalska',
      rawEmail: 'a@b.pl',
    });
  });
});

describe('findOpenEditDialog', () => {
  /** Loads the dialog fixture into a live document and runs its inline script, as a browser would. */
  function openDialogFixture(): Document {
    const parsed = loadFixture('new-ui-resources-dialog.html');
    const script = parsed.querySelector('script')!.textContent!;
    document.body.innerHTML = parsed.body.innerHTML;
    new Function(script)();
    return document;
  }

  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is null while the fixture dialog is closed, and finds it once an edit icon is clicked', () => {
    const doc = openDialogFixture();
    expect(findOpenEditDialog(doc)).toBeNull();
    const rows = doc.querySelectorAll('li[data-id]');
    (rows[1].querySelector('[data-edit]') as HTMLElement).click();
    const dialog = findOpenEditDialog(doc);
    expect(dialog?.getAttribute('role')).toBe('dialog');
    expect(readResourceForm(dialog!)).toEqual({ name: 'Bartosz Nowak', rawEmail: 'Bartosz.Nowak@Salon-Ania.PL' });
  });

  it('reads each resource as its dialog opens: the empty one, and the HTML name as text', () => {
    const doc = openDialogFixture();
    const rows = doc.querySelectorAll('li[data-id]');
    (rows[3].querySelector('[data-edit]') as HTMLElement).click();
    expect(readResourceForm(findOpenEditDialog(doc)!)).toEqual({ name: 'Dawid Wójcik', rawEmail: '' });
    (doc.querySelector('[data-close]') as HTMLElement).click();
    expect(findOpenEditDialog(doc)).toBeNull();
    (rows[7].querySelector('[data-edit]') as HTMLElement).click();
    expect(readResourceForm(findOpenEditDialog(doc)!)).toEqual({
      name: 'Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">',
      rawEmail: 'recepcja@salon-ania.pl',
    });
    expect(doc.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it.each([
    ['hidden attribute', '<div role="dialog" hidden>FORM</div>'],
    ['hidden ancestor', '<div hidden><div role="dialog">FORM</div></div>'],
    ['aria-hidden', '<div class="modal" aria-hidden="true">FORM</div>'],
    ['display:none', '<div role="dialog" style="display:none">FORM</div>'],
    ['closed <dialog>', '<dialog>FORM</dialog>'],
  ])('ignores a closed dialog (%s)', (_, html) => {
    expect(findOpenEditDialog(parse(html.replace('FORM', '<label>Adres e-mail <input></label>')))).toBeNull();
  });

  it.each([
    ['role=dialog', '<div role="dialog">FORM</div>'],
    ['aria-modal', '<div aria-modal="true">FORM</div>'],
    ['open <dialog>', '<dialog open>FORM</dialog>'],
    ['Bootstrap modal', '<div class="modal show">FORM</div>'],
  ])('finds an open one (%s)', (_, html) => {
    const doc = parse(html.replace('FORM', '<label>Adres e-mail <input value="a@b.pl"></label>'));
    expect(readResourceForm(findOpenEditDialog(doc)!)).toEqual({ rawEmail: 'a@b.pl' });
  });

  it('ignores an open dialog without the email field (a delete confirmation)', () => {
    expect(findOpenEditDialog(parse('<div role="dialog"><p>Usunąć zasób?</p><button>Tak</button></div>'))).toBeNull();
  });

  it('takes the innermost / topmost one when dialogs nest', () => {
    const doc = parse('<div class="modal"><div role="dialog" id="inner"><label>E-mail <input></label></div></div>');
    expect(findOpenEditDialog(doc)?.id).toBe('inner');
  });
});

describe('lookAtForm', () => {
  const URL = 'https://salon-ania.zarezerwuj.pl/panel/ustawienia/zasoby';

  it('sees the late dialog empty, name field included, until the panel fills it', () => {
    const doc = loadFixture('new-ui-resources-dialog-late.html');
    const dialog = doc.querySelector('[role="dialog"]') as Element;
    expect(lookAtForm(dialog, URL)).toEqual({ url: URL, name: '', rawEmail: '', busy: false });
    (dialog.querySelector('input[name="name"]') as HTMLInputElement).value = '  Anna   Kowalska ';
    (dialog.querySelector('input[name="email"]') as HTMLInputElement).value = ' anna.kowalska@salon-ania.pl ';
    expect(lookAtForm(dialog, URL)).toEqual({
      url: URL,
      name: 'Anna Kowalska',
      rawEmail: 'anna.kowalska@salon-ania.pl',
      busy: false,
    });
  });

  it('reads an edit page as a whole document, and says when its form is loading', () => {
    const doc = loadFixture('new-ui-resource-12-edit.html');
    expect(lookAtForm(doc, `${URL}/12/edycja`)).toEqual({
      url: `${URL}/12/edycja`,
      name: 'Anna Kowalska',
      rawEmail: 'anna.kowalska@salon-ania.pl',
      busy: false,
    });
    doc.querySelector('form')?.setAttribute('aria-busy', 'true');
    expect(lookAtForm(doc, URL)?.busy).toBe(true);
  });

  it('a form without a name field has no name; a page without an email field gives nothing', () => {
    expect(lookAtForm(parse('<label>E-mail <input value="a@b.pl"></label>'), URL)).toEqual({
      url: URL,
      rawEmail: 'a@b.pl',
      busy: false,
    });
    expect(lookAtForm(parse('<label>Nazwa <input value="Anna"></label>'), URL)).toBeNull();
  });
});
