/** A badge on each resource row of the booking list: the resource's Zoom status. */
import { showBadge } from '../../components/row-badge';
import { t } from '../../utils/i18n';
import type { BookingState } from './state';

export function paintResourceBadges(state: BookingState): void {
  const listRead = state.list.read;
  if (!listRead) return;
  const byOrder = new Map(
    state.result
      .peek()
      .employees.filter((e) => e.employee.tenant === state.tenant)
      .map((e) => [e.employee.order, e]),
  );
  listRead.rows.forEach((row, order) => {
    const r = byOrder.get(order);
    if (!r) return;
    showBadge(row.badgeAnchor, {
      email: r.email,
      status: r.status,
      name: r.employee.name,
      label: t(`status.${r.status}`),
      daysLeft: r.daysLeft,
      detail: r.status === 'pending' && r.daysLeft !== undefined ? t('daysLeft', { n: r.daysLeft }) : undefined,
    });
  });
}
