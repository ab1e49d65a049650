import type { EmployeeResult } from '../utils/roster/reconcile';
import { t, language } from '../utils/i18n';
import { emailReasonText } from './email-reason';
import { StatusPill } from './StatusPill';

/**
 * Under a resource's "Adres e-mail" field: what is known of that address on Zoom. `unchecked`: a
 * valid address the page was not told about (typed, not saved yet); it is compared once saved.
 */
export function FormHint({
  result,
  unchecked = false,
  zoomHost,
}: {
  result: EmployeeResult | null;
  unchecked?: boolean;
  zoomHost: string | null;
}) {
  if (!result) return null;
  const host = zoomHost ?? 'zoom.us';
  if (unchecked) {
    return (
      <div
        class="zaa-form-hint"
        data-testid="zaa-form-hint"
        data-status="unverified"
        data-email={result.email}
        role="status"
        lang={language.value}
      >
        <StatusPill status="unverified" />
        <span>{t('formHintUnchecked')}</span>
      </div>
    );
  }
  let text: string;
  switch (result.status) {
    case 'active':
      text = t('formHintActive', { host });
      break;
    case 'inactive':
      text = t('formHintInactive', { host });
      break;
    case 'pending':
      text =
        result.daysLeft !== undefined ? `${t('formHintPending')} ${t('daysLeft', { n: result.daysLeft })}` : t('formHintPending');
      break;
    case 'expired':
      text = t('formHintExpired');
      break;
    case 'missing':
      text = t('formHintMissing');
      break;
    case 'invalid-email':
      text = t('formHintInvalid', { reason: result.invalidReason ? emailReasonText(result.invalidReason) : '' });
      break;
    case 'no-email':
      text = t('formHintEmpty');
      break;
    default:
      text = t('formHintUnverified');
  }
  return (
    <div
      class="zaa-form-hint"
      data-testid="zaa-form-hint"
      data-status={result.status}
      data-email={result.email}
      role="status"
      lang={language.value}
    >
      <StatusPill status={result.status} />
      <span>{text}</span>
      {result.suggestion && <span>{t('didYouMean', { email: result.suggestion })}</span>}
      {(result.status === 'missing' || result.status === 'unverified') && (
        <a href={`https://${host}/account/user#/`} target="_blank" rel="noopener noreferrer">
          {t('openZoomUsers')}
        </a>
      )}
    </div>
  );
}
