/**
 * Structural signatures and child paths: the vocabulary shared by learning (learn.ts) and use
 * (apply.ts). Only structure is looked at: tags, roles, classes that are not generated.
 */
import { isFixedColumnCopy } from '../dom/table';
import type { ChildPath, ChildStep, NodeSignature } from '../roster/taught-layout';
import { isStableClass } from '../roster/taught-validate';

const ROLE = /^[a-z]+$/;
const MAX_CLASSES = 4;

export function stableClasses(element: Element): string[] {
  const out: string[] = [];
  for (const name of Array.from(element.classList)) if (isStableClass(name) && !out.includes(name)) out.push(name);
  return out.sort().slice(0, MAX_CLASSES);
}

function roleOf(element: Element): string | undefined {
  const role = element.getAttribute('role')?.trim().toLowerCase();
  return role && ROLE.test(role) ? role : undefined;
}

export function signatureOf(element: Element, classes: string[] = stableClasses(element)): NodeSignature {
  const signature: NodeSignature = { tag: element.tagName.toLowerCase() };
  const role = roleOf(element);
  if (role) signature.role = role;
  if (classes.length > 0) signature.classes = classes;
  return signature;
}

/** The element has the signature's tag and role (or, like it, none), and every one of its classes. */
export function matchesSignature(element: Element, signature: NodeSignature): boolean {
  if (element.tagName.toLowerCase() !== signature.tag) return false;
  if (roleOf(element) !== signature.role) return false;
  if (signature.classes) for (const name of signature.classes) if (!element.classList.contains(name)) return false;
  return true;
}

/** The tags of an element's children, lower-case, in order: the shape of a row. */
export function childShape(element: Element): string[] {
  const tags: string[] = [];
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) tags.push(child.tagName.toLowerCase());
  return tags;
}

/** How much two lists agree (as multisets), from 0 to 1; 1 when both are empty. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1);
  let shared = 0;
  for (const item of b) {
    const left = counts.get(item) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(item, left - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

/** Rows of one list share at least half their child tags. */
export const SAME_SHAPE = 0.5;

/** A CSS selector for the signature's tag, role and classes (all of them plain identifiers). */
export function selectorOf(signature: NodeSignature): string {
  let selector = /^[a-z][a-z0-9-]*$/.test(signature.tag) ? signature.tag : '*';
  if (signature.role) selector += `[role="${signature.role}"]`;
  for (const name of signature.classes ?? []) selector += `.${name}`;
  return selector;
}

/** The steps from `ancestor` down to `element` (which must be inside it). */
export function pathBetween(ancestor: Element, element: Element): ChildPath {
  const steps: ChildStep[] = [];
  for (let node: Element = element; node !== ancestor; ) {
    const parent = node.parentElement;
    if (!parent) throw new Error('pathBetween: not a descendant');
    const tag = node.tagName;
    let nth = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.tagName === tag) nth++;
    }
    steps.unshift({ ...signatureOf(node), nth });
    node = parent;
  }
  return steps;
}

/**
 * Follows `path` down from `from`: at each step the `nth` child of that tag, provided it has the
 * step's role; when it lacks the step's classes, the one child of that tag that has them.
 * Null when the structure is not there.
 */
export function followPath(from: Element, path: ChildPath): Element | null {
  let node: Element = from;
  for (const step of path) {
    const next = childFor(node, step);
    if (!next) return null;
    node = next;
  }
  return node;
}

function childFor(parent: Element, step: ChildStep): Element | null {
  const sameTag: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toLowerCase() === step.tag) sameTag.push(child);
  }
  const atPlace = sameTag[step.nth];
  if (atPlace && matchesSignature(atPlace, step)) return atPlace;
  if (!step.classes) return null;
  const withClasses = sameTag.filter((child) => matchesSignature(child, step));
  return withClasses.length === 1 ? withClasses[0] : null;
}

/** Ancestors of `element`, nearest first, without Element UI's fixed-column copy wrappers, up to `<body>`. */
export function ancestorSignatures(element: Element, limit: number): NodeSignature[] {
  const out: NodeSignature[] = [];
  for (let node = element.parentElement; node && out.length < limit; node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'HTML') break;
    if (isFixedColumnCopy(node, node.parentElement)) continue;
    out.push(signatureOf(node));
  }
  return out;
}

/**
 * How well `element`'s ancestors agree with the recorded ones: each recorded ancestor found in
 * order going up (gaps allowed, so one added wrapper does not lose the list) counts one; the
 * ones found at their exact place count one more.
 */
export function ancestorScore(element: Element, recorded: NodeSignature[]): number {
  let score = 0;
  let node = element.parentElement;
  for (let i = 0; i < recorded.length && node; i++) {
    let steps = 0;
    let found: Element | null = null;
    for (let probe: Element | null = node; probe && steps < 4; probe = probe.parentElement, steps++) {
      if (probe.tagName === 'BODY' || probe.tagName === 'HTML') break;
      if (matchesSignature(probe, recorded[i])) {
        found = probe;
        break;
      }
    }
    if (!found) continue;
    score += steps === 0 ? 2 : 1;
    node = found.parentElement;
  }
  return score;
}
