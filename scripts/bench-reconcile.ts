/**
 * Reconcile benchmark (design.md → Benchmark data): 10,000 booking employees against 10,000 Zoom
 * users, compared with the least any comparison must do: a Set of the 20,000 normalised addresses.
 *
 *   npx vite-node scripts/bench-reconcile.ts           a small table
 *   npx vite-node scripts/bench-reconcile.ts --json    one JSON line
 *
 * Data is seeded (no Math.random) so figures compare from run to run. The result of reconcile is
 * checked against the scenario (and every suggestion against a brute-force search) before and
 * after timing. Three reconcile figures are measured, interleaved with the baseline, in one process:
 *   - cold, the headline (table's first row, the JSON line's medianMs and ratio): every cache is
 *     cleared before each timed run (clearEmailCache, clearNearMatchIndexes), so nothing from a
 *     previous call helps;
 *   - warm, for information: the same inputs as the run just before (what the panel does on a
 *     roster or settings change), with the email checks and the near-match answers cached;
 *   - a new Zoom users array (Zoom data changed): the near-match answers are found again.
 */
import { distance } from 'fastest-levenshtein';
import { clearEmailCache } from '../utils/roster/email';
import { clearNearMatchIndexes, reconcile, type ReconcileResult, type ZoomViewInput } from '../utils/roster/reconcile';
import type { Employee, EmployeeStatus, Invitation, ZoomUser } from '../utils/roster/model';
import { mulberry32 } from '../tests/support/seeded-random';

const EMPLOYEES = 10_000;
const SHARED = 8_000; // on the Zoom Users list
const INACTIVE_OF_SHARED = 400;
const PENDING = 1_500; // on the Zoom Pending list
const PENDING_WITHOUT_DATE = 200; // Zoom shows no date; half of them have the extension's record
const MISSING = 500; // on neither list
const TYPOS = 100; // of the missing: one typo away from a Zoom address
const ZOOM_ONLY = EMPLOYEES - SHARED - PENDING; // Zoom users no employee has (the typo targets among them)
const WARMUP_RUNS = 10;
const TIMED_RUNS = 30;
const TODAY = '2026-03-31'; // the spans cross the March DST change in Europe
const ZOOM_HOST = 'firma.zoom.us';
const FIRM_DOMAIN = 'salon-ania.pl';
const OTHER_DOMAINS = ['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'];

// ---------------------------------------------------------------- seeded data

const random = mulberry32(20260331);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number): boolean => random() < p;

const FEMALE = [
  'Anna',
  'Celina',
  'Ewa',
  'Grażyna',
  'Iwona',
  'Małgorzata',
  'Zofia',
  'Katarzyna',
  'Agnieszka',
  'Joanna',
  'Żaneta',
  'Bożena',
  'Urszula',
  'Aleksandra',
  'Dorota',
  'Magdalena',
  'Monika',
  'Beata',
  'Elżbieta',
  'Jadwiga',
  'Krystyna',
  'Teresa',
  'Halina',
  'Barbara',
  'Marta',
  'Natalia',
  'Paulina',
  'Justyna',
  'Weronika',
  'Łucja',
  'Wiktoria',
  'Jolanta',
  'Renata',
  'Sylwia',
  'Patrycja',
  'Emilia',
  'Kinga',
  'Izabela',
  'Gabriela',
  'Ilona',
];
const MALE = [
  'Bartosz',
  'Dawid',
  'Filip',
  'Hubert',
  'Jan',
  'Łukasz',
  'Paweł',
  'Wojciech',
  'Michał',
  'Piotr',
  'Jędrzej',
  'Mikołaj',
  'Krzysztof',
  'Tomasz',
  'Andrzej',
  'Marek',
  'Grzegorz',
  'Jakub',
  'Kacper',
  'Maciej',
  'Adam',
  'Rafał',
  'Sławomir',
  'Zbigniew',
  'Jerzy',
  'Stanisław',
  'Tadeusz',
  'Józef',
  'Kamil',
  'Szymon',
  'Mateusz',
  'Przemysław',
  'Radosław',
  'Dariusz',
  'Artur',
  'Robert',
  'Marcin',
  'Damian',
  'Konrad',
  'Oskar',
];
/** Common Polish surnames in their masculine form; -ski/-cki/-dzki become -ska/-cka/-dzka for women. */
const SURNAMES = (
  'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak ' +
  'Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski ' +
  'Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski ' +
  'Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk ' +
  'Ostrowski Tomaszewski Pietrzak Duda Zalewski Wróblewski Jasiński Marciniak Bąk Zawadzki Sadowski Jakubowski ' +
  'Wilk Włodarczyk Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis Kubiak Maciejewski Kucharski ' +
  'Kalinowski Wysocki Mazurek Kołodziej Czarnecki Konieczny Kaczmarczyk Sobczak Głowacki Zakrzewski Krupa ' +
  'Urbański Kozieł Laskowski Ziółkowski Kubacki Gajewski Szulc Makowski Przybylski Domański Nowacki Borowski ' +
  'Błaszczyk Chojnacki Ciesielski Mróz Szczepaniak Wesołowski Górecki Krajewski Łuczak Kurek Kasprzak Leśniak ' +
  'Kaczor Mikołajczyk Baranowski Kowalewski Wawrzyniak Czerwiński Kołodziejczyk Cieślak Lewicki Żak Stachowiak'
).split(' ');
const feminine = (surname: string): string => surname.replace(/(sk|ck|dzk)i$/, '$1a');
const ASCII: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const asciiOf = (text: string): string => text.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => ASCII[c]);

