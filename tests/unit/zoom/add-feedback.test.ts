/**
 * Telling Zoom's answer to Add: error or success, anywhere on the page, in Polish and English. First on
 * markup written here (the shapes Element UI and plain pages render), then on the real Element UI 2
 * (tests/fixtures/zoom-element/, renamed zm-) running its own $message and $notify in happy-dom.
 */
import { readFileSync } from 'node:fs';
import { buildZoomElementPage, type ZoomElementOptions } from '../../fixtures/zoom-element/build';
import { loadHtml, runInlineScripts, setUrl } from './list-fixture-dom';
import { classifyMessage, meaningOf, watchFeedback } from '../../../utils/zoom/add-feedback';
import { findAddUsersButton, findAddUsersDialog, prefillAddUsers } from '../../../utils/zoom/add-users-dialog';

const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** Element UI 2's $message as it renders (renamed zm-): role=alert on every type, the type in the class and the icon. */
const elementMessage = (type: string, text: string) =>
  `<div role="alert" class="zm-message zm-message--${type}"><i class="zm-message__icon zm-icon-${type}"></i><p class="zm-message__content">${text}</p><i class="zm-message__closeBtn zm-icon-close"></i></div>`;
/** Element UI 2's $notify: the type only on the icon. */
const elementNotification = (type: string, title: string, text: string) =>
  `<div role="alert" class="zm-notification right"><i class="zm-notification__icon zm-icon-${type}"></i><div class="zm-notification__group is-with-icon"><h2 class="zm-notification__title">${title}</h2><div class="zm-notification__content"><p>${text}</p></div><div class="zm-notification__closeBtn zm-icon-close"></div></div></div>`;

function append(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const element = holder.firstElementChild!;
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('classifyMessage', () => {
  const untyped = { type: null, alert: false } as const;
  const alert = { type: null, alert: true } as const;

  it.each([
    // The card check, in the booking tutorial's words and in English.
    ['Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności.', untyped],
    ['To manage users on the Basic plan, you need to add a saved payment method.', untyped],
    ['Please verify your account with a credit card or PayPal.', untyped],
    ['Nie udało się wysłać zaproszeń. Spróbuj ponownie później.', untyped],
    ['Invitations could not be sent. Please try again later.', untyped],
    ['Wpisz poprawny adres e-mail: jan@firma', untyped],
    ['Please enter a valid email address: jan@firma', { type: 'error', alert: false }],
    ['Użytkownik anna@x.pl już istnieje na innym koncie', untyped],
    ['User anna@x.pl already exists in another account', untyped],
    ['Przekroczono limit licencji', untyped],
    ['Błąd', untyped],
    // Failure words win over a success type: part of the Add did not happen.
    ['Invitations sent to 1 user(s); 2 could not be added', { type: 'success', alert: true }],
    // An alert of no known type, whatever it says.
    ['Coś poszło nie tak', alert],
    ['Something went wrong', alert],
  ] as const)('error: %s', (text, meaning) => {
    expect(classifyMessage(text, meaning)).toBe('error');
  });

  it.each([
    ['Invitations sent to 2 user(s)', { type: 'success', alert: true }],
    ['Wysłano zaproszenia: 2', { type: 'success', alert: true }],
    ['Invitations sent to 2 user(s)', untyped],
    ['Wysłano zaproszenia: 2', untyped],
    ['Użytkownicy zostali pomyślnie dodani', untyped],
    ['Users added successfully', alert],
    ['Zaproszenie zostało wysłane', untyped],
    // Element UI's type is the meaning when the words say nothing either way.
    ['Gotowe', { type: 'success', alert: true }],
  ] as const)('success: %s', (text, meaning) => {
    expect(classifyMessage(text, meaning)).toBe('success');
  });

  it.each([
    ['Ładowanie…', untyped],
    ['Loading', { type: 'info', alert: true }],
    ['3 results', untyped],
    ['', alert],
  ] as const)('neither: %s', (text, meaning) => {
    expect(classifyMessage(text, meaning)).toBeNull();
  });
});

describe('meaningOf', () => {
  it("reads Element UI's type from the message or its icon, and role=alert", () => {
    expect(meaningOf(append(elementMessage('error', 'x')))).toEqual({ type: 'error', alert: true });
    expect(meaningOf(append(elementMessage('success', 'x')))).toEqual({ type: 'success', alert: true });
    expect(meaningOf(append(elementMessage('warning', 'x')))).toEqual({ type: 'error', alert: true });
    expect(meaningOf(append(elementMessage('info', 'x')))).toEqual({ type: 'info', alert: true });
    expect(meaningOf(append(elementNotification('success', 'Success', 'x')))).toEqual({ type: 'success', alert: true });
    expect(meaningOf(append('<div role="status" class="zm-message"><p>x</p></div>'))).toEqual({ type: null, alert: false });
    expect(meaningOf(append('<div aria-live="assertive">x</div>'))).toEqual({ type: null, alert: true });
  });
});

describe('watchFeedback', () => {
  const card = {
    en: 'To manage users on the Basic plan, you need to add a saved payment method.',
    pl: 'Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności.',
  };
  it.each([
    ['en', elementMessage('error', card.en), card.en],
    ['pl', elementMessage('error', card.pl), card.pl],
    [
      'en',
      elementNotification('error', 'Error', 'Your card has not been verified yet.'),
      'Error Your card has not been verified yet.',
    ],
    ['pl', elementNotification('error', 'Błąd', 'Karta nie została zweryfikowana.'), 'Błąd Karta nie została zweryfikowana.'],
    ['en', '<div class="toast toast-danger" role="alert">Payment method required</div>', 'Payment method required'],
    ['pl', '<section aria-live="assertive"><p>Nie można dodać użytkowników</p></section>', 'Nie można dodać użytkowników'],
  ])('sees a toast or alert that appears outside the dialog (%s)', (_lang, html, text) => {
    const watch = watchFeedback(document);
    expect(watch.read()).toEqual([]);
    append(html);
    expect(watch.read()).toEqual([{ kind: 'error', text }]);
    // Said once: the next read reports only what is new again.
    expect(watch.read()).toEqual([]);
  });

  it.each([
    ['en', elementMessage('success', 'Invitations sent to 2 user(s)'), 'Invitations sent to 2 user(s)'],
    [
      'pl',
      '<div class="zm-message" role="status"><p class="zm-message__content">Wysłano zaproszenia: 2</p></div>',
      'Wysłano zaproszenia: 2',
    ],
  ])('sees a success message (%s)', (_lang, html, text) => {
    const watch = watchFeedback(document);
    append(html);
    expect(watch.read()).toEqual([{ kind: 'success', text }]);
  });

  it('ignores what was shown before the watch started, and sees a region whose text changes', () => {
    append(elementMessage('error', 'An old error from before the Add'));
    const region = append('<div role="alert" class="account-alert"></div>');
    const watch = watchFeedback(document);
    expect(watch.read()).toEqual([]);
    region.textContent = 'Add a payment method to add users';
    expect(watch.read()).toEqual([{ kind: 'error', text: 'Add a payment method to add users' }]);
    region.textContent = '';
    expect(watch.read()).toEqual([]);
    region.textContent = 'Add a payment method to add users';
    expect(watch.read()).toEqual([{ kind: 'error', text: 'Add a payment method to add users' }]);
  });

  it('sees a form item error in the dialog, and a hidden message only once it shows', () => {
    const html = readFileSync('tests/fixtures/zoom/dialog-static-textarea-pl.html', 'utf8');
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1];
    const watch = watchFeedback(document);
    const error = document.createElement('div');
    error.className = 'zm-form-item__error';
    error.textContent = 'Wpisz poprawny adres e-mail: jan@firma';
    error.style.display = 'none';
    document.querySelector('.zm-form-item__content')!.append(error);
    expect(watch.read()).toEqual([]);
    error.style.display = '';
    expect(watch.read()).toEqual([{ kind: 'error', text: 'Wpisz poprawny adres e-mail: jan@firma' }]);
  });

  it('says nothing of info messages, status lines without meaning, or whole regions of the page', () => {
    const watch = watchFeedback(document);
    append(elementMessage('info', 'Loading users'));
    append('<div role="status">Strona 2 z 3</div>');
    append(`<div class="message-center" role="alert">${'Błąd wiersza. '.repeat(40)}</div>`);
    expect(watch.read()).toEqual([]);
  });

  it('reports errors before successes', () => {
    const watch = watchFeedback(document);
    append(elementMessage('success', 'Invitations sent to 1 user(s)'));
    append(elementMessage('error', 'Invitations could not be sent.'));
    expect(watch.read().map((one) => one.kind)).toEqual(['error', 'success']);
  });
});

