import { distance } from 'fastest-levenshtein';
import { createNearMatchIndex, withinTwoEdits } from '../../../utils/roster/suggest';
import { mulberry32 } from '../../support/seeded-random';

/** The contract's rule, the slow way: compare with every candidate. */
function bruteForce(email: string, candidates: readonly string[]): string | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  let best = 3;
  let found = new Set<string>();
  for (const candidate of candidates) {
    const cAt = candidate.lastIndexOf('@');
    const l = candidate.slice(0, cAt);
    const d = candidate.slice(cAt + 1);
    const dist = d === domain ? distance(local, l) : l === local ? distance(domain, d) : 99;
    if (dist < 1 || dist > 2 || dist > best) continue;
    if (dist < best) found = new Set();
    best = dist;
    found.add(candidate);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function expectBruteForce(candidates: readonly string[], queries: readonly string[]): number {
  const got = createNearMatchIndex(candidates).suggestAll(queries);
  let suggested = 0;
  queries.forEach((query, i) => {
    expect(got[i], query).toBe(bruteForce(query, candidates));
    if (got[i] !== undefined) suggested++;
  });
  return suggested;
}

describe('near-match index against brute force: Polish rosters', () => {
  const random = mulberry32(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const FIRST = [
    'anna',
    'ewa',
    'łucja',
    'żaneta',
    'jan',
    'paweł',
    'jędrzej',
    'mikołaj',
    'zofia',
    'katarzyna',
    'aleksandra',
    'bartosz',
  ];
  const LAST = [
    'nowak',
    'kowalska',
    'wiśniewska',
    'wójcik',
    'kowalczyk',
    'zając',
    'król',
    'dąbrowski',
    'woźniak',
    'lis',
    'bąk',
    'mróz',
  ];
  const DOMAINS = ['salon-ania.pl', 'salon-ania.com', 'wp.pl', 'o2.pl', 'onet.pl', 'onet.eu', 'gmail.com', 'gmial.com'];
  const LETTERS = 'aąbcćdeęfghijklłmnńoóprsśtuwyzźż.-_0123456789';

  function person(): string {
    const first = pick(FIRST);
    const last = pick(LAST);
    const shape = Math.floor(random() * 4);
    const local =
      shape === 0
        ? `${first}.${last}`
        : shape === 1
          ? `${first[0]}.${last}`
          : shape === 2
            ? `${first}${last}`
            : `${first}.${last}${1 + Math.floor(random() * 4)}`;
    return `${local}@${pick(DOMAINS)}`;
  }

  function edited(text: string, edits: number): string {
    let out = text;
    for (let e = 0; e < edits; e++) {
      const i = Math.floor(random() * (out.length + 1));
      const c = pick([...LETTERS]);
      const kind = Math.floor(random() * 4);
      out =
        kind === 0
          ? out.slice(0, i) + c + out.slice(i)
          : kind === 1
            ? out.slice(0, i) + out.slice(i + 1)
            : kind === 2 && i + 1 < out.length
              ? out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2)
              : out.slice(0, i) + c + out.slice(i + 1);
    }
    return out || 'x';
  }

  const candidates = [...new Set(Array.from({ length: 2500 }, person))];
  const taken = new Set(candidates);

  it('finds exactly what comparing with every candidate finds, for typos in the local part', () => {
    const queries = [
      ...new Set(
        Array.from({ length: 700 }, () => {
          const base = pick(candidates);
          const at = base.lastIndexOf('@');
          return `${edited(base.slice(0, at), 1 + Math.floor(random() * 3))}${base.slice(at)}`;
        }),
      ),
    ].filter((q) => !taken.has(q));
    const suggested = expectBruteForce(candidates, queries);
    expect(suggested).toBeGreaterThan(100);
    expect(suggested).toBeLessThan(queries.length);
  });

  it('finds exactly what brute force finds for typos in the domain, and for people not on Zoom at all', () => {
    const queries = [
      ...new Set(
        Array.from({ length: 500 }, () => {
          const base = random() < 0.5 ? pick(candidates) : person();
          const at = base.lastIndexOf('@');
          return random() < 0.6 ? `${base.slice(0, at)}@${edited(base.slice(at + 1), 1 + Math.floor(random() * 2))}` : base;
        }),
      ),
    ].filter((q) => !taken.has(q) && q.lastIndexOf('@') > 0);
    const suggested = expectBruteForce(candidates, queries);
    expect(suggested).toBeGreaterThan(20);
  });

  it('does not depend on the order of the candidates', () => {
    const queries = candidates.slice(0, 300).map((c) => edited(c.slice(0, c.lastIndexOf('@')), 1) + c.slice(c.lastIndexOf('@')));
    const shuffled = [...candidates];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    expect(createNearMatchIndex(shuffled).suggestAll(queries)).toEqual(createNearMatchIndex(candidates).suggestAll(queries));
  });
});

describe('near-match index against brute force: short and long local parts', () => {
  it('every local part of 1 to 4 letters over a small alphabet (segments may be empty)', () => {
    const words: string[] = [];
    const grow = (prefix: string): void => {
      if (prefix) words.push(prefix);
      if (prefix.length < 4) for (const c of 'abł') grow(prefix + c);
    };
    grow('');
    const random = mulberry32(5);
    const candidates = words.filter(() => random() < 0.3).map((w) => `${w}@x.pl`);
    const taken = new Set(candidates);
    const queries = words.map((w) => `${w}@x.pl`).filter((q) => !taken.has(q));
    expectBruteForce(candidates, queries);
  });

  it('long local parts, edits near both ends and in the middle', () => {
    const base = 'aleksandra.wisniewska-kowalczyk.dzial.sprzedazy';
    const candidates = [
      `${base}@firma.pl`,
      `${base.slice(1)}@firma.pl`,
      `${base.slice(0, 20)}x${base.slice(21)}@firma.pl`,
      `${base}2@firma.pl`,
    ];
    const queries = [
      `x${base}@firma.pl`,
      `${base.slice(2)}@firma.pl`,
      `${base.slice(0, 10)}${base.slice(12)}@firma.pl`,
      `${base.slice(0, -1)}@firma.pl`,
      `${base}22@firma.pl`,
      `q${base.slice(1, -1)}q@firma.pl`,
    ];
    expectBruteForce(candidates, queries);
  });
});

describe('near-match index: the rules at the edges', () => {
  it('no suggestion for text that is not an address', () => {
    const index = createNearMatchIndex(['anna@firma.pl']);
    expect(index.suggestAll(['anna', '@firma.pl', ''])).toEqual([undefined, undefined, undefined]);
  });

  it('a domain typo counts only with the very same local part, and the closer domain wins', () => {
    const index = createNearMatchIndex(['anna@gmail.com', 'anna@gmial.com', 'ana@wp.pl']);
    expect(index.suggest('anna@gmai.com')).toBe('anna@gmail.com'); // 1 from gmail, 2 from gmial
    expect(index.suggest('anna@o2.pl')).toBeUndefined(); // wp.pl is 2 away, but the local part differs
    expect(index.suggest('ana@o2.pl')).toBe('ana@wp.pl');
  });

  it('a local typo and a domain typo at the same distance tie', () => {
    const index = createNearMatchIndex(['jan@firma.pl', 'jann@firma.pk']);
    expect(index.suggest('jann@firma.pl')).toBeUndefined();
  });

  it('repeated and already answered queries get the same answers, in the order asked', () => {
    const index = createNearMatchIndex(['jan.mazur@firma.pl', 'ewa.król@firma.pl']);
    expect(index.suggestAll(['jan.mazurr@firma.pl', 'ewa.krol@firma.pl', 'jan.mazurr@firma.pl'])).toEqual([
      'jan.mazur@firma.pl',
      'ewa.król@firma.pl',
      'jan.mazur@firma.pl',
    ]);
    expect(index.suggestAll(['nikt@firma.pl', 'ewa.krol@firma.pl'])).toEqual([undefined, 'ewa.król@firma.pl']);
    expect(index.suggest('jan.mazurr@firma.pl')).toBe('jan.mazur@firma.pl');
  });

  it('the same candidate listed twice is one candidate, not a tie', () => {
    expect(createNearMatchIndex(['jan@firma.pl', 'jan@firma.pl']).suggest('jam@firma.pl')).toBe('jan@firma.pl');
  });

  it('withinTwoEdits on prefixes of longer strings', () => {
    expect(withinTwoEdits('kowalska@x', 'kowalsky@y', 8, 8)).toBe(true); // only the prefixes count
    expect(withinTwoEdits('abcdef', 'xyzdef', 6, 6)).toBe(false);
    expect(withinTwoEdits('abcdef', 'xbcdef', 3, 3)).toBe(true);
    expect(withinTwoEdits('abcdef', 'xyzdef', 3, 3)).toBe(false);
    expect(withinTwoEdits('abcdef', 'abxyz', 2, 5)).toBe(false); // 'ab' / 'abxyz': 3 insertions
  });
});
