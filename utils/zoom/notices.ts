/**
 * Zoom shows free accounts without a saved payment method a notice instead of the Users list
 * ("add a payment method", "verify … with a credit card or PayPal"; Polish "dodaj metodę
 * płatności", "karta kredytowa lub PayPal"). Recognised by its meaning, in English and Polish,
 * on text folded for comparison (case, diacritics and whitespace do not matter), including the
 * words of the two seed documents: the booking tutorial's "Jeśli chcesz zarządzać użytkownikami
 * z planem Podstawowy, musisz dodać zapisaną metodę płatności" and "zweryfikowanie … za pomocą
 * karty kredytowej lub konta PayPal", and Zoom's help's "konto z kartą kredytową". Verbs are
 * matched in their infinitive, imperative and noun forms (dodać / dodaj / dodanie, zweryfikować /
 * zweryfikuj / zweryfikowanie).
 *
 * Verified against: tests/fixtures/zoom/payment-required.html, payment-required-pl.html,
 * payment-required-tutorial-pl.html.
 */
import { foldLabel } from '../dom/labels';
import { visibleText } from '../dom/text';

// All patterns below read folded text: lower case, no diacritics (ł → l), single spaces.
const PAYMENT_METHOD = String.raw`(?:payment method|metod\w* platnosci)`;
const CARD = String.raw`(?:credit card|kart\w* (?:kredytow\w*|platnicz\w*))`;
const PAYPAL = String.raw`(?:(?:kont\w* |account )?paypal)`;
/** "Add", "enter", … in English; in Polish in the imperative, the infinitive or as a noun. */
const ADD_VERB = String.raw`(?:add|enter|provide|save|set up|update|dodaj\w*|dodac|dodani\w*|podaj\w*|podac|podani\w*|wprowadz\w*|zapisz|zapisac|ustaw\w*|skonfiguruj|skonfigurowac|uzupelnij|uzupelnic)`;

/** Texts that on their own say a payment method is needed. */
const PAYMENT_PHRASES: RegExp[] = [
  // "add a saved payment method", "musisz dodać zapisaną metodę płatności", "Dodaj do konta metodę płatności"
  new RegExp(String.raw`\b${ADD_VERB}\b(?: \S+){0,3} ${PAYMENT_METHOD}`),
  new RegExp(String.raw`\b${CARD} (?:or|and|lub|albo|i) ${PAYPAL}\b`),
  new RegExp(String.raw`\b${PAYMENT_METHOD} (?:is )?(?:required|needed|jest wymagan\w*|wymagan\w*|jest potrzebn\w*)`),
  new RegExp(String.raw`\b(?:wymagan\w*|potrzebn\w*|niezbedn\w*|konieczn\w*) (?:jest )?(?:\S+ )?${PAYMENT_METHOD}`),
  // Zoom's help: user management is "free for an account with a credit card" ("konto z kartą kredytową").
  new RegExp(String.raw`\bkont\w* z ${CARD}`),
  new RegExp(String.raw`\baccount with a ${CARD}`),
];

/** A payment-method mention and a verification request together also say it. */
const PAYMENT_MENTION = new RegExp(`${PAYMENT_METHOD}|${CARD}|paypal`);
const VERIFY = /\bverif(y|ied|ication)\b|zweryfik\w*|weryfikacj\w*|potwierdz\w*/;

/** Whether a text (a notice's words) says a payment method is needed. */
export function isPaymentNotice(text: string): boolean {
  const folded = foldLabel(text);
  if (PAYMENT_PHRASES.some((phrase) => phrase.test(folded))) return true;
  return PAYMENT_MENTION.test(folded) && VERIFY.test(folded);
}

/** The page shows Zoom's "add a payment method" notice. */
export function detectPaymentRequired(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  return isPaymentNotice(visibleText(body));
}
