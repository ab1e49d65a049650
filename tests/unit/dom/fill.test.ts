import { fillPlainField, fillTokenField, setNativeValue } from '../../../utils/dom/fill';
import { isFillable, isInSafeFrame, isShown } from '../../../utils/dom/visibility';

afterEach(() => {
  document.body.innerHTML = '';
});

function record(field: Element, types: string[]): string[] {
  const seen: string[] = [];
  for (const type of types)
    field.addEventListener(type, (event) => seen.push(event instanceof KeyboardEvent ? `${type}:${event.key}` : type));
  return seen;
}

describe('setNativeValue', () => {
  it('goes past a value property a framework defined on the instance', () => {
    document.body.innerHTML = '<input id="a">';
    const input = document.getElementById('a') as HTMLInputElement;
    const intercepted: string[] = [];
    // React-style value tracking: an own property that swallows writes.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => 'tracked',
      set: (value: string) => intercepted.push(value),
    });
    setNativeValue(input, 'a@b.pl');
    expect(intercepted).toEqual([]);
    const nativeGet = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!;
    expect(nativeGet.call(input)).toBe('a@b.pl');
  });

  it('uses the textarea setter for textareas', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    setNativeValue(textarea, 'x@y.pl, z@y.pl');
    expect(textarea.value).toBe('x@y.pl, z@y.pl');
  });
});

describe('fillPlainField', () => {
  it('clicks, focuses, sets the value, then input, change and blur, all bubbling', async () => {
    document.body.innerHTML = '<form id="f"><textarea id="t"></textarea></form>';
    const textarea = document.getElementById('t') as HTMLTextAreaElement;
    const onField = record(textarea, ['mousedown', 'focus', 'click', 'input', 'change', 'blur']);
    const onForm = record(document.getElementById('f')!, ['input', 'change']);
    let valueAtInput = '';
    textarea.addEventListener('input', () => (valueAtInput = textarea.value));
    await fillPlainField(textarea, 'a@b.pl, c@d.pl');
    expect(onField).toEqual(['mousedown', 'focus', 'click', 'input', 'change', 'blur']);
    expect(onForm).toEqual(['input', 'change']);
    expect(valueAtInput).toBe('a@b.pl, c@d.pl');
    expect(document.activeElement).not.toBe(textarea);
  });

  it('sends an InputEvent with the inserted text', async () => {
    document.body.innerHTML = '<input id="a">';
    const input = document.getElementById('a') as HTMLInputElement;
    let event: InputEvent | null = null;
    input.addEventListener('input', (e) => (event = e as InputEvent));
    await fillPlainField(input, 'Salon');
    expect(event).toBeInstanceOf(InputEvent);
    expect(event!.data).toBe('Salon');
    expect(event!.inputType).toBe('insertText');
  });
});

describe('fillTokenField', () => {
  function chipInput(reactTo: 'Enter' | ',' | 'input-comma' | 'paste' | 'nothing') {
    document.body.innerHTML = '<div class="tags"><input id="tok"></div>';
    const input = document.getElementById('tok') as HTMLInputElement;
    const chips: string[] = [];
    const commit = (text: string) => {
      chips.push(
        ...text
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      );
      input.value = '';
    };
    if (reactTo === 'Enter' || reactTo === ',') {
      input.addEventListener('keydown', (event) => {
        if (event.key === reactTo) {
          event.preventDefault();
          commit(input.value);
        }
      });
    } else if (reactTo === 'input-comma') {
      input.addEventListener('input', () => {
        if (input.value.endsWith(',')) commit(input.value);
      });
    } else if (reactTo === 'paste') {
      input.addEventListener('paste', (event) => {
        event.preventDefault();
        commit(event.clipboardData!.getData('text/plain'));
      });
    }
    return { input, chips };
  }

  it('confirms each value with Enter (keydown, keypress, keyup)', async () => {
    const { input, chips } = chipInput('Enter');
    const keys = record(input, ['keydown', 'keypress', 'keyup']);
    await fillTokenField(input, ['a@b.pl', 'c@d.pl']);
    expect(chips).toEqual(['a@b.pl', 'c@d.pl']);
    expect(keys).toEqual(['keydown:Enter', 'keypress:Enter', 'keyup:Enter', 'keydown:Enter', 'keypress:Enter', 'keyup:Enter']);
    expect(input.value).toBe('');
  });

  it('falls back to the comma key, and keeps using it', async () => {
    const { input, chips } = chipInput(',');
    const keys = record(input, ['keydown']);
    await fillTokenField(input, ['a@b.pl', 'c@d.pl', 'e@f.pl']);
    expect(chips).toEqual(['a@b.pl', 'c@d.pl', 'e@f.pl']);
    expect(keys).toEqual(['keydown:Enter', 'keydown:,', 'keydown:,', 'keydown:,']);
  });

  it('types the comma into the text for inputs that split on input', async () => {
    const { input, chips } = chipInput('input-comma');
    await fillTokenField(input, ['a@b.pl', 'c@d.pl']);
    expect(chips).toEqual(['a@b.pl', 'c@d.pl']);
    expect(input.value).toBe('');
  });

  it('pastes through a ClipboardEvent with DataTransfer when no key works', async () => {
    const { input, chips } = chipInput('paste');
    await fillTokenField(input, ['a@b.pl', 'c@d.pl']);
    expect(chips).toEqual(['a@b.pl', 'c@d.pl']);
  });

  it('presses Enter again when the first one was taken to open a closed list (Element UI select), and only then', async () => {
    const { input, chips } = chipInput('nothing');
    let open = false;
    input.addEventListener('click', () => (open = !open));
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      if (!open) open = true;
      else if (input.value) {
        chips.push(input.value);
        input.value = '';
      }
    });
    input.addEventListener('blur', () => (open = false));
    const keys = record(input, ['keydown']);
    await fillTokenField(input, ['a@b.pl', 'c@d.pl']);
    expect(chips).toEqual(['a@b.pl', 'c@d.pl']);
    // The click opened the list: one Enter each.
    expect(keys).toEqual(['keydown:Enter', 'keydown:Enter']);
    open = false; // the admin closed the list (Escape) and stayed in the field
    await fillTokenField(input, ['e@f.pl']);
    expect(chips).toEqual(['a@b.pl', 'c@d.pl', 'e@f.pl']);
    expect(keys.slice(2)).toEqual(['keydown:Enter', 'keydown:Enter']);
  });

  it('does not click a field the admin is already typing in (a click would close its open list)', async () => {
    const { input } = chipInput('Enter');
    input.focus();
    const clicks = record(input, ['mousedown', 'click']);
    await fillTokenField(input, ['a@b.pl']);
    expect(clicks).toEqual([]);
    input.blur();
    await fillTokenField(input, ['c@d.pl']);
    expect(clicks).toEqual(['mousedown', 'click']);
  });

  it('writes the rest as comma-separated text when the input makes no chips', async () => {
    const { input, chips } = chipInput('nothing');
    await fillTokenField(input, ['a@b.pl', 'c@d.pl']);
    expect(chips).toEqual([]);
    expect(input.value).toBe('a@b.pl, c@d.pl');
  });
});

