/**
 * What the page says after the admin presses Add in Zoom's Add Users dialog: an error or a success,
 * wherever it shows. Zoom reports a failed Add outside the dialog too (a toast, an alert region), so the
 * whole page is looked at: the dialog's form errors, Element UI's toasts (`$message`: role=alert with
 * `zm-message--error`/`--success`; `$notify`: `zm-notification` with a `zm-icon-error` icon; a message
 * box), any alert or live region, in Polish or English. Element UI is the library Zoom renames, so the
 * type it gives a message (`--error`, `-icon-success`, `is-error`) is that message's meaning; a message
 * without a type is told by its words. Only what appears (or changes) after the watch starts counts.
 * Loads with the prefill (zoom-add-users.js), never with the Users page overlay.
 *
 * Verified against: tests/fixtures/zoom-element/ (app.js after Add with `?add=fail`, `notify`, `alert`,
 * `late`, `ok-then-error` and `ok`: Element UI's own $message and $notify, en and pl), and
 * tests/fixtures/zoom/vue-users.html (its role=status toast), dialog-static-textarea-pl.html (a form item error).
 */
import { collapseWhitespace, foldText } from '../roster/text';

export type FeedbackKind = 'error' | 'success';

export interface AddFeedback {
  kind: FeedbackKind;
  /** The page's words, whitespace collapsed (plain text: shown as text, never as HTML). */
  text: string;
}

/** What a message's markup says of it: Element UI's type, and whether it is an alert. */
export interface MessageMeaning {
  type: FeedbackKind | 'info' | null;
  alert: boolean;
}

/** Where a page puts what it tells the user: live regions, toasts, form errors. */
const MESSAGE_SELECTOR = [
  '[role="alert"]',
  '[role="alertdialog"]',
  '[role="status"]',
  '[aria-live="assertive"]',
  '[aria-live="polite"]',
  '[class*="message"]',
  '[class*="notification"]',
  '[class*="toast"]',
  '[class*="snackbar"]',
  '[class*="form-item__error"]',
  '[class*="error-message"]',
  '[class*="field-error"]',
  '[class*="invalid-feedback"]',
].join(', ');

/** Longer than this is a region of the page (a list, a form), not a message. */
const MAX_MESSAGE_LENGTH = 400;

// Element UI's types as class names, by the part after a prefix: `zm-message--error`, `zm-icon-error`, `is-error`.
const ERROR_CLASS = /(?:^|[-_])(?:error|danger|fail|failed|failure|warning)$/i;
const SUCCESS_CLASS = /(?:^|[-_])success$/i;
const INFO_CLASS = /(?:^|[-_])info$/i;

// Texts are folded (lower case, no diacritics: "nie udało" → "nie udalo").
/** Words that say it failed, whatever the message's type. */
const FAILED =
  /\b(?:errors?|failed|failure|unable|could ?not|couldn['’]?t|can ?not|can['’]?t|not (?:been )?(?:added|invited|sent|saved|allowed)|denied|invalid|blad\w*|bledn\w*|bledy|nie udalo|nie mozna|nie (?:zostal\w*|dodano|wyslano)|nieprawidlow\w*|niepoprawn\w*|odmow\w*)\b/;
/** Words that, in a message of no known type, say something stands in the way. */
const BLOCKED =
  /\b(?:must|need to|needs to|required|requires|payment method|credit card|paypal|verif\w*|metod\w* platnosci|kart\w* kredytow\w*|zweryfik\w*|weryfikac\w*|(?:enter|provide) a valid|(?:wpisz|podaj) poprawn\w*|already (?:exists?|in use|belongs|a member|been|invited|added)|exceed\w*|limit|try again|musisz|musi|nalezy|wymagan\w*|juz (?:istnieje|nalezy|jest|zostal\w*)|przekroczon\w*|sprobuj ponownie)\b/;
/** Words that say it worked. */
const DONE =
  /\b(?:success\w*|added|invited|sent|pomyslnie|sukces\w*|dodano|dodan[oiaey]\w*|wyslano|wyslan\w*|zaproszono|zaproszen\w* (?:wyslan\w*|zostal\w*))\b/;

