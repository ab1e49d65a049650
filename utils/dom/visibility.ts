/**
 * Is a field really there for a person to fill? Modelled on Bitwarden's autofill checks:
 * refuse what is disabled, read-only, hidden (by itself or an ancestor), transparent, tiny,
 * off screen or covered by something else, and never act inside a cross-origin or sandboxed frame.
 *
 * Layout checks (size, viewport, elementFromPoint) only apply where the browser computes layout;
 * happy-dom reports every box as 0×0, so there the style checks alone decide.
 */

/** Smallest box a person can see and click (Bitwarden uses the same bound). */
const MIN_VISIBLE_SIZE_PX = 10;

/** Element shown: connected, and neither it nor an ancestor is display:none, `hidden`, invisible or transparent. */
export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const ownStyle = view.getComputedStyle(element);
  // visibility is inherited, so the element's own value already accounts for its ancestors
  // in a browser; ancestors are still checked below because happy-dom does not inherit it.
  if (ownStyle.visibility === 'hidden' || ownStyle.visibility === 'collapse') return false;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    if (node instanceof view.HTMLElement && node.hidden) return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none') return false;
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    if (style.opacity !== '' && Number.parseFloat(style.opacity) === 0) return false;
    if (style.getPropertyValue('content-visibility') === 'hidden') return false;
  }
  return true;
}

/** A field the extension may fill: shown, enabled, writable, and visible where layout is known. */
export function isFillable(field: Element): boolean {
  if (!field.isConnected) return false;
  if (!isEditableControl(field)) return false;
  if (!isShown(field)) return false;
  const view = field.ownerDocument.defaultView;
  if (!view) return false;
  if (!documentHasLayout(field.ownerDocument)) {
    // A frame without layout in a real browser is a zero-sized (hidden) frame: refuse there.
    return view === view.top;
  }
  return hasVisibleBox(field) && isInViewport(field, view) && isOnTop(field);
}

/** Top window, or a frame whose every ancestor is same-origin and that is not sandboxed. */
export function isInSafeFrame(win: Window): boolean {
  try {
    // A sandboxed document (iframe sandbox or CSP sandbox) without allow-same-origin has an opaque origin.
    if (typeof win.origin === 'string' && win.origin === 'null') return false;
    let current: Window = win;
    while (current !== current.parent) {
      const frame = current.frameElement; // null when the parent is cross-origin
      if (!frame) return false;
      if (frame.hasAttribute('sandbox')) return false;
      if (current.parent.location.origin !== win.location.origin) return false;
      current = current.parent;
    }
    return true;
  } catch {
    // Reading a cross-origin parent's location throws.
    return false;
  }
}

function isEditableControl(field: Element): boolean {
  const view = field.ownerDocument.defaultView;
  if (!view) return false;
  const isInput = field instanceof view.HTMLInputElement;
  const isTextArea = field instanceof view.HTMLTextAreaElement;
  if (!isInput && !isTextArea && !(field instanceof view.HTMLSelectElement)) return false;
  const control = field as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  if (control.disabled || field.closest('fieldset[disabled]')) return false;
  if ((isInput || isTextArea) && (control as HTMLInputElement).readOnly) return false;
  if (isInput && (control as HTMLInputElement).type === 'hidden') return false;
  if (field.getAttribute('aria-readonly') === 'true') return false;
  if (field.getAttribute('aria-disabled') === 'true') return false;
  return true;
}

/** Real browsers give the root element a box; happy-dom gives every element an empty one. */
function documentHasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  if (root.getClientRects().length === 0) return false;
  const box = root.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}

function hasVisibleBox(field: Element): boolean {
  if (field.getClientRects().length === 0) return false;
  const box = field.getBoundingClientRect();
  return box.width >= MIN_VISIBLE_SIZE_PX && box.height >= MIN_VISIBLE_SIZE_PX;
}

function isInViewport(field: Element, view: Window): boolean {
  const box = field.getBoundingClientRect();
  const centreX = box.left + box.width / 2;
  const centreY = box.top + box.height / 2;
  return centreX >= 0 && centreY >= 0 && centreX <= view.innerWidth && centreY <= view.innerHeight;
}

/** Nothing covers the field's centre but the field itself, its content, or its own label. */
function isOnTop(field: Element): boolean {
  const box = field.getBoundingClientRect();
  const root = field.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementFromPoint !== 'function') return true;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  if (!hit) return false;
  if (hit === field || field.contains(hit)) return true;
  const labels = (field as HTMLInputElement).labels;
  if (labels) for (const label of Array.from(labels)) if (label.contains(hit)) return true;
  return false;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * A loading mask says "loading" while it covers its table and can be seen. It does not when it is
 * hidden (itself or an ancestor: display, visibility, `hidden`), when it is transparent and not
 * moving (a fade cut short leaves Vue's mask in the page at opacity 0), or when it is fading out (a
 * running transition or animation of its opacity ending at 0: the library hides it because the
 * rows have come). A fade in (ending above 0) is loading. Where layout is known, a mask without a
 * box covers nothing.
 */
export function isLoadingMaskShown(mask: Element): boolean {
  if (!mask.isConnected) return false;
  const view = mask.ownerDocument.defaultView;
  if (!view) return true;
  let opacity = 1;
  for (let node: Element | null = mask; node; node = node.parentElement) {
    if (node instanceof view.HTMLElement && node.hidden) return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    if (style.opacity !== '') opacity *= Number.parseFloat(style.opacity);
  }
  const fade = opacityFade(mask);
  if (fade === 'out') return false;
  if (fade === 'in') return true;
  if (opacity === 0) return false;
  if (documentHasLayout(mask.ownerDocument) && mask.getClientRects().length === 0) return false;
  return true;
}

/** Which way a running transition or animation of the element's own opacity goes, if any. */
function opacityFade(element: Element): 'in' | 'out' | null {
  const animations = typeof element.getAnimations === 'function' ? element.getAnimations() : [];
  let fade: 'in' | 'out' | null = null;
  for (const animation of animations) {
    if (animation.playState !== 'running' && animation.playState !== 'paused') continue;
    const effect = animation.effect as KeyframeEffect | null;
    const frames = typeof effect?.getKeyframes === 'function' ? effect.getKeyframes() : [];
    const last = [...frames].reverse().find((frame) => frame.opacity !== undefined && frame.opacity !== null);
    if (!last) continue;
    // Any fade towards something visible wins: a mask coming back is loading again.
    if (Number.parseFloat(String(last.opacity)) > 0) return 'in';
    fade = 'out';
  }
  return fade;
}
