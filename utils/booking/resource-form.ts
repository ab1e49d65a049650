/**
 * The resource (employee) edit form of zarezerwuj.pl: its own page or a dialog over the list.
 * The field is found by its label ("Adres e-mail", "E-mail", "Email address"), never by id or class.
 *
 * Verified against: tests/fixtures/booking/new-ui-resource-*-edit.html (label[for]),
 * new-ui-resources-dialog.html and new-ui-resources-dialog-late.html (label in the same form group;
 * the late one filled 0.6 s after it opens), and the label variants in tests/unit/booking/resource-form.test.ts.
 */
import { collapseWhitespace, findControlByLabel, labelScorer } from '../dom/labels';
import type { FormLook } from './form-settle';

const TEXT_INPUTS = 'input[type="email"], input[type="text"], input:not([type])';

/** Scores a folded label as the email field's ("Adres e-mail" best); also used for list headers. */
export const scoreEmailLabel = labelScorer(
  [
    'adres e-mail',
    'adres email',
    'adres mailowy',
    'e-mail',
    'email',
    'e-mail address',
    'email address',
    'adres e-mail zasobu',
    'adres e-mail pracownika',
  ],
  ['adres e-mail', 'adres email', 'e-mail', 'email'],
);

const scoreNameLabel = labelScorer(
  ['nazwa', 'nazwa zasobu', 'nazwa pracownika', 'imie i nazwisko', 'name', 'resource name', 'full name'],
  ['nazwa', 'imie i nazwisko', 'name'],
);

/** The resource's email input, found by its label; `null` when the form has no such field. */
export function findEmailField(root: ParentNode): HTMLInputElement | null {
  return findControlByLabel<HTMLInputElement>(root, scoreEmailLabel, TEXT_INPUTS);
}

function findNameField(root: ParentNode): HTMLInputElement | null {
  return findControlByLabel<HTMLInputElement>(root, scoreNameLabel, TEXT_INPUTS);
}

/**
 * Reads the form: `rawEmail` is the field's current value trimmed ('' when empty). The value, not
 * the attribute, so a dialog filled by the page's script is read as the admin sees it.
 */
export function readResourceForm(root: ParentNode): { name?: string; rawEmail: string } | { problem: 'no-email-field' } {
  const emailField = findEmailField(root);
  if (!emailField) return { problem: 'no-email-field' };
  const rawEmail = emailField.value.trim();
  const name = collapseWhitespace(findNameField(root)?.value ?? '');
  return name ? { name, rawEmail } : { rawEmail };
}

/** Something in a form that says it is still loading. By role and state, never by class names. */
const BUSY = '[aria-busy="true"], [role="progressbar"]';

/**
 * One look at an open form for form-settle.ts: its name field ('' while empty), its address, and
 * whether it says it is loading. `root` is the dialog, or the document for a form on its own page.
 * `null` when there is no email field.
 */
export function lookAtForm(root: ParentNode, url: string): FormLook | null {
  const emailField = findEmailField(root);
  if (!emailField) return null;
  const scope: ParentNode = root.nodeType === 9 ? (emailField.closest('form, [role="form"], main, [role="main"]') ?? root) : root;
  const busy =
    (scope.nodeType === 1 && (scope as Element).matches(BUSY)) || Array.from(scope.querySelectorAll(BUSY)).some(isShown);
  const look: FormLook = { url, rawEmail: emailField.value.trim(), busy };
  const nameField = findNameField(root);
  if (nameField) look.name = collapseWhitespace(nameField.value);
  return look;
}

const DIALOG_CANDIDATES = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"], .modal';

/** Whether an element is shown: not hidden by itself or an ancestor (attribute, aria, style). */
export function isShown(element: Element): boolean {
  const view = element.ownerDocument?.defaultView;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    if (node.localName === 'dialog' && !node.hasAttribute('open')) return false;
    const style = view?.getComputedStyle(node);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

/**
 * The edit form open in place (a dialog or modal) that holds the email field, or `null`.
 * When several are open, the last one in the document, which is the one on top.
 */
export function findOpenEditDialog(doc: Document): Element | null {
  let open: Element | null = null;
  for (const candidate of Array.from(doc.querySelectorAll(DIALOG_CANDIDATES))) {
    if (isShown(candidate) && findEmailField(candidate)) open = candidate;
  }
  return open;
}
