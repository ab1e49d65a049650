import { EMPLOYEE_STATUSES, type EmployeeStatus } from '../utils/roster/model';
import { t } from '../utils/i18n';
import { StatusPill } from './StatusPill';
import { STATUS_ICON } from './status-style';

/** How many employees have each status (statuses nobody has are left out). */
export function StatusCounts({ counts }: { counts: Record<EmployeeStatus, number> }) {
  return (
    <ul class="zaa-counts" aria-label={t('employees')}>
      {EMPLOYEE_STATUSES.filter((s) => counts[s] > 0).map((s) => (
        <li>
          <StatusPill status={s} /> <span>{counts[s]}</span>
        </li>
      ))}
    </ul>
  );
}

/** The statuses that need the admin, each with its count, for the panel's one-line bar. */
const ATTENTION: EmployeeStatus[] = ['missing', 'expired', 'invalid-email', 'no-email', 'unverified'];

export function AttentionCounts({ counts }: { counts: Record<EmployeeStatus, number> }) {
  const shown = ATTENTION.filter((s) => counts[s] > 0);
  if (shown.length === 0) return null;
  // Icon and number on screen, the status in words for assistive technology and in the tooltip.
  return (
    <ul class="zaa-counts zaa-attention" aria-label={t('employees')}>
      {shown.map((s) => (
        <li class="zaa-pill" data-status={s} title={`${t(`status.${s}`)}: ${counts[s]}`}>
          <span aria-hidden="true">{STATUS_ICON[s]}</span>
          <span class="zaa-sr">{t(`status.${s}`)}:</span> {counts[s]}
        </li>
      ))}
    </ul>
  );
}
