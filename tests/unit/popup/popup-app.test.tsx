/**
 * The popup and options components in happy-dom, over a mocked store: what they show, what they send,
 * and that bad input changes nothing. (The e2e specs run the same flows in Chromium.)
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../utils/roster/model';
import type { Overview, StoreRequestName } from '../../../utils/store/messages';
import { language } from '../../../utils/i18n';
import { en, pl } from '../../../utils/i18n/messages';
import { toBrowserMessages } from '../../../utils/i18n/locales';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scenarioBackup } from '../../e2e/seed';

const store = vi.hoisted(() => ({ askStore: vi.fn(), onStoreChanged: vi.fn(() => () => undefined) }));
vi.mock('../../../utils/store/client', () => store);
const clipboard = vi.hoisted(() => ({ copyText: vi.fn(async () => true) }));
vi.mock('../../../utils/dom/clipboard', () => clipboard);
const permissions = vi.hoisted(() => ({
  requestBookingHostAccess: vi.fn(async () => true),
  registerBookingScript: vi.fn(async () => undefined),
  releaseBookingHost: vi.fn(async () => undefined),
  hasBookingHostAccess: vi.fn(async () => true),
  syncBookingScripts: vi.fn(async () => [] as string[]),
}));
vi.mock('../../../utils/store/settings-permissions', () => permissions);

const { PopupApp } = await import('../../../features/popup/PopupApp');
const { OptionsApp } = await import('../../../features/popup/OptionsApp');

let container: HTMLElement;
let overview: Overview;
let settings: Settings;

function answer(name: StoreRequestName, payload: unknown): unknown {
  switch (name) {
    case 'getOverview':
      return structuredClone(overview);
    case 'getSettings':
      return { ...settings };
    case 'saveSettings':
      settings = { ...settings, ...(payload as Partial<Settings>) };
      return { ...settings };
    case 'forgetTenant':
      overview.employees = overview.employees.filter((e) => e.tenant !== (payload as { tenant: string }).tenant);
      overview.tenants = overview.tenants.filter((t) => t.tenant !== (payload as { tenant: string }).tenant);
      return { ok: true };
    case 'importBackup':
      return { ok: false, error: 'Invalid backup file: employees[0].name: expected text' };
    default:
      throw new Error(`unexpected store request ${name}`);
  }
}

/** Serves a catalogue the way the built extension's _locales do (tests/unit/setup.ts serves English). */
function speak(lang: 'en' | 'pl'): void {
  const messages = toBrowserMessages(lang === 'pl' ? pl : en);
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (name: string) => messages[name]?.message.replace(/\$\$/g, '$') ?? '';
  language.value = lang;
}

// The popup loads its file tools with import() on the first click; loading (transforming) them here once
// keeps that first click as quick as in the built popup, so each test's few ticks are enough.
beforeAll(() => import('../../../features/popup/data-files'));

