import { describe, it, expect } from 'vitest';
import {
  buildPanelModel,
  rememberedPanelModel,
  resultSignature,
  needsResend,
  noticeMessageKey,
  type PanelNotice,
} from '../../../utils/view/panel-model';
import { translate } from '../../../utils/i18n/translate';
import { reconcile } from '../../../utils/roster/reconcile';
import type { Employee, ZoomUser } from '../../../utils/roster/model';

const employee = (order: number, name: string, rawEmail: string | null): Employee => ({
  tenant: 't.zarezerwuj.pl',
  name,
  rawEmail,
  readAt: 0,
  order,
});
const user = (email: string, state: ZoomUser['state'], invitedOn?: string): ZoomUser => ({
  host: 'zoom.us',
  email,
  state,
  invitedOn,
  firstSeen: 0,
  lastSeen: 0,
});
const today = '2026-11-26';

describe('panel model', () => {
  const employees = [
    employee(0, 'Anna', 'anna@x.pl'),
    employee(1, 'Bartek', 'bartek@x.pl'),
    employee(2, 'Celina', ''),
    employee(3, 'Dorota', 'dorota@x.pl'),
  ];
  const users = [user('anna@x.pl', 'active'), user('bartek@x.pl', 'pending', '2026-10-30'), user('owner@x.pl', 'active')];

  it('counts, progress and notices from a complete view', () => {
    const result = reconcile(employees, { users, coverage: 'complete', readable: true, invitations: [] }, today);
    const model = buildPanelModel({ result, coverage: 'complete', pageNotices: [], hasRoster: true, warnDaysBeforeExpiry: 5 });
    expect(model.counts.active).toBe(1);
    expect(model.counts.pending).toBe(1);
    expect(model.counts['no-email']).toBe(1);
    expect(model.counts.missing).toBe(1);
    expect(model.progress).toEqual({ active: 1, valid: 3 });
    expect(model.prefillEmails).toEqual(['dorota@x.pl']);
    // Bartek has 3 days left: within the 5-day warning.
    expect(model.notices.map((n) => n.kind)).toEqual(['resend-soon']);
    expect(model.resendEmails).toEqual(['bartek@x.pl']);
    expect(model.notInBooking.map((u) => u.email)).toEqual(['owner@x.pl']);
  });

  it('asks for the roster and for the rest of the lists when they are missing', () => {
    const none = reconcile([], { users: [], coverage: 'none', readable: true, invitations: [] }, today);
    expect(
      buildPanelModel({ result: none, coverage: 'none', pageNotices: [], hasRoster: false, warnDaysBeforeExpiry: 5 }).notices.map(
        (n) => n.kind,
      ),
    ).toEqual(['no-roster']);
    const partial = reconcile(employees, { users, coverage: 'partial', readable: true, invitations: [] }, today);
    expect(
      buildPanelModel({
        result: partial,
        coverage: 'partial',
        pageNotices: [],
        hasRoster: true,
        warnDaysBeforeExpiry: 0,
      }).notices.map((n) => n.kind),
    ).toEqual(['partial-view']);
  });

  it('does not ask for more pages when the page itself could not be read', () => {
    const result = reconcile(employees, { users, coverage: 'partial', readable: false, invitations: [] }, today);
    const model = buildPanelModel({
      result,
      coverage: 'partial',
      pageNotices: [{ kind: 'layout-unrecognised' }],
      hasRoster: true,
      warnDaysBeforeExpiry: 0,
    });
    expect(model.notices.map((n) => n.kind)).toEqual(['layout-unrecognised']);
    expect(model.counts.active).toBe(0);
  });

  it('an expired invitation still listed needs Resend whatever the warning window', () => {
    const result = reconcile(
      [employee(0, 'Ewa', 'ewa@x.pl')],
      { users: [user('ewa@x.pl', 'pending', '2026-10-01')], coverage: 'complete', readable: true, invitations: [] },
      today,
    );
    expect(result.employees[0].status).toBe('expired');
    expect(needsResend(result.employees[0], 0)).toBe(true);
  });
});

describe('resultSignature', () => {
  const employees = [employee(0, 'Anna', 'anna@x.pl'), employee(1, 'Bartek', 'bartek@x.pl')];
  const view = (users: ZoomUser[]) => ({ users, coverage: 'complete' as const, readable: true, invitations: [] });

  it('is the same for the same outcome from different arrays', () => {
    const a = reconcile(employees, view([user('anna@x.pl', 'active')]), today);
    const b = reconcile(employees, view([user('anna@x.pl', 'active')]), today);
    expect(resultSignature(a)).toBe(resultSignature(b));
  });

  it('changes when a status, the days left or the Zoom-only users change', () => {
    const base = resultSignature(reconcile(employees, view([user('anna@x.pl', 'active')]), today));
    expect(resultSignature(reconcile(employees, view([user('anna@x.pl', 'inactive')]), today))).not.toBe(base);
    expect(
      resultSignature(reconcile(employees, view([user('anna@x.pl', 'active'), user('zed@x.pl', 'active')]), today)),
    ).not.toBe(base);
    const pending1 = resultSignature(reconcile(employees, view([user('bartek@x.pl', 'pending', '2026-11-20')]), today));
    const pending2 = resultSignature(reconcile(employees, view([user('bartek@x.pl', 'pending', '2026-11-21')]), today));
    expect(pending1).not.toBe(pending2);
  });
});

