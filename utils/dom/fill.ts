/**
 * Fill a field the way a person would, so that framework apps (Vue, React) take the value into
 * their state: click and focus, set the value through the prototype's native setter (which bypasses
 * a framework's own `value` property), then bubbling `input` and `change`, with short pauses.
 *
 * Token ("chip") inputs turn typed text into chips on a separator key or a paste; for those each
 * value is typed and confirmed with Enter, then a comma, then a paste, whichever the field takes.
 * Untrusted key events never trigger default actions (no form submission), so Enter is safe.
 */

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Pause between steps, so a framework can re-render between events as it would for a person. */
const STEP_PAUSE_MS = 15;

export function pause(ms = STEP_PAUSE_MS): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sets the value through the element type's own setter, not any override a framework put on the instance. */
export function setNativeValue(field: TextControl, value: string): void {
  const view = field.ownerDocument.defaultView;
  const prototype =
    view && field instanceof view.HTMLTextAreaElement
      ? view.HTMLTextAreaElement.prototype
      : view
        ? view.HTMLInputElement.prototype
        : Object.getPrototypeOf(field);
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
}

/** Click, focus, set the whole text, then input, change and blur. */
export async function fillPlainField(field: TextControl, text: string): Promise<void> {
  await clickAndFocus(field);
  setNativeValue(field, text);
  dispatchInput(field, 'insertText', text);
  await pause();
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await pause();
  field.blur();
  await pause();
}

type Separator = 'enter' | 'comma' | 'paste';
const SEPARATORS: Separator[] = ['enter', 'comma', 'paste'];

/**
 * Types each value and confirms it with a separator. The first separator the field takes
 * (the text leaves the input) is used for the rest. When none works, the field is not a token
 * input after all: the remaining values go in as one comma-separated text.
 */
export async function fillTokenField(field: TextControl, values: string[]): Promise<void> {
  // A person already typing in the field does not click it again: a click toggles the list of
  // Element UI's select, and a closed list makes its Enter open the list instead of taking the text.
  if (field.ownerDocument.activeElement === field) await pause();
  else await clickAndFocus(field);
  let order = SEPARATORS;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    const accepted = await typeToken(field, value, order);
    if (accepted) {
      order = [accepted, ...SEPARATORS.filter((separator) => separator !== accepted)];
      continue;
    }
    const rest = values.slice(index).join(', ');
    setNativeValue(field, rest);
    dispatchInput(field, 'insertText', rest);
    await pause();
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await pause();
    return;
  }
}

/** Returns the separator that turned the value into a chip, or null when none did. */
async function typeToken(field: TextControl, value: string, order: Separator[]): Promise<Separator | null> {
  for (const separator of order) {
    setNativeValue(field, value);
    dispatchInput(field, 'insertText', value);
    await pause();
    if (separator === 'enter') {
      const taken = await pressKey(field, 'Enter', 'Enter', 13);
      // The page took the key but kept the text: Element UI's select opens its list on an Enter
      // while the list is closed (our click may have closed it), and takes the typed option on the next.
      if (taken && field.value.includes(value)) await pressKey(field, 'Enter', 'Enter', 13);
    } else if (separator === 'comma') await typeComma(field, value);
    else await paste(field, value);
    if (!field.value.includes(value)) return separator;
  }
  // Leave the input as we found it for the next attempt (the caller writes the rest as text).
  setNativeValue(field, '');
  dispatchInput(field, 'deleteContentBackward', null);
  await pause();
  return null;
}

/** A comma typed after the value: keydown first (chip inputs that act on the key), then the text (those that split on input). */
async function typeComma(field: TextControl, value: string): Promise<void> {
  const down = keyEvent('keydown', ',', 'Comma', 188);
  field.dispatchEvent(down);
  field.dispatchEvent(keyEvent('keypress', ',', 'Comma', 44));
  await pause();
  if (!down.defaultPrevented && field.value.includes(value)) {
    setNativeValue(field, `${value},`);
    dispatchInput(field, 'insertText', ',');
  }
  field.dispatchEvent(keyEvent('keyup', ',', 'Comma', 188));
  await pause();
}

