import { describe, expect, it } from 'vitest';
import type { Coverage, Employee, ZoomState, ZoomUser } from '../../../utils/roster/model';
import { reconcile } from '../../../utils/roster/reconcile';
import { addOutcomeOf, guidanceSteps, nextGuidanceStep, stepHeadline, type GuidanceStep } from '../../../utils/view/guidance';
import { stepView } from '../../../utils/view/step-view';
import { en, pl } from '../../../utils/i18n/messages';

const TODAY = '2026-11-20';
const HOST = 'zoom.us';
const TENANT = 'salon.zarezerwuj.pl';

function daysAgo(days: number): string {
  const [y, m, d] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

function roster(emails: (string | null)[]): Employee[] {
  return emails.map((rawEmail, order) => ({
    tenant: TENANT,
    name: `E${order}`,
    rawEmail,
    readAt: 1,
    order,
    editUrl: `https://${TENANT}/zasoby/${order}/edytuj`,
  }));
}

function user(email: string, state: ZoomState, invitedOn?: string): ZoomUser {
  return { host: HOST, email, state, invitedOn, firstSeen: 1, lastSeen: 2 };
}

function steps(emails: (string | null)[], users: ZoomUser[], coverage: Coverage = 'complete', warnDays = 5): GuidanceStep[] {
  const result = reconcile(roster(emails), { users, coverage, readable: true, invitations: [] }, TODAY);
  return guidanceSteps({ hasRoster: true, hasZoom: true, coverage, result, warnDays });
}

const kinds = (list: GuidanceStep[]) => list.map((s) => s.kind);

describe('guidanceSteps: the order of what to do', () => {
  it('asks for the booking list first, then Zoom', () => {
    const result = reconcile([], { users: [], coverage: 'none', readable: true, invitations: [] }, TODAY);
    expect(guidanceSteps({ hasRoster: false, hasZoom: true, coverage: 'complete', result, warnDays: 5 })).toEqual([
      { kind: 'open-booking' },
    ]);
    expect(guidanceSteps({ hasRoster: true, hasZoom: false, coverage: 'none', result, warnDays: 5 })).toEqual([
      { kind: 'open-zoom' },
    ]);
  });

  it('puts every open step in order: invitations, the rest of Zoom, invite, addresses, switched off, activation', () => {
    const all = steps(
      [
        'waiting@firma.pl', // pending, 20 days left
        '', // no-email
        'nowy@firma.pl', // missing
        'off@firma.pl', // inactive
        'soon@firma.pl', // pending, 2 days left
        'ana.kowalska@firma.pl', // probable typo of anna.kowalska@
        'jan kowalski@firma', // invalid
        'old@firma.pl', // expired, still listed
        'active@firma.pl',
      ],
      [
        user('waiting@firma.pl', 'pending', daysAgo(10)),
        user('off@firma.pl', 'inactive'),
        user('soon@firma.pl', 'pending', daysAgo(28)),
        user('anna.kowalska@firma.pl', 'active'),
        user('old@firma.pl', 'pending', daysAgo(33)),
        user('active@firma.pl', 'active'),
      ],
    );
    expect(kinds(all)).toEqual(['invitations', 'invite', 'fix-addresses', 'reactivate', 'await-activation']);
    const [invitations, invite, addresses, reactivate, waiting] = all;
    // The least time left first; an expired one still listed is resent, not invited again.
    expect(invitations).toEqual({
      kind: 'invitations',
      people: [
        { name: 'E7', tenant: TENANT, email: 'old@firma.pl', daysLeft: -3, fix: 'resend' },
        { name: 'E4', tenant: TENANT, email: 'soon@firma.pl', daysLeft: 2, fix: 'resend' },
      ],
    });
    expect(invite).toEqual({ kind: 'invite', people: [{ name: 'E2', tenant: TENANT, email: 'nowy@firma.pl' }] });
    expect(
      addresses.kind === 'fix-addresses' &&
        addresses.people.map((p) => [p.name, p.problem, p.suggestion ?? p.reason?.code ?? '']),
    ).toEqual([
      ['E1', 'no-email', ''],
      ['E5', 'probable-typo', 'anna.kowalska@firma.pl'],
      ['E6', 'invalid-email', 'spaces'],
    ]);
    expect(addresses.kind === 'fix-addresses' && addresses.people[0].editUrl).toBe(`https://${TENANT}/zasoby/1/edytuj`);
    expect(reactivate).toEqual({ kind: 'reactivate', people: [{ name: 'E3', tenant: TENANT, email: 'off@firma.pl' }] });
    expect(waiting).toEqual({
      kind: 'await-activation',
      people: [{ name: 'E0', tenant: TENANT, email: 'waiting@firma.pl', daysLeft: 20 }],
    });
  });

  it('asks to see the rest of Zoom right after the invitations when the view is not complete', () => {
    const partial = steps(['soon@firma.pl', 'nowy@firma.pl'], [user('soon@firma.pl', 'pending', daysAgo(27))], 'partial');
    // Nobody is "missing" on a partial view, so there is nobody to invite yet.
    expect(kinds(partial)).toEqual(['invitations', 'complete-view']);
  });

  it('an expired invitation Zoom no longer lists is invited again', () => {
    const result = reconcile(
      roster(['gone@firma.pl']),
      {
        users: [],
        coverage: 'complete',
        readable: true,
        invitations: [{ host: HOST, email: 'gone@firma.pl', invitedOn: daysAgo(40), recordedAt: 1 }],
      },
      TODAY,
    );
    const step = nextGuidanceStep({ hasRoster: true, hasZoom: true, coverage: 'complete', result, warnDays: 5 });
    expect(step.kind === 'invitations' && step.people[0].fix).toBe('invite-again');
  });

  it('an address not read yet is for the admin to show (open the form), not "done"', () => {
    expect(kinds(steps([null, 'a@firma.pl'], [user('a@firma.pl', 'active')]))).toEqual(['fix-addresses']);
    const step = nextGuidanceStep({
      hasRoster: true,
      hasZoom: true,
      coverage: 'complete',
      result: reconcile(roster([null]), { users: [], coverage: 'complete', readable: true, invitations: [] }, TODAY),
      warnDays: 5,
    });
    expect(step.kind === 'fix-addresses' && step.people[0].problem).toBe('not-read');
  });

  it('is not done while anyone is invited but not active yet', () => {
    expect(kinds(steps(['a@firma.pl', 'b@firma.pl'], [user('a@firma.pl', 'active'), user('b@firma.pl', 'pending')]))).toEqual([
      'await-activation',
    ]);
  });

  it('is done only when every employee with an address has an active account', () => {
    expect(steps(['a@firma.pl', 'b@firma.pl'], [user('a@firma.pl', 'active'), user('b@firma.pl', 'active')])).toEqual([
      { kind: 'done' },
    ]);
    expect(kinds(steps(['a@firma.pl', 'b@firma.pl'], [user('a@firma.pl', 'active'), user('b@firma.pl', 'inactive')]))).toEqual([
      'reactivate',
    ]);
    expect(kinds(steps(['a@firma.pl', ''], [user('a@firma.pl', 'active')]))).toEqual(['fix-addresses']);
  });

  it('counts an invitation as expiring by the admin’s own warning days', () => {
    const users = [user('a@firma.pl', 'pending', daysAgo(22))]; // 8 days left
    expect(kinds(steps(['a@firma.pl'], users, 'complete', 5))).toEqual(['await-activation']);
    expect(kinds(steps(['a@firma.pl'], users, 'complete', 8))).toEqual(['invitations']);
  });
});

describe('addOutcomeOf: what the admin is told after Zoom took an Add', () => {
  it('names whom Zoom emailed and who was left out, and why', () => {
    const result = reconcile(
      roster(['nowy@firma.pl', 'ana.kowalska@firma.pl', 'drugi@firma.pl', 'active@firma.pl']),
      {
        users: [user('anna.kowalska@firma.pl', 'active'), user('active@firma.pl', 'active')],
        coverage: 'complete',
        readable: true,
        invitations: [],
      },
      TODAY,
    );
    expect(addOutcomeOf({ invited: ['nowy@firma.pl', 'obcy@firma.pl'], result })).toEqual({
      invited: [
        { name: 'E0', email: 'nowy@firma.pl' },
        { name: 'obcy@firma.pl', email: 'obcy@firma.pl' },
      ],
      leftOut: [
        { name: 'E1', email: 'ana.kowalska@firma.pl', why: 'probable-typo', suggestion: 'anna.kowalska@firma.pl' },
        { name: 'E2', email: 'drugi@firma.pl', why: 'not-filled' },
      ],
    });
  });
});

describe('stepView: the complete-view step and "Read all pages"', () => {
  it('names the button first where the panel offers it, and always the way by hand or by CSV', () => {
    const step: GuidanceStep = { kind: 'complete-view' };
    expect(stepView(step).how.map((how) => how.key)).toEqual(['guide.complete-view.how']);
    expect(stepView(step, null, true).how.map((how) => how.key)).toEqual([
      'guide.complete-view.readAll',
      'guide.complete-view.how',
    ]);
  });
});

describe('stepHeadline: the bar’s sentence for a step (all the first paint carries of guidance)', () => {
  const person = (name: string, daysLeft?: number) => ({ name, tenant: TENANT, email: `${name}@firma.pl`, daysLeft });
  const cases: [GuidanceStep, string, Record<string, unknown> | undefined][] = [
    [{ kind: 'open-booking' }, 'guide.open-booking.short', undefined],
    [{ kind: 'open-zoom' }, 'guide.open-zoom.short', undefined],
    [{ kind: 'complete-view' }, 'guide.complete-view.short', undefined],
    [{ kind: 'done' }, 'guide.done.short', undefined],
    [{ kind: 'invitations', people: [{ ...person('Anna', 3), fix: 'resend' }] }, 'guide.expiresIn', { name: 'Anna', n: 3 }],
    [{ kind: 'invitations', people: [{ ...person('Anna', 0), fix: 'invite-again' }] }, 'guide.expired', { name: 'Anna' }],
    [
      {
        kind: 'invitations',
        people: [
          { ...person('Anna', 3), fix: 'resend' },
          { ...person('Ben'), fix: 'invite-again' },
        ],
      },
      'guide.invitations',
      { n: 2 },
    ],
    [{ kind: 'invite', people: [person('Anna'), person('Ben'), person('Cezary')] }, 'guide.invite', { n: 3 }],
    [{ kind: 'fix-addresses', people: [{ ...person('Anna'), problem: 'no-email' }] }, 'guide.fix-addresses', { n: 1 }],
    [{ kind: 'reactivate', people: [person('Anna'), person('Ben')] }, 'guide.reactivate', { n: 2 }],
    [{ kind: 'await-activation', people: [person('Anna', 20)] }, 'guide.await-activation', { n: 1 }],
  ];
  it.each(cases)('%o says %s', (step, key, params) => {
    const said = stepHeadline(step);
    expect(said.key).toBe(key);
    expect(said.params).toEqual(params);
    // Keys built from the step's kind: each one is in both catalogues.
    expect(en).toHaveProperty([key]);
    expect(pl).toHaveProperty([key]);
    // The opened panel heads the same step with the same sentence.
    expect(stepView(step).headline).toEqual(said);
  });
});
