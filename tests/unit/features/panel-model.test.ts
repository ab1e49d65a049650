import { describe, it, expect } from 'vitest';
import { buildPanelModel, resultSignature, needsResend } from '../../../utils/view/panel-model';
import { reconcile } from '../../../utils/roster/reconcile';
import type { Employee, ZoomUser } from '../../../utils/roster/model';

const employee = (order: number, name: string, rawEmail: string | null): Employee => ({ tenant: 't.zarezerwuj.pl', name, rawEmail, readAt: 0, order });
const user = (email: string, state: ZoomUser['state'], invitedOn?: string): ZoomUser => ({ host: 'zoom.us', email, state, invitedOn, firstSeen: 0, lastSeen: 0 });
const today = '2026-11-26';

describe('panel model', () => {
  const employees = [employee(0, 'Anna', 'anna@x.pl'), employee(1, 'Bartek', 'bartek@x.pl'), employee(2, 'Celina', ''), employee(3, 'Dorota', 'dorota@x.pl')];
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
    expect(buildPanelModel({ result: none, coverage: 'none', pageNotices: [], hasRoster: false, warnDaysBeforeExpiry: 5 }).notices.map((n) => n.kind)).toEqual(['no-roster']);
    const partial = reconcile(employees, { users, coverage: 'partial', readable: true, invitations: [] }, today);
    expect(buildPanelModel({ result: partial, coverage: 'partial', pageNotices: [], hasRoster: true, warnDaysBeforeExpiry: 0 }).notices.map((n) => n.kind)).toEqual(['partial-view']);
  });

  it('does not ask for more pages when the page itself could not be read', () => {
    const result = reconcile(employees, { users, coverage: 'partial', readable: false, invitations: [] }, today);
    const model = buildPanelModel({ result, coverage: 'partial', pageNotices: [{ kind: 'layout-unrecognised' }], hasRoster: true, warnDaysBeforeExpiry: 0 });
    expect(model.notices.map((n) => n.kind)).toEqual(['layout-unrecognised']);
    expect(model.counts.active).toBe(0);
  });

  it('an expired invitation still listed needs Resend whatever the warning window', () => {
    const result = reconcile([employee(0, 'Ewa', 'ewa@x.pl')], { users: [user('ewa@x.pl', 'pending', '2026-10-01')], coverage: 'complete', readable: true, invitations: [] }, today);
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
    expect(resultSignature(reconcile(employees, view([user('anna@x.pl', 'active'), user('zed@x.pl', 'active')]), today))).not.toBe(base);
    const pending1 = resultSignature(reconcile(employees, view([user('bartek@x.pl', 'pending', '2026-11-20')]), today));
    const pending2 = resultSignature(reconcile(employees, view([user('bartek@x.pl', 'pending', '2026-11-21')]), today));
    expect(pending1).not.toBe(pending2);
  });
});
