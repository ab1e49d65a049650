/**
 * What a booking page is given of a Zoom host (issue 21, item 4): its resources' users and one
 * suggestion each, never the account's other users; and the page's reconcile over that comes out
 * the same as over every user.
 */
import { describe, expect, it } from 'vitest';
import { shareWithBookingPage, withoutAddresses } from '../../../utils/roster/booking-share';
import { coverageOf } from '../../../utils/roster/coverage';
import type { Employee, Invitation, ZoomHostRecord, ZoomState, ZoomUser } from '../../../utils/roster/model';
import { reconcile, type ZoomViewInput } from '../../../utils/roster/reconcile';
import { mulberry32 } from '../../support/seeded-random';

const TODAY = '2026-11-20';
const HOST = 'zoom.us';

const employee = (order: number, rawEmail: string | null): Employee => ({
  tenant: 'salon.zarezerwuj.pl',
  name: `E${order}`,
  rawEmail,
  readAt: 1,
  order,
});
const user = (email: string, state: ZoomState = 'active', invitedOn?: string): ZoomUser => ({
  host: HOST,
  email,
  state,
  ...(invitedOn ? { invitedOn } : {}),
  firstSeen: 1,
  lastSeen: 2,
});
const invitation = (email: string, invitedOn = '2026-11-10'): Invitation => ({ host: HOST, email, invitedOn, recordedAt: 1 });

describe('shareWithBookingPage', () => {
  const users = [
    user('anna@salon.pl'),
    user('bartek@salon.pl', 'pending', '2026-11-15'),
    user('iwona.dabrowska@salon.pl'),
    user('ceo@salon.pl'),
    user('ksiegowa@salon.pl', 'inactive'),
    user('zofia@salon.pl'),
  ];
  const roster = [
    employee(0, 'Anna@Salon.pl '),
    employee(1, 'mailto:bartek@salon.pl'),
    employee(2, 'iwona.dabrowsak@salon.pl'), // one swap from a Zoom user: a probable typo
    employee(3, 'nowy@salon.pl'), // not on Zoom, nothing near
    employee(4, ''),
    employee(5, null),
    employee(6, 'zła@'),
  ];

  it('gives the users with a resource’s address and the one suggested, nothing else', () => {
    const shared = shareWithBookingPage(roster, users, [], TODAY);
    expect(shared.users.map((u) => u.email)).toEqual(['anna@salon.pl', 'bartek@salon.pl', 'iwona.dabrowska@salon.pl']);
    expect(shared.nearMatches).toEqual([['iwona.dabrowsak@salon.pl', 'iwona.dabrowska@salon.pl']]);
  });

  it('gives the invitation records of those addresses only', () => {
    const shared = shareWithBookingPage(roster, users, [invitation('nowy@salon.pl'), invitation('ceo@salon.pl')], TODAY);
    expect(shared.invitations.map((i) => i.email)).toEqual(['nowy@salon.pl']);
  });

  it('gives neither of two equally near users, and no suggestion', () => {
    const tie = [user('jan.nowak@salon.pl'), user('jan.nowik@salon.pl')];
    const shared = shareWithBookingPage([employee(0, 'jan.nowek@salon.pl')], tie, [], TODAY);
    expect(shared).toEqual({ users: [], invitations: [], nearMatches: [] });
  });

  it('keeps the page’s statuses and suggestions what they are against every user', () => {
    const random = mulberry32(21);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const locals = ['anna', 'anna.k', 'ana', 'jan', 'jann', 'jon', 'ewa', 'ewa1', 'iwona', 'iwoan', 'zofia', 'zosia'];
    const domains = ['salon.pl', 'salon.com', 'firma.pl', 'salom.pl'];
    for (let round = 0; round < 40; round++) {
      const all = new Map<string, ZoomUser>();
      for (let i = 0; i < 12; i++) {
        const email = `${pick(locals)}@${pick(domains)}`;
        all.set(email, user(email, pick(['active', 'active', 'pending', 'inactive'] as const), '2026-11-01'));
      }
      const zoomUsers = [...all.values()];
      const employees = Array.from({ length: 6 }, (_, i) => employee(i, `${pick(locals)}@${pick(domains)}`));
      const invitations = [invitation(employees[0].rawEmail as string, '2026-10-01'), invitation('other@salon.pl')];
      const full: ZoomViewInput = { users: zoomUsers, coverage: 'complete', readable: true, invitations };
      const shared = shareWithBookingPage(employees, zoomUsers, invitations, TODAY);
      const page: ZoomViewInput = {
        users: shared.users,
        coverage: 'complete',
        readable: true,
        invitations: shared.invitations,
        nearMatches: new Map(shared.nearMatches),
      };
      const summary = (view: ZoomViewInput) =>
        reconcile(employees, view, TODAY).employees.map((r) => [r.email, r.status, r.daysLeft, r.suggestion]);
      expect(summary(page), `round ${round}`).toEqual(summary(full));
      const wanted = new Set(employees.map((e) => e.rawEmail).concat(shared.nearMatches.map(([, s]) => s)));
      for (const u of shared.users) expect(wanted.has(u.email)).toBe(true);
    }
  });
});

describe('withoutAddresses', () => {
  it('drops the addresses a pass collected and keeps what coverage is told by', () => {
    const record: ZoomHostRecord = {
      host: HOST,
      users: {
        complete: false,
        pass: { pages: { 1: ['a@salon.pl', 'b@salon.pl'] }, ranges: { 51: ['c@salon.pl'] }, startedAt: 5, total: 80 },
      },
      pending: { complete: true, completedAt: 9, source: 'pages' },
    };
    const shared = withoutAddresses(record);
    expect(JSON.stringify(shared)).not.toContain('@');
    expect(shared.users.pass).toEqual({ pages: { 1: [] }, ranges: { 51: [] }, startedAt: 5, total: 80 });
    expect(shared.pending).toEqual(record.pending);
    expect(coverageOf(shared)).toBe(coverageOf(record));
    expect(record.users.pass?.pages[1]).toEqual(['a@salon.pl', 'b@salon.pl']); // the stored record is not changed
  });
});
