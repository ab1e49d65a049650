/**
 * After Prefill the admin presses Add, and Zoom answers (tests/fixtures/zoom-element/, the real Element UI
 * 2 renamed zm-, `?add=`): an invitation is recorded only when Zoom took it. A refusal shown outside the
 * closed dialog (a toast, a notification, an alert region), or a moment later, leaves the employees
 * `missing`, also after a reload; a success makes them `pending` with 30 days left; a page script's click
 * on Add records nothing.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, collectPageErrors } from './harness';
import { employee, expandPanel } from './scenario';
import { askStoreFrom, openSeededPopup, SCENARIO_MISSING, scenarioBackup } from './seed';
import { fromWire } from '../../utils/store/wire';
import { localDay } from '../../utils/roster/dates';
import { serveZoomElement } from '../fixtures/zoom-element/serve';

const CELINA = 'Celina Wiśniewska';

const WORDS = {
  en: {
    pending: /^Pending$/,
    users: /^Users$/,
    addUsers: '+ Add Users',
    add: 'Add',
    card: 'To manage users on the Basic plan, you need to add a saved payment method. Verifying your credit card or PayPal account is free of charge.',
    late: 'Invitations could not be sent. Please try again later.',
    refused: 'Zoom did not add these addresses: ',
    sent: 'Zoom sent 1 invitation.',
    sentTo: [
      'Zoom emailed an invitation to: Celina Wiśniewska.',
      'must click “Activate your Zoom account”',
      'Left out: Iwona Dąbrowska',
    ],
  },
  pl: {
    pending: /^Oczekujące$/,
    users: /^Użytkownicy$/,
    addUsers: '+ Dodaj użytkowników',
    add: 'Dodaj',
    card: 'Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności.',
    late: 'Nie udało się wysłać zaproszeń. Spróbuj ponownie później.',
    refused: 'Zoom nie dodał tych adresów: ',
    sent: 'Zoom wysłał 1 zaproszenie.',
    sentTo: [
      'Zoom wysłał zaproszenie e-mailem: Celina Wiśniewska.',
      'kliknąć „Aktywuj swoje konto Zoom”',
      'Pominięto: Iwona Dąbrowska',
    ],
  },
} as const;
type Lang = keyof typeof WORDS;

const pane = (page: Page) => page.locator('.zm-tab-pane:visible');
const result = (page: Page) => page.getByTestId('zaa-prefill-result');
const fixtureState = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __fixture: { state: { dialogOpen: boolean; addUsers: { submitted: number } } } }).__fixture.state,
  );

async function onPage(page: Page, n: number, rows: number): Promise<void> {
  await expect(pane(page).locator('.zm-pager li.number.active')).toHaveText(String(n));
  await expect(pane(page).locator('.zm-loading-mask:visible')).toHaveCount(0);
  await expect(pane(page).locator('.zm-table__body-wrapper tbody tr')).toHaveCount(rows);
}

async function invitations(popup: Page): Promise<{ email: string; invitedOn: string }[]> {
  const context = fromWire('getZoomContext', await askStoreFrom<unknown>(popup, 'getZoomContext', { host: 'zoom.us' }));
  return (context as unknown as { invitations: { email: string; invitedOn: string }[] }).invitations.map(
    ({ email, invitedOn }) => ({
      email,
      invitedOn,
    }),
  );
}

/**
 * The store knows the roster and nothing of Zoom: the admin walks both lists to a complete view (Celina
 * is missing), opens Add Users from the Users tab and presses the dialog's Prefill.
 */
async function prefilled(context: BrowserContext, extensionId: string, lang: Lang, query: string) {
  const words = WORDS[lang];
  const popup = await openSeededPopup(context, extensionId, scenarioBackup({ zoom: 'none' }));
  await serveZoomElement(context, { lang });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`https://zoom.us/account/user?${query}#/`);
  await onPage(page, 1, 30);
  await pane(page).locator('.zm-pagination .btn-next').click();
  await onPage(page, 2, 15);
  await page.getByRole('tab', { name: words.pending }).click();
  await onPage(page, 1, 3);
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
  await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'missing');
  await page.getByRole('tab', { name: words.users }).click();
  await onPage(page, 2, 15);
  await page.getByRole('button', { name: words.addUsers }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('zaa-prefill').click();
  await expect(result(page)).toHaveAttribute('data-ok', 'true');
  await expect(result(page)).toHaveAttribute('data-count', '1');
  return { page, popup, dialog, errors, addButton: dialog.getByRole('button', { name: words.add, exact: true }) };
}

/** Celina stays missing and nothing is stored, also once the late window has passed and after a reload. */
async function expectNothingRecorded(page: Page, popup: Page): Promise<void> {
  await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'missing');
  await page.waitForTimeout(5_500);
  await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'missing');
  expect(await invitations(popup)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
  await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'missing');
  await expect(employee(page, CELINA)).not.toHaveAttribute('data-days-left', /.*/);
}

const refusals: [Lang, string, keyof (typeof WORDS)[Lang], string][] = [
  ['pl', 'add=fail', 'card', 'an error toast ($message)'],
  ['en', 'add=notify', 'card', 'an error notification ($notify)'],
  ['pl', 'add=alert', 'card', "the page's own alert region"],
  ['en', 'add=late&lateMs=1000', 'late', 'an error toast a second after the close'],
];

