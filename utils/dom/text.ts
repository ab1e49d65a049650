/**
 * Visible text of page elements, read cheaply: no computed styles, only what the markup says
 * (`hidden`, inline `display:none`/`visibility:hidden`, `aria-hidden`), so a thousand table rows
 * read in a few milliseconds. Text from web pages is untrusted: these helpers only return strings.
 */

const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/** What normalizeSpace changes: any whitespace but a single space between words, or a space at either end. */
const NEEDS_NORMALIZING = /[^\S ]|[\u200b\ufeff]| {2}|^ | $/;

/** Runs of whitespace (including no-break and thin spaces) collapsed to one space, trimmed. */
export function normalizeSpace(text: string | null | undefined): string {
  if (!text) return '';
  // Most cell texts are already normal ("Active", "Anna Kowalska"): a test allocates nothing, a replace does.
  if (!NEEDS_NORMALIZING.test(text)) return text;
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** Elements whose text is never shown. */
const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'HEAD', 'TITLE']);

/**
 * Hidden by its own markup: `hidden`, `aria-hidden="true"`, an inline `display:none` or
 * `visibility:hidden` (what Vue's v-show and most frameworks write), or a tag never rendered.
 */
export function isMarkedHidden(element: Element): boolean {
  if (NEVER_SHOWN.has(element.tagName)) return true;
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  // Reading `.style` builds a style object per element: only look when there is an inline style.
  if (!element.hasAttribute('style')) return false;
  const style = (element as HTMLElement).style;
  return Boolean(style && (style.display === 'none' || style.visibility === 'hidden'));
}

/** Hidden by its own markup or by an ancestor's, up to (not including) `stopAt`. */
export function isHiddenWithin(element: Element, stopAt?: Node | null): boolean {
  for (let node: Element | null = element; node && node !== stopAt; node = node.parentElement) {
    if (isMarkedHidden(node)) return true;
  }
  return false;
}

/** Tags that start a new line when rendered: text on either side is never one word. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
  'IMG',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'LABEL',
]);

export function isBlockTag(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/**
 * The visible text nodes under `root`, each normalised, empty ones left out, in document order.
 * `skip` (optional) leaves out that element's subtree, `stop` prunes subtrees it returns true for.
 */
export function visibleTextSegments(
  root: Node,
  options: { skip?: Element | null; stop?: (element: Element) => boolean } = {},
): string[] {
  const segments: string[] = [];
  collectSegments(root, options.skip ?? null, options.stop, segments);
  return segments;
}

function collectSegments(
  node: Node,
  skip: Element | null,
  stop: ((element: Element) => boolean) | undefined,
  out: string[],
): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* text */) {
      const text = normalizeSpace(child.nodeValue);
      if (text) out.push(text);
    } else if (child.nodeType === 1 /* element */) {
      const element = child as Element;
      if (element === skip || isMarkedHidden(element)) continue;
      if (stop?.(element)) continue;
      collectSegments(element, skip, stop, out);
    }
  }
}

/** The visible text of an element as one string, words kept apart where the layout keeps them apart. */
export function visibleText(root: Node): string {
  // Most cells hold one text node: no need to walk.
  const only = root.firstChild;
  if (only && only === root.lastChild && only.nodeType === 3) return normalizeSpace(only.nodeValue);
  return visibleTextSegments(root).join(' ');
}

/**
 * The text of an element as it reads on screen: text inside inline elements (a highlighted part of
 * a word, `<mark>anna</mark>.nowak`) joins up, while block elements (`<div>Name</div>address`) and
 * `<br>` keep words apart. Hidden parts are left out.
 */
export function renderedText(root: Node): string {
  const only = root.firstChild;
  if (only && only === root.lastChild && only.nodeType === 3) return normalizeSpace(only.nodeValue);
  const parts: string[] = [];
  collectRendered(root, parts);
  return normalizeSpace(parts.join(''));
}

function collectRendered(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (isMarkedHidden(element)) continue;
      const block = isBlockTag(element);
      if (block) out.push(' ');
      collectRendered(element, out);
      if (block) out.push(' ');
    }
  }
}
