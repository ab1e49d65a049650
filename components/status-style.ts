/** Colours and icons per status: colour is never the only carrier (icon + text always). */
import type { RowStatus } from '../utils/roster/model';

export const STATUS_ICON: Record<RowStatus, string> = {
  // Glyphs that common system fonts have (hourglass and pause symbols are often missing).
  active: '✓',
  inactive: '⊘',
  pending: '…',
  expired: '!',
  missing: '✗',
  unverified: '?',
  'no-email': '∅',
  'invalid-email': '⚠',
  'not-in-booking': '·',
};

/** Shared CSS for pills and badges; contrast checked against white (WCAG AA for small text). */
export const STATUS_CSS = `
.zaa-pill{display:inline-flex;align-items:center;gap:4px;border-radius:10px;padding:1px 8px;font:600 12px/18px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;white-space:nowrap;border:1px solid transparent}
.zaa-pill[data-status="active"]{background:#e6f4ea;color:#0b5c24;border-color:#9fd3ad}
.zaa-pill[data-status="inactive"]{background:#f1f3f4;color:#3c4043;border-color:#c4c7c5}
.zaa-pill[data-status="pending"]{background:#fff4e0;color:#7a4100;border-color:#f0c27a}
.zaa-pill[data-status="expired"]{background:#fdecea;color:#8c1d18;border-color:#f1a9a3}
.zaa-pill[data-status="missing"]{background:#fdecea;color:#8c1d18;border-color:#f1a9a3}
.zaa-pill[data-status="unverified"]{background:#eef2fb;color:#233d7a;border-color:#b3c3ea}
.zaa-pill[data-status="no-email"]{background:#f1f3f4;color:#3c4043;border-color:#c4c7c5}
.zaa-pill[data-status="invalid-email"]{background:#fff8d6;color:#5c4a00;border-color:#e3cf6d}
.zaa-pill[data-status="not-in-booking"]{background:#fff;color:#4a4f55;border-color:#d0d4d9;font-weight:500}
`;
