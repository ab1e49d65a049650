import type { EmailReason } from '../utils/roster/email';
import { t } from '../utils/i18n';
import { emailReasonMessage } from '../utils/view/email-reason';

/** Why an address is invalid, in the admin's language. */
export function emailReasonText(reason: EmailReason): string {
  const { key, params } = emailReasonMessage(reason);
  return t(key, params);
}
