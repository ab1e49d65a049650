/**
 * Links the extension never follows by itself (contract.md, "What the extension never does"): one
 * whose address or label says it deletes, removes, archives, deactivates or logs out. A GET should
 * change nothing, but a panel may delete on a plain link; reading must not find out. The words are
 * matched folded (lower case, no diacritics: "Usuń" is "usun"), anywhere in the path or query, so a
 * near miss refuses a harmless page rather than following a harmful one.
 *
 * Verified against: the rows with delete, archive and logout links in
 * tests/fixtures/booking/new-ui-resources-links.html, and the cases in tests/unit/booking/link-safety.test.ts.
 */
import { foldLabel } from '../dom/labels';

const CHANGES =
  /delete|remove|usun|usuwa|kasuj|destroy|trash|log[-_ +]?out|log[-_ +]?off|sign[-_ +]?out|wyloguj|wylogow|archiw|archive|deactivat|dezaktyw/u;

/** A control's text (label, title) says it changes something rather than opens it. */
export function saysItChanges(text: string): boolean {
  return CHANGES.test(foldLabel(text));
}

/** The URL's path or query says it deletes, removes, archives or logs out (also percent-encoded); one that cannot be read does too. */
export function urlSaysItChanges(url: string): boolean {
  try {
    const { pathname, search } = new URL(url, 'https://tenant.invalid');
    return saysItChanges(decodeURIComponent(pathname + search));
  } catch {
    return true;
  }
}
