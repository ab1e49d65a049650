/**
 * What the browser benchmarks (bench-overlay.ts, bench-storage.ts) share: Chromium with the built
 * extension (as tests/e2e/harness.ts launches it), seeded users, the store's messages sent from an
 * extension page, and the figures' arithmetic. Each benchmark prints JSON lines; scripts/bench.mjs
 * collects them into one table.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { extensionIdOf, launchWithExtension as launch } from '../tests/support/launch';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { DEFAULT_SETTINGS, type Employee, type ZoomUser } from '../utils/roster/model';
import type { BackupFile } from '../utils/store/messages';

export const EXTENSION_PATH = path.resolve(process.env.WXT_OUT_DIR ?? '.output-bench', 'chrome-mv3');
export const BENCH_TENANT = 'salon-ania.zarezerwuj.pl';

/** One line of the benchmark table. `value` is compared with `budget` (lower is better) when both are there. */
export interface BenchLine {
  name: string;
  value: number | null;
  unit: string;
  /** Human text of the budget, e.g. "< 16 ms". */
  budget?: string;
  /** The number `value` must stay under to be within budget. */
  budgetValue?: number;
  /** How the table shows the figure, when `value unit` says too little. */
  figure?: string;
  /** What else was measured (runs, context), kept in bench-results.json. */
  details?: Record<string, unknown>;
  note?: string;
}

export function emit(line: BenchLine): void {
  console.log(JSON.stringify(line));
}

export function emitMachine(facts: Record<string, string>): void {
  console.log(JSON.stringify({ machine: facts }));
}

export async function launchWithExtension(): Promise<BrowserContext> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`no built extension at ${EXTENSION_PATH}: run WXT_OUT_DIR=.output-bench npx wxt build`);
  }
  return launch({ extension: EXTENSION_PATH, uiLanguage: 'en_US' });
}

export { extensionIdOf };

/** Chromium's version as the browser reports it. */
export async function chromiumVersion(page: Page): Promise<string> {
  try {
    const session = await page.context().newCDPSession(page);
    const version = await session.send('Browser.getVersion');
    await session.detach();
    return version.product;
  } catch {
    return page.evaluate(() => navigator.userAgent);
  }
}

// ---------------------------------------------------------------- seeded users

export interface BenchUser {
  name: string;
  email: string;
  /** As the Users table shows them. */
  type: 'Basic' | 'Licensed';
  status: 'Active' | 'Deactivated';
}

const FIRST = [
  'Anna',
  'Bartosz',
  'Celina',
  'Dawid',
  'Ewa',
  'Filip',
  'Grażyna',
  'Hubert',
  'Iwona',
  'Jan',
  'Katarzyna',
  'Łukasz',
  'Małgorzata',
  'Paweł',
  'Zofia',
  'Wojciech',
  'Żaneta',
  'Michał',
  'Agnieszka',
  'Jędrzej',
];
const LAST = [
  'Nowak',
  'Kowalska',
  'Wiśniewski',
  'Wójcik',
  'Kowalczyk',
  'Kamińska',
  'Lewandowski',
  'Zielińska',
  'Szymański',
  'Woźniak',
  'Dąbrowska',
  'Kozłowski',
  'Jankowska',
  'Mazur',
  'Kwiatkowski',
  'Krawczyk',
  'Kaczmarek',
  'Piotrowska',
  'Grabowski',
  'Zając',
  'Pawłowska',
  'Michalski',
  'Król',
  'Wieczorek',
  'Jabłońska',
  'Wróbel',
  'Majewski',
  'Olszewska',
  'Stępień',
  'Malinowski',
];
const ASCII: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
const asciiOf = (text: string): string => text.toLowerCase().replace(/[ąćęłńóśźż]/g, (c) => ASCII[c]);

/** `count` distinct users, the same on every run; one in twenty deactivated, one in four licensed. */
export function benchUsers(count: number): BenchUser[] {
  const users: BenchUser[] = [];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length];
    users.push({
      name: `${first} ${last}`,
      email: `${asciiOf(first)}.${asciiOf(last)}.${i + 1}@salon-ania.pl`,
      type: i % 4 === 0 ? 'Licensed' : 'Basic',
      status: i % 20 === 7 ? 'Deactivated' : 'Active',
    });
  }
  return users;
}

/**
 * A backup holding a roster of the given users as booking employees and the same users on `zoomHost`,
 * both Zoom lists seen whole: the overlay starts from a complete view.
 */
export function benchBackup(users: BenchUser[], zoomHost: string, now = Date.now()): BackupFile {
  const rosterReadAt = now - 5 * 60_000;
  const zoomReadAt = now - 2 * 60_000;
  const employees: Employee[] = users.map((user, order) => ({
    tenant: BENCH_TENANT,
    name: user.name,
    rawEmail: user.email,
    emailSource: 'list',
    readAt: rosterReadAt,
    order,
  }));
  const zoomUsers: ZoomUser[] = users.map((user) => ({
    host: zoomHost,
    email: user.email,
    name: user.name,
    state: user.status === 'Active' ? 'active' : 'inactive',
    userType: user.type,
    firstSeen: zoomReadAt,
    lastSeen: zoomReadAt,
  }));
  const seen = { complete: true, completedAt: zoomReadAt, source: 'pages' as const };
  return {
    format: 'roster-assistant-backup',
    version: 1,
    exportedAt: now,
    tenants: [{ tenant: BENCH_TENANT, readAt: rosterReadAt, url: `https://${BENCH_TENANT}/panel/ustawienia/zasoby` }],
    employees,
    zoomHosts: [{ host: zoomHost, users: seen, pending: seen, lastReadAt: zoomReadAt }],
    zoomUsers,
    invitations: [],
    settings: { ...DEFAULT_SETTINGS, bookingHosts: [...DEFAULT_SETTINGS.bookingHosts] },
  };
}

// ---------------------------------------------------------------- the store, from an extension page

interface InPage {
  chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; result?: unknown; error?: string } | undefined> } };
}

/** Sends one store request from an extension page and returns the reply's result. */
export async function askStoreFrom<T = unknown>(page: Page, name: string, payload: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([name, payload]) => (globalThis as unknown as InPage).chrome.runtime.sendMessage({ channel: 'zaa-store', name, payload }),
    [name, payload] as const,
  );
  if (reply?.ok !== true) throw new Error(`store ${name} failed: ${JSON.stringify(reply)?.slice(0, 300)}`);
  return reply.result as T;
}

/** Replaces everything stored with `backup`, from the popup page (closed afterwards, so it renders nothing meanwhile). */
export async function seedStore(context: BrowserContext, extensionId: string, backup: BackupFile): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const result = await askStoreFrom<{ ok: boolean; error?: string }>(page, 'importBackup', { backup });
  if (!result.ok) throw new Error(`the seed backup was refused: ${result.error}`);
  await page.close();
}

// ---------------------------------------------------------------- arithmetic

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
