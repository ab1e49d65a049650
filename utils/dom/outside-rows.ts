/**
 * Page-wide queries that do not look inside tables' rows. A Users page of 1,000 rows is tens of thousands
 * of elements (44,000 on the real Element UI page, its fixed-column copies included), nearly all of them in
 * the rows; a document-wide attribute selector (`[role="dialog"]`, `[role="tab"]`) is matched against each
 * of them, 1.5–5 ms a query there. What a read looks for around the list (the tables themselves, tabs, tab
 * panels, dialogs, search boxes) lies in the few hundred elements outside the rows: walking those and
 * matching them costs about 0.2 ms (measured in Chromium on tests/fixtures/zoom-element/ with 1,000 rows).
 */

/**
 * The elements under `root` matching `selector`, in document order, like `querySelectorAll` except that
 * nothing inside a `<table>` or an ARIA row (`role="row"`) is looked at: a table or an ARIA grid is found
 * itself, a table laid out in another one's cell is not (the table readers skip those anyway).
 */
export function queryOutsideRows(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  let node = root.firstElementChild;
  while (node) {
    if (node.matches(selector)) found.push(node);
    const inside = node.tagName === 'TABLE' || node.getAttribute('role') === 'row' ? null : node.firstElementChild;
    node = inside ?? nextOutside(node, root);
  }
  return found;
}

/** The element after `node` in document order, its subtree left out; null past `root`'s last one. */
function nextOutside(node: Element, root: ParentNode): Element | null {
  for (let at: Element | null = node; at && at !== root; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}
