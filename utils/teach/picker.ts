/**
 * The click step of teaching: while active, the element under the pointer (or with keyboard
 * focus) is outlined, and the admin's click is taken by the extension alone. Capture-phase
 * listeners on `window` run before any listener of the page (on document, on the element itself,
 * in capture or bubble phase), and stop the event there with preventDefault: no link followed,
 * no row opened, no Vue handler fired.
 *
 * Clicks on the extension's own UI (the prompt's shadow host, passed in `ignore`) are let through,
 * so its buttons work. Escape cancels; Tab moves through the page (the outline follows focus)
 * and Enter chooses the focused element. Everything is removed on choice, cancel or abort.
 */

export type PickResult = { kind: 'picked'; element: Element } | { kind: 'cancelled'; reason: 'escape' | 'abort' };

export interface PickOptions {
  /** Elements of the extension's own UI: events inside them are not taken. */
  ignore?: readonly Element[];
  signal?: AbortSignal;
  /** Defaults to the global window. */
  window?: Window;
}

/** Pointer and mouse events the page must not see while a click step is active. */
const SWALLOWED = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'touchstart',
  'touchend',
];
const OUTLINE_CSS = `:host{all:initial}
.zaa-teach-outline{position:fixed;box-sizing:border-box;border:2px solid #0b5cff;background:rgba(11,92,255,.12);border-radius:3px;pointer-events:none;display:none;z-index:2147483646;transition:all 60ms linear}`;

/** Waits for the admin to choose an element of the page. */
export function pickElement(options: PickOptions = {}): Promise<PickResult> {
  const win = options.window ?? window;
  const doc = win.document;
  const ignore = options.ignore ?? [];
  const listeners = new AbortController();
  const on = { capture: true, signal: listeners.signal } as const;

  const host = doc.createElement('zaa-teach-highlight');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483646;display:block';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = OUTLINE_CSS;
  const outline = doc.createElement('div');
  outline.className = 'zaa-teach-outline';
  shadow.append(style, outline);
  doc.documentElement.append(host);

  let current: Element | null = null;
  let frame = 0;

  return new Promise<PickResult>((resolve) => {
    let done = false;
    const finish = (result: PickResult) => {
      if (done) return;
      done = true;
      listeners.abort();
      if (frame) win.cancelAnimationFrame?.(frame);
      host.remove();
      resolve(result);
    };

    if (options.signal?.aborted) return finish({ kind: 'cancelled', reason: 'abort' });
    options.signal?.addEventListener('abort', () => finish({ kind: 'cancelled', reason: 'abort' }), { once: true });

    const isOurs = (event: Event) => {
      const path = event.composedPath();
      return path.includes(host) || ignore.some((element) => path.includes(element));
    };
    const targetOf = (event: Event): Element | null => {
      const first = event.composedPath()[0] ?? event.target;
      if (!first || typeof (first as Node).nodeType !== 'number') return null;
      const node = first as Node;
      return node.nodeType === 1 ? (node as Element) : node.parentElement;
    };

    const show = (element: Element | null) => {
      current = element;
      if (frame || !win.requestAnimationFrame) return place();
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    };
    const place = () => {
      if (!current?.isConnected) {
        outline.style.display = 'none';
        return;
      }
      const box = current.getBoundingClientRect();
      outline.style.display = 'block';
      outline.style.left = `${box.left}px`;
      outline.style.top = `${box.top}px`;
      outline.style.width = `${box.width}px`;
      outline.style.height = `${box.height}px`;
    };

    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };

    for (const type of SWALLOWED) {
      win.addEventListener(
        type,
        (event) => {
          if (isOurs(event)) return;
          swallow(event);
          const target = targetOf(event);
          if (type === 'click' && (event as MouseEvent).button === 0 && target) finish({ kind: 'picked', element: target });
        },
        { ...on, passive: false },
      );
    }
    const hover = (event: Event) => {
      if (isOurs(event)) return;
      const target = targetOf(event);
      if (target && target !== current) show(target);
    };
    win.addEventListener('pointermove', hover, on);
    win.addEventListener('mouseover', hover, on);
    win.addEventListener('focusin', hover, on);
    win.addEventListener('scroll', () => show(current), on);
    win.addEventListener('resize', () => show(current), on);

    const keys = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        swallow(event);
        if (event.type === 'keydown') finish({ kind: 'cancelled', reason: 'escape' });
        return;
      }
      if (event.key !== 'Enter' || isOurs(event)) return;
      swallow(event);
      if (event.type !== 'keydown') return;
      const focused = doc.activeElement;
      const chosen = focused && focused !== doc.body && focused !== doc.documentElement ? focused : current;
      if (chosen) finish({ kind: 'picked', element: chosen });
    };
    win.addEventListener('keydown', keys, on);
    win.addEventListener('keypress', keys, on);
    win.addEventListener('keyup', keys, on);
  });
}
