/**
 * Watches a page for changes that matter and ignores the rest cheaply: a clock ticking or a
 * counter updating elsewhere costs one `contains` check per mutation record, never a scan.
 */

export interface PageWatcherOptions {
  root: Node;
  /** The elements whose changes matter (the table, the tab list, the pager, an open dialog). */
  regions: () => readonly Element[];
  /** Our own elements (badge hosts, panel hosts): their insertion is not a page change. */
  isOwnNode: (node: Node) => boolean;
  /** Called when something relevant changed (at most once per mutation batch). */
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
    // A tab or dialog changing state, even before we know the regions.
    const role = (target as Element).getAttribute?.('role');
    if (role === 'tab' || role === 'dialog') return true;
  }
  return isInRegion(target, regions);
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
}

export function watchPage(options: PageWatcherOptions): PageWatcher {
  const observer = new MutationObserver((records) => {
    const regions = options.regions();
    for (const record of records) {
      if (isRelevantMutation(record, regions, options.isOwnNode)) {
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
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { forgetOwnChanges: () => void observer.takeRecords() };
}