describe('isFillable', () => {
  function field(html: string): HTMLElement {
    document.body.innerHTML = html;
    return document.getElementById('f')!;
  }

  it('accepts a visible, enabled input and textarea', () => {
    expect(isFillable(field('<input id="f">'))).toBe(true);
    expect(isFillable(field('<textarea id="f"></textarea>'))).toBe(true);
  });

  it.each([
    ['read-only', '<input id="f" readonly>'],
    ['disabled', '<input id="f" disabled>'],
    ['in a disabled fieldset', '<fieldset disabled><input id="f"></fieldset>'],
    ['aria-readonly', '<textarea id="f" aria-readonly="true"></textarea>'],
    ['aria-disabled', '<input id="f" aria-disabled="true">'],
    ['type=hidden', '<input id="f" type="hidden">'],
    ['display:none', '<input id="f" style="display:none">'],
    ['inside display:none', '<div style="display:none"><div><input id="f"></div></div>'],
    ['visibility:hidden on an ancestor', '<div style="visibility:hidden"><input id="f"></div>'],
    ['opacity:0 on an ancestor', '<section style="opacity:0"><p><input id="f"></p></section>'],
    ['opacity:0 from a stylesheet', '<style>.ghost{opacity:0}</style><input id="f" class="ghost">'],
    ['inside a hidden element', '<div hidden><input id="f"></div>'],
    ['not a text control', '<div id="f" contenteditable="true"></div>'],
  ])('refuses a field that is %s', (_name, html) => {
    expect(isFillable(field(html))).toBe(false);
  });

  it('refuses a field removed from the page', () => {
    const input = field('<input id="f">');
    input.remove();
    expect(isFillable(input)).toBe(false);
  });

  it('isShown sees through an open shadow root to its host', () => {
    document.body.innerHTML = '<div id="host" style="display:none"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const input = document.createElement('input');
    root.append(input);
    expect(isShown(input)).toBe(false);
    document.getElementById('host')!.style.display = 'block';
    expect(isShown(input)).toBe(true);
  });
});

describe('isInSafeFrame', () => {
  interface FakeWindow {
    origin?: string;
    location: { origin: string };
    parent: FakeWindow;
    frameElement: Element | null;
  }
  function frameIn(parent: FakeWindow, options: { sandbox?: boolean; crossOrigin?: boolean; origin?: string } = {}): FakeWindow {
    const iframe = document.createElement('iframe');
    if (options.sandbox) iframe.setAttribute('sandbox', 'allow-scripts');
    const origin = options.origin ?? parent.location.origin;
    return {
      origin,
      location: { origin },
      parent,
      frameElement: options.crossOrigin ? null : iframe,
    };
  }
  function top(origin = 'https://zoom.us'): FakeWindow {
    const win = { origin, location: { origin }, frameElement: null } as FakeWindow;
    win.parent = win;
    return win;
  }

  it('accepts the top window', () => {
    expect(isInSafeFrame(window)).toBe(true);
    expect(isInSafeFrame(top() as unknown as Window)).toBe(true);
  });

  it('accepts a same-origin frame, even nested', () => {
    const outer = frameIn(top());
    expect(isInSafeFrame(frameIn(outer) as unknown as Window)).toBe(true);
  });

  it('refuses a sandboxed frame, an opaque origin, and a cross-origin parent anywhere up the chain', () => {
    expect(isInSafeFrame(frameIn(top(), { sandbox: true }) as unknown as Window)).toBe(false);
    expect(isInSafeFrame(frameIn(top(), { origin: 'null' }) as unknown as Window)).toBe(false);
    expect(isInSafeFrame(frameIn(top(), { crossOrigin: true }) as unknown as Window)).toBe(false);
    const foreignTop = top('https://evil.example');
    expect(isInSafeFrame(frameIn(frameIn(foreignTop), { origin: 'https://zoom.us' }) as unknown as Window)).toBe(false);
  });

  it('refuses when reading a parent throws (cross-origin access)', () => {
    const parent = top();
    const win = frameIn(parent);
    Object.defineProperty(win, 'parent', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(isInSafeFrame(win as unknown as Window)).toBe(false);
  });
});