/** Error, success, or neither (a message that says nothing about the Add). */
export function classifyMessage(text: string, meaning: MessageMeaning): FeedbackKind | null {
  // Folded (lower case, no diacritics): the card check's "metodę płatności" reads "metode platnosci".
  const folded = foldText(text);
  if (!folded) return null;
  if (FAILED.test(folded)) return 'error';
  if (meaning.type === 'error' || meaning.type === 'success') return meaning.type;
  if (BLOCKED.test(folded)) return 'error';
  if (DONE.test(folded)) return 'success';
  // An alert of no known type after an Add is taken as a problem: nothing is claimed on it.
  return meaning.alert && meaning.type !== 'info' ? 'error' : null;
}

/** The message's type from its own classes, else its parts' (Element UI puts it on the icon too). */
export function meaningOf(element: Element): MessageMeaning {
  const alert = element.matches('[role="alert"], [role="alertdialog"], [aria-live="assertive"]');
  const typeOf = (node: Element): MessageMeaning['type'] => {
    const names = Array.from(node.classList);
    if (names.some((name) => ERROR_CLASS.test(name))) return 'error';
    if (names.some((name) => SUCCESS_CLASS.test(name))) return 'success';
    if (names.some((name) => INFO_CLASS.test(name))) return 'info';
    return null;
  };
  let type = typeOf(element);
  for (const part of Array.from(element.querySelectorAll('[class]'))) {
    if (type) break;
    type = typeOf(part);
  }
  return { type, alert };
}

export interface FeedbackWatch {
  /** What appeared or changed since the watch started (or since the last read) and says error or success; errors first. */
  read(): AddFeedback[];
}

/**
 * Starts watching the page's messages: what it shows now is known and does not count; a message that
 * appears later, or a region whose text changes, does (once).
 */
export function watchFeedback(doc: Document): FeedbackWatch {
  const seen = new WeakMap<Element, string>();
  for (const { element, text } of messages(doc)) seen.set(element, text);
  return {
    read() {
      const found: AddFeedback[] = [];
      for (const { element, text } of messages(doc)) {
        if (seen.get(element) === text) continue;
        // Not rendered yet (a toast mounted hidden): looked at again at the next read.
        if (text !== '' && !isRendered(element)) continue;
        seen.set(element, text);
        const kind = text === '' ? null : classifyMessage(text, meaningOf(element));
        if (kind) found.push({ kind, text });
      }
      return found.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'error' ? -1 : 1));
    },
  };
}

/** The outermost message elements of message size (a toast, not also its content paragraph), with their text. */
function messages(doc: Document): { element: Element; text: string }[] {
  const sized = Array.from(doc.querySelectorAll(MESSAGE_SELECTOR))
    .map((element) => ({ element, text: readableText(element) }))
    .filter(({ text }) => text.length <= MAX_MESSAGE_LENGTH);
  const chosen = new Set(sized.map(({ element }) => element));
  return sized.filter(({ element }) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (chosen.has(parent)) return false;
    return true;
  });
}

const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FOOTER|FORM|H[1-6]|HEADER|LI|OL|P|SECTION|UL)$/;
const NEVER_TEXT = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/;

/** The message's words as a person reads them: a notification's title and text apart ("Błąd Nie…", not "BłądNie…"). */
function readableText(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) text += child.textContent ?? '';
      else if (child.nodeType === Node.ELEMENT_NODE && !NEVER_TEXT.test((child as Element).tagName)) {
        const block = BLOCK.test((child as Element).tagName);
        if (block) text += ' ';
        walk(child);
        if (block) text += ' ';
      }
    }
  };
  walk(element);
  return collapseWhitespace(text);
}

/**
 * Laid out on the page: connected, and neither it nor an ancestor is `hidden`, display:none or
 * visibility:hidden. Opacity is not looked at: a toast fades in from opacity 0.
 */
function isRendered(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!element.isConnected || !view) return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if ((node as HTMLElement).hidden) return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}
