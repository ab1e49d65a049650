/** Plain-text helpers shared by the core and the adapters. Pure: no DOM, no browser. */

/** Trimmed, runs of whitespace (including non-breaking spaces) collapsed to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// Letters Unicode does not decompose into a base letter and a mark (after lower-casing).
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss' };

/**
 * Text folded for comparison: lower-cased, without diacritics (ł → l too), whitespace collapsed.
 * "  Łęcka\u00a0Anna" → "lecka anna". One fold for labels, CSV headers and words, and searches.
 */
export function foldText(text: string): string {
  const plain = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łđøß]/gu, (ch) => UNDECOMPOSED[ch] ?? ch);
  return collapseWhitespace(plain);
}

/**
 * The store's key for an address a Zoom list showed (the adapters normalise it already; this only
 * guarantees the key): trimmed and lower-cased, '' for anything that is not text.
 */
export function addressKey(email: unknown): string {
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}
