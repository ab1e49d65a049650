/**
 * Zoom's Add Users dialog, found: its email field, Add and Cancel buttons. In the prefill's module
 * (zoom-add-users.js) with reading the field back and filling it (add-users-dialog.ts); the Users page
 * overlay checks only that a dialog titled Add Users is on screen (add-users-shown.ts) and then asks for it.
 *
 * Everything is found by meaning: the dialog by its role and its title ("Add Users" /
 * "Dodaj użytkowników"), each field through the text of its label and the form item that holds
 * both (Element UI's label `for` usually names no element id).
 *
 * Verified against: tests/fixtures/zoom/dialog-vue-textarea.html, dialog-vue-tags.html (EN and
 * ?lang=pl), dialog-plain.html, dialog-lookalike.html, the static copies dialog-static-*.html, Zoom's own
 * controls in dialog-zoom-radio-en.html and dialog-zoom-select-pl.html, and the real Element UI 2 dialog
 * of tests/fixtures/zoom-element/ (textarea and `el-select multiple filterable allow-create`, en and pl).
 */
import type { AddUsersDialog } from './types';
import { normaliseLabel, shownAddUsersDialogs } from './add-users-shown';

export { ADD_USERS_TITLE, DIALOG_SELECTOR, normaliseLabel } from './add-users-shown';

export const LABEL_SELECTOR = 'label, legend, [class*="label"]';
const TEXT_CONTROL_SELECTOR =
  'textarea, input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="file"]):not([type="image"])';

const EMAIL_LABEL = /^((enter|wpisz|podaj) )?(e-?mail( address(es)?)?|email addresses|adres(y)? e-?mail(owe|owy)?|e-?mail)$/;
const ADD_BUTTON_TEXT = /^(add|dodaj)$/;
const CANCEL_BUTTON_TEXT = /^(cancel|anuluj)$/;

/** Class names (by the part after a prefix like zm-/el-) that mark a token ("chip") input and its chips. */
const TOKEN_CONTAINER_CLASS = /(^|[-_])(tags?|chips?|tokens?|select)([-_]|$)/i;
const CHIP_CLASS = /(^|[-_])(tag|chip|token)$/i;
const FORM_ITEM_CLASS = /(form-item|form-group|form-field|form-row)$/i;

export function findAddUsersDialog(doc: Document): AddUsersDialog | null {
  const found: AddUsersDialog[] = [];
  for (const candidate of shownAddUsersDialogs(doc)) {
    const emailField = findFieldByLabel(candidate, EMAIL_LABEL);
    if (!emailField || emailField instanceof HTMLSelectElement) continue;
    found.push(describeDialog(candidate, emailField));
  }
  // A wrapper and the dialog inside it can both qualify: keep the innermost.
  const innermost = found.filter((one) => !found.some((other) => other !== one && one.dialog.contains(other.dialog)));
  return innermost[0] ?? null;
}

/** The dialog as the prefill uses it, from its email field (also a taught one: features/teach). */
export function describeDialog(dialog: Element, emailField: HTMLInputElement | HTMLTextAreaElement): AddUsersDialog {
  return {
    dialog,
    emailField,
    emailFieldKind: detectFieldKind(emailField),
    prefillAnchor: formItemContent(emailField) ?? emailField.parentElement ?? emailField,
    addButton: findFooterButton(dialog, ADD_BUTTON_TEXT),
    cancelButton: findFooterButton(dialog, CANCEL_BUTTON_TEXT),
  };
}

/** The control a label names: its own control, the one in the same form item, or the next one after it. */
export function findFieldByLabel(
  scope: Element,
  labelPattern: RegExp,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  for (const label of Array.from(scope.querySelectorAll(LABEL_SELECTOR))) {
    if (label.querySelector('input, textarea, select') && !(label instanceof HTMLLabelElement)) continue;
    if (!labelPattern.test(normaliseLabel(ownText(label)))) continue;
    const control = controlOfLabel(label, scope);
    if (control) return control;
  }
  // Fields labelled only by aria-label or a placeholder.
  for (const control of Array.from(scope.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_CONTROL_SELECTOR))) {
    const name = control.getAttribute('aria-label') ?? control.getAttribute('placeholder') ?? '';
    if (labelPattern.test(normaliseLabel(name))) return control;
  }
  return null;
}

