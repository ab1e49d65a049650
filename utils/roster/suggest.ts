/**
 * Near-match suggestions for addresses not on Zoom (contract.md → data-suggestion): the one
 * candidate at Levenshtein distance 1 or 2 with the same domain, or with the same local part and a
 * domain at distance 1 or 2; none when nothing is that close, or when two candidates tie.
 *
 * Linear in practice, and nothing is built ahead of a question. The queries (a few hundred
 * addresses not on Zoom) are indexed, not the candidates (thousands of Zoom users): each candidate
 * then streams through that index with three lookups, and nothing outlives the call but answers.
 *
 * The index is a pigeonhole filter: cut a candidate's local part into SEGMENTS = MAX_DISTANCE + 1
 * segments; each edit touches at most one segment, so a candidate within MAX_DISTANCE edits of a
 * query keeps one segment intact in the query, shifted by as much as the edits before it can
 * explain. For every length a near candidate can have, each query enters the text it holds at each
 * segment's place and shift (at most 39 entries, hashed from char codes: no string is cut). A
 * candidate looks up its three segments. A hit must then pass a filter on the character sets of
 * the text before and after the intact segment (the edits all fall there, so together the sets
 * differ in at most 4 of 32 classes), an exact linear "within two edits" check, and is measured
 * with `distance`. A hash collision can only add a pair to check, never hide one.
 */
import { distance } from 'fastest-levenshtein';

export const MAX_DISTANCE = 2;
const SEGMENTS = MAX_DISTANCE + 1;

export interface NearMatchIndex {
  /** The one close candidate for a normalised address that is not itself a candidate. */
  suggest(email: string): string | undefined;
  /** `suggest` for many addresses at once: one pass over the candidates for all of them. */
  suggestAll(emails: readonly string[]): (string | undefined)[];
}

/** `candidates`: unique normalised addresses that may be suggested (active or pending Zoom users). */
export function createNearMatchIndex(candidates: readonly string[]): NearMatchIndex {
  return new NearMatchFinder(candidates);
}

/** Answers are memoised: the same roster is asked again while the candidates stay the same. */
class NearMatchFinder implements NearMatchIndex {
  private readonly answers = new Map<string, string | undefined>();

  constructor(private readonly candidates: readonly string[]) {}

  suggest(email: string): string | undefined {
    return this.suggestAll([email])[0];
  }

  suggestAll(emails: readonly string[]): (string | undefined)[] {
    const unanswered: string[] = [];
    for (const email of emails) {
      if (this.answers.has(email)) continue;
      this.answers.set(email, undefined); // also keeps a repeated query out of `unanswered`
      unanswered.push(email);
    }
    if (unanswered.length > 0) {
      const found = findNearMatches(this.candidates, unanswered);
      for (let q = 0; q < unanswered.length; q++) this.answers.set(unanswered[q], found[q]);
    }
    return emails.map((email) => this.answers.get(email));
  }
}

/** The suggestion for each of `queries` (unique), in one pass over `candidates`. */
function findNearMatches(candidates: readonly string[], queries: readonly string[]): (string | undefined)[] {
  const queryIndex = new QueryIndex(queries);
  const best = new BestMatches(queries.length);
  const plans = new DomainPlans(queryIndex);
  let plan: DomainPlan | undefined;
  for (let id = 0; id < candidates.length; id++) {
    const candidate = candidates[id];
    // Most candidates share a domain or two: try the last one before searching or cutting.
    let at = plan === undefined ? -1 : atBeforeDomain(candidate, plan.domain);
    if (at < 0 || plan === undefined) {
      at = candidate.lastIndexOf('@');
      if (at <= 0) continue;
      plan = plans.of(candidate.slice(at + 1));
    }
    if (plan.domainId >= 0) queryIndex.offerSameDomain(candidate, at, plan.domainId, id + 1, best);
    for (const near of plan.nearDomains) near.offerSameLocal(candidate, at, best);
  }
  return best.results();
}

/** The position of the @ when `address` is `local@domain` with a non-empty local part, else −1. */
function atBeforeDomain(address: string, domain: string): number {
  const at = address.length - domain.length - 1;
  // `domain` holds no @ (it follows the last one), so this @ is the last one.
  return at > 0 && address.charCodeAt(at) === 64 /* @ */ && address.endsWith(domain) ? at : -1;
}

/** Queries of one domain, for candidates of a domain near it that share a local part. */
class QueryDomain {
  readonly queryIds: number[] = [];
  private locals?: Map<string, number[]>;

