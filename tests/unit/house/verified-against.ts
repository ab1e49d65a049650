/**
 * Reads an adapter's "Verified against:" comment: the fixture files it names, resolved to paths
 * from the root. A name without a folder belongs to the folder of the last path named before it.
 */
import path from 'node:path';

const NAMED = /(?:[\w.*-]+\/)*[\w.*-]+\.(?:html|tsx?|csv|js|json)\b|tests\/fixtures\/[\w-]+/g;

/** The files an adapter's "Verified against" comment names, or null when it has no such comment. */
export function verifiedAgainst(source: string): string[] | null {
  const start = source.search(/Verified against/i);
  if (start < 0) return null;
  const end = source.indexOf('*/', start);
  const comment = source.slice(start, end < 0 ? undefined : end);
  const named: string[] = [];
  let folder = '';
  for (const [token] of comment.matchAll(NAMED)) {
    if (token.includes('/')) {
      const isFolder = !/\.\w+$/.test(token);
      folder = isFolder ? token : path.posix.dirname(token);
      if (!isFolder) named.push(token);
    } else if (folder) {
      named.push(path.posix.join(folder, token));
    }
  }
  return named;
}
