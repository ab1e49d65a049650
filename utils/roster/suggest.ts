/**
 * Near-match suggestions for addresses not on Zoom (contract.md → data-suggestion): the one
 * candidate at Levenshtein distance 1 or 2 with the same domain, or with the same local part and a
 * domain at distance 1 or 2; none when nothing is that close, or when two candidates tie.
 *
 * Linear in practice. Candidates are grouped by domain in one pass, and a domain's index is built
 * only when some query uses that domain. The index is a pigeonhole filter: cut a candidate's local
 * part into SEGMENTS = MAX_DISTANCE + 2 segments; each edit touches at most one segment, so a
 * candidate within MAX_DISTANCE edits keeps at least two segments intact in the query, shifted by
 * amounts those few edits can explain. The table holds every pair of segments of every candidate,
 * keyed by (local length, pair, both texts); a query of length L looks up, for lengths L−2…L+2,
 * each pair at each possible pair of shifts (about 150 lookups), which finds almost only real
 * near matches. Those pass a linear "within two edits" check and are verified with `distance`.
 * Segments are hashed from char codes into a flat hash table (typed arrays), so building and
 * querying cut no strings; a hash collision can only add a candidate to check, never hide one.
 */
import { distance } from 'fastest-levenshtein';

export const MAX_DISTANCE = 2;
const SEGMENTS = MAX_DISTANCE + 2;
const SHIFTS = 2 * MAX_DISTANCE + 1;

export interface NearMatchIndex {
  /** The one close candidate for a normalised address that is not itself a candidate. */
  suggest(email: string): string | undefined;
  /** `suggest` for many addresses at once (groups candidates only for the domains these use). */
  suggestAll(emails: readonly string[]): (string | undefined)[];
}

/** `candidates`: unique normalised addresses that may be suggested (active or pending Zoom users). */
export function createNearMatchIndex(candidates: readonly string[]): NearMatchIndex {
  return new PigeonholeIndex(candidates);
}

class PigeonholeIndex implements NearMatchIndex {
  private domains?: Map<string, DomainBucket>;
  /** Candidate domains within MAX_DISTANCE of a query domain (other than itself). */
  private readonly nearDomains = new Map<string, DomainBucket[]>();
  private readonly answers = new Map<string, string | undefined>();

  constructor(private readonly candidates: readonly string[]) {}

  suggest(email: string): string | undefined {
    return this.suggestAll([email])[0];
  }

  suggestAll(emails: readonly string[]): (string | undefined)[] {
    if (!this.domains) this.domains = groupByDomain(this.candidates, emails);
    return emails.map((email) => {
      if (this.answers.has(email)) return this.answers.get(email);
      const answer = this.find(email);
      this.answers.set(email, answer);
      return answer;
    });
  }

  private find(email: string): string | undefined {
    const at = email.lastIndexOf('@');
    if (at <= 0) return undefined;
    const domain = email.slice(at + 1);
    const best = new BestMatch();
    this.domains!.get(domain)?.offerNearLocals(email, at, best);
    const local = email.slice(0, at);
    for (const bucket of this.domainsNear(domain)) {
      if (bucket.hasLocal(local)) best.offer(`${local}@${bucket.domain}`, distance(domain, bucket.domain));
    }
    return best.result();
  }

  private domainsNear(domain: string): DomainBucket[] {
    let near = this.nearDomains.get(domain);
    if (!near) {
      near = [];
      for (const bucket of this.domains!.values()) {
        if (Math.abs(bucket.domain.length - domain.length) > MAX_DISTANCE) continue;
        const d = distance(domain, bucket.domain);
        if (d >= 1 && d <= MAX_DISTANCE) near.push(bucket);
      }
      this.nearDomains.set(domain, near);
    }
    return near;
  }
}

/**
 * One pass over the candidates. Domains the queries use are matched in place (no string is cut
 * for the bulk of the candidates); the few others are cut out, for same-local-part lookups.
 */
function groupByDomain(candidates: readonly string[], queries: readonly string[]): Map<string, DomainBucket> {
  const buckets = new Map<string, DomainBucket>();
  for (const query of queries) {
    const domain = query.slice(query.lastIndexOf('@') + 1);
    if (!buckets.has(domain)) buckets.set(domain, new DomainBucket(domain));
  }
  const queried = [...buckets.values()];
  let last = queried[0];
  for (const address of candidates) {
    const at = address.lastIndexOf('@');
    if (at <= 0) continue;
    const domainLength = address.length - at - 1;
    let bucket: DomainBucket | undefined;
    if (last && last.domain.length === domainLength && address.endsWith(last.domain)) {
      bucket = last;
    } else {
      bucket = queried.find((b) => b.domain.length === domainLength && address.endsWith(b.domain));
      if (!bucket) {
        const domain = address.slice(at + 1);
        bucket = buckets.get(domain);
        if (!bucket) buckets.set(domain, (bucket = new DomainBucket(domain)));
      }
    }
    last = bucket;
    bucket.add(address, at);
  }
  return buckets;
}

