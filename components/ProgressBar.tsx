import { t } from '../utils/i18n';

/** Employees active on Zoom out of those with a valid address. */
export function ProgressBar({ active, valid }: { active: number; valid: number }) {
  const percent = valid === 0 ? 0 : Math.round((active / valid) * 100);
  const label = t('progressLabel', { active, valid });
  return (
    <div class="zaa-progress">
      <div
        class="zaa-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={valid}
        aria-valuenow={active}
      >
        <div class="zaa-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <div class="zaa-progress-text">{label}</div>
    </div>
  );
}