function controlOfLabel(label: Element, scope: Element): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  const inScope = (element: Element | null | undefined) => (element && scope.contains(element) ? element : null);
  if (label instanceof HTMLLabelElement) {
    const own = inScope(label.control);
    if (own && isTextOrSelect(own)) return own as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  }
  const item = formItemOf(label, scope);
  if (item) {
    const inItem = item.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      `${TEXT_CONTROL_SELECTOR}, select`,
    );
    return preferWritable(item, inItem);
  }
  return nextControlAfter(label, scope);
}

/** Element UI's multi-select renders a read-only display input beside the one you type in. */
function preferWritable(
  item: Element,
  first: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  if (!first) return null;
  const all = Array.from(item.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_CONTROL_SELECTOR));
  return all.find((control) => !control.readOnly && !control.disabled) ?? first;
}

function nextControlAfter(label: Element, scope: Element): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
  const all = Array.from(scope.querySelectorAll(`${TEXT_CONTROL_SELECTOR}, select, label`));
  const start = all.findIndex((element) => label.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (start < 0) return null;
  const next = all[start];
  return next.tagName === 'LABEL' ? null : (next as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement);
}

export function formItemOf(element: Element, scope: Element): Element | null {
  for (let node = element.parentElement; node && node !== scope; node = node.parentElement) {
    if (Array.from(node.classList).some((name) => FORM_ITEM_CLASS.test(name)) || node.getAttribute('role') === 'group') {
      return node;
    }
  }
  return null;
}

function formItemContent(field: Element): Element | null {
  const item = formItemOf(field, field.ownerDocument.documentElement);
  if (!item) return null;
  for (let node = field.parentElement; node && node !== item; node = node.parentElement) {
    if (node.parentElement === item) return node;
  }
  return null;
}

function detectFieldKind(field: HTMLInputElement | HTMLTextAreaElement): 'plain' | 'tokens' {
  if (field instanceof HTMLTextAreaElement) return 'plain';
  if (tokenContainer(field) || findChips(field).length > 0) return 'tokens';
  return 'plain';
}

/** The element around a token input that holds its chips. */
function tokenContainer(field: Element): Element | null {
  const limit = formItemOf(field, field.ownerDocument.documentElement);
  for (let node = field.parentElement; node && node !== limit; node = node.parentElement) {
    const role = node.getAttribute('role');
    if (role === 'combobox' || role === 'listbox') return node;
    if (Array.from(node.classList).some((name) => TOKEN_CONTAINER_CLASS.test(name))) return node;
  }
  return null;
}

export function findChips(field: Element): Element[] {
  const scope = tokenContainer(field) ?? formItemContent(field) ?? field.parentElement;
  if (!scope) return [];
  const chips = Array.from(scope.querySelectorAll('*')).filter(
    (element) =>
      element !== field &&
      !element.contains(field) &&
      Array.from(element.classList).some((name) => CHIP_CLASS.test(name)) &&
      !isLeaving(element),
  );
  return chips.filter((chip) => !chips.some((other) => other !== chip && other.contains(chip)));
}

/**
 * A chip on its way out: Vue keeps a removed element in the page during its leave transition
 * (Element UI's select tags: `zm-zoom-in-center-leave-active` for about 300 ms); it is no longer in the model.
 */
function isLeaving(element: Element): boolean {
  return Array.from(element.classList).some((name) => /-leave(-active|-to)?$/.test(name));
}

function findFooterButton(dialog: Element, text: RegExp): HTMLElement | null {
  const buttons = Array.from(
    dialog.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"], input[type="button"]'),
  );
  const named = buttons.filter((button) =>
    text.test(normaliseLabel(button.textContent || (button as HTMLInputElement).value || '')),
  );
  return named.find((button) => button.closest('[class*="footer"]')) ?? named[0] ?? null;
}

function isTextOrSelect(element: Element): boolean {
  return element.matches(`${TEXT_CONTROL_SELECTOR}, select`);
}

export function ownText(element: Element): string {
  return element.textContent ?? '';
}
