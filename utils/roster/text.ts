/** Plain-text helpers shared by the core and the adapters. Pure: no DOM, no browser. */

/** Trimmed, runs of whitespace (including non-breaking spaces) collapsed to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The store's key for an address a Zoom list showed (the adapters normalise it already; this only
 * guarantees the key): trimmed and lower-cased, '' for anything that is not text.
 */
export function addressKey(email: unknown): string {
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}
