/**
 * An outline of a page for a "layout not recognised" report: tags, roles, ARIA attributes that
 * describe structure, class names and ids; every text, value, name and address replaced by
 * placeholders, so the admin can send it without leaking anyone's data.
 */

const KEPT_ATTRIBUTES = ['role', 'aria-selected', 'aria-expanded', 'aria-modal', 'type', 'hidden', 'colspan'];
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'PATH', 'TEMPLATE', 'LINK', 'META']);
const MAX_NODES = 4000;

/** Anything that could carry personal data in a class or id: digits runs, @, long tokens. */
function safeToken(token: string): string {
  if (/@|\d{3,}/.test(token) || token.length > 48) return '·';
  return token;
}

function textPlaceholder(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return '';
  if (/@/.test(trimmed)) return '[email]';
  if (/^\d[\d\s.,:/-]*$/.test(trimmed)) return '[number]';
  return `[text ${trimmed.length}]`;
}

export function pageSkeleton(doc: Document, exclude: readonly (Element | null)[] = []): string {
  const lines: string[] = [`# page outline · ${doc.location?.host ?? ''}${doc.location?.pathname ?? ''}`];
  let count = 0;
  const visit = (element: Element, depth: number): void => {
    if (count++ > MAX_NODES) return;
    if (SKIPPED_TAGS.has(element.tagName.toUpperCase()) || exclude.includes(element)) return;
    const parts = [element.tagName.toLowerCase()];
    // Ids are often built from data ("user-anna-kowalska"): say only that there is one.
    if (element.id) parts.push('#id');
    for (const cls of element.classList) parts.push(`.${safeToken(cls)}`);
    for (const name of KEPT_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) parts.push(`[${name}=${safeToken(value)}]`);
    }
    if (element.hasAttribute('aria-label')) parts.push('[aria-label]');
    let ownText = '';
    for (const node of element.childNodes) if (node.nodeType === 3) ownText += node.textContent;
    const placeholder = textPlaceholder(ownText);
    lines.push(`${'  '.repeat(depth)}${parts.join('')}${placeholder ? ` ${placeholder}` : ''}`);
    for (const child of element.children) visit(child, depth + 1);
  };
  if (doc.body) visit(doc.body, 0);
  return lines.join('\n');
}
