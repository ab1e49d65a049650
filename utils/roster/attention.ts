/**
 * How many employees need the admin, for the toolbar button's count and tooltip. Pure: no DOM, no browser.
 * Counts only what the reconcile result already claims: `missing` exists only with a complete view, so a
 * list still loading never raises the count.
 */
import type { ReconcileResult } from './reconcile';

/** The kinds the tooltip names, in the order it names them. Each employee counts once, under one kind. */
export const ATTENTION_KINDS = ['missing', 'typo', 'expired', 'expiring', 'no-email', 'invalid-email'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];
export type AttentionBreakdown = Record<AttentionKind, number>;

export interface Attention {
  count: number;
  breakdown: AttentionBreakdown;
}

/**
 * A pending invitation the admin should resend soon: at most `warnDays` days left. One without a known date
 * cannot be said to expire soon. The toolbar count, the panel's Resend notice and the guidance all ask this.
 */
export function expiresSoon(daysLeft: number | undefined, warnDays: number): boolean {
  return daysLeft !== undefined && daysLeft <= warnDays;
}

export function emptyBreakdown(): AttentionBreakdown {
  return { missing: 0, typo: 0, expired: 0, expiring: 0, 'no-email': 0, 'invalid-email': 0 };
}

/**
 * The employees that need the admin: not on Zoom (`missing`; one with a suggestion is a probable typo,
 * counted once, as `typo`), invitation expired or expiring (`pending` with at most `warnDays` days left),
 * and no or invalid email.
 */
export function attentionFrom(result: ReconcileResult, warnDays: number): Attention {
  const breakdown = emptyBreakdown();
  let count = 0;
  for (const r of result.employees) {
    const kind = kindOf(r.status, r.suggestion, r.daysLeft, warnDays);
    if (kind === undefined) continue;
    breakdown[kind]++;
    count++;
  }
  return { count, breakdown };
}

function kindOf(
  status: ReconcileResult['employees'][number]['status'],
  suggestion: string | undefined,
  daysLeft: number | undefined,
  warnDays: number,
): AttentionKind | undefined {
  switch (status) {
    case 'missing':
      return suggestion === undefined ? 'missing' : 'typo';
    case 'expired':
      return 'expired';
    case 'pending':
      return expiresSoon(daysLeft, warnDays) ? 'expiring' : undefined;
    case 'no-email':
    case 'invalid-email':
      return status;
    default:
      return undefined;
  }
}

/** A breakdown from untrusted input (a message): known kinds, whole non-negative numbers, nothing else. */
export function checkedAttention(value: unknown): Attention | null {
  if (typeof value !== 'object' || value === null) return null;
  const { count, breakdown } = value as { count?: unknown; breakdown?: unknown };
  if (!isCount(count) || typeof breakdown !== 'object' || breakdown === null) return null;
  const checked = emptyBreakdown();
  let sum = 0;
  for (const kind of ATTENTION_KINDS) {
    const n = (breakdown as Record<string, unknown>)[kind] ?? 0;
    if (!isCount(n)) return null;
    checked[kind] = n;
    sum += n;
  }
  return sum === count ? { count, breakdown: checked } : null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
