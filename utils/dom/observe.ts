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
  if (isOwnNode(target)) return false;
  const inRegion = regions.some((region) => region === target || region.contains(target));
  if (record.type === 'childList') {
    // New or removed elements anywhere may be the table, a dialog or rows arriving late;
    // text-only changes outside the watched regions are someone else's business.
    if (inRegion) return [...record.addedNodes, ...record.removedNodes].some((node) => !isOwnNode(node));
    return hasForeignElement(record.addedNodes, isOwnNode) || hasForeignElement(record.removedNodes, isOwnNode);
  }
  if (record.type === 'attributes') {
    if (inRegion) return true;
    // A tab or dialog elsewhere changing state (before we know the regions).
    const element = target as Element;
    const role = element.getAttribute?.('role');
    return role === 'tab' || role === 'dialog';
  }
  return inRegion; // characterData
}

function hasForeignElement(nodes: NodeList, isOwnNode: (node: Node) => boolean): boolean {
  for (const node of nodes) {
    if (node.nodeType === 1 && !isOwnNode(node)) return true;
  }
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
