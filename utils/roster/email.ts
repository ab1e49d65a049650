/**
 * Email addresses exactly as ../shared/contract.md ("Email addresses") defines them.
 * Pure: no DOM, no browser.
 *
 * Valid: exactly one `local@domain` after trimming, stripping `mailto:` and taking what is inside
 * `Name <…>`; the local part of letters (any script), digits and !#$%&'*+/=?^_`{|}~- with no
 * leading, trailing or doubled dot; no whitespace, control or invisible character anywhere; a
 * domain of at least two non-empty labels of letters, digits and hyphens, without a trailing dot.
 * Normalised form: NFC, lower-cased.
 */
export type EmailProblem =
  | 'several'
  | 'no-at'
  | 'spaces'
  | 'invisible'
  | 'control'
  | 'empty-local'
  | 'empty-domain'
  | 'local-dots'
  | 'bad-local'
  | 'no-domain-dot'
  | 'domain-trailing-dot'
  | 'domain-empty-label'
  | 'bad-domain'
  | 'too-long';

/**
 * Why an address is invalid, as a code: the view says it in the admin's language (catalogue keys
 * `email.<code>`, utils/view/email-reason.ts), so the texts come from `_locales` and not from the core.
 * The `-char` codes name the character (`char`); the local part's dots say which dot is wrong.
 */
export type EmailReasonCode =
  | Exclude<EmailProblem, 'local-dots'>
  | 'bad-local-char'
  | 'bad-domain-char'
  | 'local-dot-start'
  | 'local-dot-end'
  | 'local-dots-doubled';

export interface EmailReason {
  code: EmailReasonCode;
  /** The character that is not allowed (the `-char` codes). */
  char?: string;
}

export type EmailCheck =
  | { kind: 'empty' }
  /** `email` is normalised: trimmed, mailto: stripped, `Name <a@b>` → a@b, NFC, lower-cased. */
  | { kind: 'valid'; email: string }
  /** `text` is the input trimmed, as written. */
  | { kind: 'invalid'; text: string; problem: EmailProblem; reason: EmailReason };

// RFC 5321 limits: longer addresses cannot be delivered, so they are not valid either.
const MAX_ADDRESS = 254;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

/**
 * Whitespace, trimmed at the ends. Not JS `trim` or `\s`: both include U+FEFF (BOM), an invisible
 * character that must be reported wherever it is.
 */
const SPACES = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGE_SPACE = new RegExp(`^[${SPACES}]+|[${SPACES}]+$`, 'g');
const SPACE_INSIDE = new RegExp(`[${SPACES}]`);
/**
 * Invisible characters: Unicode format characters (zero-width space and joiners, LRM/RLM and
 * the other direction marks and isolates, BOM, soft hyphen, word joiner…), variation selectors,
 * the combining grapheme joiner and the Hangul fillers (letters that render as nothing).
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character matches on its own, combining ones too
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u180b-\u180d\ufe00-\ufe0f]/u;
/** Control characters other than whitespace (tabs and newlines count as spaces). */
const CONTROL = /[\p{Cc}\p{Co}\p{Cs}\p{Cn}]/u;
const WHITESPACE_CONTROL = /[\t\n\v\f\r\u0085]/g;

const MAILTO = /^mailto:\s*/i;
const NAME_AND_ADDRESS = /^([^<>]*)<([^<>]*)>$/;