/** A paste of the value into an emptied input; if the page does not handle it, the text is inserted as the browser would. */
async function paste(field: TextControl, value: string): Promise<void> {
  const view = field.ownerDocument.defaultView;
  setNativeValue(field, '');
  dispatchInput(field, 'deleteContentBackward', null);
  await pause();
  let handled = false;
  if (view && typeof view.DataTransfer === 'function' && typeof view.ClipboardEvent === 'function') {
    const data = new view.DataTransfer();
    data.setData('text/plain', value);
    const event = new view.ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data });
    field.dispatchEvent(event);
    handled = event.defaultPrevented;
  }
  if (!handled) {
    setNativeValue(field, value);
    dispatchInput(field, 'insertFromPaste', value);
  }
  await pause();
}

/** Returns whether the page took the key (prevented its default on keydown). */
async function pressKey(field: TextControl, key: string, code: string, keyCode: number): Promise<boolean> {
  const down = keyEvent('keydown', key, code, keyCode);
  field.dispatchEvent(down);
  field.dispatchEvent(keyEvent('keypress', key, code, keyCode));
  field.dispatchEvent(keyEvent('keyup', key, code, keyCode));
  await pause();
  return down.defaultPrevented;
}

function keyEvent(type: string, key: string, code: string, keyCode: number): KeyboardEvent {
  // keyCode/which are read-only in the constructor dictionary of some engines but older
  // widgets still read them, so they are passed where supported.
  return new KeyboardEvent(type, {
    key,
    code,
    keyCode,
    which: keyCode,
    charCode: type === 'keypress' ? keyCode : 0,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit);
}

function dispatchInput(field: TextControl, inputType: string, data: string | null): void {
  const view = field.ownerDocument.defaultView;
  const event =
    view && typeof view.InputEvent === 'function'
      ? new view.InputEvent('input', { bubbles: true, composed: true, inputType, data })
      : new Event('input', { bubbles: true, composed: true });
  field.dispatchEvent(event);
}

/** Pointer and mouse events a person's click makes, then focus. */
async function clickAndFocus(field: TextControl): Promise<void> {
  const view = field.ownerDocument.defaultView;
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true };
  if (view && typeof view.PointerEvent === 'function') field.dispatchEvent(new view.PointerEvent('pointerdown', init));
  field.dispatchEvent(new MouseEvent('mousedown', init));
  field.focus();
  if (view && typeof view.PointerEvent === 'function') field.dispatchEvent(new view.PointerEvent('pointerup', init));
  field.dispatchEvent(new MouseEvent('mouseup', init));
  field.dispatchEvent(new MouseEvent('click', init));
  await pause();
}

/** A person's click on any element (a radio's label, a select's opener, an option). */
export async function clickLikeAPerson(element: HTMLElement): Promise<void> {
  const view = element.ownerDocument.defaultView;
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true };
  if (view && typeof view.PointerEvent === 'function') element.dispatchEvent(new view.PointerEvent('pointerdown', init));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  if (view && typeof view.PointerEvent === 'function') element.dispatchEvent(new view.PointerEvent('pointerup', init));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  // click() runs the element's activation behaviour (a label checks its radio), unlike a dispatched event.
  element.click();
  await pause();
}

/**
 * Types a whole search into a search box, then Enter (the key many list searches wait for), with the
 * events typing fires; the box is focused, not clicked. An empty text clears the search.
 */
export async function typeSearch(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  setNativeValue(field, text);
  dispatchInput(field, text ? 'insertText' : 'deleteContentBackward', text || null);
  await pause();
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await pressKey(field, 'Enter', 'Enter', 13);
  field.blur();
  await pause();
}

/** Chooses an option of a native select by its value, with the events a person's choice fires. */
export async function chooseNativeOption(select: HTMLSelectElement, value: string): Promise<void> {
  select.focus();
  const view = select.ownerDocument.defaultView;
  const setter = view ? Object.getOwnPropertyDescriptor(view.HTMLSelectElement.prototype, 'value')?.set : undefined;
  if (setter) setter.call(select, value);
  else select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await pause();
  select.blur();
}
