/**
 * Row badges on Zoom's Users and Pending lists: one per row, with the employee's name and status
 * (or "not in booking"), days left on the Pending tab, and a Resend hint when it is due.
 */
import { showBadge, type BadgeData } from '../../components/row-badge';
import { t } from '../../utils/i18n';
import { rowStatusFor, type ReconcileResult } from '../../utils/roster/reconcile';
import { fixedCopyTwins } from '../../utils/dom/table';
import type { ReadRow, ZoomTab } from '../../utils/zoom/types';
import { needsResend } from '../../utils/view/panel-model';
import type { ZoomUsersState } from './state';

export interface RowBadges {
  /** Paints the badges of these rows from the current reconciliation. */
  paint(rows: ReadRow[]): void;
}

export function createRowBadges(state: ZoomUsersState): RowBadges {
  function badgeFor(email: string, current: ReconcileResult, tab: ZoomTab): BadgeData {
    const status = rowStatusFor(email, current);
    const employees = current.byEmail.get(email) ?? [];
    const first = employees[0];
    const warnDays = state.context.peek()?.settings.warnDaysBeforeExpiry ?? 5;
    let detail: string | undefined;
    let title: string | undefined;
    let warn = false;
    if (first && (status === 'pending' || status === 'expired')) {
      if (status === 'pending' && first.daysLeft !== undefined) detail = t('daysLeft', { n: first.daysLeft });
      if (needsResend(first, warnDays)) {
        // The row is narrow: a short hint on it, the whole sentence as its tooltip.
        warn = true;
        detail = [detail, t('resendShort')].filter(Boolean).join(' · ');
        title = status === 'expired' ? t('resendExpired') : t('resendSoon');
      }
    }
    return {
      email,
      status,
      name: employees.length ? [...new Set(employees.map((r) => r.employee.name))].join(', ') : undefined,
      showName: true,
      label: t(`status.${status}`),
      detail: tab === 'pending' || warn ? detail : undefined,
      daysLeft: first?.daysLeft,
      warn,
      title,
    };
  }

  return {
    paint(rows) {
      const current = state.result.peek();
      const tab = state.page.peek().tab;
      const copiesByTable = new Map<Element, HTMLTableElement[]>();
      for (const row of rows) {
        const data = badgeFor(row.email, current, tab);
        showBadge(row.badgeAnchor, data);
        // Keep fixed-column copies of the row as tall as the row, so their buttons stay on it.
        for (const twin of fixedCopyTwins(row.badgeAnchor, copiesByTable)) showBadge(twin, data, true);
      }
    },
  };
}
