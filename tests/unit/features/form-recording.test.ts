/**
 * Recording the forms the admin opens: a dialog that opens empty and is filled 0.6 s later gives each
 * resource its own form's address (found by the name the form shows, never by the row clicked last),
 * an empty form read before it held still is not "no email", and what is written names the resource
 * by its id or name, never by its position in the list.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Employee } from '../../../utils/roster/model';
import type { BookingContext } from '../../../utils/store/messages';

const store = vi.hoisted(() => ({ askStore: vi.fn(async (..._args: unknown[]) => ({ count: 1 })) }));
vi.mock('../../../utils/store/client', () => store);

const { createBookingState } = await import('../../../features/booking-resources/state');
const { recordOpenedForms } = await import('../../../features/booking-form/form-recording');

const TENANT = 'salon-ania.zarezerwuj.pl';
const roster: Employee[] = [
  ['12', 'Anna Kowalska'],
  ['13', 'Bartosz Nowak'],
  ['14', 'Celina Wiśniewska'],
  ['15', 'Dawid Wójcik'],
].map(([resourceId, name], order) => ({ tenant: TENANT, resourceId, name, rawEmail: null, readAt: 1, order }));

/** The late dialog fixture's markup; its script is played by `openFor` (happy-dom runs none from innerHTML). */
function mountFixture(): { dialog: Element; backdrop: HTMLElement; field: (name: string) => HTMLInputElement } {
  const html = readFileSync('tests/fixtures/booking/new-ui-resources-dialog-late.html', 'utf8');
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  const dialog = document.querySelector('[role="dialog"]') as Element;
  return {
    dialog,
    backdrop: document.getElementById('edit-backdrop') as HTMLElement,
    field: (name) => dialog.querySelector(`[name="${name}"]`) as HTMLInputElement,
  };
}

let stop: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  store.askStore.mockClear();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

function setUp() {
  const state = createBookingState(TENANT, stop.signal);
  state.context.value = { tenant: TENANT, employees: roster } as unknown as BookingContext;
  const page = mountFixture();
  const recorder = recordOpenedForms(state, stop.signal);
  recorder.follow({ root: page.dialog, field: page.field('email'), inDialog: true });
  /** The panel's script: the dialog opens empty, its server answers 600 ms later. */
  const openFor = (name: string, email: string, answerMs = 600) => {
    for (const field of ['name', 'email']) page.field(field).value = '';
    page.backdrop.hidden = false;
    setTimeout(() => {
      page.field('name').value = name;
      page.field('email').value = email;
    }, answerMs);
  };
  const close = () => (page.backdrop.hidden = true);
  const writes = () =>
    store.askStore.mock.calls.filter(([name]) => name === 'updateEmployeeEmails').map(([, payload]) => payload);
  return { openFor, close, writes, page };
}

describe('recording the forms the admin opens', () => {
  it('two resources one after another in a dialog filled 0.6 s late: each gets exactly its own address', async () => {
    const { openFor, close, writes } = setUp();
    openFor('Anna Kowalska', 'anna.kowalska@salon-ania.pl');
    await vi.advanceTimersByTimeAsync(2000);
    close(); // "Anuluj"
    await vi.advanceTimersByTimeAsync(300);
    openFor('Celina Wiśniewska', 'celina.wisniewska@salon-ania.pl');
    await vi.advanceTimersByTimeAsync(2000);
    close(); // "×"
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes()).toEqual([
      {
        tenant: TENANT,
        updates: [
          {
            resource: { resourceId: '12', name: 'Anna Kowalska' },
            rawEmail: 'anna.kowalska@salon-ania.pl',
            emailSource: 'dialog',
          },
        ],
      },
      {
        tenant: TENANT,
        updates: [
          {
            resource: { resourceId: '14', name: 'Celina Wiśniewska' },
            rawEmail: 'celina.wisniewska@salon-ania.pl',
            emailSource: 'dialog',
          },
        ],
      },
    ]);
  });

  it('a dialog closed before its answer came records nothing: its empty field is not "no email"', async () => {
    const { openFor, close, writes } = setUp();
    openFor('Bartosz Nowak', 'bartosz.nowak@salon-ania.pl', 600);
    await vi.advanceTimersByTimeAsync(400);
    close();
    await vi.advanceTimersByTimeAsync(3000);
    expect(writes()).toEqual([]);
  });

  it('a slow answer (2 s) still gives the filled form, never the empty one', async () => {
    const { openFor, writes } = setUp();
    openFor('Anna Kowalska', 'anna.kowalska@salon-ania.pl', 2000);
    await vi.advanceTimersByTimeAsync(4000);
    expect(writes().map((w) => (w as { updates: { rawEmail: string }[] }).updates[0].rawEmail)).toEqual([
      'anna.kowalska@salon-ania.pl',
    ]);
  });

  it('an empty address held still under the resource’s name is that resource’s "no email"', async () => {
    const { openFor, writes } = setUp();
    openFor('Dawid Wójcik', '');
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes()).toEqual([
      {
        tenant: TENANT,
        updates: [{ resource: { resourceId: '15', name: 'Dawid Wójcik' }, rawEmail: '', emailSource: 'dialog' }],
      },
    ]);
  });

  it('a form naming a resource not in the roster records nothing', async () => {
    const { openFor, writes } = setUp();
    openFor('Nowa Osoba', 'nowa@salon-ania.pl');
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes()).toEqual([]);
  });

  it('a form changed while open is read again', async () => {
    const { openFor, writes, page } = setUp();
    openFor('Anna Kowalska', 'anna.kowalska@salon-ania.pl');
    await vi.advanceTimersByTimeAsync(2000);
    // The panel shows her saved address after a save made elsewhere (its own refresh, not the admin's typing).
    page.field('email').value = 'a.kowalska@salon-ania.pl';
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes().map((w) => (w as { updates: { rawEmail: string }[] }).updates[0].rawEmail)).toEqual([
      'anna.kowalska@salon-ania.pl',
      'a.kowalska@salon-ania.pl',
    ]);
  });
});
