/**
 * Zoom's Add Users dialog: find it, read its email field, and prefill it like a person would.
 *
 * Everything is found by meaning: the dialog by its role and its title ("Add Users" /
 * "Dodaj użytkowników"), each field through the text of its label and the form item that holds
 * both (Element UI's label `for` usually names no element id). Nothing is filled unless it is
 * inside that dialog, visible and writable, in a safe frame; Add, Cancel, Resend and Delete are
 * never pressed.
 *
 * Verified against: tests/fixtures/zoom/dialog-vue-textarea.html, dialog-vue-tags.html (EN and
 * ?lang=pl), dialog-plain.html, dialog-lookalike.html, the static copies dialog-static-*.html, Zoom's own
 * controls in dialog-zoom-radio-en.html and dialog-zoom-select-pl.html, and the real Element UI 2 dialog
 * of tests/fixtures/zoom-element/ (textarea and `el-select multiple filterable allow-create`, en and pl).
 */
import { normalizeEmail } from '../roster/email';
import { chooseNativeOption, clickLikeAPerson, fillPlainField, fillTokenField, pause } from '../dom/fill';
import { isFillable, isInSafeFrame, isShown } from '../dom/visibility';
import type { AddUsersDialog } from './types';
import { collapseWhitespace } from '../roster/text';

export type UserType = 'basic' | 'licensed' | 'on-prem';

export interface PrefillOptions {
  userType: UserType;
  /** Set only when given (non-empty after trimming). */
  department?: string;
}

export interface PrefillOutcome {
  /** Addresses written into the field. */
  count: number;
  /** True only when the field was read back and holds exactly `filled`, and every requested option was set. */
  ok: boolean;
  /** The normalised, de-duplicated addresses written (invalid ones are never written). */
  filled: string[];
  problem?: 'field-not-fillable' | 'readback-mismatch' | 'user-type-not-found' | 'department-not-found';
}

const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], .zm-dialog, dialog[open]';
const TITLE_SELECTOR = '[class*="dialog__title"], [class*="modal-title"], h1, h2, h3, h4, legend';
const LABEL_SELECTOR = 'label, legend, [class*="label"]';
const TEXT_CONTROL_SELECTOR =
  'textarea, input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([type="button"]):not([type="submit"]):not([type="reset"]):not([type="file"]):not([type="image"])';

const ADD_USERS_TITLE = [/^(add|invite) users?( to .+)?$/, /^(dodaj|zaproś) użytkownik(ów|a|i)?( do .+)?$/];
const EMAIL_LABEL = /^((enter|wpisz|podaj) )?(e-?mail( address(es)?)?|email addresses|adres(y)? e-?mail(owe|owy)?|e-?mail)$/;
const USER_TYPE_LABEL = /^(user type|typ użytkownika|license type|typ licencji)$/;
const DEPARTMENT_LABEL = /^(department|dział)$/;
const ADD_BUTTON_TEXT = /^(add|dodaj)$/;
const CANCEL_BUTTON_TEXT = /^(cancel|anuluj)$/;

const USER_TYPE_OPTIONS: Record<UserType, RegExp> = {
  basic: /^(basic|podstawowy|podstawowa|podstawowe)$/,
  licensed: /^(licensed|pro|z licencją|licencjonowany|licencjonowana)$/,
  'on-prem': /^(on-prem|on-premise|on-premises|lokalny|lokalna|lokalnie)$/,
};

/** Class names (by the part after a prefix like zm-/el-) that mark a token ("chip") input and its chips. */
const TOKEN_CONTAINER_CLASS = /(^|[-_])(tags?|chips?|tokens?|select)([-_]|$)/i;
const CHIP_CLASS = /(^|[-_])(tag|chip|token)$/i;
const FORM_ITEM_CLASS = /(form-item|form-group|form-field|form-row)$/i;

export function findAddUsersDialog(doc: Document): AddUsersDialog | null {
  const found: AddUsersDialog[] = [];
  for (const candidate of Array.from(doc.querySelectorAll(DIALOG_SELECTOR))) {
    // A closed dialog (Element UI's v-show: an inline display:none) is told by its markup: no computed
    // style, which right after the badges are written would make the browser lay out the page there and then.
    if (isClosedByMarkup(candidate) || !hasAddUsersTitle(candidate) || !isShown(candidate)) continue;
    const emailField = findFieldByLabel(candidate, EMAIL_LABEL);
    if (!emailField || emailField instanceof HTMLSelectElement) continue;
    found.push(describeDialog(candidate, emailField));
  }
  // A wrapper and the dialog inside it can both qualify: keep the innermost.
  const innermost = found.filter((one) => !found.some((other) => other !== one && one.dialog.contains(other.dialog)));
  return innermost[0] ?? null;
}