/** The common case, checked in one pass: plain ASCII with no odd dots or empty labels. */
const PLAIN_ASCII = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
const LOCAL_CHAR = /^[\p{L}\p{M}\p{Nd}!#$%&'*+/=?^_`{|}~.-]$/u;
const LABEL_CHAR = /^[\p{L}\p{M}\p{Nd}-]$/u;

const EMPTY: EmailCheck = Object.freeze({ kind: 'empty' });

/** Results are cached: the same roster is reconciled again on every change of the Zoom data. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, EmailCheck>();

/**
 * Checks one address as written in the booking system (or on a Zoom page).
 * The returned object is shared between calls: treat it as read-only.
 */
export function checkEmail(raw: string | null | undefined): EmailCheck {
  if (raw == null) return EMPTY;
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  const result = analyse(raw);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(raw, result);
  return result;
}

/** The normalised address, or null when the text is empty or not exactly one valid address. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const plain = plainEmail(raw);
  if (plain !== null) return plain;
  const check = checkEmail(raw);
  return check.kind === 'valid' ? check.email : null;
}

/** Separators between addresses in free text (table cells, "Name\naddress", "a@b, c@d"). */
const TEXT_SEPARATORS = new RegExp(`[${SPACES},;:<>()\\[\\]"“”„«»]+`, 'u');
const EDGE_PUNCTUATION = /^['‘’`{]+|['‘’`}.!?]+$/g;

/**
 * Every valid address found in free text, normalised, in order of appearance, without repeats.
 * A token with an invisible character in it is not an address (it is not cleaned up silently).
 */
export function extractEmails(text: string): string[] {
  if (!text || text.indexOf('@') < 0) return [];
  const found: string[] = [];
  const seen = new Set<string>();
  for (const token of text.split(TEXT_SEPARATORS)) {
    if (token.indexOf('@') < 0) continue;
    const email = normalizeEmail(token) ?? normalizeEmail(token.replace(EDGE_PUNCTUATION, ''));
    if (email !== null && !seen.has(email)) {
      seen.add(email);
      found.push(email);
    }
  }
  return found;
}

/** Clears the result cache (for benchmarks measuring the cold path). */
export function clearEmailCache(): void {
  cache.clear();
}

function trimSpaces(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

function analyse(raw: string): EmailCheck {
  const plain = plainEmail(raw);
  if (plain !== null) return valid(plain);
  const text = trimSpaces(raw);
  if (text === '') return EMPTY;

  let address = text.replace(MAILTO, '');
  if (address.length !== text.length) address = dropMailtoQuery(address);
  if (PLAIN_ASCII.test(address) && address.length <= MAX_ADDRESS) {
    const at = address.indexOf('@');
    if (at <= MAX_LOCAL && labelsFit(address, at + 1)) return valid(address.toLowerCase());
  }
  return analyseSlowly(text, address);
}

/** Character classes of ASCII for the fast path: bit 1 local part, bit 2 domain label. */
const ASCII_CLASS = (() => {
  const classes = new Uint8Array(128);
  for (const char of "!#$%&'*+/=?^_`{|}~") classes[char.charCodeAt(0)] = 1;
  for (let c = 48; c <= 57; c++) classes[c] = 3; // digits
  for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32] = 3; // letters
  classes[45] = 3; // hyphen
  return classes;
})();

/**
 * Polish letters (precomposed, so NFC already; each lower-cases to one code unit): allowed in
 * both parts like any letter. Upper case at even positions of this table, lower case after it.
 */
const POLISH = 'ĄąĆćĘęŁłŃńÓóŚśŹźŻż';
const POLISH_FIRST = 0xd3; // Ó, the lowest code in POLISH
const POLISH_LAST = 0x17c; // ż, the highest
const MAILTO_PREFIX = 'mailto:';

/**
 * The normalised address when `raw` has the common shape: letters of ASCII or Polish, digits and
 * the usual signs, maybe spaces around, maybe `mailto:` before it, valid as it stands. Null: let
 * `checkEmail` decide (anything else, valid or not, takes the full check). Allocates nothing but
 * the lower-cased or trimmed copy it returns, and caches nothing: cheaper than a cache lookup.
 */
export function plainEmail(raw: string): string | null {
  // Most addresses are already normalised: a regular expression (native code) says so fastest.
  if (raw.length <= MAX_LABEL && NORMALISED_PLAIN.test(raw)) return raw;
  let start = 0;
  let end = raw.length;
  while (start < end && isAsciiSpace(raw.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(raw.charCodeAt(end - 1))) end--;
  const mailto = startsWithMailto(raw, start, end);
  if (mailto) start += MAILTO_PREFIX.length;
  if (end - start > MAX_ADDRESS) return null;
  let at = -1;
  let upper = false;
  let previousDot = true; // a part may not start with a dot
  let labelStart = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const code = raw.charCodeAt(i);
    if (code === 46 /* . */) {
      if (previousDot) return null;
      previousDot = true;
      if (at >= 0) {
        if (i - labelStart > MAX_LABEL) return null;
        labelStart = i + 1;
        dots++;
      }
      continue;
    }
    if (code === 64 /* @ */) {
      if (at >= 0 || previousDot || i - start > MAX_LOCAL) return null;
      at = i;
      labelStart = i + 1;
      previousDot = true;
      continue;
    }
    if (code >= 128) {
      const polish = code >= POLISH_FIRST && code <= POLISH_LAST ? POLISH.indexOf(raw[i]) : -1;
      if (polish < 0) return null;
      if ((polish & 1) === 0) upper = true;
    } else {
      // After mailto: a query (?subject=…) follows the address: the full check cuts it off.
      if (code === 63 /* ? */ && mailto) return null;
      if ((ASCII_CLASS[code] & (at < 0 ? 1 : 2)) === 0) return null;
      if (code >= 65 && code <= 90) upper = true;
    }
    previousDot = false;
  }
  if (at < 0 || previousDot || dots === 0 || end - labelStart > MAX_LABEL) return null;
  const address = start === 0 && end === raw.length ? raw : raw.slice(start, end);
  return upper ? address.toLowerCase() : address;
}

/**
 * Lower-case ASCII, valid as it stands. Limits hold for any address no longer than a label.
 * (Only these characters: no `i` flag, under which other scripts' letters could case-fold in.)
 */
