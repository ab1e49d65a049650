/** Every store request's payload is checked for shape and types before it runs (issue 21, item 5). */
import { describe, expect, it } from 'vitest';
import { handleStoreMessage } from '../../../utils/store/handlers';
import type { StoreRequestName } from '../../../utils/store/messages';
import { checkPayload, list, optional, PayloadError, record, text, whole } from '../../../utils/store/payloads';
import { employee, FROM_EXTENSION_PAGE, freshStore, zoomRows } from './helpers';
import type { Employee, ListSnapshot } from '../../../utils/roster/model';

const TENANT = 'salon.zarezerwuj.pl';
const HOST = 'us06web.zoom.us';

async function refusal(name: StoreRequestName, payload: unknown): Promise<string> {
  const store = await freshStore();
  const reply = await handleStoreMessage(store.handlers, { channel: 'zaa-store', name, payload }, FROM_EXTENSION_PAGE);
  if (reply?.ok !== false) throw new Error(`${name} was accepted: ${JSON.stringify(payload)}`);
  // Nothing was written on the way.
  expect(store.onWrite).not.toHaveBeenCalled();
  return reply.error;
}

describe('store payloads', () => {
  it('refuses wrong types naming the request and the field', async () => {
    const cases: [StoreRequestName, unknown, string][] = [
      [
        'saveRoster',
        { tenant: TENANT, employees: [{ ...employee(0, 'Anna'), order: 'first' }] },
        'Invalid saveRoster request: payload.employees[0].order: expected a whole number',
      ],
      [
        'saveRoster',
        { tenant: TENANT, employees: [{ ...employee(0, 'Anna'), rawEmail: 42 }] },
        'payload.employees[0].rawEmail: expected text',
      ],
      ['saveRoster', { tenant: 7, employees: [] }, 'Invalid saveRoster request: payload.tenant: expected text'],
      ['saveRoster', { tenant: '  ', employees: [] }, 'payload.tenant: expected a host name, not empty text'],
      ['saveRoster', { tenant: TENANT }, 'Invalid saveRoster request: payload.employees: missing'],
      ['saveRoster', { tenant: TENANT, employees: {} }, 'payload.employees: expected a list'],
      [
        'saveZoomSnapshot',
        { host: HOST, snapshot: { list: 'users', rows: [{ email: 'a@b.pl', state: 'owner' }], filtered: false } },
        'payload.snapshot.rows[0].state: expected one of "active", "inactive", "pending"',
      ],
      [
        'saveZoomSnapshot',
        { host: HOST, snapshot: { list: 'users', rows: [], filtered: 'no' } },
        'payload.snapshot.filtered: expected true or false',
      ],
      [
        'saveZoomSnapshot',
        { host: HOST, snapshot: { list: 'users', rows: [], filtered: false, page: -1 } },
        'payload.snapshot.page',
      ],
      ['recordInvitations', { host: HOST, emails: 'a@b.pl', invitedOn: '2026-11-20' }, 'payload.emails: expected a list'],
      ['importZoomCsv', { host: HOST, rows: [{ email: ['a@b.pl'], state: 'active' }] }, 'payload.rows[0].email: expected text'],
      ['getBookingContext', { tenant: TENANT, zoomHost: 5 }, 'payload.zoomHost: expected text'],
      [
        'saveSettings',
        { warnDaysBeforeExpiry: '5' },
        'Invalid saveSettings request: payload.warnDaysBeforeExpiry: expected a whole number',
      ],
      ['saveSettings', { bookingHosts: 'firma.pl' }, 'payload.bookingHosts: expected a list'],
      ['importBackup', 'a file', 'Invalid importBackup request: payload: expected an object'],
      ['getOverview', [], 'payload: expected an object'],
      [
        'updateEmployeeEmails',
        { tenant: TENANT, updates: [{ resource: { name: 'Anna' }, rawEmail: null, emailSource: 'form' }] },
        'payload.updates[0].rawEmail: expected text',
      ],
      [
        'updateEmployeeEmails',
        { tenant: TENANT, updates: [{ order: 0, rawEmail: 'a@b.pl', emailSource: 'form' }] },
        'payload.updates[0].resource: missing',
      ],
      [
        'updateEmployeeEmails',
        { tenant: TENANT, updates: [{ resource: { resourceId: 12 }, rawEmail: 'a@b.pl', emailSource: 'form' }] },
        'payload.updates[0].resource.resourceId: expected text',
      ],
      [
        'withdrawInvitations',
        { host: HOST, emails: ['a@b.pl'], invitedOn: '2026-11-20' },
        'Invalid withdrawInvitations request: payload.recordedAt: missing',
      ],
      ['forgetZoomHost', { host: 42 }, 'payload.host: expected text'],
    ];
    for (const [name, payload, error] of cases) expect(await refusal(name, payload), name).toContain(error);
  });

  it('refuses fields the store does not know, so nothing unchecked is stored', async () => {
    expect(await refusal('saveRoster', { tenant: TENANT, employees: [{ ...employee(0, 'Anna'), script: '<img>' }] })).toBe(
      'Invalid saveRoster request: payload.employees[0]: unknown field "script"',
    );
    expect(await refusal('getSettings', { everything: true })).toBe(
      'Invalid getSettings request: payload: unknown field "everything"',
    );
    expect(await refusal('saveSettings', { __proto__: null, isAdmin: true })).toContain('unknown field "isAdmin"');
  });

  it('refuses text and lists beyond sane sizes', async () => {
    expect(await refusal('getZoomContext', { host: `${'a'.repeat(300)}.zoom.us` })).toContain(
      'payload.host: expected text of at most 255 characters',
    );
    const rows = zoomRows('active', 'a@b.pl');
    expect(await refusal('importZoomCsv', { host: HOST, rows: new Array(100_001).fill(rows[0]) })).toContain(
      'payload.rows: expected a list of at most 100000 items',
    );
  });

  it('gives the handler a checked copy with only the known fields, and accepts what the pages send', () => {
    const sent = { tenant: TENANT, url: undefined, employees: [{ ...employee(0, 'Anna', 'a@b.pl'), category: undefined }] };
    const checked = checkPayload('saveRoster', sent);
    expect(checked).toEqual({ tenant: TENANT, employees: [{ ...employee(0, 'Anna', 'a@b.pl') }] });
    expect(checked).not.toBe(sent);
    expect(Object.hasOwn(checked, 'url')).toBe(false);
    expect(
      checkPayload('saveZoomSnapshot', {
        host: HOST,
        snapshot: { list: 'pending', rows: zoomRows('pending', 'p@b.pl'), filtered: false, page: 2, pageCount: 3, total: 40 },
      }),
    ).toMatchObject({ snapshot: { page: 2 } });
  });

  it('accepts every field a list snapshot can carry (a field the reading adds must be added to the check too)', () => {
    // Required<…>: a new field of ListSnapshot does not compile here until it is listed, and then checked.
    const snapshot: Required<ListSnapshot> = {
      list: 'users',
      rows: zoomRows('active', 'a@b.pl'),
      page: 2,
      pageCount: 3,
      total: 61,
      filtered: false,
      hasNextPage: true,
      hasPrevPage: true,
      firstRow: 31,
      lastRow: 60,
      pageSize: 30,
    };
    expect(checkPayload('saveZoomSnapshot', { host: HOST, snapshot })).toEqual({ host: HOST, snapshot });
  });
});