  constructor(
    readonly name: string,
    readonly id: number,
    private readonly queries: readonly string[],
    private readonly localLengths: Int32Array,
  ) {}

  /** Offers `candidate` (another domain, `distanceToMe` from this one) to queries with its local part. */
  offerSameLocal(candidate: string, at: number, distanceToMe: number, best: BestMatches): void {
    if (this.locals === undefined) {
      this.locals = new Map();
      for (const q of this.queryIds) {
        const local = this.queries[q].slice(0, this.localLengths[q]);
        const ids = this.locals.get(local);
        if (ids) ids.push(q);
        else this.locals.set(local, [q]);
      }
    }
    const ids = this.locals.get(candidate.slice(0, at));
    if (ids) for (const q of ids) best.offer(q, candidate, distanceToMe);
  }
}

/** A query domain within MAX_DISTANCE of a candidate's domain. */
class NearDomain {
  constructor(
    private readonly queryDomain: QueryDomain,
    private readonly distance: number,
  ) {}

  offerSameLocal(candidate: string, at: number, best: BestMatches): void {
    this.queryDomain.offerSameLocal(candidate, at, this.distance, best);
  }
}

/** What a candidate of one domain is checked for: same-domain near locals, same local in near domains. */
interface DomainPlan {
  domain: string;
  /** The query domain equal to this one, or −1. */
  domainId: number;
  nearDomains: NearDomain[];
}

class DomainPlans {
  private readonly plans = new Map<string, DomainPlan>();

  constructor(private readonly queryIndex: QueryIndex) {}

  of(domain: string): DomainPlan {
    let plan = this.plans.get(domain);
    if (plan === undefined) {
      const nearDomains: NearDomain[] = [];
      for (const queryDomain of this.queryIndex.domains) {
        if (queryDomain.name === domain || !withinTwoEdits(queryDomain.name, domain)) continue;
        nearDomains.push(new NearDomain(queryDomain, distance(queryDomain.name, domain)));
      }
      const domainId = this.queryIndex.domainIds.get(domain) ?? -1;
      plan = { domain, domainId, nearDomains };
      this.plans.set(domain, plan);
    }
    return plan;
  }
}

/**
 * Hash table of (query domain, candidate local length, segment, text) → query ids. Entries are
 * what each query holds where a near candidate's segment would be. They are laid out by slot
 * (counting sort), each as key, character sets before and after the segment, query, so that a
 * lookup reads one contiguous run of memory.
 */
class QueryIndex {
  readonly domains: QueryDomain[] = [];
  readonly domainIds = new Map<string, number>();
  private readonly queries: readonly string[];
  private readonly localLengths: Int32Array;
  private readonly domainOf: Int32Array;
  /** Per query: the candidate (id + 1) that last reached it, so each pair is checked once. */
  private readonly reachedBy: Int32Array;
  private readonly mask: number;
  /** Entries of slot i are slotStart[i] … slotStart[i + 1] − 1. */
  private readonly slotStart: Int32Array;
  /** Entry e at [e × ENTRY, …): key, character sets before and after the segment, query. */
  private entries: Int32Array;
  private entryCount = 0;

  constructor(queries: readonly string[]) {
    const count = queries.length;
    this.queries = queries;
    this.localLengths = new Int32Array(count);
    this.domainOf = new Int32Array(count).fill(-1);
    this.reachedBy = new Int32Array(count);
    // Per query at most 3 segments × (3 shifts at the same length, 2 at ±1, 3 at ±2).
    const capacity = count * SEGMENTS * 13;
    let size = 16;
    while (size < capacity) size <<= 1;
    this.mask = size - 1;
    this.entries = new Int32Array(capacity * ENTRY);
    for (let q = 0; q < count; q++) this.addQuery(q);
    this.slotStart = this.sortBySlot(size);
  }

  /** Counting sort of the entries by slot; returns where each slot starts. */
  private sortBySlot(size: number): Int32Array {
    const { entries, entryCount, mask } = this;
    const slotStart = new Int32Array(size + 1);
    for (let e = 0; e < entryCount; e++) slotStart[(entries[e * ENTRY] & mask) + 1]++;
    for (let slot = 0; slot < size; slot++) slotStart[slot + 1] += slotStart[slot];
    const fill = slotStart.slice(0, size);
    const sorted = new Int32Array(entryCount * ENTRY);
    for (let e = 0; e < entryCount; e++) {
      const from = e * ENTRY;
      const to = fill[entries[from] & mask]++ * ENTRY;
      for (let f = 0; f < ENTRY; f++) sorted[to + f] = entries[from + f];
    }
    this.entries = sorted;
    return slotStart;
  }

