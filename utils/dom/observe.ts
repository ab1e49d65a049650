/**
 * Watches a page for changes that matter and ignores the rest cheaply: a clock ticking or a
 * counter updating elsewhere costs one `contains` check per mutation record, never a scan.
 *
 * What decides what a component library shows is not only its DOM: a loading mask or a dialog
 * fades (a CSS transition or animation) and is only "gone" or "shown" when the fade ends, and
 * that end changes no attribute. So the ends of transitions and animations in the watched
 * regions (or on a dialog) are re-read triggers too, batched to one call per frame.
 */

export interface PageWatcherOptions {
  root: Node;
  /** The elements whose changes matter (the table, the tab list, the pager, an open dialog). */
  regions: () => readonly Element[];
  /** Our own elements (badge hosts, panel hosts): their insertion is not a page change. */
  isOwnNode: (node: Node) => boolean;
  /**
   * Called when something relevant changed: at most once per mutation batch (synchronously, in the
   * observer's callback, so a re-read lands before the next paint), and at most once per frame for
   * the ends of transitions and animations.
   */
  onChange: () => void;
  signal: AbortSignal;
}

/** Attributes whose change can switch a tab, show a dialog or hide a row. */
const RELEVANT_ATTRIBUTES = ['aria-selected', 'class', 'hidden', 'style', 'aria-hidden', 'open'];

export function isRelevantMutation(
  record: MutationRecord,
  regions: readonly Element[],
  isOwnNode: (node: Node) => boolean,
): boolean {
  const target = record.target;
  if (record.type === 'childList') {
    // New or removed elements anywhere may be the table, a dialog or rows arriving late.
    // Checked first: it is the cheap test that settles the common idle case (a text node swapped).
    if (hasForeignElement(record.addedNodes, isOwnNode) || hasForeignElement(record.removedNodes, isOwnNode)) return true;
    // Text-only changes matter inside the watched regions (a cell's text), nowhere else.
    return hasForeignNode(record.addedNodes, record.removedNodes, isOwnNode) && isInRegion(target, regions);
  }
  if (isOwnNode(target)) return false;
  if (record.type === 'attributes') {
    // A tab, its pane or a dialog changing state, even before we know the regions.
    const role = (target as Element).getAttribute?.('role');
    if (role === 'tab' || role === 'tabpanel' || role === 'dialog') return true;
    // An ancestor of a watched region shown or hidden (a pane by class, style or aria-hidden).
    if (containsRegion(target, regions)) return true;
    // A region's sibling changing state: Element UI's loading mask sits beside the table's
    // wrapper and is hidden by a style change. Text beside the region (a clock) stays ignored.
    if (isBesideRegion(target, regions)) return true;
  }
  return isInRegion(target, regions);
}

function isBesideRegion(node: Node, regions: readonly Element[]): boolean {
  const parent = node.parentNode;
  if (!parent) return false;
  for (let i = 0; i < regions.length; i++) if (regions[i].parentNode === parent) return true;
  return false;
}

/**
 * The end of a transition or animation that may change what is shown: inside a watched region
 * (a loading mask fading out), or on a dialog or the wrapper that fades one in. A button's hover
 * fade elsewhere is not.
 */
export function isRelevantMotion(
  target: EventTarget | null,
  regions: readonly Element[],
  isOwnNode: (node: Node) => boolean,
): boolean {
  if (!target || (target as Node).nodeType !== 1) return false;
  const element = target as Element;
  if (isOwnNode(element)) return false;
  if (isInRegion(element, regions) || isBesideRegion(element, regions)) return true;
  return element.closest(DIALOG_SELECTOR) !== null || element.querySelector(DIALOG_SELECTOR) !== null;
}

const DIALOG_SELECTOR = '[role="dialog"], [aria-modal="true"], dialog';

function containsRegion(node: Node, regions: readonly Element[]): boolean {
  for (let i = 0; i < regions.length; i++) {
    if (regions[i] !== node && node.contains(regions[i])) return true;
  }
  return false;
}

function isInRegion(node: Node, regions: readonly Element[]): boolean {
  for (let i = 0; i < regions.length; i++) {
    if (regions[i] === node || regions[i].contains(node)) return true;
  }
  return false;
}

function hasForeignElement(nodes: NodeList, isOwnNode: (node: Node) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.nodeType === 1 && !isOwnNode(node)) return true;
  }
  return false;
}

function hasForeignNode(added: NodeList, removed: NodeList, isOwnNode: (node: Node) => boolean): boolean {
  for (let i = 0; i < added.length; i++) if (!isOwnNode(added[i])) return true;
  for (let i = 0; i < removed.length; i++) if (!isOwnNode(removed[i])) return true;
  return false;
}

export interface PageWatcher {
  /**
   * Drops the changes queued so far. Called right after our own writes (badges, panels): the
   * page cannot change while our code runs, so everything queued then is ours.
   */
  forgetOwnChanges(): void;
  /**
   * Whether the page has held still for `ms`: no relevant change, and no relevant transition or
   * animation started and not yet ended, for that long.
   */
  heldStillFor(ms: number): boolean;
}

const MOTION_END = ['transitionend', 'transitioncancel', 'animationend', 'animationcancel'] as const;
/**
 * Transitions are finite, so one that started and has not ended holds the page up. Animations
 * may turn forever (a spinner): their start only counts as a change.
 */
const MOTION_START = ['transitionrun', 'animationstart'] as const;

export function watchPage(options: PageWatcherOptions): PageWatcher {
  let lastChange = now();
  /** Elements with a relevant transition or animation running (ended ones leave; a removed one expires). */
  const moving = new Set<Element>();
  const observer = new MutationObserver((records) => {
    const regions = options.regions();
    for (const record of records) {
      if (isRelevantMutation(record, regions, options.isOwnNode)) {
        lastChange = now();
        options.onChange();
        return;
      }
    }
  });
  observer.observe(options.root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: RELEVANT_ATTRIBUTES,
  });

  let frame = 0;
  const view = (options.root.ownerDocument ?? (options.root as Document)).defaultView;
  const onMotionEnd = (event: Event) => {
    if (!isRelevantMotion(event.target, options.regions(), options.isOwnNode)) return;
    moving.delete(event.target as Element);
    lastChange = now();
    // Several properties (opacity, transform) end in the same frame: one read for all of them.
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (!options.signal.aborted) options.onChange();
    });
  };
  const onMotionStart = (event: Event) => {
    if (!isRelevantMotion(event.target, options.regions(), options.isOwnNode)) return;
    if (event.type === 'transitionrun') moving.add(event.target as Element);
    lastChange = now();
  };
  const listen = { capture: true, passive: true, signal: options.signal };
  for (const type of MOTION_END) options.root.addEventListener(type, onMotionEnd, listen);
  for (const type of MOTION_START) options.root.addEventListener(type, onMotionStart, listen);

  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (frame) view?.cancelAnimationFrame(frame);
    },
    { once: true },
  );
  return {
    forgetOwnChanges: () => void observer.takeRecords(),
    heldStillFor(ms) {
      // A fade whose element left the page never sends its end: it does not hold the page up.
      for (const element of moving) if (!element.isConnected) moving.delete(element);
      return moving.size === 0 && now() - lastChange >= ms;
    },
  };
}

function now(): number {
  return performance.now();
}
