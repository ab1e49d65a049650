/**
 * Find form controls and page parts by the text a person reads next to them (labels, headings),
 * in Polish and English, never by generated class names or ids.
 */

import { collapseWhitespace, foldText } from '../roster/text';

export { collapseWhitespace };

/**
 * A label's text folded for comparison (utils/roster/text.ts → foldText), without the decoration forms
 * add around labels (a trailing colon, a required asterisk). "Adres e-mail *:" → "adres e-mail".
 */
export function foldLabel(text: string): string {
  return foldText(text)
    .replace(/(\s*[:*]\s*)+$/u, '')
    .replace(/^\*\s*/u, '');
}

/** Text of an element as a person reads it: no scripts, styles or options of a select. */
export function visibleText(element: Element): string {
  if (!element.querySelector('script, style, template, select, textarea')) {
    return collapseWhitespace(element.textContent ?? '');
  }
  const clone = element.cloneNode(true) as Element;
  for (const noise of Array.from(clone.querySelectorAll('script, style, template, select, textarea'))) noise.remove();
  return collapseWhitespace(clone.textContent ?? '');
}

/**
 * How much a label text says "this is the field we want": 0 for not at all, higher for better
 * (so an exact "Adres e-mail" beats "E-mail do faktur" on the same form).
 */
export type LabelScore = (foldedLabel: string) => number;

/** Where a label came from; earlier sources are explicit and win over inferred ones. */
const LabelSource = {
  LabelledBy: 0,
  AriaLabel: 1,
  LabelFor: 2,
  WrappingLabel: 3,
  Group: 4,
  Placeholder: 5,
} as const;
type LabelSource = (typeof LabelSource)[keyof typeof LabelSource];

export interface LabelCandidate {
  text: string;
  source: LabelSource;
}

const FORM_CONTROLS =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), textarea, select';

/** How far up from a control to look for a form group (label + control wrapper). */
const MAX_GROUP_DEPTH = 4;

function byIdIn(scope: ParentNode, control: Element, id: string): Element | null {
  const doc = control.ownerDocument;
  const found = doc?.getElementById(id);
  if (found) return found;
  // The scope may be a detached fragment or a shadow root.
  for (const el of Array.from(scope.querySelectorAll('[id]'))) if (el.id === id) return el;
  return null;
}

/**
 * The text before the control inside its form group: the nearest ancestor (a few levels up) that
 * holds this control and no other. Covers `<div><span>Adres e-mail</span><input></div>`, Element
 * UI's form item (whose label `for` matches no id), and `<tr><th>…</th><td><input></td></tr>`.
 */
function groupLabelOf(control: Element, scope: ParentNode): string[] {
  const texts: string[] = [];
  let group: Element | null = control.parentElement;
  for (let depth = 0; group && depth < MAX_GROUP_DEPTH; depth += 1, group = group.parentElement) {
    if (group.querySelectorAll(FORM_CONTROLS).length > 1) break;
    const before = textBefore(group, control);
    if (before.first) {
      texts.push(before.first);
      if (before.all !== before.first) texts.push(before.all);
      break;
    }
    if (group === scope) break;
  }
  return texts;
}

/** The first text piece before `control` inside `group`, and all text before it, each collapsed. */
function textBefore(group: Element, control: Element): { first: string; all: string } {
  const doc = group.ownerDocument;
  // Elements and text in document order, so the walk stops on reaching the control itself.
  const walker = doc.createTreeWalker(group, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  let first = '';
  let firstParent: Element | null = null;
  const all: string[] = [];
  for (let node = walker.nextNode(); node && node !== control; node = walker.nextNode()) {
    if (node.nodeType !== 3 /* TEXT_NODE */) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template, option, button')) continue;
    const text = collapseWhitespace(node.nodeValue ?? '');
    if (!text) continue;
    if (!first) {
      firstParent = parent;
      first = text;
    } else if (parent === firstParent || firstParent?.contains(parent)) {
      first = `${first} ${text}`;
    }
    all.push(text);
  }
  return { first, all: all.join(' ') };
}

/** Every label a control has, most explicit first. */
export function labelsOf(control: Element, scope: ParentNode = control.ownerDocument ?? control): LabelCandidate[] {
  const labels: LabelCandidate[] = [];
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/u)
      .filter(Boolean)
      .map((id) => byIdIn(scope, control, id))
      .map((el) => (el ? visibleText(el) : ''))
      .join(' ');
    if (text.trim()) labels.push({ text, source: LabelSource.LabelledBy });
  }
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel?.trim()) labels.push({ text: ariaLabel, source: LabelSource.AriaLabel });
  if (control.id) {
    for (const label of Array.from(scope.querySelectorAll('label[for]'))) {
      if (label.getAttribute('for') === control.id) labels.push({ text: visibleText(label), source: LabelSource.LabelFor });
    }
  }
  const wrapping = control.closest('label');
  if (wrapping) labels.push({ text: visibleText(wrapping), source: LabelSource.WrappingLabel });
  for (const text of groupLabelOf(control, scope)) labels.push({ text, source: LabelSource.Group });
  for (const attr of ['placeholder', 'title']) {
    const value = control.getAttribute(attr);
    if (value?.trim()) labels.push({ text: value, source: LabelSource.Placeholder });
  }
  return labels;
}

/**
 * The control in `root` whose label scores best; among equals, the one with the more explicit label,
 * then the first on the page. `selector` narrows the kind of control (default: any form control).
 */
export function findControlByLabel<T extends Element = Element>(
  root: ParentNode,
  score: LabelScore,
  selector: string = FORM_CONTROLS,
): T | null {
  let best: { control: Element; score: number; source: LabelSource } | null = null;
  for (const control of Array.from(root.querySelectorAll(selector))) {
    for (const label of labelsOf(control, root)) {
      const value = score(foldLabel(label.text));
      if (value <= 0) continue;
      if (!best || value > best.score || (value === best.score && label.source < best.source)) {
        best = { control, score: value, source: label.source };
      }
    }
  }
  return (best?.control as T | undefined) ?? null;
}

/** A scorer that accepts the given folded labels exactly (score 2) or as a prefix (score 1). */
export function labelScorer(exact: readonly string[], prefixes: readonly string[] = []): LabelScore {
  const exactSet = new Set(exact.map(foldLabel));
  const prefixList = prefixes.map(foldLabel);
  return (folded) => {
    if (exactSet.has(folded)) return 2;
    return prefixList.some((prefix) => folded.startsWith(prefix)) ? 1 : 0;
  };
}
