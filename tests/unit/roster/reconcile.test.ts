import { distance } from 'fastest-levenshtein';
import type { Coverage, Employee, EmployeeStatus, Invitation, ZoomState, ZoomUser } from '../../../utils/roster/model';
import { EMPLOYEE_STATUSES } from '../../../utils/roster/model';
import { clearEmailCache } from '../../../utils/roster/email';
import {
  clearNearMatchIndexes,
  prefillCandidates,
  probableTypos,
  isProbableTypo,
  reconcile,
  rowStatusFor,
  type ReconcileResult,
  type ZoomViewInput,
} from '../../../utils/roster/reconcile';
import { createNearMatchIndex, withinTwoEdits } from '../../../utils/roster/suggest';
import { mulberry32 } from '../../support/seeded-random';

const TODAY = '2026-11-20';
const HOST = 'zoom.us';

/** The ISO day `days` before TODAY. */
function daysAgo(days: number): string {
  const [y, m, d] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

let order = 0;
function employee(name: string, rawEmail: string | null): Employee {
  return { tenant: 'salon-ania.zarezerwuj.pl', name, rawEmail, readAt: 1, order: order++ };
}

function user(email: string, state: ZoomState, invitedOn?: string): ZoomUser {
  return { host: HOST, email, state, invitedOn, firstSeen: 1, lastSeen: 2 };
}

function invitation(email: string, invitedOn: string): Invitation {
  return { host: HOST, email, invitedOn, recordedAt: 1 };
}

function zoom(users: ZoomUser[], options: Partial<ZoomViewInput> = {}): ZoomViewInput {
  return { users, coverage: 'complete', readable: true, invitations: [], ...options };
}

/** Reconciles one employee and returns its result. */
function one(rawEmail: string | null, view: ZoomViewInput) {
  return reconcile([employee('Anna Kowalska', rawEmail)], view, TODAY).employees[0];
}

function statusOf(rawEmail: string | null, view: ZoomViewInput): EmployeeStatus {
  return one(rawEmail, view).status;
}

describe('reconcile: each status', () => {
  const anna = 'anna@firma.pl';

  it('unverified with an empty email when the address was not read yet (null)', () => {
    const result = one(null, zoom([user(anna, 'active')]));
    expect(result.status).toBe('unverified');
    expect(result.email).toBe('');
    expect(result.sharedBy).toBe(0);
  });

  it('no-email when the address was read and is blank', () => {
    for (const raw of ['', '   ', '\n']) {
      const result = one(raw, zoom([]));
      expect(result.status).toBe('no-email');
      expect(result.email).toBe('');
    }
  });

  it('invalid-email with the trimmed text and a reason in both languages', () => {
    const result = one('  Ewa.Kaminska@Salon-Ania ', zoom([]));
    expect(result.status).toBe('invalid-email');
    expect(result.email).toBe('Ewa.Kaminska@Salon-Ania');
    expect(result.invalidReason).toEqual({ code: 'no-domain-dot' });
    expect(result.sharedBy).toBe(0);
  });

  it('active and inactive from the Users list, with the Zoom user attached', () => {
    const active = one(anna, zoom([user(anna, 'active')]));
    expect(active.status).toBe('active');
    expect(active.zoomUser?.email).toBe(anna);
    expect(active.daysLeft).toBeUndefined();
    expect(statusOf(anna, zoom([user(anna, 'inactive')]))).toBe('inactive');
  });

  it('matches case-insensitively, after trimming and mailto:', () => {
    expect(statusOf('  MAILTO:Anna@Firma.PL ', zoom([user(anna, 'active')]))).toBe('active');
    expect(one('Anna@FIRMA.pl', zoom([user(anna, 'active')])).email).toBe(anna);
  });

  describe('pending on Zoom', () => {
    it.each([
      [0, 'pending', 30],
      [6, 'pending', 24],
      [27, 'pending', 3],
      [29, 'pending', 1],
      [30, 'expired', 0],
      [31, 'expired', -1],
      [35, 'expired', -5],
    ] as const)("invited %i days ago by Zoom's date → %s, %i days left", (days, status, left) => {
      const result = one(anna, zoom([user(anna, 'pending', daysAgo(days))]));
      expect(result.status).toBe(status);
      expect(result.daysLeft).toBe(left);
      expect(result.stillPendingOnZoom).toBe(status === 'expired' ? true : undefined);
    });

    it('pending without days when neither Zoom nor the extension knows the date', () => {
      const result = one(anna, zoom([user(anna, 'pending')]));
      expect(result.status).toBe('pending');
      expect(result.daysLeft).toBeUndefined();
    });

    it("uses the extension's record when Zoom shows no date", () => {
      const view = zoom([user(anna, 'pending')], { invitations: [invitation(anna, daysAgo(10))] });
      expect(one(anna, view)).toMatchObject({ status: 'pending', daysLeft: 20 });
      const old = zoom([user(anna, 'pending')], { invitations: [invitation(anna, daysAgo(40))] });
      expect(one(anna, old)).toMatchObject({ status: 'expired', daysLeft: -10, stillPendingOnZoom: true });
    });

    it("prefers Zoom's date (the last resend) to the extension's record", () => {
      const view = zoom([user(anna, 'pending', daysAgo(2))], { invitations: [invitation(anna, daysAgo(40))] });
      expect(one(anna, view)).toMatchObject({ status: 'pending', daysLeft: 28 });
    });

    it('expired on Zoom counts even when the view is partial (Zoom said so)', () => {
      const view = zoom([user(anna, 'pending', daysAgo(31))], { coverage: 'partial' });
      expect(one(anna, view)).toMatchObject({ status: 'expired', stillPendingOnZoom: true });
    });
  });

  describe('invited through the extension, not seen on Zoom', () => {
    it.each<Coverage>(['none', 'partial', 'complete'])('pending with days left on a %s view', (coverage) => {
      const view = zoom([], { coverage, invitations: [invitation(anna, daysAgo(3))] });
      expect(one(anna, view)).toMatchObject({ status: 'pending', daysLeft: 27 });
    });

    it('expired only when the view is complete', () => {
      const record = [invitation(anna, daysAgo(30))];
      expect(one(anna, zoom([], { coverage: 'complete', invitations: record }))).toMatchObject({
        status: 'expired',
        daysLeft: 0,
        stillPendingOnZoom: false,
      });
      expect(statusOf(anna, zoom([], { coverage: 'partial', invitations: record }))).toBe('unverified');
      expect(statusOf(anna, zoom([], { coverage: 'none', invitations: record }))).toBe('unverified');
    });

    it('takes the latest record when an address was invited twice', () => {
      const view = zoom([], {
        invitations: [invitation(anna, daysAgo(40)), invitation(anna, daysAgo(5)), invitation(anna, daysAgo(35))],
      });
      expect(one(anna, view)).toMatchObject({ status: 'pending', daysLeft: 25 });
    });

    it('matches records case-insensitively', () => {
      const view = zoom([], { invitations: [invitation('ANNA@Firma.pl', daysAgo(1))] });
      expect(one(anna, view)).toMatchObject({ status: 'pending', daysLeft: 29 });
    });

    it('a record whose date cannot be read leaves the invitation pending without days', () => {
      const view = zoom([], { invitations: [invitation(anna, 'yesterday')] });
      expect(one(anna, view)).toMatchObject({ status: 'pending', daysLeft: undefined });
    });

    it('a record loses to what Zoom shows: active stays active', () => {
      const view = zoom([user(anna, 'active')], { invitations: [invitation(anna, daysAgo(40))] });
      expect(statusOf(anna, view)).toBe('active');
    });
  });

  it('missing only when the view is complete; unverified on partial or none', () => {
    expect(statusOf(anna, zoom([], { coverage: 'complete' }))).toBe('missing');
    expect(statusOf(anna, zoom([], { coverage: 'partial' }))).toBe('unverified');
    expect(statusOf(anna, zoom([], { coverage: 'none' }))).toBe('unverified');
  });

  it('never claims missing on a partial view, whatever else is on Zoom', () => {
    const view = zoom([user('bartosz@firma.pl', 'active'), user('celina@firma.pl', 'pending', daysAgo(1))], {
      coverage: 'partial',
    });
    const result = reconcile([employee('A', anna), employee('B', 'bartosz@firma.pl')], view, TODAY);
    expect(result.employees.map((r) => r.status)).toEqual(['unverified', 'active']);
    expect(result.counts.missing).toBe(0);
  });
});

describe('reconcile: order of the rules', () => {
  it('a page that cannot be read makes every valid address unverified, but keeps no-email and invalid-email', () => {
    const view = zoom(
      [user('anna@firma.pl', 'active'), user('jan@firma.pl', 'inactive'), user('b@firma.pl', 'pending', daysAgo(40))],
      {
        readable: false,
        invitations: [invitation('c@firma.pl', daysAgo(40))],
      },
    );
    const result = reconcile(
      [
        employee('A', 'anna@firma.pl'),
        employee('J', 'jan@firma.pl'),
        employee('B', 'b@firma.pl'),
        employee('C', 'c@firma.pl'),
        employee('M', 'missing@firma.pl'),
        employee('N', ''),
        employee('I', 'zly@adres'),
        employee('U', null),
      ],
      view,
      TODAY,
    );
    expect(result.employees.map((r) => r.status)).toEqual([
      'unverified',
      'unverified',
      'unverified',
      'unverified',
      'unverified',
      'no-email',
      'invalid-email',
      'unverified',
    ]);
    expect(result.employees[0].email).toBe('anna@firma.pl');
    expect(result.counts.active).toBe(0);
    expect(result.counts.missing).toBe(0);
    expect(prefillCandidates(result)).toEqual([]);
  });

  it('the Users list wins over the Pending list for the same address, whatever the order', () => {
    const anna = 'anna@firma.pl';
    for (const users of [
      [user(anna, 'pending', daysAgo(40)), user(anna, 'active')],
      [user(anna, 'active'), user(anna, 'pending', daysAgo(40))],
    ]) {
      const result = reconcile([employee('A', anna)], zoom(users), TODAY);
      expect(result.employees[0].status).toBe('active');
      expect(result.notInBooking).toEqual([]);
    }
    expect(statusOf(anna, zoom([user(anna, 'pending'), user(anna, 'inactive')]))).toBe('inactive');
    expect(statusOf(anna, zoom([user(anna, 'inactive'), user(anna, 'active')]))).toBe('active');
  });
});

describe('reconcile: shared addresses, counts, notInBooking', () => {
  it('counts employees sharing an address, and groups them by email', () => {
    const view = zoom([user('recepcja@firma.pl', 'active')]);
    const result = reconcile(
      [
        employee('Recepcja', 'recepcja@firma.pl'),
        employee('Hubert', 'mailto:Recepcja@firma.pl'),
        employee('Jan', 'jan@firma.pl'),
      ],
      view,
      TODAY,
    );
    expect(result.employees.map((r) => r.sharedBy)).toEqual([2, 2, 1]);
    expect(result.byEmail.get('recepcja@firma.pl')?.map((r) => r.employee.name)).toEqual(['Recepcja', 'Hubert']);
    expect(result.byEmail.get('jan@firma.pl')?.map((r) => r.employee.name)).toEqual(['Jan']);
    expect(result.employees.map((r) => r.status)).toEqual(['active', 'active', 'missing']);
  });

  it('keeps the input order and counts every status', () => {
    const result = reconcile(
      [employee('1', 'b@firma.pl'), employee('2', ''), employee('3', 'a@firma.pl'), employee('4', 'zly')],
      zoom([user('a@firma.pl', 'active')]),
      TODAY,
    );
    expect(result.employees.map((r) => r.employee.name)).toEqual(['1', '2', '3', '4']);
    const expected = Object.fromEntries(EMPLOYEE_STATUSES.map((s) => [s, 0]));
    expect(result.counts).toEqual({ ...expected, missing: 1, 'no-email': 1, active: 1, 'invalid-email': 1 });
  });

  it('lists Zoom users of any state that no employee has, once each', () => {
    const users = [
      user('owner@firma.pl', 'active'),
      user('old@firma.pl', 'inactive'),
      user('new@firma.pl', 'pending', daysAgo(1)),
      user('anna@firma.pl', 'active'),
      user('twice@firma.pl', 'pending'),
      user('twice@firma.pl', 'active'),
    ];
    const result = reconcile([employee('A', 'ANNA@firma.pl')], zoom(users), TODAY);
    expect(result.notInBooking.map((u) => `${u.email} ${u.state}`)).toEqual([
      'owner@firma.pl active',
      'old@firma.pl inactive',
      'new@firma.pl pending',
      'twice@firma.pl active',
    ]);
  });

  it('an empty roster against an empty Zoom view', () => {
    const result = reconcile([], zoom([]), TODAY);
    expect(result.employees).toEqual([]);
    expect(result.notInBooking).toEqual([]);
    expect(result.byEmail.size).toBe(0);
    expect(Object.values(result.counts).every((n) => n === 0)).toBe(true);
  });
});

describe('reconcile: suggestions', () => {
  function suggestionFor(raw: string, users: ZoomUser[], coverage: Coverage = 'complete'): string | undefined {
    return one(raw, zoom(users, { coverage })).suggestion;
  }

  it('suggests the Zoom address one typo away in the same domain', () => {
    expect(suggestionFor('iwona.dabrowsak@salon-ania.pl', [user('iwona.dabrowska@salon-ania.pl', 'active')])).toBe(
      'iwona.dabrowska@salon-ania.pl',
    );
  });

  it.each([
    ['anna.kowalska@firma.pl', 'ana.kowalska@firma.pl'], // deletion
    ['anna.kowalska@firma.pl', 'annna.kowalska@firma.pl'], // insertion
    ['anna.kowalska@firma.pl', 'anna.kowalsak@firma.pl'], // transposition (2 edits)
    ['anna.kowalska@firma.pl', 'anna.kovalska@firma.pl'], // substitution
    ['anna.kowalska@firma.pl', 'nna.kowalsk@firma.pl'], // both ends
    ['anna.kowalska@firma.pl', 'xanna.kowalskay@firma.pl'], // both ends, inserted
    ['jo@firma.pl', 'j@firma.pl'], // very short
    ['ab@firma.pl', 'ba@firma.pl'],
    ['łukasz@firma.pl', 'lukasz@firma.pl'], // a Polish letter typed plain
  ])('local typo: %s suggested for %s', (onZoom, typed) => {
    expect(suggestionFor(typed, [user(onZoom, 'active')])).toBe(onZoom);
  });

  it.each([
    ['anna@salon-ania.pl', 'anna@salon-ania.pk'],
    ['anna@salon-ania.pl', 'anna@salonania.pl'],
    ['anna@gmail.com', 'anna@gmial.com'],
    ['anna@wp.pl', 'anna@o2.pl'],
  ])('domain typo with the same local part: %s suggested for %s', (onZoom, typed) => {
    expect(suggestionFor(typed, [user(onZoom, 'active')])).toBe(onZoom);
  });

  it('pending Zoom users are candidates too', () => {
    expect(suggestionFor('jan.mazurr@firma.pl', [user('jan.mazur@firma.pl', 'pending', daysAgo(2))])).toBe('jan.mazur@firma.pl');
  });

  it('ignores inactive Zoom users', () => {
    expect(suggestionFor('jan.mazurr@firma.pl', [user('jan.mazur@firma.pl', 'inactive')])).toBeUndefined();
    // …so the active one, farther away, is the only candidate.
    expect(
      suggestionFor('jan.mazurr@firma.pl', [user('jan.mazur@firma.pl', 'inactive'), user('jan.mazurek@firma.pl', 'active')]),
    ).toBe('jan.mazurek@firma.pl');
  });

  it('nothing farther than two edits', () => {
    expect(suggestionFor('anna.kowalska@firma.pl', [user('ana.kowalsky@firma.pl', 'active')])).toBe('ana.kowalsky@firma.pl');
    expect(suggestionFor('anna.kowalska@firma.pl', [user('ana.kowalskyy@firma.pl', 'active')])).toBeUndefined();
    expect(suggestionFor('anna@firma.pl', [user('anna@firmowa.pl', 'active')])).toBe('anna@firmowa.pl');
    expect(suggestionFor('anna@firma.pl', [user('anna@firmowska.pl', 'active')])).toBeUndefined();
  });

  it('never when both the local part and the domain differ', () => {
    expect(suggestionFor('anna@firma.pl', [user('ana@firma.pk', 'active')])).toBeUndefined();
    expect(suggestionFor('anna@firma.pl', [user('anna@firma.pl.pl', 'active')])).toBeUndefined();
  });

  it('picks the closest candidate', () => {
    const users = [
      user('anna.nowak@firma.pl', 'active'),
      user('anna.nowakk@firma.pl', 'active'),
      user('ana.nowakkkk@firma.pl', 'active'),
    ];
    expect(suggestionFor('anna.nowakkk@firma.pl', users)).toBe('anna.nowakk@firma.pl');
    // distance 1 by local part beats distance 2 by domain
    expect(suggestionFor('anna@firma.pl', [user('ana@firma.pl', 'active'), user('anna@firma.xyz', 'active')])).toBe(
      'ana@firma.pl',
    );
  });

  it('none when two candidates tie at the smallest distance', () => {
    expect(
      suggestionFor('jan.kowalski@firma.pl', [
        user('jan.kowalski2@firma.pl', 'active'),
        user('jan.kowalski3@firma.pl', 'active'),
      ]),
    ).toBeUndefined();
    // a tie between a local-part candidate and a domain candidate
    expect(suggestionFor('anna@firma.pl', [user('ana@firma.pl', 'active'), user('anna@firma.pk', 'active')])).toBeUndefined();
    // the same address listed twice is one candidate, not a tie
    expect(
      suggestionFor('jan.kowalsk@firma.pl', [user('jan.kowalski@firma.pl', 'pending'), user('jan.kowalski@firma.pl', 'active')]),
    ).toBe('jan.kowalski@firma.pl');
  });

  it('only for addresses not on Zoom', () => {
    const users = [user('anna@firma.pl', 'inactive'), user('anny@firma.pl', 'active')];
    expect(one('anna@firma.pl', zoom(users))).toMatchObject({ status: 'inactive', suggestion: undefined });
  });

  it('also for unverified addresses on a partial view, and for invitations known only from records', () => {
    const users = [user('jan.mazur@firma.pl', 'active')];
    expect(suggestionFor('jan.mazurr@firma.pl', users, 'partial')).toBe('jan.mazur@firma.pl');
    const view = zoom(users, { invitations: [invitation('jan.mazurr@firma.pl', daysAgo(2))] });
    expect(one('jan.mazurr@firma.pl', view)).toMatchObject({ status: 'pending', suggestion: 'jan.mazur@firma.pl' });
  });

  it('never for no-email, invalid or unread addresses', () => {
    const users = [user('a@firma.pl', 'active')];
    for (const raw of ['', 'a@firma', null]) expect(one(raw, zoom(users)).suggestion).toBeUndefined();
  });

  it('gives every employee with the same typo the same suggestion', () => {
    const result = reconcile(
      [employee('1', 'jan.mazurr@firma.pl'), employee('2', 'Jan.Mazurr@firma.pl')],
      zoom([user('jan.mazur@firma.pl', 'active')]),
      TODAY,
    );
    expect(result.employees.map((r) => r.suggestion)).toEqual(['jan.mazur@firma.pl', 'jan.mazur@firma.pl']);
  });
});

describe('near-match index against brute force', () => {
  function bruteForce(email: string, candidates: string[]): string | undefined {
    const [local, domain] = email.split('@');
    let best = 3;
    let found = new Set<string>();
    for (const candidate of candidates) {
      const [l, d] = candidate.split('@');
      const dist = d === domain ? distance(local, l) : l === local ? distance(domain, d) : 99;
      if (dist < 1 || dist > 2 || dist > best) continue;
      if (dist < best) found = new Set();
      best = dist;
      found.add(candidate);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  it('finds exactly what comparing with every candidate finds (seeded random data)', () => {
    const random = mulberry32(7);
    const letters = 'abcdeąęłńóśżź.-_';
    const word = (min: number, max: number) =>
      Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => letters[Math.floor(random() * 6)]).join('');
    const mutate = (text: string) => {
      let out = text;
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) {
        const i = Math.floor(random() * (out.length + 1));
        const kind = Math.floor(random() * 3);
        const c = letters[Math.floor(random() * letters.length)];
        out =
          kind === 0
            ? out.slice(0, i) + c + out.slice(i)
            : kind === 1
              ? out.slice(0, i) + out.slice(i + 1)
              : out.slice(0, i) + c + out.slice(i + 1);
      }
      return out || 'x';
    };
    const domains = ['firma.pl', 'firma.pk', 'fima.pl', 'wp.pl', 'o2.pl'];
    const candidates = [...new Set(Array.from({ length: 1500 }, () => `${word(1, 9)}@${domains[Math.floor(random() * 5)]}`))];
    const queries = Array.from({ length: 600 }, () => {
      const base = candidates[Math.floor(random() * candidates.length)];
      const [l, d] = base.split('@');
      return random() < 0.75 ? `${mutate(l)}@${d}` : `${l}@${random() < 0.5 ? mutate(d) : domains[Math.floor(random() * 5)]}`;
    }).filter((q) => !candidates.includes(q));

    const index = createNearMatchIndex(candidates);
    const got = index.suggestAll(queries);
    let suggested = 0;
    queries.forEach((q, i) => {
      expect(got[i], q).toBe(bruteForce(q, candidates));
      if (got[i]) suggested++;
    });
    expect(suggested).toBeGreaterThan(50); // the data does exercise suggestions
    expect(suggested).toBeLessThan(queries.length); // …and ties and misses
    // Answers one at a time agree with the batch.
    const single = createNearMatchIndex(candidates);
    for (const [i, q] of queries.slice(0, 50).entries()) expect(single.suggest(q)).toBe(got[i]);
  });

  it('withinTwoEdits agrees with distance() ≤ 2', () => {
    const random = mulberry32(11);
    const pick = () => Array.from({ length: Math.floor(random() * 7) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let i = 0; i < 20000; i++) {
      const a = pick();
      const b = pick();
      expect(withinTwoEdits(a, b), `${a} / ${b}`).toBe(distance(a, b) <= 2);
    }
  });
});

describe('rowStatusFor and prefillCandidates', () => {
  function sample(): ReconcileResult {
    const users = [
      user('active@firma.pl', 'active'),
      user('inactive@firma.pl', 'inactive'),
      user('pending@firma.pl', 'pending', daysAgo(3)),
      user('resend@firma.pl', 'pending', daysAgo(45)),
      user('owner@firma.pl', 'active'),
    ];
    const employees = [
      employee('missing 1', 'missing1@firma.pl'),
      employee('active', 'Active@firma.pl'),
      employee('resend', 'resend@firma.pl'),
      employee('inactive', 'inactive@firma.pl'),
      employee('pending', 'pending@firma.pl'),
      employee('recorded', 'recorded@firma.pl'),
      employee('old record', 'old@firma.pl'),
      employee('missing 2', 'missing2@firma.pl'),
      employee('missing 1 again', 'MISSING1@firma.pl'),
      employee('no email', ''),
      employee('invalid', 'zly@adres'),
      employee('unread', null),
    ];
    const invitations = [invitation('recorded@firma.pl', daysAgo(1)), invitation('old@firma.pl', daysAgo(31))];
    return reconcile(employees, zoom(users, { invitations }), TODAY);
  }

  it('gives a Zoom row the status of its employee, or not-in-booking', () => {
    const result = sample();
    expect(rowStatusFor('active@firma.pl', result)).toBe('active');
    expect(rowStatusFor('ACTIVE@Firma.pl', result)).toBe('active');
    expect(rowStatusFor(' inactive@firma.pl ', result)).toBe('inactive');
    expect(rowStatusFor('pending@firma.pl', result)).toBe('pending');
    expect(rowStatusFor('resend@firma.pl', result)).toBe('expired');
    expect(rowStatusFor('owner@firma.pl', result)).toBe('not-in-booking');
    expect(rowStatusFor('zly@adres', result)).toBe('not-in-booking');
    expect(rowStatusFor('', result)).toBe('not-in-booking');
  });

  it('prefills missing and expired-off-Zoom addresses, once each, in roster order', () => {
    const result = sample();
    expect(result.employees.find((r) => r.employee.name === 'old record')).toMatchObject({
      status: 'expired',
      stillPendingOnZoom: false,
    });
    expect(prefillCandidates(result)).toEqual(['missing1@firma.pl', 'old@firma.pl', 'missing2@firma.pl']);
  });

  it('never prefills active, inactive, pending, still-listed expired, unverified, no-email or invalid', () => {
    const result = sample();
    const prefilled = new Set(prefillCandidates(result));
    for (const r of result.employees) {
      if (r.status !== 'missing' && !(r.status === 'expired' && !r.stillPendingOnZoom)) {
        expect(prefilled.has(r.email), `${r.employee.name} (${r.status})`).toBe(false);
      }
    }
    expect(prefilled.has('resend@firma.pl')).toBe(false);
  });

  it('holds back a missing address one or two typos from a Zoom user, unless the admin includes it', () => {
    const users = [
      user('anna.nowak@firma.pl', 'active'),
      user('tomasz@firma.pl', 'pending', daysAgo(2)),
      user('old@firma.pl', 'inactive'),
    ];
    const employees = [
      employee('typo', 'anna.nowka@firma.pl'), // two letters swapped: distance 2
      employee('typo again', 'Anna.Nowka@firma.pl'),
      employee('pending typo', 'tomasz@frima.pl'), // the domain is off
      employee('near a deactivated user', 'olds@firma.pl'), // inactive users are not suggested
      employee('plain missing', 'zenon@firma.pl'),
    ];
    const result = reconcile(employees, zoom(users), TODAY);
    expect(probableTypos(result).map((r) => [r.email, r.suggestion])).toEqual([
      ['anna.nowka@firma.pl', 'anna.nowak@firma.pl'],
      ['tomasz@frima.pl', 'tomasz@firma.pl'],
    ]);
    expect(result.employees.map((r) => isProbableTypo(r))).toEqual([true, true, true, false, false]);
    expect(prefillCandidates(result)).toEqual(['olds@firma.pl', 'zenon@firma.pl']);
    // Included on purpose: in its roster place, once; an address that is no typo is unaffected by the set.
    expect(prefillCandidates(result, new Set(['anna.nowka@firma.pl', 'zenon@firma.pl']))).toEqual([
      'anna.nowka@firma.pl',
      'olds@firma.pl',
      'zenon@firma.pl',
    ]);
  });

  it('prefills nothing on a partial view', () => {
    const result = reconcile([employee('x', 'x@firma.pl')], zoom([], { coverage: 'partial' }), TODAY);
    expect(prefillCandidates(result)).toEqual([]);
  });
});

describe('the fixture scenario (tests/fixtures/SCENARIO.md), end to end', () => {
  const booking: [string, string | null][] = [
    ['Anna Kowalska', 'anna.kowalska@salon-ania.pl'],
    ['Bartosz Nowak', '  Bartosz.Nowak@Salon-Ania.PL '],
    ['Celina Wiśniewska', 'celina.wisniewska@salon-ania.pl'],
    ['Dawid Wójcik', ''],
    ['Ewa Kamińska', 'ewa.kaminska@salon-ania'],
    ['Filip Lewandowski', 'filip.lewandowski@salon-ania.pl'],
    ['Grażyna Zielińska-Łęcka', 'grazyna.zielinska@salon-ania.pl'],
    ['Recepcja <b>HTML</b> & "cytat" <img src=x onerror="window.__pwned=1">', 'recepcja@salon-ania.pl'],
    ['Hubert Szymański', 'mailto:Recepcja@salon-ania.pl'],
    ['Iwona Dąbrowska', 'iwona.dabrowsak@salon-ania.pl'],
    ['Jan Mazur', 'jan.mazur@salon-ania.pl'],
  ];
  const employees = booking.map(([name, email]) => employee(name, email));
  const users: ZoomUser[] = [
    { ...user('anna.kowalska@salon-ania.pl', 'active'), userType: 'Licensed' },
    { ...user('admin@salon-ania.pl', 'active'), userType: 'Licensed' },
    { ...user('recepcja@salon-ania.pl', 'active'), userType: 'Basic' },
    { ...user('iwona.dabrowska@salon-ania.pl', 'active'), userType: 'Basic' },
    { ...user('jan.mazur@salon-ania.pl', 'inactive'), userType: 'Basic' },
    user('bartosz.nowak@salon-ania.pl', 'pending', daysAgo(6)),
    user('filip.lewandowski@salon-ania.pl', 'pending', daysAgo(35)),
    user('grazyna.zielinska@salon-ania.pl', 'pending', daysAgo(27)),
  ];

  it('gives every employee the expected status on a complete view', () => {
    const result = reconcile(employees, zoom(users), TODAY);
    const rows = result.employees.map((r) => ({
      name: r.employee.name,
      status: r.status,
      email: r.email,
      daysLeft: r.daysLeft,
      suggestion: r.suggestion,
    }));
    expect(rows).toEqual([
      {
        name: 'Anna Kowalska',
        status: 'active',
        email: 'anna.kowalska@salon-ania.pl',
        daysLeft: undefined,
        suggestion: undefined,
      },
      { name: 'Bartosz Nowak', status: 'pending', email: 'bartosz.nowak@salon-ania.pl', daysLeft: 24, suggestion: undefined },
      {
        name: 'Celina Wiśniewska',
        status: 'missing',
        email: 'celina.wisniewska@salon-ania.pl',
        daysLeft: undefined,
        suggestion: undefined,
      },
      { name: 'Dawid Wójcik', status: 'no-email', email: '', daysLeft: undefined, suggestion: undefined },
      {
        name: 'Ewa Kamińska',
        status: 'invalid-email',
        email: 'ewa.kaminska@salon-ania',
        daysLeft: undefined,
        suggestion: undefined,
      },
      {
        name: 'Filip Lewandowski',
        status: 'expired',
        email: 'filip.lewandowski@salon-ania.pl',
        daysLeft: -5,
        suggestion: undefined,
      },
      {
        name: 'Grażyna Zielińska-Łęcka',
        status: 'pending',
        email: 'grazyna.zielinska@salon-ania.pl',
        daysLeft: 3,
        suggestion: undefined,
      },
      { name: booking[7][0], status: 'active', email: 'recepcja@salon-ania.pl', daysLeft: undefined, suggestion: undefined },
      { name: 'Hubert Szymański', status: 'active', email: 'recepcja@salon-ania.pl', daysLeft: undefined, suggestion: undefined },
      {
        name: 'Iwona Dąbrowska',
        status: 'missing',
        email: 'iwona.dabrowsak@salon-ania.pl',
        daysLeft: undefined,
        suggestion: 'iwona.dabrowska@salon-ania.pl',
      },
      { name: 'Jan Mazur', status: 'inactive', email: 'jan.mazur@salon-ania.pl', daysLeft: undefined, suggestion: undefined },
    ]);
    expect(result.employees[4].invalidReason).toEqual({ code: 'no-domain-dot' });
    expect(result.employees[5].stillPendingOnZoom).toBe(true);
    expect(result.employees[7].sharedBy).toBe(2);
    expect(result.employees[8].sharedBy).toBe(2);
    expect(result.counts).toEqual({
      'no-email': 1,
      'invalid-email': 1,
      active: 3,
      inactive: 1,
      pending: 2,
      expired: 1,
      missing: 2,
      unverified: 0,
    });
    expect(result.notInBooking.map((u) => u.email)).toEqual(['admin@salon-ania.pl', 'iwona.dabrowska@salon-ania.pl']);
    // Iwona's address is one letter away from a Zoom user's: a probable typo, not filled unless included on purpose.
    expect(probableTypos(result).map((r) => [r.employee.name, r.email, r.suggestion])).toEqual([
      ['Iwona Dąbrowska', 'iwona.dabrowsak@salon-ania.pl', 'iwona.dabrowska@salon-ania.pl'],
    ]);
    expect(prefillCandidates(result)).toEqual(['celina.wisniewska@salon-ania.pl']);
    expect(prefillCandidates(result, new Set(['iwona.dabrowsak@salon-ania.pl']))).toEqual([
      'celina.wisniewska@salon-ania.pl',
      'iwona.dabrowsak@salon-ania.pl',
    ]);
  });

  it('badges the Zoom rows', () => {
    const result = reconcile(employees, zoom(users), TODAY);
    expect(Object.fromEntries(users.map((u) => [u.email, rowStatusFor(u.email, result)]))).toEqual({
      'anna.kowalska@salon-ania.pl': 'active',
      'admin@salon-ania.pl': 'not-in-booking',
      'recepcja@salon-ania.pl': 'active',
      'iwona.dabrowska@salon-ania.pl': 'not-in-booking',
      'jan.mazur@salon-ania.pl': 'inactive',
      'bartosz.nowak@salon-ania.pl': 'pending',
      'filip.lewandowski@salon-ania.pl': 'expired',
      'grazyna.zielinska@salon-ania.pl': 'pending',
    });
    expect(result.byEmail.get('recepcja@salon-ania.pl')?.map((r) => r.employee.name)).toEqual([
      booking[7][0],
      'Hubert Szymański',
    ]);
  });

  it('claims no missing until the view is complete', () => {
    const partial = reconcile(employees, zoom(users.slice(0, 5), { coverage: 'partial' }), TODAY);
    expect(partial.employees.map((r) => r.status)).toEqual([
      'active',
      'unverified',
      'unverified',
      'no-email',
      'invalid-email',
      'unverified',
      'unverified',
      'active',
      'active',
      'unverified',
      'inactive',
    ]);
    expect(partial.employees[9].suggestion).toBe('iwona.dabrowska@salon-ania.pl');
    expect(prefillCandidates(partial)).toEqual([]);
  });

  it('says nothing about Zoom when the page could not be read', () => {
    const unreadable = reconcile(employees, zoom(users, { readable: false }), TODAY);
    expect(unreadable.counts).toMatchObject({
      active: 0,
      inactive: 0,
      pending: 0,
      expired: 0,
      missing: 0,
      'no-email': 1,
      'invalid-email': 1,
      unverified: 9,
    });
  });
});

describe('reconcile: addresses read the quick way and the full way agree', () => {
  const zoomUsers = [user('łucja.żak@salon-ania.pl', 'active'), user('anna@firma.pl', 'active'), user('jan@żabka.pl', 'pending')];

  it.each([
    ['łucja.żak@salon-ania.pl', 'active'],
    ['Łucja.Żak@Salon-Ania.PL', 'active'],
    ['MAILTO:ŁUCJA.ŻAK@SALON-ANIA.PL', 'active'],
    ['\u00a0mailto:Anna@Firma.pl\t', 'active'],
    ['mailto: anna@firma.pl', 'active'],
    ['mailto:anna@firma.pl?subject=Zoom', 'active'],
    ['Anna <anna@firma.pl>', 'active'],
    ['JAN@ŻABKA.PL', 'pending'],
  ])('%j is the Zoom user’s address (%s)', (raw, status) => {
    expect(statusOf(raw, zoom(zoomUsers))).toBe(status);
  });

  it.each([
    ['\ufeffanna@firma.pl', 'invisible'],
    ['anna@firma.pl\u200b', 'invisible'],
    ['mailto:an?na@firma.pl', 'no-at'],
    ['anna..k@firma.pl', 'local-dots'],
    ['.anna@firma.pl', 'local-dots'],
    ['anna.@firma.pl', 'local-dots'],
    ['anna@firma..pl', 'domain-empty-label'],
    ['anna@firma', 'no-domain-dot'],
    ['anna@firma.pl.', 'domain-trailing-dot'],
    [`${'a'.repeat(65)}@firma.pl`, 'too-long'],
    [`anna@${'b'.repeat(64)}.pl`, 'too-long'],
    ['an na@firma.pl', 'spaces'],
    ['anna@fir_ma.pl', 'bad-domain'],
  ])('%j is invalid-email (%s), never matched', (raw) => {
    const result = one(raw, zoom(zoomUsers));
    expect(result.status).toBe('invalid-email');
    expect(result.zoomUser).toBeUndefined();
    expect(result.invalidReason?.code).toBeTruthy();
  });

  it('the longest valid local part and label still match', () => {
    const local = 'a'.repeat(64);
    const label = 'b'.repeat(63);
    const email = `${local}@${label}.pl`;
    expect(statusOf(email.toUpperCase(), zoom([user(email, 'active')]))).toBe('active');
  });

  it('gives the same statuses, shared counts and suggestions with a cold and a warm cache', () => {
    const roster = [
      'Łucja.Żak@salon-ania.pl',
      'lucja.zak@salon-ania.pl',
      'łucja.żak@salon-ania.pl',
      'mailto:ANNA@firma.pl',
      'anna@firma.pl',
      'x@y',
    ];
    const employees = roster.map((raw, i) => employee(`E${i}`, raw));
    const view = zoom(zoomUsers);
    const strip = (result: ReconcileResult) => result.employees.map((r) => [r.status, r.email, r.sharedBy, r.suggestion]);
    clearEmailCache();
    clearNearMatchIndexes();
    const cold = strip(reconcile(employees, view, TODAY));
    expect(strip(reconcile(employees, view, TODAY))).toEqual(cold);
    expect(cold).toEqual([
      ['active', 'łucja.żak@salon-ania.pl', 2, undefined],
      ['missing', 'lucja.zak@salon-ania.pl', 1, 'łucja.żak@salon-ania.pl'],
      ['active', 'łucja.żak@salon-ania.pl', 2, undefined],
      ['active', 'anna@firma.pl', 2, undefined],
      ['active', 'anna@firma.pl', 2, undefined],
      ['invalid-email', 'x@y', 0, undefined],
    ]);
  });
});
