import { EMPLOYEE_STATUSES, type EmployeeStatus } from '../utils/roster/model';
import { t } from '../utils/i18n';
import { StatusPill } from './StatusPill';

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