/** Candidates of one domain; the segment table is built on the first same-domain query. */
class DomainBucket {
  private readonly addresses: string[] = [];
  private readonly localLengths: number[] = [];
  private table?: SegmentTable;
  private locals?: Set<string>;

  constructor(readonly domain: string) {}

  add(address: string, at: number): void {
    this.addresses.push(address);
    this.localLengths.push(at);
  }

  hasLocal(local: string): boolean {
    this.locals ??= new Set(this.addresses.map((address, i) => address.slice(0, this.localLengths[i])));
    return this.locals.has(local);
  }

  /** Offers every candidate of this domain within MAX_DISTANCE of `email` (local part `email[0, at)`). */
  offerNearLocals(email: string, at: number, best: BestMatch): void {
    this.table ??= new SegmentTable(this.addresses, this.localLengths);
    for (const id of this.table.nearCandidates(email, at)) {
      const candidate = this.addresses[id];
      // Same domain on both sides: the distance of the addresses is that of the local parts.
      if (candidate !== email) best.offer(candidate, distance(email, candidate));
    }
  }
}

/** The segment pairs (i, j), i < j, one of which a candidate within MAX_DISTANCE keeps intact. */
const PAIRS: readonly (readonly [number, number])[] = (() => {
  const pairs: [number, number][] = [];
  for (let i = 0; i < SEGMENTS; i++) for (let j = i + 1; j < SEGMENTS; j++) pairs.push([i, j]);
  return pairs;
})();

/**
 * Flat hash table of (local length, segment pair, the two segments' texts) → candidate ids, laid
 * out by slot (counting sort) so that a lookup reads one contiguous run of memory.
 */
class SegmentTable {
  private readonly mask: number;
  /** Entries of slot i are slotStart[i] … slotStart[i + 1] − 1. */
  private readonly slotStart: Int32Array;
  private readonly entryKey: Int32Array;
  private readonly entryId: Int32Array;
  /** Per candidate: the last query that reached it, so that each is offered once per query. */
  private readonly seenIn: Int32Array;
  private query = 0;
  /** Per query, at [segment × SHIFTS + shift + MAX_DISTANCE]: the hash of the query's text there. */
  private readonly hashes = new Int32Array(SEGMENTS * SHIFTS);
  private readonly present = new Uint8Array(SEGMENTS * SHIFTS);

  constructor(
    private readonly addresses: readonly string[],
    private readonly localLengths: readonly number[],
  ) {
    const entries = addresses.length * PAIRS.length;
    let size = 16;
    while (size < entries) size <<= 1;
    const mask = size - 1;
    const keys = new Int32Array(entries);
    const slotStart = new Int32Array(size + 1);
    const segment = new Int32Array(SEGMENTS);
    for (let id = 0; id < addresses.length; id++) {
      const address = addresses[id];
      const length = localLengths[id];
      for (let s = 0; s < SEGMENTS; s++) {
        const start = segmentStart(length, s);
        segment[s] = segmentHash(address, start, segmentStart(length, s + 1) - start, length, s);
      }
      for (let p = 0; p < PAIRS.length; p++) {
        const key = pairKey(segment[PAIRS[p][0]], segment[PAIRS[p][1]]);
        keys[id * PAIRS.length + p] = key;
        slotStart[(key & mask) + 1]++;
      }
    }
    for (let slot = 0; slot < size; slot++) slotStart[slot + 1] += slotStart[slot];
    const fill = slotStart.slice(0, size);
    const entryKey = new Int32Array(entries);
    const entryId = new Int32Array(entries);
    for (let entry = 0; entry < entries; entry++) {
      const key = keys[entry];
      const at = fill[key & mask]++;
      entryKey[at] = key;
      entryId[at] = (entry / PAIRS.length) | 0;
    }
    this.mask = mask;
    this.slotStart = slotStart;
    this.entryKey = entryKey;
    this.entryId = entryId;
    this.seenIn = new Int32Array(addresses.length);
  }