describe('probable typos in the panel model', () => {
  const employees = [
    employee(0, 'Iwona', 'iwona.dabrowsak@x.pl'),
    employee(1, 'Celina', 'celina@x.pl'),
    employee(2, 'Anna', 'anna@x.pl'),
  ];
  const users = [user('iwona.dabrowska@x.pl', 'active'), user('anna@x.pl', 'active')];
  const build = (includeTypos?: ReadonlySet<string>, coverage: 'complete' | 'partial' = 'complete') =>
    buildPanelModel({
      result: reconcile(employees, { users, coverage, readable: true, invitations: [] }, today),
      coverage,
      pageNotices: [],
      hasRoster: true,
      warnDaysBeforeExpiry: 5,
      includeTypos,
    });

  it('leaves a probable typo out of the fill and names it, with both addresses, in one notice', () => {
    const model = build();
    expect(model.prefillEmails).toEqual(['celina@x.pl']);
    const typo = {
      name: 'Iwona',
      tenant: 't.zarezerwuj.pl',
      email: 'iwona.dabrowsak@x.pl',
      suggestion: 'iwona.dabrowska@x.pl',
      included: false,
    };
    expect(model.typos).toEqual([typo]);
    expect(model.notices).toEqual([{ kind: 'probable-typo', params: { n: 1 }, typos: [typo] }]);
  });

  it('fills it when the admin includes it on purpose, in roster order, still naming it', () => {
    const model = build(new Set(['iwona.dabrowsak@x.pl']));
    expect(model.prefillEmails).toEqual(['iwona.dabrowsak@x.pl', 'celina@x.pl']);
    expect(model.typos[0].included).toBe(true);
    expect(model.notices.map((n) => n.kind)).toEqual(['probable-typo']);
  });

  it('claims no typo on a partial view (nobody is missing yet)', () => {
    const model = build(undefined, 'partial');
    expect(model.typos).toEqual([]);
    expect(model.notices.map((n) => n.kind)).toEqual(['partial-view']);
  });
});

describe('one notice for one fact', () => {
  // Every panel state: roster or not, each coverage, each page problem, a typo, a resend, a read failure, a store error.
  const coverages = ['none', 'partial', 'complete'] as const;
  const pageProblems: PanelNotice[][] = [[], [{ kind: 'layout-unrecognised' }], [{ kind: 'payment-required' }]];
  const extras: PanelNotice[][] = [
    [],
    [{ kind: 'read-failed', params: { names: 'Jan Mazur' } }],
    [{ kind: 'store-failed', params: { error: 'quota' } }],
  ];
  const employees = [
    employee(0, 'Iwona', 'iwona.dabrowsak@x.pl'),
    employee(1, 'Bartek', 'bartek@x.pl'),
    employee(2, 'Celina', 'celina@x.pl'),
  ];
  const users = [user('iwona.dabrowska@x.pl', 'active'), user('bartek@x.pl', 'pending', '2026-10-30')];
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length / Math.min(a.size, b.size);

  it('no two notices in any state have the same kind or say nearly the same thing, in either language', () => {
    let states = 0;
    for (const hasRoster of [false, true])
      for (const coverage of coverages)
        for (const problems of pageProblems)
          for (const extra of extras)
            for (const lang of ['en', 'pl'] as const) {
              const result = reconcile(
                hasRoster ? employees : [],
                { users: coverage === 'none' ? [] : users, coverage, readable: problems.length === 0, invitations: [] },
                today,
              );
              const model = buildPanelModel({
                result,
                coverage,
                pageNotices: [...problems, ...extra],
                hasRoster,
                warnDaysBeforeExpiry: 5,
              });
              const kinds = model.notices.map((n) => n.kind);
              expect(new Set(kinds).size, kinds.join()).toBe(kinds.length);
              const texts = model.notices.map((n) => translate(lang, noticeMessageKey(n), n.params));
              for (let i = 0; i < texts.length; i++)
                for (let j = i + 1; j < texts.length; j++) {
                  expect(overlap(words(texts[i]), words(texts[j])), `${kinds[i]} / ${kinds[j]} (${lang})`).toBeLessThan(0.5);
                }
              states++;
            }
    expect(states).toBe(2 * 3 * 3 * 3 * 2);
  });

  it('says "nothing of Zoom seen yet" once: one partial-view notice, in its nothing-seen wording', () => {
    const result = reconcile(employees, { users: [], coverage: 'none', readable: true, invitations: [] }, today);
    const model = buildPanelModel({ result, coverage: 'none', pageNotices: [], hasRoster: true, warnDaysBeforeExpiry: 5 });
    expect(model.notices).toEqual([{ kind: 'partial-view', detail: 'nothing-seen' }]);
  });

  it('remembers the model while its inputs say the same, and builds it again when one changes', () => {
    const result = reconcile(employees, { users, coverage: 'complete', readable: true, invitations: [] }, today);
    const modelOf = rememberedPanelModel();
    const inputs = { result, coverage: 'complete' as const, pageNotices: [], hasRoster: true, warnDaysBeforeExpiry: 5 };
    const first = modelOf(inputs);
    // A page read builds new notice arrays that say the same: the same model, so the views stay as they are.
    expect(modelOf({ ...inputs, pageNotices: [] })).toBe(first);
    const withProblem = modelOf({ ...inputs, pageNotices: [{ kind: 'layout-unrecognised' }] });
    expect(withProblem).not.toBe(first);
    expect(withProblem.notices.map((n) => n.kind)).toContain('layout-unrecognised');
    const again = reconcile(
      employees,
      { users: users.slice(0, 1), coverage: 'complete', readable: true, invitations: [] },
      today,
    );
    const changed = modelOf({ ...inputs, result: again });
    expect(changed.counts.pending).toBe(0);
    expect(modelOf({ ...inputs, result: again, warnDaysBeforeExpiry: 10 })).not.toBe(changed);
  });
});