export function findAddUsersButton(doc: Document): HTMLElement | null {
  const candidates = doc.querySelectorAll<HTMLElement>('button, a, [role="button"]');
  for (const candidate of Array.from(candidates)) {
    if (candidate.closest(DIALOG_SELECTOR)) continue;
    const text = normaliseLabel(candidate.textContent || candidate.getAttribute('aria-label') || '');
    if (ADD_USERS_TITLE.some((pattern) => pattern.test(text)) && isShown(candidate)) return candidate;
  }
  return null;
}

/**
 * The addresses currently in the email field: the field's text split on commas, semicolons and
 * whitespace, plus any chips. Valid addresses are normalised; anything else is kept as written
 * (trimmed), so a read-back comparison sees it.
 */
export function readEmailField(dialog: AddUsersDialog): string[] {
  const tokens: string[] = [];
  if (dialog.emailFieldKind === 'tokens') {
    for (const chip of findChips(dialog.emailField)) tokens.push(...splitAddresses(chipText(chip)));
  }
  tokens.push(...splitAddresses(dialog.emailField.value));
  return tokens.map((token) => normalizeEmail(token) ?? token);
}

export function dialogShowsError(dialog: Element): boolean {
  const messages = dialog.querySelectorAll(
    '[role="alert"], [class*="form-item__error"], [class*="error-message"], [class*="field-error"], [class*="invalid-feedback"]',
  );
  return Array.from(messages).some((message) => collapseWhitespace(message.textContent ?? '') !== '' && isShown(message));
}

export async function prefillAddUsers(
  dialog: AddUsersDialog,
  emails: string[],
  options: PrefillOptions,
): Promise<PrefillOutcome> {
  const refused: PrefillOutcome = { count: 0, ok: false, filled: [], problem: 'field-not-fillable' };
  const doc = dialog.dialog.ownerDocument;
  const view = doc.defaultView;
  if (!view || !isInSafeFrame(view)) return refused;
  if (!isShown(dialog.dialog) || !dialog.dialog.contains(dialog.emailField)) return refused;
  dialog.emailField.scrollIntoView?.({ block: 'nearest' });
  if (!isFillable(dialog.emailField)) return refused;

  const filled = uniqueValidAddresses(emails);
  // Nothing valid to add: leave whatever the admin typed alone.
  if (filled.length === 0) return { count: 0, ok: false, filled: [] };
  await writeAddresses(dialog, filled);

  let problem: PrefillOutcome['problem'];
  if (!(await chooseUserType(dialog.dialog, options.userType))) problem = 'user-type-not-found';
  const department = options.department?.trim();
  if (department && !(await setDepartment(dialog.dialog, department))) problem ??= 'department-not-found';

  // Let the framework render once more, then read what the page really holds.
  await pause(40);
  const current = dialog.emailField.isConnected ? dialog : findAddUsersDialog(doc);
  const holdsExactly = current !== null && sameAddresses(readEmailField(current), filled);
  if (!holdsExactly) problem = 'readback-mismatch';
  return { count: filled.length, ok: problem === undefined, filled, ...(problem ? { problem } : {}) };
}