interface Person {
  name: string;
  email: string; // normalised
}

function makePeople(count: number): Person[] {
  const people: Person[] = [];
  const used = new Set<string>();
  while (people.length < count) {
    const female = chance(0.5);
    const first = pick(female ? FEMALE : MALE);
    const surname = pick(SURNAMES);
    const last = female ? feminine(surname) : surname;
    const domain = chance(0.93) ? FIRM_DOMAIN : pick(OTHER_DOMAINS);
    // A few keep Polish letters in the address (valid: letters of any script).
    const local = chance(0.02) ? `${first}.${last}`.toLowerCase() : `${asciiOf(first)}.${asciiOf(last)}`;
    let email = `${local}@${domain}`;
    for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
    used.add(email);
    people.push({ name: `${first} ${last}`, email });
  }
  return people;
}

/** One edit (swap, drop, double or change a letter) that lands on no address in `taken`. */
function typoOf(email: string, taken: Set<string>): string {
  const at = email.indexOf('@');
  for (;;) {
    const local = email.slice(0, at);
    const i = 1 + Math.floor(random() * (local.length - 2));
    const kind = Math.floor(random() * 3);
    const changed =
      kind === 0
        ? local.slice(0, i) + local.slice(i + 1)
        : kind === 1
          ? local.slice(0, i) + local[i] + local.slice(i)
          : local.slice(0, i) + pick(['a', 'e', 'k', 'w', 'z']) + local.slice(i + 1);
    const typo = changed + email.slice(at);
    if (!taken.has(typo) && !changed.includes('..') && !changed.endsWith('.')) return typo;
  }
}

/** How the booking system's admins wrote it: mostly as is, sometimes with case, spaces or mailto:. */
function asWritten(email: string): string {
  const r = random();
  if (r < 0.05) return email.toUpperCase();
  if (r < 0.1) return `  ${email[0].toUpperCase()}${email.slice(1)} `;
  if (r < 0.12) return `mailto:${email}`;
  return email;
}

