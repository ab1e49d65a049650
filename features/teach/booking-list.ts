/**
 * What the booking reading loop needs of teaching without loading it: the shape of a taught read,
 * how the loop takes it, and which address is the resource settings' (a list there can be taught).
 * The reading itself (booking-reading.ts) is in the lazily loaded teach module.
 */
import type { ResourceListRead } from '../../utils/booking/types';

export type TaughtBookingRead =
  | { kind: 'none' }
  | { kind: 'stale' }
  | { kind: 'busy' }
  | { kind: 'unreadable'; rows: number }
  | { kind: 'read'; read: ResourceListRead };

/**
 * The taught read as the reading loop takes it: the list, a problem (unreadable rows: nothing of it
 * may replace the roster), 'busy' (still loading: nothing read), or null (the built-in read decides).
 */
export function taughtListRead(
  taught: TaughtBookingRead,
): ResourceListRead | { problem: 'layout-unrecognised'; detail: string } | 'busy' | null {
  if (taught.kind === 'read') return taught.read;
  if (taught.kind === 'busy') return 'busy';
  if (taught.kind === 'unreadable') {
    return {
      problem: 'layout-unrecognised',
      detail: `${taught.rows} row(s) of the taught list show no name: the list was not read.`,
    };
  }
  return null;
}

/** The resource settings' own address ("…/zasoby"): a list there that nothing reads is one to teach. */
export function looksLikeResourceSettings(location: { pathname: string }): boolean {
  return /\/zasoby\/?$/i.test(location.pathname);
}
