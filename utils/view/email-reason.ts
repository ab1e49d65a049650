/**
 * Why an address is invalid, in words: the core gives a reason code (utils/roster/email.ts), the
 * catalogue says it (`email.<code>`, served from `_locales`), with the character it names.
 */
import type { EmailReason, EmailReasonCode } from '../roster/email';
import type { MessageKey, MessageParams } from '../i18n';

const KEYS: Record<EmailReasonCode, MessageKey> = {
  several: 'email.several',
  'no-at': 'email.no-at',
  spaces: 'email.spaces',
  invisible: 'email.invisible',
  control: 'email.control',
  'empty-local': 'email.empty-local',
  'empty-domain': 'email.empty-domain',
  'local-dot-start': 'email.local-dot-start',
  'local-dot-end': 'email.local-dot-end',
  'local-dots-doubled': 'email.local-dots-doubled',
  'bad-local': 'email.bad-local',
  'bad-local-char': 'email.bad-local-char',
  'no-domain-dot': 'email.no-domain-dot',
  'domain-trailing-dot': 'email.domain-trailing-dot',
  'domain-empty-label': 'email.domain-empty-label',
  'bad-domain': 'email.bad-domain',
  'bad-domain-char': 'email.bad-domain-char',
  'too-long': 'email.too-long',
};

/** The catalogue key and its parameters for a reason (pass them to `t`, or to `translate` in tests). */
export function emailReasonMessage(reason: EmailReason): { key: MessageKey; params: MessageParams } {
  return { key: KEYS[reason.code], params: reason.char === undefined ? {} : { char: reason.char } };
}

/** Every reason code the core can give (for the catalogue's completeness test). */
export const EMAIL_REASON_CODES = Object.keys(KEYS) as EmailReasonCode[];