async function writeAddresses(dialog: AddUsersDialog, filled: string[]): Promise<void> {
  if (dialog.emailFieldKind === 'plain') {
    await fillPlainField(dialog.emailField, filled.join(', '));
    return;
  }
  // Chips the admin already has stay; only the addresses not there yet are typed.
  const present = new Set(
    findChips(dialog.emailField)
      .flatMap((chip) => splitAddresses(chipText(chip)))
      .map(normaliseOrKeep),
  );
  await fillTokenField(
    dialog.emailField,
    filled.filter((email) => !present.has(email)),
  );
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

/** The dialog or an ancestor is `hidden` or has an inline `display: none` (which isShown would also find). */
function isClosedByMarkup(dialog: Element): boolean {
  for (let node: Element | null = dialog; node; node = node.parentElement) {
    if (!node.hasAttributes()) continue;
    if ((node as HTMLElement).hidden) return true;
    if (node.hasAttribute('style') && (node as HTMLElement).style?.display === 'none') return true;
  }
  return false;
}

function hasAddUsersTitle(dialog: Element): boolean {
  const titles: string[] = [];
  const ariaLabel = dialog.getAttribute('aria-label');
  if (ariaLabel) titles.push(ariaLabel);
  for (const id of (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const labelledBy = dialog.ownerDocument.getElementById(id);
    if (labelledBy) titles.push(labelledBy.textContent ?? '');
  }
  for (const heading of Array.from(dialog.querySelectorAll(TITLE_SELECTOR))) titles.push(heading.textContent ?? '');
  return titles.some((title) => ADD_USERS_TITLE.some((pattern) => pattern.test(normaliseLabel(title))));
}

/** The control a label names: its own control, the one in the same form item, or the next one after it. */
function findFieldByLabel(
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

function formItemOf(element: Element, scope: Element): Element | null {
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

function findChips(field: Element): Element[] {
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

/** A chip's text without its remove button. */
function chipText(chip: Element): string {
  const parts: string[] = [];
  const walker = chip.ownerDocument.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent !== chip && parent.closest('button, [role="button"], [class*="close"], [class*="remove"]')) continue;
    parts.push(node.textContent ?? '');
  }
  return parts.join('').replace(/[×✕✖]/g, ' ');
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

async function chooseUserType(dialog: Element, userType: UserType): Promise<boolean> {
  const wanted = USER_TYPE_OPTIONS[userType];
  const region = labelledRegion(dialog, USER_TYPE_LABEL) ?? dialog;
  const radio = findRadioOption(region, wanted);
  if (radio) return checkRadio(radio);
  const select = findFieldByLabel(dialog, USER_TYPE_LABEL);
  if (select instanceof HTMLSelectElement) {
    const option = Array.from(select.options).find((one) => wanted.test(normaliseLabel(one.textContent ?? '')));
    if (!option) return false;
    if (select.value !== option.value) await chooseNativeOption(select, option.value);
    return select.value === option.value;
  }
  if (region !== dialog && (await chooseFromDropdown(region, wanted))) return true;
  // No user type control at all: Zoom adds Basic users by default.
  return userType === 'basic' && region === dialog;
}

interface RadioOption {
  /** What a person clicks: the radio's label (or the role=radio element). */
  target: HTMLElement;
  isChecked: () => boolean;
}

function findRadioOption(region: Element, wanted: RegExp): RadioOption | null {
  for (const input of Array.from(region.querySelectorAll<HTMLInputElement>('input[type="radio"]'))) {
    if (!wanted.test(normaliseLabel(radioText(input, region)))) continue;
    // A label that names or wraps the input checks it when clicked; Zoom's own radio puts its label
    // beside the input, naming nothing, so there the input itself is what takes the click.
    const label = input.labels?.[0] ?? input.closest('label');
    return { target: (label as HTMLElement | null) ?? input, isChecked: () => isRadioChecked(input) };
  }
  for (const element of Array.from(region.querySelectorAll<HTMLElement>('[role="radio"]'))) {
    const text = element.getAttribute('aria-label') ?? ownText(element);
    if (!wanted.test(normaliseLabel(text))) continue;
    return { target: element, isChecked: () => element.getAttribute('aria-checked') === 'true' };
  }
  return null;
}

/**
 * A radio's text: its label (associated or wrapping), else its aria-label, else the text of the
 * largest element around it that holds no other radio (Zoom's `span.zm-radio` with the label beside the input).
 */
function radioText(input: HTMLInputElement, region: Element): string {
  const label = input.labels?.[0] ?? input.closest('label');
  if (label) return ownText(label);
  const aria = input.getAttribute('aria-label');
  if (aria) return aria;
  let own: Element = input;
  for (let node = input.parentElement; node && node !== region && region.contains(node); node = node.parentElement) {
    if (node.querySelectorAll('input[type="radio"], [role="radio"]').length > 1) break;
    own = node;
  }
  return own === input ? '' : ownText(own);
}

/** What the page's model says: aria-checked where the widget keeps it on the input, else the input's own state. */
function isRadioChecked(input: HTMLInputElement): boolean {
  const aria = input.getAttribute('aria-checked');
  return aria === null ? input.checked : aria === 'true';
}

/**
 * The user type the dialog currently holds, read from its control (radio, native select or Zoom's
 * select); null when no control shows one of the known types.
 */
export function readUserType(dialog: Element): UserType | null {
  const region = labelledRegion(dialog, USER_TYPE_LABEL) ?? dialog;
  const typeOf = (text: string): UserType | null => {
    const label = normaliseLabel(text);
    for (const [type, pattern] of Object.entries(USER_TYPE_OPTIONS) as [UserType, RegExp][]) if (pattern.test(label)) return type;
    return null;
  };
  for (const input of Array.from(region.querySelectorAll<HTMLInputElement>('input[type="radio"]'))) {
    if (isRadioChecked(input)) return typeOf(radioText(input, region));
  }
  for (const element of Array.from(region.querySelectorAll<HTMLElement>('[role="radio"][aria-checked="true"]'))) {
    return typeOf(element.getAttribute('aria-label') ?? ownText(element));
  }
  const select = region.querySelector('select') ?? findFieldByLabel(dialog, USER_TYPE_LABEL);
  if (select instanceof HTMLSelectElement) return typeOf(select.selectedOptions[0]?.textContent ?? '');
  if (region === dialog) return null;
  const opener = region.querySelector<HTMLElement>('[role="button"], [role="combobox"], [aria-haspopup]');
  if (opener) return typeOf(opener.textContent || (opener.querySelector('input') as HTMLInputElement | null)?.value || '');
  return null;
}

async function checkRadio(radio: RadioOption): Promise<boolean> {
  if (radio.isChecked()) return true;
  await clickLikeAPerson(radio.target);
  return radio.isChecked();
}

/** Element UI's select: click its opener, then the option (rendered in a popper, often at the end of the body). */
async function chooseFromDropdown(region: Element, wanted: RegExp): Promise<boolean> {
  // In order of meaning, not of the document: the select's wrapper comes before its opener.
  const opener = ['[aria-haspopup]', '[role="button"]', '[role="combobox"]', '[class*="select"]']
    .map((selector) => region.querySelector<HTMLElement>(selector))
    .find((found) => found !== null);
  if (!opener || !isShown(opener)) return false;
  const currentText = normaliseLabel(
    opener.textContent || (opener.querySelector('input') as HTMLInputElement | null)?.value || '',
  );
  if (wanted.test(currentText)) return true;
  await clickLikeAPerson(opener);
  const options = Array.from(
    region.ownerDocument.querySelectorAll<HTMLElement>('[role="option"], [role="listbox"] dd, [role="listbox"] li'),
  );
  const option = options.find(
    (one) => isShown(one) && !isDisabledOption(one) && wanted.test(normaliseLabel(one.textContent ?? '')),
  );
  if (!option) {
    // Close the list again, as a person who found nothing to pick would.
    if (opener.getAttribute('aria-expanded') === 'true') await clickLikeAPerson(opener);
    return false;
  }
  await clickLikeAPerson(option);
  const after = normaliseLabel(opener.textContent || (opener.querySelector('input') as HTMLInputElement | null)?.value || '');
  return wanted.test(after) || option.getAttribute('aria-selected') === 'true';
}

function isDisabledOption(option: Element): boolean {
  return (
    option.getAttribute('aria-disabled') === 'true' ||
    option.classList.contains('disabled') ||
    option.classList.contains('is-disabled')
  );
}

async function setDepartment(dialog: Element, department: string): Promise<boolean> {
  const field = findFieldByLabel(dialog, DEPARTMENT_LABEL);
  if (!field || field instanceof HTMLSelectElement) return false;
  if (field.value === department) return true;
  if (!isFillable(field)) return false;
  await fillPlainField(field, department);
  return field.value === department;
}

/** The form item (or group) whose label matches, for finding its radios or select. */
function labelledRegion(scope: Element, labelPattern: RegExp): Element | null {
  for (const label of Array.from(scope.querySelectorAll(LABEL_SELECTOR))) {
    if (!labelPattern.test(normaliseLabel(ownText(label)))) continue;
    const item = formItemOf(label, scope);
    if (item) return item;
  }
  for (const group of Array.from(scope.querySelectorAll('[role="radiogroup"]'))) {
    if (labelPattern.test(normaliseLabel(group.getAttribute('aria-label') ?? ''))) return group;
  }
  return null;
}

function uniqueValidAddresses(emails: string[]): string[] {
  const seen = new Set<string>();
  for (const raw of emails) {
    const email = normalizeEmail(raw);
    if (email) seen.add(email);
  }
  return [...seen];
}

function sameAddresses(read: string[], expected: string[]): boolean {
  if (read.length !== expected.length) return false;
  const a = [...read].sort();
  const b = [...expected].sort();
  return a.every((value, index) => value === b[index]);
}

function splitAddresses(text: string): string[] {
  return text.split(/[,;\s]+/).filter((token) => token !== '');
}

function normaliseOrKeep(token: string): string {
  return normalizeEmail(token) ?? token;
}

function isTextOrSelect(element: Element): boolean {
  return element.matches(`${TEXT_CONTROL_SELECTOR}, select`);
}

function ownText(element: Element): string {
  return element.textContent ?? '';
}

/** Lower-cased, whitespace collapsed, without required-markers, colons, a leading "+" or parenthesised hints. */
function normaliseLabel(text: string): string {
  return collapseWhitespace(
    text
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[*:]/g, ' ')
      .replace(/^\s*\+\s*/, ''),
  )
    .toLowerCase()
    .replace(/^\+\s*/, '');
}
