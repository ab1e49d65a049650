/**
 * Zoom shows free accounts without a saved payment method a notice instead of the Users list
 * ("add a payment method", "verify … with a credit card or PayPal"; Polish "dodaj metodę
 * płatności", "karta kredytowa lub PayPal"). Recognised by its text, in English and Polish.
 *
 * Verified against: tests/fixtures/zoom/payment-required.html, payment-required-pl.html.
 */
import { visibleText } from '../dom/text';

/** Texts that on their own say a payment method is needed. */
const PAYMENT_PHRASES: RegExp[] = [
  /\b(add|enter|provide|save|set up|update)\s+(a|your|a valid)\s+(valid\s+)?payment method/i,
  /\bcredit card (or|and) paypal\b/i,
  /\bpayment method (is )?required\b/i,
  /\b(dodaj|podaj|wprowadź|zapisz|ustaw)\s+(\p{L}+\s+)?metod\p{L}* płatności/iu,
  /\bkart\p{L}* (kredytow\p{L}*|płatnicz\p{L}*) lub paypal/iu,
  /metod\p{L}* płatności (jest )?wymagan\p{L}*/iu,
];

/** A payment-method mention and a verification request together also say it. */
const PAYMENT_MENTION = /payment method|credit card|paypal|metod\p{L}* płatności|kart\p{L}* (kredytow|płatnicz)/iu;
const VERIFY = /\bverif(y|ied|ication)\b|zweryfikuj|weryfikacj\p{L}*|potwierdź/iu;

/** The page shows Zoom's "add a payment method" notice. */
export function detectPaymentRequired(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const text = visibleText(body);
  if (PAYMENT_PHRASES.some((phrase) => phrase.test(text))) return true;
  return PAYMENT_MENTION.test(text) && VERIFY.test(text);
}
