/**
 * Recording invitations only when Zoom took the Add: the admin's own press, the dialog closed, no error
 * anywhere on the page for the settle time (or Zoom's success message), and a late error withdrawing
 * exactly what was recorded. Over a static Add Users dialog and a mocked store, with short timings.
 */
import { reconcile } from '../../../utils/roster/reconcile';
import { readFileSync } from 'node:fs';
import { signal } from '@preact/signals';
import type { PrefillOutcomeView } from '../../../components/PrefillResult';
import type { ZoomUsersState } from '../../../features/zoom-users/state';
import { localDay } from '../../../utils/roster/dates';
import { findAddUsersDialog } from '../../../utils/zoom/add-users-dialog';
import type { AddUsersDialog } from '../../../utils/zoom/types';

const store = vi.hoisted(() => ({ askStore: vi.fn(), onStoreChanged: vi.fn(() => () => undefined) }));
vi.mock('../../../utils/store/client', () => store);

const { watchInvitations } = await import('../../../features/zoom-add-users/invitations');

const TIMING = { closeWithinMs: 2000, settleMs: 300, lateMs: 800, pollMs: 10 };
const HOST = 'zoom.us';
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function pageState() {
  return {
    host: HOST,
    outcome: signal<PrefillOutcomeView | null>({ count: 2, ok: true }),
    flash: signal<string | null>(null),
    storeError: signal<string | null>(null),
    // Nobody of the roster has these addresses: the message names the addresses themselves.
    result: signal(reconcile([], { users: [], coverage: 'complete', readable: true, invitations: [] }, localDay(new Date()))),
  };
}

function openDialog(): AddUsersDialog {
  const html = readFileSync('tests/fixtures/zoom/dialog-static-textarea-en.html', 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)![1];
  const found = findAddUsersDialog(document)!;
  found.emailField.value = 'Celina@Salon-Ania.pl, iwona@salon-ania.pl';
  return found;
}

