/**
 * Plain-DOM building for what the first paint draws (the panels' bar, the dialog's Prefill button, the form
 * hint, the teaching prompt), so the overlays carry no UI library: elements are made once and updated in
 * place by signals-core effects (attributes and text only), so a button the admin is focusing stays the same
 * element. Text always goes in as text (textContent, attribute values), never as markup.
 */
import { effect, signal } from '@preact/signals-core';

export type AttrValue = string | number | null | undefined | false;

/** An element with attributes (null, undefined and false leave one out) and children (strings as text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, AttrValue> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) setAttr(node, name, value);
  node.append(...children);
  return node;
}

/** Sets an attribute when it changed, or removes it (null, undefined, false). */
export function setAttr(node: Element, name: string, value: AttrValue): void {
  if (value === null || value === undefined || value === false) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
    return;
  }
  const text = String(value);
  if (node.getAttribute(name) !== text) node.setAttribute(name, text);
}

/** Sets a node's text when it changed (an element's children are replaced by that text). */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Makes `parent`'s children exactly `wanted` (falsy entries skipped), in order, touching only what differs:
 * nodes that stay are not moved unless the order changed (a moved element would lose the focus).
 */
export function placeChildren(parent: Node, wanted: readonly (Node | null | undefined | false)[]): void {
  const nodes = wanted.filter((node): node is Node => !!node);
  const keep = new Set(nodes);
  for (const child of Array.from(parent.childNodes)) if (!keep.has(child)) parent.removeChild(child);
  nodes.forEach((node, i) => {
    const at = parent.childNodes[i] ?? null;
    if (at !== node) parent.insertBefore(node, at);
  });
}

/**
 * When the views' updates run. Null: at once, in the task that changed a signal. The Zoom overlay makes them
 * wait for the next painted frame (features/shared/render-after-paint.ts), as it did Preact's re-renders:
 * the rows and their badges are painted first, the bar follows one frame later. A view's first build is immediate.
 */
export const viewUpdates: { later: ((run: () => void) => void) | null } = { later: null };

/** The effects of one built view, disposed together when the view is taken off the page. */
export interface Scope {
  /** Runs `apply` now and again whenever a signal it read changed (see viewUpdates). */
  effect(apply: () => void): void;
  dispose(): void;
}

export function createScope(): Scope {
  const disposers: (() => void)[] = [];
  return {
    effect(apply) {
      disposers.push(viewEffect(apply));
    },
    dispose() {
      for (const dispose of disposers.splice(0)) dispose();
    },
  };
}

function viewEffect(apply: () => void): () => void {
  const wake = signal(0);
  let due = true;
  return effect(() => {
    // Read in every run: what brings the effect back once the frame was painted.
    wake.value;
    const later = viewUpdates.later;
    if (due || !later) {
      due = false;
      apply();
      return;
    }
    // A signal changed: apply after the paint with whatever the signals hold then. (signals-core still brings
    // a computed this effect read up to date in this task, to see whether it changed: the panel model is
    // remembered while its inputs say the same, utils/view/panel-model.ts → rememberedPanelModel.)
    due = true;
    later(() => {
      wake.value = wake.peek() + 1;
    });
  });
}
