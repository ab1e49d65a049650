import type { EmployeeResult } from '../utils/roster/reconcile';
import type { RowStatus } from '../utils/roster/model';
import { t, language } from '../utils/i18n';
import { emailReasonText } from './email-reason';
import { STATUS_ICON } from './status-style';
import { el, placeChildren, setAttr, setText, type Scope } from './dom';

export interface FormHintProps {
  result: () => EmployeeResult | null;
  /** A valid address the page was not told about (typed, not saved yet); it is compared once saved. */
  unchecked: () => boolean;
  zoomHost: () => string | null;
}

/**
 * Under a resource's "Adres e-mail" field: what is known of that address on Zoom (placed by the caller
 * while there is a result: `shown()`).
 */
export function formHint(scope: Scope, props: FormHintProps): { node: HTMLElement; shown(): boolean } {
  const icon = el('span', { 'aria-hidden': 'true' });
  const pillText = el('span');
  const pill = el('span', { class: 'zaa-pill' }, icon, pillText);
  const text = el('span');
  const suggestion = el('span');
  const link = el('a', { target: '_blank', rel: 'noopener noreferrer' });
  const node = el('div', { class: 'zaa-form-hint', 'data-testid': 'zaa-form-hint', role: 'status' });
  scope.effect(() => {
    const result = props.result();
    if (!result) return;
    const host = props.zoomHost() ?? 'zoom.us';
    const unchecked = props.unchecked();
    const status: RowStatus = unchecked ? 'unverified' : result.status;
    setAttr(node, 'data-status', status);
    setAttr(node, 'data-email', result.email);
    setAttr(node, 'lang', language.value);
    setAttr(pill, 'data-status', status);
    setText(icon, STATUS_ICON[status]);
    setText(pillText, t(`status.${status}`));
    setText(text, unchecked ? t('formHintUnchecked') : hintText(result, host));
    if (result.suggestion) setText(suggestion, t('didYouMean', { email: result.suggestion }));
    setAttr(link, 'href', `https://${host}/account/user#/`);
    setText(link, t('openZoomUsers'));
    const offerList = result.status === 'missing' || result.status === 'unverified';
    placeChildren(node, [pill, text, !unchecked && !!result.suggestion && suggestion, !unchecked && offerList && link]);
  });
  return { node, shown: () => props.result() !== null };
}

function hintText(result: EmployeeResult, host: string): string {
  switch (result.status) {
    case 'active':
      return t('formHintActive', { host });
    case 'inactive':
      return t('formHintInactive', { host });
    case 'pending':
      return result.daysLeft !== undefined
        ? `${t('formHintPending')} ${t('daysLeft', { n: result.daysLeft })}`
        : t('formHintPending');
    case 'expired':
      return t('formHintExpired');
    case 'missing':
      return t('formHintMissing');
    case 'invalid-email':
      return t('formHintInvalid', { reason: result.invalidReason ? emailReasonText(result.invalidReason) : '' });
    case 'no-email':
      return t('formHintEmpty');
    default:
      return t('formHintUnverified');
  }
}