/** A press on Add as the browser reports the admin's own (isTrusted), or as a page script's. */
function pressAdd(found: AddUsersDialog, trusted = true, init: { type?: string; key?: string; target?: Element } = {}): void {
  const target = init.target ?? found.addButton!;
  const event =
    init.type === 'keydown'
      ? new KeyboardEvent('keydown', { key: init.key, bubbles: true })
      : new MouseEvent('click', { bubbles: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

function closeDialog(found: AddUsersDialog): void {
  (found.dialog.parentElement as HTMLElement).style.display = 'none';
}

function toast(html: string): void {
  document.body.insertAdjacentHTML('beforeend', html);
}

const ERROR_TOAST =
  '<div role="alert" class="zm-message zm-message--error"><i class="zm-message__icon zm-icon-error"></i><p class="zm-message__content">Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności.</p></div>';
const SUCCESS_TOAST =
  '<div role="alert" class="zm-message zm-message--success"><i class="zm-message__icon zm-icon-success"></i><p class="zm-message__content">Invitations sent to 2 user(s)</p></div>';

const calls = (name: string) => store.askStore.mock.calls.filter(([called]) => called === name).map(([, payload]) => payload);
const EMAILS = ['celina@salon-ania.pl', 'iwona@salon-ania.pl'];

let stop: AbortController;
beforeEach(() => {
  stop = new AbortController();
  store.askStore.mockReset();
  store.askStore.mockImplementation(async (name: string) =>
    name === 'recordInvitations' ? { count: 2, recordedAt: 42 } : { count: 2 },
  );
});
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
});

function start() {
  const state = pageState();
  const found = openDialog();
  watchInvitations(state as unknown as ZoomUsersState, stop.signal, TIMING).watch(found);
  return { state, found };
}

describe('recording invitations after Add', () => {
  it('records after the dialog closed and the page stayed quiet for the settle time, not before', async () => {
    const { state, found } = start();
    pressAdd(found);
    await tick(30);
    closeDialog(found);
    await tick(80);
    expect(calls('recordInvitations')).toEqual([]);
    await tick(400);
    expect(calls('recordInvitations')).toEqual([{ host: HOST, emails: EMAILS, invitedOn: localDay(new Date()) }]);
    expect(state.outcome.value).toEqual({ count: 2, ok: true, add: { ok: true, text: 'Zoom sent 2 invitations.' } });
    expect(state.flash.value).toBe(
      `Zoom emailed an invitation to: ${EMAILS.join(', ')}. Each must click “Activate your Zoom account” in Zoom’s email within 30 days.`,
    );
    await tick(600);
    expect(calls('withdrawInvitations')).toEqual([]);
  });

  it('records nothing when an error toast shows outside the dialog after it closed, and says Zoom’s words', async () => {
    const { state, found } = start();
    pressAdd(found);
    await tick(30);
    closeDialog(found);
    await tick(50);
    toast(ERROR_TOAST);
    await tick(500);
    expect(store.askStore).not.toHaveBeenCalled();
    const said =
      'Zoom did not add these addresses: Jeśli chcesz zarządzać użytkownikami z planem Podstawowy, musisz dodać zapisaną metodę płatności.';
    expect(state.outcome.value?.add).toEqual({ ok: false, text: said });
    expect(state.flash.value).toBe(said);
  });

  it('records at once on Zoom’s success message, and withdraws exactly that record on a late error', async () => {
    const { state, found } = start();
    pressAdd(found);
    await tick(20);
    closeDialog(found);
    toast(SUCCESS_TOAST);
    await tick(60);
    expect(calls('recordInvitations')).toHaveLength(1);
    toast(ERROR_TOAST.replace('zm-message--error', 'zm-message--error late'));
    await tick(100);
    expect(calls('withdrawInvitations')).toEqual([
      { host: HOST, emails: EMAILS, invitedOn: localDay(new Date()), recordedAt: 42 },
    ]);
    expect(state.outcome.value?.add?.ok).toBe(false);
  });

  it('withdraws on an error after the settle time, and not after the late window', async () => {
    const { found } = start();
    pressAdd(found);
    await tick(20);
    closeDialog(found);
    await tick(450);
    expect(calls('recordInvitations')).toHaveLength(1);
    toast(ERROR_TOAST);
    await tick(60);
    expect(calls('withdrawInvitations')).toHaveLength(1);

    // Another Add, whose error comes after the late window: it stays recorded.
    store.askStore.mockClear();
    const again = start();
    pressAdd(again.found);
    await tick(20);
    closeDialog(again.found);
    await tick(1000);
    toast(ERROR_TOAST);
    await tick(60);
    expect(calls('recordInvitations')).toHaveLength(1);
    expect(calls('withdrawInvitations')).toEqual([]);
  });

  it('follows only the admin’s own press: a page script’s click, or a click elsewhere, records nothing', async () => {
    const { state, found } = start();
    pressAdd(found, false);
    pressAdd(found, true, { target: found.cancelButton! });
    await tick(20);
    closeDialog(found);
    await tick(500);
    expect(store.askStore).not.toHaveBeenCalled();
    expect(state.flash.value).toBeNull();
  });

  it('takes Enter or Space on an Add that is not a native button; on a native one, only the click it makes', async () => {
    const { found } = start();
    pressAdd(found, true, { type: 'keydown', key: 'Enter' });
    await tick(20);
    closeDialog(found);
    await tick(500);
    expect(store.askStore).not.toHaveBeenCalled();

    const other = start();
    const span = document.createElement('span');
    span.setAttribute('role', 'button');
    span.textContent = 'Add';
    other.found.addButton!.replaceWith(span);
    other.found.addButton = span;
    pressAdd(other.found, true, { type: 'keydown', key: 'Tab' });
    pressAdd(other.found, true, { type: 'keydown', key: ' ' });
    await tick(20);
    closeDialog(other.found);
    await tick(500);
    expect(calls('recordInvitations')).toHaveLength(1);
  });

  it('an error in the open dialog records nothing, and the next press is followed again', async () => {
    const { state, found } = start();
    pressAdd(found);
    await tick(20);
    const error = document.createElement('div');
    error.className = 'zm-form-item__error';
    error.textContent = 'Please enter a valid email address: x';
    found.dialog.querySelector('.zm-form-item__content')!.append(error);
    await tick(50);
    expect(state.outcome.value?.add).toEqual({
      ok: false,
      text: 'Zoom did not add these addresses: Please enter a valid email address: x',
    });
    error.remove();
    pressAdd(found);
    await tick(20);
    closeDialog(found);
    await tick(500);
    expect(calls('recordInvitations')).toHaveLength(1);
  });

  it('a toast already on the page before the press does not count', async () => {
    const { found } = start();
    toast(ERROR_TOAST);
    pressAdd(found);
    await tick(20);
    closeDialog(found);
    await tick(500);
    expect(calls('recordInvitations')).toHaveLength(1);
  });
});