  /**
   * The candidates within MAX_DISTANCE edits of the local part `query[0, queryLength)`. Looked up:
   * those with two segments intact in the query at shifts that MAX_DISTANCE edits can explain
   * (|shift i| before the first, |shift j − shift i| between them, |growth − shift j| after the
   * second). Most of those still differ a lot after the shared part: a linear check drops them.
   */
  nearCandidates(query: string, queryLength: number): number[] {
    const serial = ++this.query;
    const { hashes, present, addresses, localLengths } = this;
    const near: number[] = [];
    for (let length = Math.max(1, queryLength - MAX_DISTANCE); length <= queryLength + MAX_DISTANCE; length++) {
      const growth = queryLength - length;
      const slack = (MAX_DISTANCE - Math.abs(growth)) >> 1;
      const lowestShift = Math.min(0, growth) - slack;
      const highestShift = Math.max(0, growth) + slack;
      for (let s = 0; s < SEGMENTS; s++) {
        const start = segmentStart(length, s);
        const segmentLength = segmentStart(length, s + 1) - start;
        for (let shift = -MAX_DISTANCE; shift <= MAX_DISTANCE; shift++) {
          const at = start + shift;
          const slot = s * SHIFTS + shift + MAX_DISTANCE;
          const fits = shift >= lowestShift && shift <= highestShift && at >= 0 && at + segmentLength <= queryLength;
          present[slot] = fits ? 1 : 0;
          if (fits) hashes[slot] = segmentHash(query, at, segmentLength, length, s);
        }
      }
      for (const [i, j] of PAIRS) {
        for (let shiftI = lowestShift; shiftI <= highestShift; shiftI++) {
          const slotI = i * SHIFTS + shiftI + MAX_DISTANCE;
          if (!present[slotI]) continue;
          for (let shiftJ = lowestShift; shiftJ <= highestShift; shiftJ++) {
            const slotJ = j * SHIFTS + shiftJ + MAX_DISTANCE;
            if (!present[slotJ]) continue;
            if (Math.abs(shiftI) + Math.abs(shiftJ - shiftI) + Math.abs(growth - shiftJ) > MAX_DISTANCE) continue;
            const key = pairKey(hashes[slotI], hashes[slotJ]);
            const tableSlot = key & this.mask;
            for (let entry = this.slotStart[tableSlot], end = this.slotStart[tableSlot + 1]; entry < end; entry++) {
              if (this.entryKey[entry] !== key) continue;
              const id = this.entryId[entry];
              if (this.seenIn[id] === serial) continue;
              this.seenIn[id] = serial;
              if (withinTwoEdits(query, addresses[id], queryLength, localLengths[id])) near.push(id);
            }
          }
        }
      }
    }
    return near;
  }
}

function segmentStart(length: number, segment: number): number {
  return ((length * segment) / SEGMENTS) | 0;
}

/** A 32-bit hash of text[start, start + count), seeded with the candidate length and segment number. */
function segmentHash(text: string, start: number, count: number, length: number, segment: number): number {
  let hash = Math.imul(length * SEGMENTS + segment + 1, 0x9e3779b1);
  for (let i = start, end = start + count; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 12);
}

/**
 * Exactly whether Levenshtein(a[0, endA), b[0, endB)) ≤ 2, in linear time (a filter before
 * `distance`). After stripping the common prefix and suffix the rests differ at both ends: either
 * both rests are at most 2 long, or one edit fixes the front, one fixes the back and the middles
 * are equal.
 */
export function withinTwoEdits(a: string, b: string, endA = a.length, endB = b.length): boolean {
  if (endA - endB > 2 || endB - endA > 2) return false;
  const shorter = endA < endB ? endA : endB;
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 2 && restB <= 2) return true;
  return restA >= restB
    ? frontAndBackEdits(a, b, start, restA, restB)
    : frontAndBackEdits(b, a, start, restB, restA);
}

/**
 * Whether one edit at the front and one at the back turn `long`'s rest into `short`'s rest
 * (both start at `start`, `longRest` ≥ `shortRest`): the middles left over must be equal.
 */
function frontAndBackEdits(long: string, short: string, start: number, longRest: number, shortRest: number): boolean {
  const from = start + 1;
  switch (longRest - shortRest) {
    case 0: // substitute both ends, or delete at one end and insert at the other
      return (
        sameText(long, from, short, from, longRest - 2) ||
        sameText(long, from, short, start, longRest - 1) ||
        sameText(long, start, short, from, longRest - 1)
      );
    case 1: // delete at one end, substitute at the other
      return sameText(long, from, short, from, shortRest - 1) || sameText(long, from, short, start, shortRest - 1);
    case 2: // delete at both ends
      return sameText(long, from, short, start, shortRest);
    default:
      return false;
  }
}

function sameText(a: string, fromA: number, b: string, fromB: number, count: number): boolean {
  if (count < 0) return false;
  for (let i = 0; i < count; i++) if (a.charCodeAt(fromA + i) !== b.charCodeAt(fromB + i)) return false;
  return true;
}

/** One key for two segments (their hashes already carry the length and the segment numbers). */
function pairKey(first: number, second: number): number {
  const key = Math.imul(first ^ Math.imul(second, 0x27d4eb2f), 0x165667b1);
  return key ^ (key >>> 15);
}

/** The closest candidate so far; a second, different candidate at the same distance is a tie. */
class BestMatch {
  private distance = MAX_DISTANCE + 1;
  private address = '';
  private tied = false;

  offer(address: string, d: number): void {
    if (d < 1 || d > MAX_DISTANCE || d > this.distance) return;
    if (d < this.distance) {
      this.distance = d;
      this.address = address;
      this.tied = false;
    } else if (address !== this.address) {
      this.tied = true;
    }
  }

  result(): string | undefined {
    return this.distance <= MAX_DISTANCE && !this.tied ? this.address : undefined;
  }
}
