/**
 * Reading the edit forms of a list without emails: addresses are written by the resource's id or
 * name, what a superseded read has not stored yet is dropped, Stop keeps what was read, and pages
 * the panel's own script would draw are not read but named for the admin to open.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResourceRowRead } from '../../../utils/booking/types';
import { DEFAULT_SETTINGS } from '../../../utils/roster/model';

const store = vi.hoisted(() => ({ askStore: vi.fn(async (..._args: unknown[]) => ({ count: 1 })) }));
vi.mock('../../../utils/store/client', () => store);

const { createBookingState } = await import('../../../features/booking-resources/state');
const { createFormReader } = await import('../../../features/booking-resources/form-reading');

const TENANT = 'salon-ania.zarezerwuj.pl';
const editPage = (id: number) => readFileSync(`tests/fixtures/booking/new-ui-resource-${id}-edit.html`, 'utf8');
const shell = readFileSync('tests/fixtures/booking/spa-shell.html', 'utf8');

const row = (id: number, name: string, path = `/ustawienia/zasoby/${id}/edycja`): ResourceRowRead =>
  ({
    name,
    rawEmail: null,
    resourceId: String(id),
    editUrl: `${location.origin}${path}`,
    editLabel: 'Edytuj',
    row: document.createElement('li'),
    badgeAnchor: document.createElement('span'),
  }) as ResourceRowRead;

/** A fetch answering each path after its delay (ms), with the page given. */
function serve(pages: Record<string, { body: string; delay: number }>) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    const url = new URL(input);
    requested.push(`${init?.method} ${url.pathname}`);
    const page = pages[url.pathname] ?? { body: 'not found', delay: 1 };
    return new Promise<Response>((resolve) =>
      setTimeout(
        () =>
          resolve({
            ok: page.body !== 'not found',
            status: page.body === 'not found' ? 404 : 200,
            statusText: '',
            type: 'basic',
            redirected: false,
            url: input,
            text: async () => page.body,
          } as Response),
        page.delay,
      ),
    );
  });
  return requested;
}

const writes = () => store.askStore.mock.calls.filter(([name]) => name === 'updateEmployeeEmails').map(([, payload]) => payload);

let stop: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  store.askStore.mockClear();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('reading the edit forms', () => {
  it('writes each address for its resource by id and name, never by position', async () => {
    serve({
      '/ustawienia/zasoby/12/edycja': { body: editPage(12), delay: 5 },
      '/ustawienia/zasoby/15/edycja': { body: editPage(15), delay: 5 },
    });
    const reader = createFormReader(createBookingState(TENANT, stop.signal), stop.signal);
    const done = reader.read([row(12, 'Anna Kowalska'), row(15, 'Dawid Wójcik')]);
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(writes().flatMap((w) => (w as { updates: unknown[] }).updates)).toEqual([
      { resource: { resourceId: '12', name: 'Anna Kowalska' }, rawEmail: 'anna.kowalska@salon-ania.pl', emailSource: 'form' },
      { resource: { resourceId: '15', name: 'Dawid Wójcik' }, rawEmail: '', emailSource: 'form' },
    ]);
  });

  it('a newer list read drops what the earlier reading had read but not stored', async () => {
    serve({
      '/ustawienia/zasoby/12/edycja': { body: editPage(12), delay: 5 },
      '/ustawienia/zasoby/13/edycja': { body: editPage(13), delay: 5000 },
    });
    const state = createBookingState(TENANT, stop.signal);
    const reader = createFormReader(state, stop.signal);
    const first = reader.read([row(12, 'Anna Kowalska'), row(13, 'Bartosz Nowak')]);
    await vi.advanceTimersByTimeAsync(50); // Anna's form is read, not flushed yet (every 400 ms)
    reader.drop(); // the list was read again: its roster is about to be saved
    await vi.advanceTimersByTimeAsync(6000);
    await first;
    expect(writes()).toEqual([]);
    expect(state.reading.value).toBeNull();
  });

  it('Stop ends the reading and keeps what it read', async () => {
    serve({
      '/ustawienia/zasoby/12/edycja': { body: editPage(12), delay: 5 },
      '/ustawienia/zasoby/13/edycja': { body: editPage(13), delay: 5000 },
    });
    const state = createBookingState(TENANT, stop.signal);
    const reader = createFormReader(state, stop.signal);
    const first = reader.read([row(12, 'Anna Kowalska'), row(13, 'Bartosz Nowak')]);
    await vi.advanceTimersByTimeAsync(50);
    reader.stop();
    await vi.advanceTimersByTimeAsync(100);
    await first;
    expect(writes().flatMap((w) => (w as { updates: { rawEmail: string }[] }).updates.map((u) => u.rawEmail))).toEqual([
      'anna.kowalska@salon-ania.pl',
    ]);
    expect(state.reading.value).toMatchObject({ done: 1, total: 2, running: false, stopped: true });
  });

  it('pages the panel’s script would draw are not read: only GETs, nothing stored, the admin is told which to open', async () => {
    const requested = serve({
      '/app/ustawienia/zasoby/12/edycja': { body: shell, delay: 5 },
      '/app/ustawienia/zasoby/13/edycja': { body: shell, delay: 5 },
    });
    const state = createBookingState(TENANT, stop.signal);
    const reader = createFormReader(state, stop.signal);
    const done = reader.read([
      row(12, 'Anna Kowalska', '/app/ustawienia/zasoby/12/edycja'),
      row(13, 'Bartosz Nowak', '/app/ustawienia/zasoby/13/edycja'),
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(requested.sort()).toEqual(['GET /app/ustawienia/zasoby/12/edycja', 'GET /app/ustawienia/zasoby/13/edycja']);
    expect(writes()).toEqual([]);
    expect(document.querySelectorAll('iframe')).toHaveLength(0);
    expect(state.failedNames.value).toEqual([]);
    // The notice names them while their addresses are unread, and lets go of one once its form gave it.
    const employees = [
      { tenant: TENANT, resourceId: '12', name: 'Anna Kowalska', rawEmail: null, readAt: 1, order: 0 },
      { tenant: TENANT, resourceId: '13', name: 'Bartosz Nowak', rawEmail: null, readAt: 1, order: 1 },
    ];
    state.context.value = { tenant: TENANT, employees, settings: DEFAULT_SETTINGS } as never;
    const notice = () => state.model.value.notices.find((n) => n.kind === 'forms-need-opening');
    expect(notice()?.params).toEqual({ n: 2, names: 'Anna Kowalska, Bartosz Nowak', label: 'Edytuj' });
    state.context.value = {
      tenant: TENANT,
      employees: [{ ...employees[0], rawEmail: 'anna@salon.pl' }, employees[1]],
      settings: DEFAULT_SETTINGS,
    } as never;
    expect(notice()?.params).toEqual({ n: 1, names: 'Bartosz Nowak', label: 'Edytuj' });
  });
});