describe('the schema helper', () => {
  it('names the path of what is wrong', () => {
    const check = record({ items: list(record({ n: whole, note: optional(text(5)) }), 3) });
    expect(check({ items: [{ n: 1 }, { n: 2, note: 'ok' }] }, 'x')).toEqual({ items: [{ n: 1 }, { n: 2, note: 'ok' }] });
    expect(() => check({ items: [{ n: 1 }, { n: 2, note: 'too long' }] }, 'x')).toThrow(
      new PayloadError('x.items[1].note: expected text of at most 5 characters'),
    );
    expect(() => check({ items: [{ n: 1.5 }] }, 'x')).toThrow('x.items[0].n: expected a whole number');
    expect(() => check({ items: [{}, {}, {}, {}] }, 'x')).toThrow('x.items: expected a list of at most 3 items');
    expect(() => check(null, 'x')).toThrow('x: expected an object');
  });
});

describe('payload checks keep up with the types', () => {
  // Typed as Required<…>: a field added to the type fails the type check here until it is listed, and
  // then this test until the store's check accepts it (a field the store refuses is a page read lost).
  it('accepts a snapshot and an employee with every field the types have', () => {
    const snapshot: Required<ListSnapshot> = {
      list: 'users',
      rows: [{ email: 'a@b.pl', state: 'active', name: 'A', userType: 'Basic', invitedOn: '2026-11-20' }],
      page: 2,
      pageCount: 3,
      total: 45,
      filtered: false,
      hasNextPage: true,
      hasPrevPage: true,
      firstRow: 31,
      lastRow: 45,
      pageSize: 30,
    };
    expect(() => checkPayload('saveZoomSnapshot', { host: HOST, snapshot })).not.toThrow();
    const full: Required<Omit<Employee, 'tenant'>> = {
      resourceId: '12',
      name: 'Anna',
      rawEmail: 'a@b.pl',
      category: 'Fryzjerzy',
      emailSource: 'list',
      editUrl: `https://${TENANT}/zasoby/12/edytuj`,
      readAt: 1,
      order: 0,
    };
    expect(() => checkPayload('saveRoster', { tenant: TENANT, employees: [full] })).not.toThrow();
  });
});