describe("the real Element UI's answers to Add (happy-dom)", { timeout: 30_000 }, () => {
  interface Fixture {
    state: { dialogOpen: boolean; addUsers: { submitted: number } };
  }
  const fixture = () => (window as unknown as { __fixture: Fixture }).__fixture;

  /** Opens the dialog, fills one address, starts watching, presses Add as the page's own code would. */
  async function addOnce(options: ZoomElementOptions) {
    setUrl('https://zoom.us/account/user#/');
    loadHtml(buildZoomElementPage({ email: 'textarea', ...options }));
    runInlineScripts();
    await tick();
    findAddUsersButton(document)!.click();
    await tick();
    const dialog = findAddUsersDialog(document)!;
    await prefillAddUsers(dialog, ['celina.wisniewska@salon-ania.pl'], { userType: 'basic' });
    const watch = watchFeedback(document);
    dialog.addButton!.click();
    await tick(100);
    expect(fixture().state.addUsers.submitted).toBe(1);
    expect(fixture().state.dialogOpen).toBe(false);
    return watch;
  }

  for (const lang of ['en', 'pl'] as const) {
    it(`an error $message, $notify or alert region after the dialog closed is an error; ok is a success (${lang})`, async () => {
      const card =
        lang === 'pl'
          ? 'Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności.'
          : 'To manage users on the Basic plan, you need to add a saved payment method. Verifying your credit card or PayPal account is free of charge.';
      expect((await addOnce({ lang, add: 'fail' })).read()).toEqual([{ kind: 'error', text: card }]);
      const notified = (await addOnce({ lang, add: 'notify' })).read();
      expect(notified).toEqual([{ kind: 'error', text: `${lang === 'pl' ? 'Błąd' : 'Error'} ${card}` }]);
      expect((await addOnce({ lang, add: 'alert' })).read()).toEqual([{ kind: 'error', text: card }]);
      const sent = lang === 'pl' ? 'Wysłano zaproszenia: 1' : 'Invitations sent to 1 user(s)';
      expect((await addOnce({ lang, add: 'ok' })).read()).toEqual([{ kind: 'success', text: sent }]);
      expect((await addOnce({ lang, add: 'quiet' })).read()).toEqual([]);
    });
  }

  it('a late error shows a moment after the success message', async () => {
    const watch = await addOnce({ lang: 'pl', add: 'ok-then-error', lateMs: 300 });
    expect(watch.read()).toEqual([{ kind: 'success', text: 'Wysłano zaproszenia: 1' }]);
    expect(watch.read()).toEqual([]);
    await tick(400);
    expect(watch.read()).toEqual([{ kind: 'error', text: 'Nie udało się wysłać zaproszeń. Spróbuj ponownie później.' }]);
  });
});