  private addQuery(q: number): void {
    const query = this.queries[q];
    const at = query.lastIndexOf('@');
    if (at <= 0) return; // not an address: no suggestion
    const domain = this.domainFor(query.slice(at + 1));
    domain.queryIds.push(q);
    this.localLengths[q] = at;
    this.domainOf[q] = domain.id;
    const { before, after } = this.charSetsAround(query, at);
    for (let length = Math.max(1, at - MAX_DISTANCE); length <= at + MAX_DISTANCE; length++) {
      // The query is `growth` longer than the candidate: a segment untouched by the edits sits at
      // its own place plus `shift`, with |shift| + |growth − shift| ≤ MAX_DISTANCE.
      const growth = at - length;
      const slack = (MAX_DISTANCE - Math.abs(growth)) >> 1;
      const lowestShift = Math.min(0, growth) - slack;
      const highestShift = Math.max(0, growth) + slack;
      for (let s = 0; s < SEGMENTS; s++) {
        const start = segmentStart(length, s);
        const segmentLength = segmentStart(length, s + 1) - start;
        for (let shift = lowestShift; shift <= highestShift; shift++) {
          const from = start + shift;
          const to = from + segmentLength;
          if (from < 0 || to > at) continue;
          const key = segmentHash(query, from, segmentLength, seedOf(domain.id, length, s));
          this.insert(key, before[from], after[to], q);
        }
      }
    }
  }

  /** before[i]: the character set of local[0, i); after[i]: that of local[i, end). */
  private charSetsAround(query: string, end: number): { before: Int32Array; after: Int32Array } {
    if (this.before.length <= end) {
      this.before = new Int32Array(end + 1);
      this.after = new Int32Array(end + 1);
    }
    const { before, after } = this;
    before[0] = 0;
    for (let i = 0; i < end; i++) before[i + 1] = before[i] | charBit(query.charCodeAt(i));
    after[end] = 0;
    for (let i = end - 1; i >= 0; i--) after[i] = after[i + 1] | charBit(query.charCodeAt(i));
    return { before, after };
  }

  private readonly segmentHashes = new Int32Array(SEGMENTS);
  private readonly segmentSets = new Int32Array(SEGMENTS);
  private before = new Int32Array(128);
  private after = new Int32Array(128);

  private domainFor(name: string): QueryDomain {
    const known = this.domainIds.get(name);
    if (known !== undefined) return this.domains[known];
    const domain = new QueryDomain(name, this.domains.length, this.queries, this.localLengths);
    this.domainIds.set(name, domain.id);
    this.domains.push(domain);
    return domain;
  }

  private insert(key: number, before: number, after: number, q: number): void {
    const at = this.entryCount++ * ENTRY;
    const entries = this.entries;
    entries[at] = key;
    entries[at + 1] = before;
    entries[at + 2] = after;
    entries[at + 3] = q;
  }

  /**
   * Offers `candidate` (local part `candidate[0, at)`, domain `domainId`) to its near queries.
   * When segment s is the intact one, the edits all fall in the text before it and after it, so
   * the character sets there differ, on both sides together, in at most 2 × MAX_DISTANCE classes.
   */
  offerSameDomain(candidate: string, at: number, domainId: number, serial: number, best: BestMatches): void {
    const { entries, slotStart, mask, reachedBy, localLengths, domainOf, queries, segmentHashes, segmentSets } = this;
    // One pass over the local part: each segment's hash and character set.
    for (let s = 0; s < SEGMENTS; s++) {
      let hash = seedOf(domainId, at, s);
      let set = 0;
      for (let i = segmentStart(at, s), end = segmentStart(at, s + 1); i < end; i++) {
        const code = candidate.charCodeAt(i);
        hash = Math.imul(hash ^ code, HASH_PRIME);
        set |= charBit(code);
      }
      segmentHashes[s] = finishHash(hash);
      segmentSets[s] = set;
    }
    for (let s = 0; s < SEGMENTS; s++) {
      const hash = segmentHashes[s];
      const before = s === 0 ? 0 : s === 1 ? segmentSets[0] : segmentSets[0] | segmentSets[1];
      const after = s === 0 ? segmentSets[1] | segmentSets[2] : s === 1 ? segmentSets[2] : 0;
      const slot = hash & mask;
      for (let e = slotStart[slot] * ENTRY, end = slotStart[slot + 1] * ENTRY; e < end; e += ENTRY) {
        if (entries[e] !== hash) continue;
        if (bitCount(entries[e + 1] ^ before) + bitCount(entries[e + 2] ^ after) > 2 * MAX_DISTANCE) continue;
        const q = entries[e + 3];
        if (reachedBy[q] === serial) continue;
        reachedBy[q] = serial;
        const query = queries[q];
        if (domainOf[q] !== domainId || !withinTwoEdits(query, candidate, localLengths[q], at)) continue;
        // Same domain on both sides: the distance of the addresses is that of the local parts.
        best.offer(q, candidate, distance(query, candidate));
      }
    }
  }
}

