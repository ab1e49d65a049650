import { useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { filterEmployees } from '../../utils/view/popup-model';
import type { EmployeeResult } from '../../utils/roster/reconcile';
import { EmployeeItem } from '../EmployeeItem';
import { TextField } from './TextField';

export interface EmployeeSearchProps {
  employees: EmployeeResult[];
  warnDays: number;
}

/** The employees with their statuses, filtered by name or address as the admin types. */
export function EmployeeSearch({ employees, warnDays }: EmployeeSearchProps) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterEmployees(employees, query), [employees, query]);
  return (
    <section aria-labelledby="zaa-employees-title">
      <h2 id="zaa-employees-title">{t('employees')}</h2>
      <TextField
        id="zaa-search"
        type="search"
        label={t('popup.searchLabel')}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p class="zaa-muted" role="status" data-testid="zaa-shown">
        {shown.length === 0 && query.trim() !== ''
          ? t('popup.noMatch')
          : t('popup.shown', { shown: shown.length, total: employees.length })}
      </p>
      {shown.length > 0 && (
        // Focusable so the keyboard can scroll a long list.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires scrollable regions to be focusable
        <ul id="zaa-employee-list" class="zaa-list" tabIndex={0} aria-label={t('popup.employeeList')}>
          {shown.map((result) => (
            <EmployeeItem
              key={`${result.employee.tenant}\u0000${result.employee.order}`}
              result={result}
              testId="zaa-employee"
              warnDays={warnDays}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