function dayBefore(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

interface Scenario {
  employees: Employee[];
  zoom: ZoomViewInput;
  expected: {
    counts: Record<EmployeeStatus, number>;
    /** Brute-force suggestion for every missing address (undefined: none). */
    suggestions: Map<string, string | undefined>;
    notInBooking: number;
  };
}

function buildScenario(): Scenario {
  const people = makePeople(SHARED + PENDING + MISSING + ZOOM_ONLY);
  const shared = people.slice(0, SHARED);
  const pending = people.slice(SHARED, SHARED + PENDING);
  const missing = people.slice(SHARED + PENDING, SHARED + PENDING + MISSING);
  const zoomOnly = people.slice(SHARED + PENDING + MISSING);
  const taken = new Set(people.map((p) => p.email));
  // The first TYPOS missing employees wrote a Zoom-only user's address with one typo.
  for (let i = 0; i < TYPOS; i++) missing[i] = { name: zoomOnly[i].name, email: typoOf(zoomOnly[i].email, taken) };

  const counts = Object.fromEntries(
    ['no-email', 'invalid-email', 'active', 'inactive', 'pending', 'expired', 'missing', 'unverified'].map((s) => [s, 0]),
  ) as Record<EmployeeStatus, number>;
  const users: ZoomUser[] = [];
  const invitations: Invitation[] = [];
  const user = (p: Person, state: ZoomUser['state'], invitedOn?: string): ZoomUser => ({
    host: ZOOM_HOST,
    email: p.email,
    name: p.name,
    state,
    invitedOn,
    firstSeen: 1,
    lastSeen: 2,
  });

  shared.forEach((p, i) => {
    const state = i < INACTIVE_OF_SHARED ? 'inactive' : 'active';
    users.push(user(p, state));
    counts[state]++;
  });
  pending.forEach((p, i) => {
    const daysAgo = Math.floor(random() * 40);
    const withoutDate = i < PENDING_WITHOUT_DATE;
    users.push(user(p, 'pending', withoutDate ? undefined : dayBefore(TODAY, daysAgo)));
    if (withoutDate && i % 2 === 0) {
      invitations.push({ host: ZOOM_HOST, email: p.email, invitedOn: dayBefore(TODAY, daysAgo), recordedAt: 1 });
    }
    const known = !withoutDate || i % 2 === 0;
    counts[known && daysAgo >= 30 ? 'expired' : 'pending']++;
  });
  for (const p of zoomOnly) users.push(user(p, chance(0.8) ? 'active' : 'pending', dayBefore(TODAY, 3)));
  counts.missing += MISSING;

  const roster = [...shared, ...pending, ...missing];
  shuffle(roster);
  const employees: Employee[] = structuredClone(
    roster.map((p, order) => ({
      tenant: 'salon-ania.zarezerwuj.pl',
      name: p.name,
      rawEmail: asWritten(p.email),
      readAt: 1,
      order,
    })),
  );
  shuffle(users);
  // As the store hands them over: read from IndexedDB (structured clone), so strings are flat.
  const zoom: ZoomViewInput = structuredClone({ users, coverage: 'complete', readable: true, invitations });
  const suggestions = new Map(missing.map((p) => [p.email, bruteForceSuggestion(p.email, users)]));
  return { employees, zoom, expected: { counts, suggestions, notInBooking: ZOOM_ONLY } };
}

function shuffle<T>(items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** The contract's rule, checked the slow way against every candidate. */
function bruteForceSuggestion(email: string, users: ZoomUser[]): string | undefined {
  const [local, domain] = email.split('@');
  let best = 3;
  let found: string[] = [];
  for (const u of users) {
    if (u.state === 'inactive') continue;
    const [ul, ud] = u.email.split('@');
    const d = ud === domain ? distance(local, ul) : ul === local ? distance(domain, ud) : 99;
    if (d < 1 || d > 2 || d > best) continue;
    if (d < best) found = [];
    best = d;
    if (!found.includes(u.email)) found.push(u.email);
  }
  return found.length === 1 ? found[0] : undefined;
}

// ---------------------------------------------------------------- checks and timing

function verify(result: ReconcileResult, scenario: Scenario): void {
  const problems: string[] = [];
  for (const [status, count] of Object.entries(scenario.expected.counts)) {
    const got = result.counts[status as EmployeeStatus];
    if (got !== count) problems.push(`${status}: expected ${count}, got ${got}`);
  }
  const suggested = result.employees.filter((r) => r.suggestion !== undefined).length;
  const expectedSuggested = [...scenario.expected.suggestions.values()].filter((s) => s !== undefined).length;
  if (suggested !== expectedSuggested) problems.push(`suggestions: expected ${expectedSuggested}, got ${suggested}`);
  for (const r of result.employees) {
    if (r.status !== 'missing') continue;
    const expected = scenario.expected.suggestions.get(r.email);
    if (r.suggestion !== expected) problems.push(`suggestion for ${r.email}: ${r.suggestion} ≠ ${expected}`);
  }
  if (result.notInBooking.length !== scenario.expected.notInBooking) {
    problems.push(`notInBooking: expected ${scenario.expected.notInBooking}, got ${result.notInBooking.length}`);
  }
  if (problems.length) throw new Error(`reconcile does not match the scenario:\n${problems.join('\n')}`);
}

function baseline(employees: Employee[], users: ZoomUser[]): Set<string> {
  const set = new Set<string>();
  for (const e of employees) set.add((e.rawEmail as string).trim().toLowerCase());
  for (const u of users) set.add(u.email.trim().toLowerCase());
  return set;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Every cache the reconcile path keeps between calls, so that the next run starts cold. */
function clearCaches(): void {
  clearEmailCache();
  clearNearMatchIndexes();
}

function main(): void {
  const json = process.argv.includes('--json');
  const scenario = buildScenario();
  const { employees, zoom } = scenario;
  let sink = 0; // keeps results alive so no run can be optimised away

  clearCaches();
  verify(reconcile(employees, zoom, TODAY), scenario);
  if (baseline(employees, zoom.users).size < EMPLOYEES) throw new Error('baseline saw too few addresses');

  for (let i = 0; i < WARMUP_RUNS; i++) {
    clearCaches();
    sink += reconcile(employees, zoom, TODAY).employees.length;
    sink += reconcile(employees, zoom, TODAY).employees.length;
    sink += baseline(employees, zoom.users).size;
  }
  const coldMs: number[] = [];
  const baselineMs: number[] = [];
  const warmMs: number[] = [];
  const newUsersMs: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    // Nothing cached at all: addresses checked again, near matches searched again.
    clearCaches();
    coldMs.push(time(() => (sink += reconcile(employees, zoom, TODAY).employees.length)));
    baselineMs.push(time(() => (sink += baseline(employees, zoom.users).size)));
    // Warm: the same roster and the same Zoom users array as the run just before.
    warmMs.push(time(() => (sink += reconcile(employees, zoom, TODAY).employees.length)));
    // Zoom data just changed: a new users array, so the near-match answers are found again.
    const changed = { ...zoom, users: zoom.users.slice() };
    newUsersMs.push(time(() => (sink += reconcile(employees, changed, TODAY).employees.length)));
  }
  clearCaches();
  verify(reconcile(employees, zoom, TODAY), scenario);
  verify(reconcile(employees, zoom, TODAY), scenario);
  if (sink === 0) throw new Error('nothing ran');

  const medianMs = round(median(coldMs));
  const baseMs = round(median(baselineMs));
  const ratio = round(medianMs / baseMs);
  const warm = round(median(warmMs));
  const newUsers = round(median(newUsersMs));
  if (json) {
    console.log(
      JSON.stringify({
        name: 'reconcile 10k×10k',
        caches: 'cold',
        medianMs,
        baselineMs: baseMs,
        ratio,
        runs: TIMED_RUNS,
        warmMedianMs: warm,
        warmRatio: round(warm / baseMs),
      }),
    );
    return;
  }
  console.log(
    `reconcile ${EMPLOYEES.toLocaleString('en')} employees × ${zoom.users.length.toLocaleString('en')} Zoom users, median of ${TIMED_RUNS} runs (after ${WARMUP_RUNS} warm-up rounds), interleaved with the baseline`,
  );
  console.table({
    'reconcile, cold: all caches cleared before each run': { ms: medianMs, '× baseline': ratio },
    'reconcile, warm: same inputs as the run before (info)': { ms: warm, '× baseline': round(warm / baseMs) },
    'reconcile, new Zoom users array (info)': { ms: newUsers, '× baseline': round(newUsers / baseMs) },
    'baseline: Set of 20,000 normalised addresses': { ms: baseMs, '× baseline': 1 },
  });
  console.log(
    'result checked: counts',
    JSON.stringify(scenario.expected.counts),
    `suggestions ${[...scenario.expected.suggestions.values()].filter(Boolean).length} (${TYPOS} planted typos), not in booking ${scenario.expected.notInBooking}`,
  );
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

main();