const NORMALISED_PLAIN = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** `mailto:` in any case at `start`. */
function startsWithMailto(raw: string, start: number, end: number): boolean {
  if (end - start <= MAILTO_PREFIX.length || (raw.charCodeAt(start) | 32) !== 109 /* m */) return false;
  for (let i = 1; i < MAILTO_PREFIX.length; i++) {
    const code = raw.charCodeAt(start + i);
    // Lower-casing by `| 32` is safe here: no other character maps onto these letters or ':'.
    if ((i === MAILTO_PREFIX.length - 1 ? code : code | 32) !== MAILTO_PREFIX.charCodeAt(i)) return false;
  }
  return true;
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

function valid(email: string): EmailCheck {
  return { kind: 'valid', email };
}

/** `mailto:a@b.pl?subject=…`: the query is not part of the address. */
function dropMailtoQuery(address: string): string {
  const question = address.indexOf('?');
  return question < 0 ? address : address.slice(0, question);
}

function labelsFit(address: string, domainStart: number): boolean {
  if (address.length - domainStart > MAX_DOMAIN) return false;
  let labelStart = domainStart;
  for (let i = domainStart; i <= address.length; i++) {
    if (i === address.length || address.charCodeAt(i) === 46 /* . */) {
      if (i - labelStart > MAX_LABEL) return false;
      labelStart = i + 1;
    }
  }
  return true;
}

function analyseSlowly(text: string, afterMailto: string): EmailCheck {
  const invalid = (problem: Exclude<EmailProblem, 'local-dots'>, reason: EmailReason = { code: problem }): EmailCheck => ({
    kind: 'invalid',
    text,
    problem,
    reason,
  });

  if (INVISIBLE.test(text)) return invalid('invisible');
  if (CONTROL.test(text.replace(WHITESPACE_CONTROL, ' '))) return invalid('control');

  let address = afterMailto;
  const angled = NAME_AND_ADDRESS.exec(address);
  if (angled) {
    address = trimSpaces(angled[2]).replace(MAILTO, '');
    address = dropMailtoQuery(address);
    if (displayNameHoldsAnotherAddress(angled[1], address)) return invalid('several');
  }

  const atCount = countAt(address);
  if (atCount > 1) return invalid('several');
  if (atCount === 0) return invalid('no-at');
  if (SPACE_INSIDE.test(address)) return invalid('spaces');

  const at = address.indexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === '') return invalid('empty-local');
  if (domain === '') return invalid('empty-domain');

  const localProblem = checkLocal(local);
  if (localProblem) return { kind: 'invalid', text, ...localProblem };
  const domainProblem = checkDomain(domain);
  if (domainProblem) return { kind: 'invalid', text, ...domainProblem };

  const email = `${local}@${domain}`.normalize('NFC').toLowerCase();
  if (tooLong(email)) return invalid('too-long');
  return valid(email);
}

/** `"anna@x.pl" <anna@x.pl>` is one address; `bob@x.pl <anna@x.pl>` is two. */
function displayNameHoldsAnotherAddress(name: string, address: string): boolean {
  if (name.indexOf('@') < 0) return false;
  const bare = trimSpaces(name.replace(/^[\s"']+|[\s"']+$/g, ''));
  return bare.toLowerCase() !== address.toLowerCase();
}

function countAt(text: string): number {
  let count = 0;
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) count++;
  return count;
}

interface Problem {
  problem: EmailProblem;
  reason: EmailReason;
}

function checkLocal(local: string): Problem | null {
  const bad = firstCharNotMatching(local, LOCAL_CHAR);
  if (bad !== null) {
    return { problem: 'bad-local', reason: { code: 'bad-local-char', char: bad } };
  }
  if (local.startsWith('.')) return { problem: 'local-dots', reason: { code: 'local-dot-start' } };
  if (local.endsWith('.')) return { problem: 'local-dots', reason: { code: 'local-dot-end' } };
  if (local.includes('..')) return { problem: 'local-dots', reason: { code: 'local-dots-doubled' } };
  return null;
}

function checkDomain(domain: string): Problem | null {
  const bad = firstCharNotMatching(domain.replace(/\./g, ''), LABEL_CHAR);
  if (bad !== null) {
    return { problem: 'bad-domain', reason: { code: 'bad-domain-char', char: bad } };
  }
  const labels = domain.split('.');
  if (labels.length < 2) return { problem: 'no-domain-dot', reason: { code: 'no-domain-dot' } };
  if (domain.endsWith('.')) {
    // "firma." has a dot but only one label: the missing dot in the domain is the real problem.
    const problem = labels.length === 2 ? 'no-domain-dot' : 'domain-trailing-dot';
    return { problem, reason: { code: problem } };
  }
  if (labels.includes('')) return { problem: 'domain-empty-label', reason: { code: 'domain-empty-label' } };
  return null;
}

function tooLong(email: string): boolean {
  const at = email.indexOf('@');
  if (email.length > MAX_ADDRESS || at > MAX_LOCAL) return true;
  return !labelsFit(email, at + 1);
}

function firstCharNotMatching(text: string, allowed: RegExp): string | null {
  for (const char of text) if (!allowed.test(char)) return char;
  return null;
}
