import { readFileSync } from 'node:fs';
import { detectBookingPage } from '../../../utils/booking/page';

const loadFixture = (file: string): Document =>
  new DOMParser().parseFromString(readFileSync(`tests/fixtures/booking/${file}`, 'utf8'), 'text/html');
const parse = (html: string): Document =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');

const EDIT_ICON = (id: number) => `<a href="/zasoby/${id}/edit" aria-label="Edytuj"><svg aria-hidden="true"></svg></a>`;

describe('detectBookingPage on the fixtures', () => {
  it.each([
    ['new-ui-resources.html', 'resource-list'],
    ['new-ui-resources-dialog.html', 'resource-list'],
    ['old-ui-resources.html', 'resource-list'],
    ['new-ui-resource-12-edit.html', 'resource-form'],
    ['new-ui-resource-15-edit.html', 'resource-form'],
    ['new-ui-resource-19-edit.html', 'resource-form'],
    ['calendar.html', 'other'],
    ['clients.html', 'other'],
    ['client-edit.html', 'other'],
    ['services.html', 'other'],
    ['settings.html', 'other'],
  ])('%s → %s', (file, kind) => {
    expect(detectBookingPage(loadFixture(file))).toBe(kind);
  });

  it('every edit page of the roster is a resource form', () => {
    for (const id of [12, 13, 14, 15, 16, 17, 18, 19, 20, 21]) {
      expect(detectBookingPage(loadFixture(`new-ui-resource-${id}-edit.html`))).toBe('resource-form');
    }
  });

  it('the list stays a list while its in-place edit dialog is open', () => {
    const doc = loadFixture('new-ui-resources-dialog.html');
    doc.getElementById('edit-backdrop')!.removeAttribute('hidden');
    expect(detectBookingPage(doc)).toBe('resource-list');
  });
});

describe('detectBookingPage: what wakes it', () => {
  it('recognises the English titles', () => {
    expect(
      detectBookingPage(parse(`<main><h1>Resource categories and resources</h1><ul><li>Anna ${EDIT_ICON(1)}</li></ul></main>`)),
    ).toBe('resource-list');
    expect(
      detectBookingPage(
        parse(
          `<h2>Resources (employees)</h2><table><tr><th>Name</th></tr><tr><td>Anna</td><td><a href="/r/1/edit">edit</a></td></tr></table>`,
        ),
      ),
    ).toBe('resource-list');
  });

  it('ignores case, diacritics and surrounding words in the title', () => {
    expect(
      detectBookingPage(parse(`<h1>  Ustawienia:  KATEGORIE ZASOBOW I ZASOBY </h1><ul><li>Anna ${EDIT_ICON(1)}</li></ul>`)),
    ).toBe('resource-list');
  });

  it('wakes on the list title alone when it is the page title, so an unreadable list can be reported', () => {
    expect(detectBookingPage(parse('<main><h1>Kategorie zasobów i zasoby</h1><p>Ładowanie…</p></main>'))).toBe('resource-list');
  });

  it('recognises an edit page by an edit-resource title plus the email field, in English too', () => {
    const form = (title: string, label: string) =>
      parse(`<h1>${title}</h1><form><label for="e">${label}</label><input id="e" type="email" value="a@b.pl"></form>`);
    expect(detectBookingPage(form('Edytuj zasób', 'Adres e-mail'))).toBe('resource-form');
    expect(detectBookingPage(form('Edit resource', 'Email address'))).toBe('resource-form');
    expect(detectBookingPage(form('Nowy pracownik', 'E-mail'))).toBe('resource-form');
  });

  it('an older UI edit page titled "Zasoby (pracownicy)" with the form is a form, not a list', () => {
    const doc = parse(
      '<h2>Zasoby (pracownicy)</h2><form><table><tr><th>Nazwa</th><td><input value="Anna"></td></tr><tr><th>Adres e-mail</th><td><input value="a@b.pl"></td></tr></table></form>',
    );
    expect(detectBookingPage(doc)).toBe('resource-form');
  });
});

describe('detectBookingPage: what must not wake it', () => {
  it('a menu or breadcrumb link to the resource settings', () => {
    const doc = parse(`<nav><h3>Usługi i zasoby</h3><a href="/ustawienia/zasoby">Kategorie zasobów i zasoby</a></nav>
      <main><h1>Pulpit</h1><p>Dzisiaj 4 wizyty.</p></main>`);
    expect(detectBookingPage(doc)).toBe('other');
  });

  it('a sidebar heading, or a heading inside a menu, even with edit links on the page', () => {
    const doc = parse(`<aside><h2>Kategorie zasobów i zasoby</h2></aside><div role="navigation"><h2>Zasoby (pracownicy)</h2></div>
      <main><h1>Klienci</h1><table><tr><th>Imię i nazwisko</th><th>Adres e-mail</th></tr><tr><td>Ola</td><td>ola@x.pl</td><td>${EDIT_ICON(3)}</td></tr></table></main>`);
    expect(detectBookingPage(doc)).toBe('other');
  });

  it('a settings tile whose heading is a link, or sits inside one', () => {
    expect(detectBookingPage(parse('<h1>Ustawienia</h1><a href="/z"><h3>Kategorie zasobów i zasoby</h3></a>'))).toBe('other');
    expect(detectBookingPage(parse('<h1>Ustawienia</h1><h3><a href="/z">Kategorie zasobów i zasoby</a></h3>'))).toBe('other');
  });

  it('a settings card that names the page below the real title, without a list', () => {
    expect(
      detectBookingPage(
        parse(
          '<h1>Ustawienia</h1><section><h3>Kategorie zasobów i zasoby</h3><p>Pracownicy.</p><a href="/z">Otwórz</a></section>',
        ),
      ),
    ).toBe('other');
  });

  it('a plain "Zasoby" filter heading on a calendar with appointment edit buttons', () => {
    const doc = parse(`<main><h1>Kalendarz</h1><section><h2>Zasoby</h2><label><input type="checkbox"> Anna</label></section>
      <div>09:00 Strzyżenie <button title="Edytuj">✎</button></div></main>`);
    expect(detectBookingPage(doc)).toBe('other');
  });

  it('a plain "Zasoby" page title with resource edit icons does wake it', () => {
    expect(detectBookingPage(parse(`<main><h1>Zasoby</h1><ul><li>Anna ${EDIT_ICON(1)}</li></ul></main>`))).toBe('resource-list');
  });

  it('a client edit page with "Adres e-mail"', () => {
    expect(detectBookingPage(parse('<h1>Edycja klienta</h1><form><label>Adres e-mail <input type="email"></label></form>'))).toBe(
      'other',
    );
  });

  it('an empty page', () => {
    expect(detectBookingPage(parse(''))).toBe('other');
  });
});
