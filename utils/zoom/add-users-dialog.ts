/**
 * Zoom's Add Users dialog: read its email field and user type, and prefill it like a person would.
 * Finding the dialog is add-users-find.ts (in the Users page overlay); this half loads with the
 * prefill (zoom-add-users.js), when a dialog is first found open or the admin presses Prefill.
 *
 * Everything is found by meaning: each field through the text of its label and the form item that
 * holds both. Nothing is filled unless it is inside that dialog, visible and writable, in a safe
 * frame; Add, Cancel, Resend and Delete are never pressed.
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
import {
  ADD_USERS_TITLE,
  DIALOG_SELECTOR,
  LABEL_SELECTOR,
  findAddUsersDialog,
  findChips,
  findFieldByLabel,
  formItemOf,
  normaliseLabel,
  ownText,
} from './add-users-find';

export { describeDialog, findAddUsersDialog } from './add-users-find';

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

const USER_TYPE_LABEL = /^(user type|typ użytkownika|license type|typ licencji)$/;
const DEPARTMENT_LABEL = /^(department|dział)$/;

const USER_TYPE_OPTIONS: Record<UserType, RegExp> = {
  basic: /^(basic|podstawowy|podstawowa|podstawowe)$/,
  licensed: /^(licensed|pro|z licencją|licencjonowany|licencjonowana)$/,
  'on-prem': /^(on-prem|on-premise|on-premises|lokalny|lokalna|lokalnie)$/,
};

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
    for (const chip of findChips(dialog.emailField)) tokens.push(...chipAddresses(chip));
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
  const present = new Set(findChips(dialog.emailField).flatMap(chipAddresses).map(normaliseOrKeep));
  await fillTokenField(
    dialog.emailField,
    filled.filter((email) => !present.has(email)),
  );
}

/** Inside a tag, what is a control (remove button, close icon, a word for screen readers), never its address. */
const CHIP_CONTROL =
  'button, a, [role="button"], [aria-hidden="true"], [tabindex], svg, [class*="close"], [class*="remove"], [class*="delete"]';
/** What a remove control says when nothing marks it as one: a glyph, or a word (Polish or English). */
const CONTROL_WORD = /^(x|×|✕|✖|✗|╳|usuń|usun|remove|delete|close|zamknij)$/i;

/**
 * A tag's address, read by the email pattern: its text without its controls (Zoom's `×` icon, a
 * "Usuń" link, an aria-hidden "x"). A tag that holds no valid address gives its words as written, so
 * the read-back comparison sees it; one that holds two gives both.
 */
function chipAddresses(chip: Element): string[] {
  const outsideControls = chipWords(chip, true);
  const found = validAddresses(outsideControls);
  if (found.length > 0) return found;
  // No address outside the controls (a tag whose text is a link, say): look at the whole tag.
  const whole = chipWords(chip, false);
  const inWhole = validAddresses(whole);
  if (inWhole.length > 0) return inWhole;
  return outsideControls.length > 0 ? outsideControls : whole;
}

function validAddresses(words: string[]): string[] {
  return [...new Set(words.map((word) => normalizeEmail(word)).filter((email): email is string => email !== null))];
}

/**
 * The tag's words: its text nodes (optionally skipping those inside a control), each dropped when it
 * is only a control's word, joined without a gap (an address split over two nodes stays whole), split
 * on separators, control words dropped again (an "x" in the same text node after a space).
 */
function chipWords(chip: Element, skipControls: boolean): string[] {
  const pieces: string[] = [];
  const walker = chip.ownerDocument.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipControls && insideControl(node, chip)) continue;
    const text = (node.textContent ?? '').replace(/[×✕✖✗╳]/g, ' ');
    if (CONTROL_WORD.test(text.trim())) continue;
    pieces.push(text);
  }
  return splitAddresses(pieces.join('')).filter((word) => !CONTROL_WORD.test(word));
}

/** A control between the text node and the tag (the tag itself and what is around it do not count). */
function insideControl(node: Node, chip: Element): boolean {
  for (let element = node.parentElement; element && element !== chip; element = element.parentElement) {
    if (element.matches(CHIP_CONTROL)) return true;
  }
  return false;
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
