import { describe, expect, it } from 'vitest';
import { ATTENTION_KINDS, attentionFrom, checkedAttention, emptyBreakdown, expiresSoon } from '../../../utils/roster/attention';
import type { Coverage, Employee, ZoomState, ZoomUser } from '../../../utils/roster/model';
import { reconcile } from '../../../utils/roster/reconcile';

const TODAY = '2026-11-20';
const HOST = 'zoom.us';

function daysAgo(days: number): string {
  const [y, m, d] = TODAY.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

function roster(emails: (string | null)[]): Employee[] {
  return emails.map((rawEmail, order) => ({ tenant: 'salon.zarezerwuj.pl', name: `E${order}`, rawEmail, readAt: 1, order }));
}

function user(email: string, state: ZoomState, invitedOn?: string): ZoomUser {
  return { host: HOST, email, state, invitedOn, firstSeen: 1, lastSeen: 2 };
}

const USERS = [
  user('active@firma.pl', 'active'),
  user('anna.kowalska@firma.pl', 'active'),
  user('soon@firma.pl', 'pending', daysAgo(27)), // 3 days left
  user('later@firma.pl', 'pending', daysAgo(10)), // 20 days left
  user('undated@firma.pl', 'pending'),
  user('old@firma.pl', 'pending', daysAgo(31)), // expired, still listed
  user('off@firma.pl', 'inactive'),
];

const EMPLOYEES = roster([
  'active@firma.pl',
  'ana.kowalska@firma.pl', // missing, one edit from a Zoom address: a probable typo
  'nowak@firma.pl', // missing
  'wisniewski@firma.pl', // missing
  'soon@firma.pl',
  'later@firma.pl',
  'undated@firma.pl',
  'old@firma.pl',
  'off@firma.pl',
  '', // no-email
  'jan kowalski@firma', // invalid-email
  null, // not read yet: unverified, nothing to say
]);

function attention(coverage: Coverage, warnDays = 5, readable = true) {
  return attentionFrom(reconcile(EMPLOYEES, { users: USERS, coverage, readable, invitations: [] }, TODAY), warnDays);
}

describe('attentionFrom', () => {
  it('counts each employee that needs the admin once, under one kind', () => {
    const result = attention('complete');
    expect(result.breakdown).toEqual({ missing: 2, typo: 1, expired: 1, expiring: 1, 'no-email': 1, 'invalid-email': 1 });
    expect(result.count).toBe(7);
  });

  it('follows the warn setting for invitations about to expire', () => {
    expect(attention('complete', 2).breakdown.expiring).toBe(0);
    expect(attention('complete', 3).breakdown.expiring).toBe(1);
    expect(attention('complete', 20).breakdown.expiring).toBe(2); // 3 and 20 days left; the undated one never
  });

  it('claims nobody missing without a complete view', () => {
    const result = attention('partial');
    expect(result.breakdown.missing).toBe(0);
    expect(result.breakdown.typo).toBe(0);
    // What the booking side alone tells (no or invalid address) and what Zoom showed still count.
    expect(result.breakdown['no-email']).toBe(1);
    expect(result.breakdown['invalid-email']).toBe(1);
    expect(result.breakdown.expired).toBe(1);
    expect(result.count).toBe(4);
  });

  it('counts no Zoom state from an unreadable page', () => {
    const result = attention('complete', 5, false);
    expect(result.breakdown).toEqual({ ...emptyBreakdown(), 'no-email': 1, 'invalid-email': 1 });
    expect(result.count).toBe(2);
  });

  it('is zero for a roster where everyone is on Zoom', () => {
    const result = attentionFrom(
      reconcile(roster(['active@firma.pl']), { users: USERS, coverage: 'complete', readable: true, invitations: [] }, TODAY),
      5,
    );
    expect(result).toEqual({ count: 0, breakdown: emptyBreakdown() });
  });
});

describe('checkedAttention', () => {
  it('accepts a well-formed attention and fills absent kinds with 0', () => {
    expect(checkedAttention({ count: 3, breakdown: { missing: 2, expiring: 1 } })).toEqual({
      count: 3,
      breakdown: { ...emptyBreakdown(), missing: 2, expiring: 1 },
    });
  });

  it.each([
    ['not an object', 'three'],
    ['a count that is not the sum', { count: 4, breakdown: { missing: 2, expiring: 1 } }],
    ['a negative number', { count: -1, breakdown: { missing: -1 } }],
    ['a fraction', { count: 1.5, breakdown: { missing: 1.5 } }],
    ['a text number', { count: '1', breakdown: { missing: '1' } }],
    ['no breakdown', { count: 0 }],
  ])('refuses %s', (_label, value) => {
    expect(checkedAttention(value)).toBeNull();
  });

  it('knows every kind', () => {
    expect(Object.keys(emptyBreakdown()).sort()).toEqual([...ATTENTION_KINDS].sort());
  });
});

describe('expiresSoon', () => {
  it('is true up to and including the warning day, and on or after the last day', () => {
    expect(expiresSoon(7, 7)).toBe(true);
    expect(expiresSoon(1, 7)).toBe(true);
    expect(expiresSoon(0, 7)).toBe(true);
    expect(expiresSoon(8, 7)).toBe(false);
  });
  it('never says so of an invitation whose date Zoom did not show', () => {
    expect(expiresSoon(undefined, 7)).toBe(false);
    expect(expiresSoon(undefined, 30)).toBe(false);
  });
});