for (const [lang, query, said, how] of refusals) {
  test.describe(`Add refused by Zoom (${lang})`, () => {
    test.use({ uiLanguage: lang === 'pl' ? 'pl' : 'en_US' });

    test(`the dialog closes, ${how} says why: the employee stays missing, also after a reload`, async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      const words = WORDS[lang];
      const { page, popup, dialog, errors, addButton } = await prefilled(context, extensionId, lang, `lang=${lang}&${query}`);
      await addButton.click();
      await expect(dialog).toBeHidden();
      expect((await fixtureState(page)).addUsers.submitted).toBe(1);
      // The admin is told, in Zoom's words, in the bar (the drawer has it in full).
      const zoomSaid = `${query.includes('notify') ? 'Error ' : ''}${words[said]}`;
      await expect(result(page)).toHaveAttribute('data-add', 'false', { timeout: 8_000 });
      await expect(result(page)).toHaveText(`${words.refused}${zoomSaid}`);
      await expandPanel(page);
      await expect(page.getByTestId('zaa-panel').locator('.zaa-flash')).toHaveText(`${words.refused}${zoomSaid}`);
      await expectNothingRecorded(page, popup);
      expect(errors).toEqual([]);
    });
  });
}

test.describe('Add taken, then refused a moment later (pl)', () => {
  test.use({ uiLanguage: 'pl' });

  test('recorded on the success message, withdrawn when the error follows: nothing stays recorded', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(120_000);
    const words = WORDS.pl;
    const { page, popup, dialog, addButton } = await prefilled(
      context,
      extensionId,
      'pl',
      'lang=pl&add=ok-then-error&lateMs=3000',
    );
    await addButton.click();
    await expect(dialog).toBeHidden();
    // Zoom said it sent them: pending at once, for 30 days.
    await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'pending', { timeout: 2_500 });
    await expect(result(page)).toHaveAttribute('data-add', 'true');
    expect(await invitations(popup)).toEqual([{ email: SCENARIO_MISSING[0], invitedOn: localDay(new Date()) }]);
    // Three seconds after the close, Zoom's error: the record is withdrawn.
    await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'missing', { timeout: 6_000 });
    await expect(result(page)).toHaveAttribute('data-add', 'false');
    await expect(result(page)).toHaveText(`${words.refused}${words.late}`);
    await expectNothingRecorded(page, popup);
  });
});

for (const [lang, query] of [
  ['en', 'add=ok'],
  ['pl', 'add=quiet'],
] as const) {
  test.describe(`Add taken by Zoom (${lang})`, () => {
    test.use({ uiLanguage: lang === 'pl' ? 'pl' : 'en_US' });

    test(`${query === 'add=ok' ? 'with its success message' : 'with no message at all'}: pending with 30 days left, also after a reload`, async ({
      context,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      const words = WORDS[lang];
      const { page, popup, dialog, errors, addButton } = await prefilled(context, extensionId, lang, `lang=${lang}&${query}`);
      await addButton.click();
      await expect(dialog).toBeHidden();
      await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'pending', { timeout: 5_000 });
      await expect(employee(page, CELINA)).toHaveAttribute('data-days-left', '30');
      await expect(result(page)).toHaveAttribute('data-add', 'true');
      await expect(result(page)).toHaveText(words.sent);
      await expandPanel(page);
      // Whom Zoom emailed (by name), that each must activate, and who was left out and why.
      for (const part of words.sentTo) await expect(page.getByTestId('zaa-panel').locator('.zaa-flash')).toContainText(part);
      expect(await invitations(popup)).toEqual([{ email: SCENARIO_MISSING[0], invitedOn: localDay(new Date()) }]);
      // Past the late window, it stays; the Users tab is on screen, so it is the record that says so.
      await page.waitForTimeout(5_000);
      await page.reload();
      await expect(page.getByTestId('zaa-panel')).toHaveAttribute('data-coverage', 'complete');
      await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'pending');
      await expect(employee(page, CELINA)).toHaveAttribute('data-days-left', '30');
      expect(errors).toEqual([]);
    });
  });
}

test.describe('Add pressed by a page script (en)', () => {
  test.use({ uiLanguage: 'en_US' });

  test("a synthetic click on Add records nothing, though Zoom's page added them", async ({ context, extensionId }) => {
    test.setTimeout(120_000);
    const { page, popup, dialog } = await prefilled(context, extensionId, 'en', 'lang=en&add=ok');
    await dialog.evaluate((element) => {
      const add = [...element.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Add');
      add?.click();
    });
    await expect(dialog).toBeHidden();
    expect((await fixtureState(page)).addUsers.submitted).toBe(1);
    await expect(page.locator('.zm-message--success')).toBeVisible();
    await page.waitForTimeout(3_000);
    await expect(employee(page, CELINA)).toHaveAttribute('data-status', 'missing');
    await expect(result(page)).not.toHaveAttribute('data-add', /.*/);
    expect(await invitations(popup)).toEqual([]);
  });
});