beforeEach(() => {
  const backup = scenarioBackup();
  overview = {
    tenants: backup.tenants,
    employees: backup.employees,
    zoomHosts: backup.zoomHosts,
    zoomUsers: backup.zoomUsers,
    invitations: backup.invitations,
    settings: backup.settings,
  };
  settings = { ...backup.settings };
  store.askStore.mockReset().mockImplementation(async (name: StoreRequestName, payload: unknown) => answer(name, payload));
  clipboard.copyText.mockReset().mockResolvedValue(true);
  for (const mock of Object.values(permissions)) mock.mockClear();
  speak('en');
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function mount(node: preact.JSX.Element): Promise<void> {
  await act(() => render(node, container));
  await settle();
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector)!;
const $$ = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];
const button = (name: string) => $$('button').find((b) => b.textContent === name)!;
const messageText = () => $('[data-testid="zaa-popup-message"]').textContent;

async function type(input: HTMLInputElement, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

function submit(form: HTMLFormElement): void {
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

async function pickFile(input: HTMLInputElement, name: string, text: string): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

describe('PopupApp', () => {
  it('shows the counts and the employees as text, never as HTML', async () => {
    await mount(<PopupApp />);
    const counts = Object.fromEntries($$('[data-testid="zaa-count"]').map((li) => [li.dataset.status, li.dataset.count]));
    expect(counts).toEqual({
      'no-email': '1',
      'invalid-email': '1',
      active: '3',
      inactive: '1',
      pending: '2',
      expired: '1',
      missing: '2',
    });
    expect($$('[data-testid="zaa-employee"]')).toHaveLength(11);
    expect(container.querySelector('img:not([data-testid="zaa-mark"])')).toBeNull(); // only the product's own mark
    expect(container.textContent).toContain('Recepcja <b>HTML</b> & "cytat"');
  });

  it('filters the list as the admin types', async () => {
    await mount(<PopupApp />);
    await type($<HTMLInputElement>('#zaa-search'), 'ZIELIŃSKA');
    expect($$('[data-testid="zaa-employee"]').map((li) => li.dataset.name)).toEqual(['Grażyna Zielińska-Łęcka']);
    expect($('[data-testid="zaa-shown"]').textContent).toBe('1 of 11 shown');
  });

  it('copies the missing addresses, and offers them in a field when the clipboard fails', async () => {
    await mount(<PopupApp />);
    await act(() => button('Copy missing emails').click());
    await settle();
    // Iwona's probable typo (iwona.dabrowsak@…) is left out, as in the Prefill.
    expect(clipboard.copyText).toHaveBeenCalledWith('celina.wisniewska@salon-ania.pl', document.body);
    expect(messageText()).toBe('Copied 1 address.');

    clipboard.copyText.mockResolvedValue(false);
    await act(() => button('Copy missing emails').click());
    await settle();
    expect($<HTMLTextAreaElement>('[data-testid="zaa-copy-fallback"]').value).toBe('celina.wisniewska@salon-ania.pl');
    expect(messageText()).toBe('The clipboard is not available: copy the addresses from this field.');
  });

  it('asks before forgetting, inside the popup, and forgets only after Yes', async () => {
    await mount(<PopupApp />);
    await act(() => button('Remove this business’s data from the extension').click());
    await settle();
    expect($('[data-testid="zaa-confirm"]').textContent).toContain(
      'Remove the employees of salon-ania.zarezerwuj.pl from the extension?',
    );
    await act(() => button('Cancel').click());
    expect(container.querySelector('[data-testid="zaa-confirm"]')).toBeNull();
    expect(store.askStore).not.toHaveBeenCalledWith('forgetTenant', expect.anything());

    await act(() => button('Remove this business’s data from the extension').click());
    await act(() => button('Yes, remove').click());
    await settle();
    expect(store.askStore).toHaveBeenCalledWith('forgetTenant', { tenant: 'salon-ania.zarezerwuj.pl' });
    expect($$('[data-testid="zaa-employee"]')).toHaveLength(0);
    expect(messageText()).toBe('Removed from the extension: salon-ania.zarezerwuj.pl.');
  });

  it('explains a bad backup file in the admin’s language, and the store’s refusal too', async () => {
    speak('pl');
    await mount(<PopupApp />);
    const input = $<HTMLInputElement>('[data-testid="zaa-import-backup-file"]');
    await pickFile(input, 'x.json', '{ nope');
    expect(messageText()).toBe('Ten plik nie jest kopią zapasową rozszerzenia (to nie jest JSON). Nic nie zostało zmienione.');
    expect(store.askStore).not.toHaveBeenCalledWith('importBackup', expect.anything());

    await pickFile(input, 'x.json', JSON.stringify({ format: 'roster-assistant-backup', version: 1 }));
    expect(store.askStore).not.toHaveBeenCalledWith('importBackup', expect.anything());
    await act(() => button('Tak, przywróć').click());
    await settle();
    expect(store.askStore).toHaveBeenCalledWith('importBackup', { backup: { format: 'roster-assistant-backup', version: 1 } });
    expect(messageText()).toBe(
      'Tej kopii zapasowej nie można użyć: employees[0].name: expected text. Nic nie zostało zmienione.',
    );
  });

  it('restores a backup only after the admin confirms, naming what will be replaced', async () => {
    await mount(<PopupApp />);
    const input = $<HTMLInputElement>('[data-testid="zaa-import-backup-file"]');
    const file = JSON.stringify(scenarioBackup());
    await pickFile(input, 'kopia.json', file);
    const confirm = $('[data-testid="zaa-confirm"]');
    expect(confirm.querySelector('p')?.textContent).toBe(
      'Restore the backup “kopia.json”? It replaces everything the extension holds now, settings and what you showed it included:',
    );
    expect([...confirm.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '11 employees of salon-ania.zarezerwuj.pl',
      'the Zoom account zoom.us (8 users)',
    ]);
    expect(document.activeElement?.textContent).toBe('Yes, restore');
    await act(() => button('Cancel').click());
    expect(container.querySelector('[data-testid="zaa-confirm"]')).toBeNull();
    expect(store.askStore).not.toHaveBeenCalledWith('importBackup', expect.anything());

    await pickFile(input, 'kopia.json', file);
    await act(() => button('Yes, restore').click());
    await settle();
    expect(store.askStore).toHaveBeenCalledWith('importBackup', { backup: JSON.parse(file) });
  });

  it('refuses a file above the size limit before reading it', async () => {
    await mount(<PopupApp />);
    for (const testId of ['zaa-import-backup-file', 'zaa-import-csv-file']) {
      const input = $<HTMLInputElement>(`[data-testid="${testId}"]`);
      const huge = new File(['{}'], 'huge.json');
      Object.defineProperty(huge, 'size', { value: 25_000_000 });
      const read = vi.spyOn(huge, 'text');
      Object.defineProperty(input, 'files', { configurable: true, value: [huge] });
      await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
      await settle();
      expect(messageText(), testId).toBe('This file is too large (25 MB; at most 20 MB). Nothing was changed.');
      expect(read).not.toHaveBeenCalled();
    }
    expect(container.querySelector('[data-testid="zaa-confirm"]')).toBeNull();
    expect(store.askStore).not.toHaveBeenCalledWith('importBackup', expect.anything());
    expect(store.askStore).not.toHaveBeenCalledWith('importZoomCsv', expect.anything());
  });

  it('refuses an address list that is neither Zoom’s export nor its template, naming its columns, without writing', async () => {
    await mount(<PopupApp />);
    await pickFile(
      $<HTMLInputElement>('[data-testid="zaa-import-csv-file"]'),
      'x.csv',
      '\ufeffAdres e-mail,Telefon\r\na@x.pl,123\r\n',
    );
    expect(messageText()).toMatch(
      /^This file cannot be imported: This is neither .*\(columns found: Adres e-mail, Telefon\).*"Last Name"\. Nothing was changed\.$/,
    );
    expect(store.askStore).not.toHaveBeenCalledWith('importZoomCsv', expect.anything());
  });

  it('refuses a CSV that is not Zoom’s export without writing', async () => {
    await mount(<PopupApp />);
    await pickFile($<HTMLInputElement>('[data-testid="zaa-import-csv-file"]'), 'x.csv', 'Name,Phone\nAnna,123\n');
    expect(messageText()).toMatch(/^This file cannot be imported: .+\. Nothing was changed\.$/);
    expect(store.askStore).not.toHaveBeenCalledWith('importZoomCsv', expect.anything());
  });

  it('tells when the store cannot be reached', async () => {
    store.askStore.mockRejectedValue(new Error('no background'));
    await mount(<PopupApp />);
    expect($('[role="alert"]').textContent).toBe('The extension’s data could not be loaded: no background');
  });
});

describe('OptionsApp', () => {
  it('asks the browser for access within the submit handler, before any await', async () => {
    await mount(<OptionsApp />);
    await type($<HTMLInputElement>('#zaa-new-host'), 'rezerwacje.firma.pl');
    const form = $<HTMLFormElement>('form');
    // Not awaited on purpose: the request must be made synchronously, inside the event.
    void act(() => {
      submit(form);
      // Synchronously, still inside the (user's) event: the request has been made.
      expect(permissions.requestBookingHostAccess).toHaveBeenCalledWith('rezerwacje.firma.pl');
    });
    await settle();
    expect(settings.bookingHosts).toEqual(['zarezerwuj.pl', 'rezerwacje.firma.pl']);
    expect(permissions.registerBookingScript).toHaveBeenCalledWith('rezerwacje.firma.pl');
    expect($('[data-testid="zaa-options-message"]').textContent).toBe(
      'Added rezerwacje.firma.pl. Reload its pages to see the panel.',
    );
  });

  it('does not ask for an invalid host, and saves nothing when access is refused', async () => {
    await mount(<OptionsApp />);
    await type($<HTMLInputElement>('#zaa-new-host'), 'zła nazwa');
    await act(() => submit($<HTMLFormElement>('form')));
    expect(permissions.requestBookingHostAccess).not.toHaveBeenCalled();
    expect($('[data-testid="zaa-host-error"]').textContent).toBe('That is not a host name (for example rezerwacje.firma.pl).');

    permissions.requestBookingHostAccess.mockResolvedValueOnce(false);
    await type($<HTMLInputElement>('#zaa-new-host'), 'ok.firma.pl');
    await act(() => submit($<HTMLFormElement>('form')));
    await settle();
    expect($('[data-testid="zaa-host-error"]').textContent).toBe('The browser did not grant access to ok.firma.pl.');
    expect(settings.bookingHosts).toEqual(['zarezerwuj.pl']);
    expect(permissions.registerBookingScript).not.toHaveBeenCalled();
  });

  it('saves valid days before expiry and refuses others', async () => {
    await mount(<OptionsApp />);
    const days = $<HTMLInputElement>('#zaa-warn-days');
    expect(days.value).toBe('5');
    await type(days, '30', 'change');
    await settle();
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect($('#zaa-warn-days-error').textContent).toBe('Enter a whole number from 0 to 29.');
    expect(store.askStore).not.toHaveBeenCalledWith('saveSettings', expect.anything());

    await type(days, '3', 'change');
    await settle();
    expect(store.askStore).toHaveBeenCalledWith('saveSettings', { warnDaysBeforeExpiry: 3 });
    expect(container.querySelector('#zaa-warn-days-error')).toBeNull();
    expect($('[data-testid="zaa-options-message"]').textContent).toBe('Saved.');
  });

  it('removes a custom host and gives its access back', async () => {
    settings.bookingHosts = ['zarezerwuj.pl', 'rezerwacje.firma.pl'];
    await mount(<OptionsApp />);
    expect(permissions.syncBookingScripts).toHaveBeenCalledWith(['rezerwacje.firma.pl']);
    await act(() => button('Remove rezerwacje.firma.pl').click());
    await settle();
    expect(settings.bookingHosts).toEqual(['zarezerwuj.pl']);
    expect(permissions.releaseBookingHost).toHaveBeenCalledWith('rezerwacje.firma.pl');
    expect(button('Remove zarezerwuj.pl')).toBeUndefined();
  });
});