/** Int32 fields per entry of the query index. */
const ENTRY = 4;

function segmentStart(length: number, segment: number): number {
  return ((length * segment) / SEGMENTS) | 0;
}

function seedOf(domainId: number, length: number, segment: number): number {
  return Math.imul((domainId * 1024 + length) * SEGMENTS + segment + 1, 0x9e3779b1);
}

/** A 32-bit hash of text[start, start + count), from a seed that names its domain, length and segment. */
function segmentHash(text: string, start: number, count: number, seed: number): number {
  let hash = seed;
  for (let i = start, end = start + count; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), HASH_PRIME);
  return finishHash(hash);
}

const HASH_PRIME = 0x01000193;

function finishHash(hash: number): number {
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return hash ^ (hash >>> 12);
}

/**
 * The bit of one of 32 character classes. One edit adds or removes at most one class in a text's
 * set (a substitution both), so two texts within MAX_DISTANCE edits differ in ≤ 4 classes.
 */
function charBit(code: number): number {
  return 1 << (code < 128 ? CHAR_CLASS[code] : Math.imul(code, 0x9e3779b1) >>> 27);
}

/** Letters a–z get classes of their own; digits and the rest share the others. */
const CHAR_CLASS = (() => {
  const classes = new Uint8Array(128);
  for (let c = 0; c < 128; c++) classes[c] = 26 + (c % 6);
  for (let c = 97; c <= 122; c++) classes[c] = c - 97;
  for (let c = 65; c <= 90; c++) classes[c] = c - 65;
  return classes;
})();

function bitCount(bits: number): number {
  bits -= (bits >>> 1) & 0x55555555;
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Exactly whether Levenshtein(a[0, endA), b[0, endB)) ≤ 2, in linear time (a filter before
 * `distance`). After stripping the common prefix and suffix the rests differ at both ends: either
 * both rests are at most 2 long, or one edit fixes the front, one fixes the back and the middles
 * are equal.
 */
export function withinTwoEdits(a: string, b: string, endA = a.length, endB = b.length): boolean {
  if (endA - endB > 2 || endB - endA > 2) return false;
  const shorter = Math.min(endA, endB);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const restA = endA - start;
  const restB = endB - start;
  if (restA <= 2 && restB <= 2) return true;
  return restA >= restB ? frontAndBackEdits(a, b, start, restA, restB) : frontAndBackEdits(b, a, start, restB, restA);
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

/**
 * Per query, the closest candidate so far; a second, different candidate at the same distance is
 * a tie. Candidates arrive in any order: the answer does not depend on it.
 */
class BestMatches {
  private readonly distances: Uint8Array;
  private readonly addresses: string[];
  private readonly tied: Uint8Array;

  constructor(count: number) {
    this.distances = new Uint8Array(count).fill(MAX_DISTANCE + 1);
    this.addresses = new Array<string>(count).fill('');
    this.tied = new Uint8Array(count);
  }

  offer(q: number, address: string, d: number): void {
    if (d < 1 || d > MAX_DISTANCE || d > this.distances[q]) return;
    if (d < this.distances[q]) {
      this.distances[q] = d;
      this.addresses[q] = address;
      this.tied[q] = 0;
    } else if (address !== this.addresses[q]) {
      this.tied[q] = 1;
    }
  }

  results(): (string | undefined)[] {
    const results = new Array<string | undefined>(this.addresses.length);
    for (let q = 0; q < results.length; q++) {
      results[q] = this.distances[q] <= MAX_DISTANCE && !this.tied[q] ? this.addresses[q] : undefined;
    }
    return results;
  }
}
